/**
 * The trajectory engine's results for the tests of the dataset: the dataset-aware layer over the pure
 * engine in `physics/`. Used by load functions (at prerender), the CLI and the engine worker.
 *
 * - `estimateTest(id)`: exactly what `infer --test <id> --json` prints (Kepler floor, nominal powered
 *   estimate, Monte Carlo summary); `profileForTest`, `reachContour`, `testAzimuthDeg` as before.
 * - `engineForTest(id)`: the Monte Carlo summary, the payload-range curve and the time to each target, plus
 *   the missile's joint calibration: what a test page prerenders.
 * - Tests the engine does not apply to (glide, depressed, failed early, unknown, or without apogee and
 *   range) get a typed `not-applicable` error that says why.
 *
 * Heavy results are cached in memory and, in Node, on disk under node_modules/.cache/lofted/, keyed by a
 * hash of the inputs (test, missile, site, targets), the engine's source and ENGINE_VERSION, so a rebuild
 * recomputes only what changed.
 */
import { getMissile, getPlace, getTest, places, testIds, tests } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import type { Missile, Test } from '../data/types.ts';
import { inverse } from '../geo/geodesic.ts';
import { DEFAULT_TEST_AZIMUTH_DEG, IMPACT_DIRECTIONS, impactPoint } from '../geo/impact.ts';
import { fly } from '../physics/flight.ts';
import {
	DEFAULT_SAMPLES,
	DEFAULT_SEED,
	estimate,
	internalsOf,
	keplerArcPoints,
	keplerFromRangeApogee,
	maximiseRange,
	minimumEnergyRange,
	reachContour as reachContourLow,
	type EstimateInput,
	type EstimateResult,
	type PhysicsError,
	type ProfilePoint,
	type ReachPoint,
	type TargetInput
} from '../physics/index.ts';
import {
	calibrateJoint,
	jointModel,
	type JointFit,
	type JointTestInput
} from '../physics/joint.ts';
import type { Percentiles } from '../physics/montecarlo.ts';
import {
	DEFAULT_PAYLOAD_SAMPLES,
	GLOBAL_REACH_KM,
	sampleCurve,
	summarisePayload,
	type PayloadCurve
} from '../physics/payload.ts';
import { fail } from '../physics/result.ts';
import { depressedTime, minimumEnergyPercentiles } from '../physics/timeToTarget.ts';
import { flownVehicle, vehicleFromMissile, withPayloadMass } from '../physics/vehicle.ts';
import type { GravityTurnSteering } from '../physics/steering.ts';

/** Bump when a result's meaning changes without a change in the engine's source. */
export const ENGINE_VERSION = '2.0.0';

export { DEFAULT_TEST_AZIMUTH_DEG };

/** Launch azimuth of a test: toward its published impact point, else the reported impact area, else 80. */
export function testAzimuthDeg(test: Test): number {
	const site = getPlace(test.siteId);
	if (!site) return DEFAULT_TEST_AZIMUTH_DEG;
	if (typeof test.impact.lat === 'number' || IMPACT_DIRECTIONS[test.id])
		return impactPoint(test, site, summarizeFigures(test).rangeKm?.central ?? 1000).azimuthDeg;
	return DEFAULT_TEST_AZIMUTH_DEG;
}

/** How well the azimuth is known: +/- 2 deg from coordinates, 10 from an impact area, else 20. */
function azimuthSpreadDeg(test: Test): number {
	if (typeof test.impact.lat === 'number') return 2;
	return IMPACT_DIRECTIONS[test.id] ? 10 : 20;
}

