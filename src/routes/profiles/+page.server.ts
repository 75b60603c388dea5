// The default comparison's engine profiles, computed once at build time (prerender) and inlined in the
// page, so the static HTML draws the calibrated flights and the browser does not recompute them.
// The picker's lines (each test's reported apogee and range) are written here too: summarising every test's
// reports took part of the page's one hydration task.
import { getMissile, tests } from '$lib/data/dataset';
import { summarizeFigures } from '$lib/data/figures';
import { profileForTest } from '$lib/scene/engine';
import { DEFAULT_PROFILE_TEST_IDS } from '$lib/state/profilesUrl';
import { formatKm } from '$lib/viz/format';
import { packProfile, type PackedProfile } from '$lib/viz/profileSeries';
import type { PageServerLoad } from './$types';

export interface ProfileChoice {
	id: string;
	label: string;
	detail: string;
}

export const load: PageServerLoad = () => {
	const profiles: Record<string, PackedProfile> = {};
	for (const id of DEFAULT_PROFILE_TEST_IDS) profiles[id] = packProfile(profileForTest(id));
	const choices: ProfileChoice[] = tests.map((t) => {
		const f = summarizeFigures(t);
		const name = getMissile(t.missileId)?.name ?? t.missileId;
		const apogee = f.apogeeKm ? formatKm(f.apogeeKm.central) : 'apogee not reported';
		const range = f.rangeKm ? formatKm(f.rangeKm.central) : 'range not reported';
		return {
			id: t.id,
			label: `${t.launch.kst.slice(0, 10)} ${name}`,
			detail: `${t.trajectory}; apogee ${apogee}, range ${range}`
		};
	});
	return { profiles, choices };
};
