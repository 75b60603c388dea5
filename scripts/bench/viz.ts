/**
 * Viz layer: recomputing everything the profile charts draw (paths, ticks, labels, projections) when the
 * selection, the width or the mode changes. Target: under one frame (16 ms) for 10 selected tests.
 */
import type { BenchSuite } from './index.ts';
import { testIds } from '../../src/lib/data/dataset.ts';
import { packProfile, type PackedProfile } from '../../src/lib/viz/profileSeries.ts';
import { seriesForTests } from '../../src/lib/scene/profiles.ts';
import { profileForTest } from '../../src/lib/scene/engine.ts';
import { profileLayout } from '../../src/lib/viz/profileLayout.ts';
import { timeLayout } from '../../src/lib/viz/timeLayout.ts';
import type { ProfileSeries } from '../../src/lib/viz/series.ts';

const tenTests = testIds.slice(0, 10);
let series: ProfileSeries[] = [];
let engine: Record<string, PackedProfile> | null = null;

/** The engine's powered flights for the 10 tests (computed once; several seconds). */
function engineProfiles(): Record<string, PackedProfile> {
	engine ??= Object.fromEntries(tenTests.map((id) => [id, packProfile(profileForTest(id))]));
	return engine;
}

export const vizSuite: BenchSuite = {
	name: 'viz',
	cases: [
		{
			name: 'paths for 10 tests (engine flights, curved + time charts, 800 px)',
			targetMs: 16,
			setup: () => {
				series = seriesForTests(tenTests, engineProfiles()).series;
			},
			fn: () => {
				profileLayout(series, { mode: 'curved', width: 800 });
				timeLayout(series, { width: 800 });
			}
		},
		{
			name: 'paths for 10 tests (engine flights, flat + time charts, 375 px)',
			targetMs: 16,
			setup: () => {
				series = seriesForTests(tenTests, engineProfiles()).series;
			},
			fn: () => {
				profileLayout(series, { mode: 'flat', width: 375 });
				timeLayout(series, { width: 375 });
			}
		},
		{
			name: 'selection change for 10 tests (unpack engine flights + curved + time charts)',
			targetMs: 16,
			setup: () => engineProfiles(),
			fn: () => {
				const fresh = seriesForTests(tenTests, engineProfiles()).series;
				profileLayout(fresh, { mode: 'curved', width: 800 });
				timeLayout(fresh, { width: 800 });
			}
		}
	]
};