/** Why the engine does not apply to a test, or null when it does. */
export function notApplicableReason(test: Test): string | null {
	const kind = String(test.trajectory);
	const why: Record<string, string> = {
		glide:
			'a glide vehicle flies much of its range on aerodynamic lift, so the ballistic conversion of a lofted test to a standard range does not apply',
		depressed:
			'a depressed trajectory is flown below the minimum-energy arc, often with a pull-up or manoeuvre the ballistic gravity-turn model does not describe',
		'failed-early':
			'the missile failed early in flight: its figures describe the failure, not what the vehicle can do',
		unknown: 'the trajectory type is not known, so it is not clear which model applies'
	};
	if (kind !== 'lofted' && kind !== 'standard')
		return why[kind] ?? `trajectory "${kind}" is not modelled`;
	if (test.outcome === 'failure')
		return 'the flight was reported as a failure: its apogee and range describe the failure, not what the vehicle can do';
	const s = summarizeFigures(test);
	const missing = [!s.apogeeKm && 'apogee', !s.rangeKm && 'ground range'].filter(Boolean);
	if (missing.length) return `no reported ${missing.join(' or ')}: nothing to calibrate`;
	if (!getPlace(test.siteId)) return `its launch site "${test.siteId}" is not in the places list`;
	return null;
}

/** The test, or a typed error: unknown id, or not applicable and why. */
function applicableTest(testId: string): Test | PhysicsError {
	const test = getTest(testId);
	if (!test)
		return fail('unknown-id', `Unknown test id "${testId}". Known ids: ${testIds.join(', ')}.`);
	const reason = notApplicableReason(test);
	return reason
		? fail('not-applicable', `The engine does not apply to ${testId}: ${reason}.`)
		: test;
}

/** Preset targets with their WGS84 distance and azimuth from a launch site. */
export function engineTargets(site: {
	lat: number;
	lon: number;
}): (TargetInput & { id: string })[] {
	return places
		.filter((p) => p.kind === 'target')
		.map((p) => {
			const inv = inverse(site, p);
			return { id: p.id, name: p.name, distanceKm: inv.distanceKm, azimuthDeg: inv.azimuthDeg };
		});
}

export interface TestOptions {
	/** Monte Carlo samples (default DEFAULT_SAMPLES; 0 skips it). */
	samples?: number;
	seed?: number;
	/** Overrides the test's launch azimuth, deg. */
	azimuthDeg?: number;
	/** Burnout altitude for the Kepler floor, km (default 0: the surface). */
	burnoutAltitudeKm?: number;
}

/** The estimate's input for a dataset test. */
export function testInput(test: Test, options: TestOptions = {}): EstimateInput {
	const s = summarizeFigures(test);
	const site = getPlace(test.siteId)!;
	return {
		testId: test.id,
		apogeeKm: s.apogeeKm!,
		rangeKm: s.rangeKm!,
		flightTimeS: s.flightTimeS,
		burnoutAltitudeKm: options.burnoutAltitudeKm,
		missile: getMissile(test.missileId) ?? null,
		site: { latDeg: site.lat, lonDeg: site.lon },
		azimuthDeg: options.azimuthDeg ?? testAzimuthDeg(test),
		azimuthSpreadDeg: options.azimuthDeg === undefined ? azimuthSpreadDeg(test) : 2,
		samples: options.samples ?? DEFAULT_SAMPLES,
		seed: options.seed ?? DEFAULT_SEED,
		targets: engineTargets(site)
	};
}

/** The estimate of one dataset test (cached). Unknown id, missing figures, not applicable: a typed error. */
export function estimateTest(
	testId: string,
	options: TestOptions = {}
): EstimateResult | PhysicsError {
	const test = applicableTest(testId);
	if ('ok' in test) return test;
	const input = testInput(test, options);
	const key = ['estimate', input];
	return cached(key, (input.samples ?? 0) > 0, () => estimate(input));
}

/** The nominal estimate (no Monte Carlo) with its internals: calibrated vehicle and optimum steering. */
function nominal(testId: string) {
	const est = estimateTest(testId, { samples: 0 });
	const inner = est.ok ? internalsOf(est) : undefined;
	return { est, inner };
}

export interface FlightSummary {
	apogeeKm: number;
	rangeKm: number;
	flightTimeS: number;
	burnoutTimeS: number;
	burnoutAltitudeKm: number;
	burnoutSpeedKms: number;
}

