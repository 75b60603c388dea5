// The default comparison's engine profiles, computed once at build time (prerender) and inlined in the
// page, so the static HTML draws the calibrated flights and the browser does not recompute them.
import { profileForTest } from '$lib/physics';
import { DEFAULT_PROFILE_TEST_IDS } from '$lib/state/profilesUrl';
import { packProfile, type PackedProfile } from '$lib/viz/profileSeries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const profiles: Record<string, PackedProfile> = {};
	for (const id of DEFAULT_PROFILE_TEST_IDS) profiles[id] = packProfile(profileForTest(id));
	return { profiles };
};
