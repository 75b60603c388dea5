/**
 * `reach --test ID [--site ID|lat,lon] [--rotating] [--json]`: distance and initial azimuth (WGS84) from the
 * launch site to each preset target, and a verdict per model ("in reach", "out of reach",
 * "depends on assumptions") with the margin in km (+ in reach by, - short by), and from the engine's Monte Carlo the
 * probability of reach and the flight time (minimum-energy P5/P50/P95 and the fastest depressed flight).
 */
import { testIds, tests } from '../../src/lib/data/dataset.ts';
import { EVERYWHERE_KM } from '../../src/lib/geo/reachModels.ts';
import { reachModelsWithPowered } from '../../src/lib/scene/reach.ts';
import { launchSites, sceneWithModels as sceneForView } from '../../src/lib/scene/map.ts';
import { engineForTest, type TargetReport } from '../../src/lib/scene/engine.ts';
import { CliError, table, type Command } from '../lib/cli-kit.ts';

function parseSite(raw: unknown) {
	if (raw === undefined) return null;
	if (typeof raw !== 'string' || raw.trim() === '') throw new CliError('--site needs a value.');
	if (launchSites.some((s) => s.id === raw)) return { kind: 'preset' as const, id: raw };
	const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(raw);
	if (m) {
		const lat = Number(m[1]);
		const lon = Number(m[2]);
		if (Math.abs(lat) <= 90 && lon >= -180 && lon <= 360)
			return { kind: 'point' as const, lat, lon: lon > 180 ? lon - 360 : lon };
	}
	throw new CliError(
		`--site must be a launch-site id (${launchSites.map((s) => s.id).join(', ')}) or "lat,lon"; got "${raw}".`
	);
}

export const reachCommand: Command = {
	name: 'reach',
	summary: 'Targets in or out of reach of a test: distance, azimuth, verdict per model, margin.',
	usage: 'reach --test ID [--site ID|lat,lon] [--rotating] [--json]',
	options: {
		test: { type: 'string' },
		site: { type: 'string' },
		rotating: { type: 'boolean' }
	},
	run(values) {
		const testId = values.test;
		if (typeof testId !== 'string' || testId === '')
			throw new CliError(`--test is required, e.g. --test 2022-01-30-hwasong-12.`);
		if (!testIds.includes(testId))
			throw new CliError(`Unknown test id "${testId}". Known test ids: ${testIds.join(', ')}.`);
		const scene = sceneForView({
			testId,
			site: parseSite(values.site),
			rotation: values.rotating === true,
			customRangeKm: null,
			userTargets: [],
			models: reachModelsWithPowered(testId)
		});
		const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
		const engine = engineTargetsFor(testId, scene.site.id);
		const targets = scene.rows.map((r) => ({
			id: r.id,
			name: r.name,
			lat: r.lat,
			lon: r.lon,
			distanceKm: round(r.distanceKm),
			azimuthDeg: round(r.azimuthDeg),
			verdicts: {
				kepler: r.verdicts.kepler.verdict,
				powered: r.verdicts.powered?.verdict ?? null
			},
			marginKm: Math.round(r.marginKm),
			marginModel: r.primaryModel,
			marginsKm: {
				kepler: Math.round(r.verdicts.kepler.marginKm),
				powered: r.verdicts.powered ? Math.round(r.verdicts.powered.marginKm) : null
			},
			probability: engine.get(r.id)?.probability ?? null,
			flightTimeS: engine.get(r.id)?.flightTimeS ?? null
		}));
		const models = {
			kepler: {
				rangeKm: Math.round(scene.models.kepler.rangeKm),
				bandKm: scene.models.kepler.bandKm?.map((x) => Math.round(x)) ?? null,
				basis: scene.models.kepler.basis
			},
			powered: scene.models.powered
				? {
						rangeKm: Math.round(scene.models.powered.rangeKm),
						bandKm: scene.models.powered.bandKm?.map((x) => Math.round(x)) ?? null,
						basis: scene.models.powered.basis
					}
				: null
		};
		const json = {
			testId,
			site: { id: scene.site.id, name: scene.site.name, lat: scene.site.lat, lon: scene.site.lon },
			rotatingEarth: scene.rotation && scene.rotationAvailable,
			models,
			notes: scene.notes,
			targets
		};
		const kmOrOrbital = (x: number) =>
			x >= EVERYWHERE_KM - 0.5 ? 'orbital (any point)' : `${x.toLocaleString('en-US')} km`;
		const margin = (m: number) => `${m >= 0 ? '+' : '−'}${Math.abs(m).toLocaleString('en-US')} km`;
		const text = [
			`${testId} from ${scene.site.name} (${scene.site.lat}, ${scene.site.lon}); WGS84 geodesic distances.`,
			`Kepler floor: ${kmOrOrbital(models.kepler.rangeKm)}` +
				(models.kepler.bandKm
					? ` (band ${models.kepler.bandKm.map((x) => x.toLocaleString('en-US')).join('–')} km)`
					: '') +
				(models.powered
					? `; powered: ${kmOrOrbital(models.powered.rangeKm)}`
					: '; powered: not available'),
			'',
			table(
				[
					'Target',
					'Distance km',
					'Azimuth °',
					'Kepler',
					'Powered',
					'Margin',
					'P(reach)',
					'Time (min-energy P50; depressed)'
				],
				targets.map((t) => [
					t.name,
					t.distanceKm.toLocaleString('en-US'),
					t.azimuthDeg,
					t.verdicts.kepler,
					t.verdicts.powered ?? '—',
					`${margin(t.marginKm)} (${t.marginModel})`,
					t.probability === null ? '—' : `${Math.round(t.probability * 100)} %`,
					times(t.flightTimeS)
				])
			),
			...scene.notes.map((n) => `Note: ${n}`)
		].join('\n');
		return { json, text };
	}
};

/**
 * The engine's per-target figures (probability of reach, flight times) for the test's own launch site; an
 * empty map for another site (the Monte Carlo flies from the test's site) or where the engine does not apply.
 */
function engineTargetsFor(testId: string, siteId: string | null): Map<string, TargetReport> {
	const e = engineForTest(testId);
	if (!e.ok || e.estimate.input.testId !== testId) return new Map();
	const own = siteIdOf(testId);
	return own === siteId ? new Map(e.targets.map((t) => [t.id, t])) : new Map();
}

function siteIdOf(testId: string): string | undefined {
	return tests.find((t) => t.id === testId)?.siteId;
}

const minutes = (s: number | null) =>
	s === null ? '—' : `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s`;

function times(t: TargetReport['flightTimeS'] | null): string {
	if (!t) return '—';
	const me = t.minimumEnergy.p50;
	const d = t.depressed;
	return `${minutes(me)}; ${d ? `${minutes(d.seconds)} (apogee ${d.apogeeKm} km)` : '—'}`;
}