export interface TestProfile {
	ok: true;
	testId: string;
	/** 'powered': calibrated 3-DOF flights; 'kepler': closed-form arcs of the reported figures (no burn). */
	source: 'powered' | 'kepler';
	/** The test as flown (calibrated; Earth-fixed ground distance from the launch site). */
	lofted: ProfilePoint[];
	/** The same vehicle on its range-maximising steering, non-rotating Earth. Empty when orbital. */
	standard: ProfilePoint[];
	standardOrbital: boolean;
	loftedSummary: FlightSummary | null;
	standardSummary: FlightSummary | null;
	/**
	 * When the standard flight is orbital: the same rocket with the smallest extra payload (500, 1,000, 1,500
	 * or 2,500 kg) that keeps it below orbital speed, on its range-maximising steering: what to draw instead
	 * of a missing curve. Null otherwise.
	 */
	standardScenario: {
		addedPayloadKg: number;
		points: ProfilePoint[];
		summary: FlightSummary;
	} | null;
	note: string;
}

function summaryOf(f: ReturnType<typeof fly>): FlightSummary {
	return {
		apogeeKm: f.apogeeKm,
		rangeKm: f.rangeKm,
		flightTimeS: f.flightTimeS,
		burnoutTimeS: f.burnoutTimeS,
		burnoutAltitudeKm: f.burnoutAltitudeKm,
		burnoutSpeedKms: f.burnoutSpeedKms
	};
}

const profileCache = new Map<string, TestProfile | PhysicsError>();

/** Time series of the calibrated test flight and of the standard flight for one test (cached). */
export function profileForTest(testId: string, sampleDtS = 5): TestProfile | PhysicsError {
	const key = `${testId}@${sampleDtS}`;
	const hit = profileCache.get(key);
	if (hit) return hit;
	const { est, inner } = nominal(testId);
	if (!est.ok) return est;
	const out = est.powered && inner ? poweredProfile(testId, inner, sampleDtS) : keplerProfile(est);
	if (out.ok) profileCache.set(key, out);
	return out;
}

type Internals = NonNullable<ReturnType<typeof internalsOf>>;

function poweredProfile(testId: string, inner: Internals, sampleDtS: number): TestProfile {
	const { calibrated, cal, best, geom } = inner;
	const vehicle = flownVehicle(calibrated, cal.fit.dvKms, 1);
	const lofted = fly(vehicle, cal.fit.steering, { ...geom, sampleDtS });
	const standard = best.orbital ? null : fly(vehicle, best.steering, { sampleDtS });
	return {
		ok: true,
		testId,
		source: 'powered',
		lofted: lofted.points ?? [],
		standard: standard?.points ?? [],
		standardOrbital: best.orbital,
		loftedSummary: summaryOf(lofted),
		standardSummary: standard ? summaryOf(standard) : null,
		standardScenario: best.orbital ? payloadScenario(inner, sampleDtS) : null,
		note: `Calibrated 3-DOF flights of a ${calibrated.name} model: the test as a gravity turn on the rotating Earth; the standard flight (gravity turn, linear-tangent upper stages) on a non-rotating Earth.`
	};
}

/** Extra payloads tried, kg, for a drawable scenario of an orbital rocket. */
export const SCENARIO_PAYLOADS_KG = [500, 1000, 1500, 2500];

/** The smallest extra payload that keeps the calibrated rocket below orbital speed, and its flight. */
function payloadScenario(inner: Internals, sampleDtS: number): TestProfile['standardScenario'] {
	const vehicle = flownVehicle(inner.calibrated, inner.cal.fit.dvKms, 1);
	const implied = inner.cal.fit.flight.impliedPayloadKg;
	for (const added of SCENARIO_PAYLOADS_KG) {
		const v = withPayloadMass(vehicle, implied + added);
		if (!v) return null;
		const best = maximiseRange(v, inner.base, {}, inner.best.steering as GravityTurnSteering);
		if (best.orbital) continue;
		const f = fly(v, best.steering, { sampleDtS });
		return { addedPayloadKg: added, points: f.points ?? [], summary: summaryOf(f) };
	}
	return null;
}

