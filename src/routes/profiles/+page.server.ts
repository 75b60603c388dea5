// The profiles page's data, at build time: every test's reported figures (for the picker and for the
// charts' Kepler arcs) and the engine's flights of the default comparison. Other tests' flights are
// prerendered JSON files (/profiles/<id>.json), fetched when the reader picks one.
import { tests } from '$lib/data/dataset';
import { packedProfile, profileInputs } from '$lib/scene/profiles';
import { DEFAULT_PROFILE_TEST_IDS } from '$lib/state/profilesUrl';
import { formatKm } from '$lib/viz/format';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const inputs = profileInputs();
	return {
		inputs,
		profiles: Object.fromEntries(DEFAULT_PROFILE_TEST_IDS.map((id) => [id, packedProfile(id)])),
		choices: tests.map((t) => {
			const i = inputs[t.id];
			const apogee = i.apogeeKm === null ? 'apogee not reported' : formatKm(i.apogeeKm);
			const range = i.rangeKm === null ? 'range not reported' : formatKm(i.rangeKm);
			return {
				id: t.id,
				label: i.label,
				detail: `${t.trajectory}; apogee ${apogee}, range ${range}`
			};
		})
	};
};