function keplerProfile(est: EstimateResult): TestProfile | PhysicsError {
	const arc = keplerFromRangeApogee({ rangeKm: est.input.rangeKm, apogeeKm: est.input.apogeeKm });
	if (!arc.ok) return arc;
	const me = minimumEnergyRange({ burnoutSpeedKms: arc.burnoutSpeedKms });
	const meArc =
		me.ok && !me.orbital && me.rangeKm !== null && me.apogeeKm !== null
			? keplerFromRangeApogee({ rangeKm: me.rangeKm, apogeeKm: me.apogeeKm })
			: null;
	return {
		ok: true,
		testId: est.input.testId ?? '',
		source: 'kepler',
		lofted: keplerArcPoints(arc),
		standard: meArc && meArc.ok ? keplerArcPoints(meArc) : [],
		standardOrbital: !me.ok || me.orbital,
		loftedSummary: null,
		standardSummary: null,
		standardScenario: null,
		note: `Kepler arcs with burnout at the surface (no powered phase): ${est.poweredNote ?? 'powered estimate unavailable'}.`
	};
}

export interface ContourOptions {
	/** Launch site (default: the test's site). */
	site?: { latDeg: number; lonDeg: number };
	/** Number of launch azimuths flown (default 72). */
	launchAzimuths?: number;
	/** Number of output ground azimuths (default 360). */
	outputCount?: number;
	/** Fly the same rocket with this much payload added to the test's, kg (the orbital scenario). */
	addedPayloadKg?: number;
}

/** Rotating-Earth reach contour of a test's calibrated vehicle, from its own site or another. */
export function reachContour(
	testId: string,
	options: ContourOptions = {}
): { ok: true; orbital: boolean; points: ReachPoint[] } | PhysicsError {
	const { est, inner } = nominal(testId);
	if (!est.ok) return est;
	if (!est.powered || !inner)
		return fail('no-data', `No powered estimate for ${testId}: ${est.poweredNote ?? ''}`);
	const site = options.site ?? est.input.site;
	if (!site) return fail('no-data', `Test ${testId} has no launch site; pass options.site.`);
	let vehicle = flownVehicle(inner.calibrated, inner.cal.fit.dvKms, 1);
	let steering = inner.best.steering;
	if (options.addedPayloadKg) {
		const v = withPayloadMass(
			vehicle,
			inner.cal.fit.flight.impliedPayloadKg + options.addedPayloadKg
		);
		if (!v)
			return fail('infeasible', `No payload scenario for ${testId}: the rocket leaves no payload.`);
		vehicle = v;
		steering = maximiseRange(v, inner.base, {}, steering as GravityTurnSteering).steering;
	} else if (inner.best.orbital) return { ok: true, orbital: true, points: [] };
	return { ok: true, ...reachContourLow(vehicle, steering, site, options) };
}

export interface TargetReport {
	id: string;
	name: string;
	distanceKm: number;
	azimuthDeg: number;
	/** Probability that the target is in reach (Monte Carlo, rotating Earth, from the test's site). */
	probability: number;
	flightTimeS: {
		/** Minimum-energy flight time over the samples that reach the target, s. */
		minimumEnergy: Percentiles;
		/** Fastest (depressed) flight of the calibrated rocket, s, with its apogee; null out of reach. */
		depressed: { seconds: number; apogeeKm: number } | null;
	};
}

export interface JointComparison {
	missileId: string;
	fit: JointFit;
	/** The joint rocket's standard range, non-rotating Earth, km; null when orbital. */
	standardRangeKm: number | null;
	orbital: boolean;
	/** Each test's own (single-test) nominal standard range, km; null when orbital or not estimated. */
	singleTest: { testId: string; standardRangeKm: number | null; orbital: boolean }[];
}

export interface EngineSummary {
	ok: true;
	testId: string;
	engineVersion: string;
	estimate: EstimateResult;
	payload: PayloadCurve | null;
	targets: TargetReport[];
	joint: JointComparison | null;
}

export interface EngineOptions extends Pick<TestOptions, 'samples' | 'seed'> {
	payloadSamples?: number;
}

/** Everything a test page shows from the engine (cached on disk by a hash of its inputs and the engine). */
export function engineForTest(
	testId: string,
	options: EngineOptions = {}
): EngineSummary | PhysicsError {
	const test = applicableTest(testId);
	if ('ok' in test) return test;
	const input = testInput(test, options);
	const payloadSamples = options.payloadSamples ?? DEFAULT_PAYLOAD_SAMPLES;
	return cached(['engine', input, payloadSamples], true, () =>
		computeEngine(test, input, payloadSamples)
	);
}

function computeEngine(
	test: Test,
	input: EstimateInput,
	payloadSamples: number
): EngineSummary | PhysicsError {
	const est = estimate(input);
	if (!est.ok) return est;
	remember(['estimate', input], est);
	const inner = internalsOf(est);
	const setup = inner?.setup ?? null;
	const ok = inner?.samples?.filter((s) => s.status === 'ok' && s.weight > 0 && s.standard) ?? [];
	const targets = setup?.targets ?? [];
	const payload =
		setup && ok.length
			? summarisePayload(
					ok.slice(0, payloadSamples).map((s) => sampleCurve(setup, s)),
					[
						...targets,
						{
							name: `${GLOBAL_REACH_KM.toLocaleString('en-US')} km`,
							distanceKm: GLOBAL_REACH_KM,
							rotationFactor: 1
						}
					],
					input.seed ?? DEFAULT_SEED
				)
			: null;
	const byName = new Map((est.montecarlo?.targets ?? []).map((t) => [t.name, t.probability]));
	const sites = (input.targets ?? []) as (TargetInput & { id: string })[];
	const reports: TargetReport[] = sites.map((t) => ({
		id: t.id,
		name: t.name,
		distanceKm: Math.round(t.distanceKm * 10) / 10,
		azimuthDeg: Math.round(t.azimuthDeg * 10) / 10,
		probability: byName.get(t.name) ?? 0,
		flightTimeS: {
			minimumEnergy: inner?.samples
				? minimumEnergyPercentiles(
						inner.samples,
						t.distanceKm,
						targets.find((x) => x.name === t.name)?.rotationFactor ?? 1
					)
				: { p05: null, p50: null, p95: null },
			depressed: inner ? depressedTime(inner.best.flight, t.distanceKm) : null
		}
	}));
	return {
		ok: true,
		testId: test.id,
		engineVersion: ENGINE_VERSION,
		estimate: est,
		payload,
		targets: reports,
		joint: jointForMissile(test.missileId)
	};
}

/** Tests of a missile the engine applies to. */
function missileTests(missileId: string): Test[] {
	return tests.filter((t) => t.missileId === missileId && notApplicableReason(t) === null);
}

/** One rocket fitted to every test of the missile, beside each test's own calibration (cached). */
export function jointForMissile(missileId: string): JointComparison | null {
	const missile = getMissile(missileId);
	const list = missileTests(missileId);
	if (!missile || list.length < 2) return null;
	const inputs: JointTestInput[] = list.map((t) => {
		const i = testInput(t, { samples: 0 });
		const s = summarizeFigures(t);
		return {
			testId: t.id,
			obs: { apogeeKm: s.apogeeKm!, rangeKm: s.rangeKm!, flightTimeS: s.flightTimeS },
			geom: {
				latDeg: i.site!.latDeg,
				lonDeg: i.site!.lonDeg,
				azimuthDeg: i.azimuthDeg!,
				rotating: true
			}
		};
	});
	return cached(['joint', missile, inputs], true, () => computeJoint(missile, inputs));
}

function computeJoint(missile: Missile, inputs: JointTestInput[]): JointComparison {
	const model = vehicleFromMissile(missile);
	const fit = calibrateJoint(model, inputs);
	const m = jointModel(model, fit);
	const best = fit.ok
		? maximiseRange(flownVehicle(m, fit.dvKms, 1), {
				verticalRiseS: m.verticalRiseS,
				kickDurationS: m.kickDurationS,
				coastAllowed: m.coastAllowed,
				stageCount: m.stages.length
			})
		: null;
	const singleTest = inputs.map((i) => {
		const e = nominal(i.testId).est;
		const p = e.ok ? e.powered : null;
		return {
			testId: i.testId,
			standardRangeKm: p?.standardRangeKm ?? null,
			orbital: p?.orbital ?? false
		};
	});
	return {
		missileId: missile.id,
		fit,
		standardRangeKm:
			best && !best.orbital && best.rangeKm !== null ? Math.round(best.rangeKm * 10) / 10 : null,
		orbital: best?.orbital ?? false,
		singleTest
	};
}

/** The steering of a test's standard flight (for a reader's own flights in the worker). */
export function standardSteering(testId: string): GravityTurnSteering | null {
	const inner = nominal(testId).inner;
	return inner ? (inner.best.steering as GravityTurnSteering) : null;
}

// --- Cache: memory everywhere, disk in Node ---------------------------------------------------------------

const memory = new Map<string, unknown>();

interface NodeFs {
	existsSync(p: string): boolean;
	readFileSync(p: string, enc: 'utf8'): string;
	writeFileSync(p: string, data: string): void;
	mkdirSync(p: string, o: { recursive: boolean }): void;
	readdirSync(p: string): string[];
}
interface NodeProcess {
	cwd(): string;
	env: Record<string, string | undefined>;
	getBuiltinModule?: (id: string) => unknown;
}

/** Node's fs and crypto when running in Node with the disk cache enabled; null in a browser or worker. */
function nodeTools(): {
	fs: NodeFs;
	hash: (s: string) => string;
	dir: string;
	source: string;
} | null {
	const proc = (globalThis as { process?: NodeProcess }).process;
	if (!proc?.getBuiltinModule || proc.env?.LOFTED_ENGINE_CACHE === 'off') return null;
	const fs = proc.getBuiltinModule('node:fs') as NodeFs;
	const crypto = proc.getBuiltinModule('node:crypto') as {
		createHash(a: string): { update(s: string): { digest(e: 'hex'): string } };
	};
	const hash = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
	const root = proc.cwd();
	return {
		fs,
		hash,
		dir: `${root}/node_modules/.cache/lofted`,
		source: engineSource(fs, root, hash)
	};
}

let sourceHash: string | null = null;

/** A hash of the engine's source files (physics/ and this file), so a code change invalidates the cache. */
function engineSource(fs: NodeFs, root: string, hash: (s: string) => string): string {
	if (sourceHash !== null) return sourceHash;
	const dir = `${root}/src/lib/physics`;
	const files = fs.existsSync(dir)
		? fs
				.readdirSync(dir)
				.filter((f) => f.endsWith('.ts') && !f.includes('.test.'))
				.sort()
		: [];
	const own = `${root}/src/lib/scene/engine.ts`;
	const text = [
		...files.map((f) => fs.readFileSync(`${dir}/${f}`, 'utf8')),
		fs.existsSync(own) ? fs.readFileSync(own, 'utf8') : ''
	];
	sourceHash = hash(text.join('\u0000'));
	return sourceHash;
}

let tools: ReturnType<typeof nodeTools> | undefined;

function cacheFile(key: unknown[]): { path: string; fs: NodeFs } | null {
	tools ??= nodeTools();
	if (!tools) return null;
	const id = tools.hash(JSON.stringify([ENGINE_VERSION, tools.source, key]));
	return { path: `${tools.dir}/${String(key[0])}-${id.slice(0, 32)}.json`, fs: tools.fs };
}

/** Stores a value under a key in memory and, when `disk`, on disk. */
function remember(key: unknown[], value: unknown, disk = true) {
	memory.set(JSON.stringify(key), value);
	const f = disk ? cacheFile(key) : null;
	if (!f) return;
	try {
		f.fs.mkdirSync(f.path.slice(0, f.path.lastIndexOf('/')), { recursive: true });
		f.fs.writeFileSync(f.path, JSON.stringify(value));
	} catch {
		// A read-only or full disk only costs the next build the recomputation.
	}
}

/** The cached value for a key, or computes and stores it (a typed error is not stored on disk). */
function cached<T>(key: unknown[], disk: boolean, compute: () => T): T {
	const mem = JSON.stringify(key);
	if (memory.has(mem)) return memory.get(mem) as T;
	const f = disk ? cacheFile(key) : null;
	if (f && f.fs.existsSync(f.path)) {
		try {
			const value = JSON.parse(f.fs.readFileSync(f.path, 'utf8')) as T;
			memory.set(mem, value);
			return value;
		} catch {
			// A corrupt file is recomputed below.
		}
	}
	const value = compute();
	const ok = (value as { ok?: boolean }).ok !== false;
	if (ok) remember(key, value, disk);
	else memory.set(mem, value);
	return value;
}
