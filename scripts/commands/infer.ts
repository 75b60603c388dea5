/**
 * `infer`: the Kepler floor, the powered standard-range estimate and its Monte Carlo distribution, for a
 * test of the dataset or for bare figures. JSON with --json (the same object as `estimateTest(id)` for
 * --test). Figures no ballistic flight can have exit 2 with the reason.
 */
import { getMissile, missiles } from '../../src/lib/data/dataset.ts';
import {
	DEFAULT_SAMPLES,
	estimate,
	type EstimateResult,
	type MonteCarloSummary
} from '../../src/lib/physics/index.ts';
import { engineTargets, estimateTest } from '../../src/lib/scene/engine.ts';
import { CliError, numberOption, table, wholeNumberOption, type Command } from '../lib/cli-kit.ts';

const fmt = (x: number | null | undefined, digits = 0) =>
	x === null || x === undefined || !Number.isFinite(x)
		? '—'
		: (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toFixed(digits);

const km = (x: number | null) => (x === null ? 'orbital' : fmt(x));

function keplerLines(e: EstimateResult): string {
	const k = e.kepler;
	return table(
		['Kepler floor (no powered phase)', 'value', 'unit'],
		[
			['burnout altitude (assumed)', fmt(k.burnoutAltitudeKm), 'km'],
			['burnout speed', fmt(k.burnoutSpeedKms, 3), 'km/s'],
			['burnout angle above horizontal', fmt(k.burnoutAngleDeg, 1), 'deg'],
			['free-flight time', fmt(k.freeFlightTimeS), 's'],
			[
				'minimum-energy range at that speed',
				k.orbital ? 'orbital' : fmt(k.standardRangeKm),
				k.orbital ? '' : 'km'
			],
			[
				'a lower bound for the powered range?',
				k.floorApplies ? 'yes (lofted arc, surface burnout)' : 'no (see below)',
				''
			]
		]
	);
}

function poweredLines(e: EstimateResult): string[] {
	const p = e.powered!;
	const s = p.steering;
	const rows: (string | number)[][] = [
		[
			'standard range (nominal priors)',
			p.orbital ? 'orbital' : fmt(p.standardRangeKm),
			p.orbital ? '' : 'km'
		],
		[
			'band (Monte Carlo P5 to P95)',
			p.bandKm ? `${fmt(p.bandKm[0])} to ${km(p.bandKm[1])}` : '—',
			p.bandKm ? 'km' : ''
		],
		['above the Kepler floor', fmt(p.aboveKeplerFloorPct, 1), '%'],
		['input moving it most', p.dominantAssumption ?? '—', ''],
		['vehicle', p.vehicle, ''],
		['fitted ideal delta-v', fmt(p.calibration.idealDeltaVKms, 3), 'km/s'],
		['burn times', p.calibration.burnTimesS.map((x) => fmt(x)).join(' + '), 's'],
		['test burnout altitude', fmt(p.calibration.burnoutAltitudeKm), 'km'],
		['implied payload', fmt(p.calibration.impliedPayloadKg), 'kg'],
		[
			'test kick; q-alpha of the test',
			`${fmt(p.calibration.kickDeg, 2)} deg; ${fmt(s.testMaxQAlphaKPaDeg, 1)}`,
			'kPa deg'
		],
		[
			'standard steering: rise, kick, upper pitch, coast',
			`${fmt(s.verticalRiseS, 1)} s, ${fmt(s.kickDeg, 1)} deg, ${s.finalPitchDeg === null ? '—' : `${fmt(s.finalPitchDeg, 1)} deg`}, ${fmt(s.coastS)} s`,
			''
		],
		[
			'standard q-alpha (bound)',
			`${fmt(s.maxQAlphaKPaDeg, 1)} (${s.qAlphaLimitKPaDeg})`,
			'kPa deg'
		],
		[
			'power-law steering, for comparison',
			`${s.powerLaw.orbital ? 'orbital' : fmt(s.powerLaw.rangeKm)} km at q-alpha ${fmt(s.powerLaw.maxQAlphaKPaDeg)}`,
			'kPa deg'
		],
		['residual apogee', fmt(p.residuals.apogeeRel * 100, 3), '%'],
		['residual range', fmt(p.residuals.rangeRel * 100, 3), '%'],
		['residual flight time', fmt(p.residuals.flightTimeS), 's']
	];
	const lines = [
		table(['Powered estimate (3-DOF, non-rotating Earth)', 'value', 'unit'], rows),
		''
	];
	lines.push(
		table(
			['Assumption', 'value', 'unit', 'basis', 'low-high'],
			p.assumptions.map((a) => [
				a.label,
				typeof a.value === 'number' ? String(a.value) : a.value,
				a.unit,
				a.basis,
				a.low !== undefined && a.high !== undefined ? `${a.low}-${a.high}` : ''
			])
		),
		''
	);
	if (p.publishedPayload)
		lines.push(
			table(
				[
					`Same rocket with the published payload (test implied ${fmt(p.publishedPayload.impliedTestPayloadKg)} kg)`,
					'standard range (km)'
				],
				p.publishedPayload.cases.map((c) => [
					`${fmt(c.payloadKg)} kg`,
					c.orbital ? 'orbital' : fmt(c.standardRangeKm)
				])
			),
			''
		);
	if (p.rotating.length)
		lines.push(
			table(
				['Rotating Earth: ground azimuth (deg)', 'range (km)'],
				p.rotating
					.filter((r) => r.azimuthDeg % 45 === 0)
					.map((r) => [fmt(r.azimuthDeg), fmt(r.rangeKm)])
			),
			''
		);
	return lines;
}

function monteCarloLines(m: MonteCarloSummary): string[] {
	const lines = [
		`Monte Carlo: ${m.samples} samples (seed ${m.seed}), effective ${fmt(m.effectiveSamples)} after weighting by the flight time; ${fmt(m.failedFraction * 100, 1)} % not reproducible, ${fmt(m.infeasibleFraction * 100, 1)} % with no payload left.`,
		`Standard range P5 / P50 / P95: ${km(m.p05)} / ${km(m.p50)} / ${km(m.p95)} km; orbital in ${fmt(m.orbitalFraction * 100, 1)} % of the weight. Implied test payload P5-P95: ${fmt(m.impliedPayloadKg.p05)}-${fmt(m.impliedPayloadKg.p95)} kg.`,
		''
	];
	lines.push(
		table(
			['Input (rank correlation with range)', 'rho'],
			m.sensitivity.slice(0, 6).map((s) => [s.label, fmt(s.rankCorrelation, 2)])
		),
		''
	);
	if (m.targets.length)
		lines.push(
			table(
				['Target (rotating Earth)', 'distance (km)', 'probability in reach'],
				m.targets.map((t) => [t.name, fmt(t.distanceKm), `${fmt(t.probability * 100)} %`])
			),
			''
		);
	return lines;
}

export function renderEstimate(e: EstimateResult): string {
	const inp = e.input;
	const lines: string[] = [
		`${inp.testId ? `Test ${inp.testId}: ` : ''}range ${fmt(inp.rangeKm)} km, apogee ${fmt(inp.apogeeKm)} km${inp.flightTimeS ? `, flight time ${fmt(inp.flightTimeS)} s` : ''}${inp.missileId ? `, missile ${inp.missileId}` : ''}`,
		'',
		keplerLines(e),
		''
	];
	if (!e.powered) lines.push(`Powered estimate: none. ${e.poweredNote ?? ''}`, '');
	else lines.push(...poweredLines(e));
	if (e.poweredNote && e.powered) lines.push(e.poweredNote, '');
	if (e.montecarlo) lines.push(...monteCarloLines(e.montecarlo));
	if (e.kepler.floorNote) lines.push(`Kepler floor: ${e.kepler.floorNote}`);
	const c = e.consistency;
	lines.push(
		c.consistent
			? 'Consistency: reported apogee, range and flight time agree under the model.'
			: `Consistency: ${c.flags.map((f) => f.message).join(' ')}`
	);
	return lines.join('\n');
}

/** --samples and --seed; --no-band without --samples skips the Monte Carlo (the band is what it gives). */
function monteCarloOptions(values: Record<string, unknown>) {
	const samples = wholeNumberOption(values, 'samples', values['no-band'] ? 0 : DEFAULT_SAMPLES, {
		min: 0,
		max: 100000
	});
	const seed = wholeNumberOption(values, 'seed', 1, { min: 0, max: 2 ** 31 - 1 });
	return { samples, seed };
}

function runForTest(values: Record<string, unknown>) {
	if (typeof values.test !== 'string' || values.test === '')
		throw new CliError('--test needs a test id, e.g. --test 2022-01-30-hwasong-12.');
	const others = [
		'range-km',
		'apogee-km',
		'flight-time-s',
		'missile',
		'lat',
		'lon',
		'stage-count'
	].filter((k) => values[k] !== undefined);
	if (others.length)
		throw new CliError(`--test takes its figures from the dataset; drop --${others.join(', --')}.`);
	const azimuthDeg = numberOption(values, 'azimuth-deg', { min: 0, max: 360, unit: 'deg' });
	const burnoutAltitudeKm = numberOption(values, 'burnout-altitude-km', { min: 0, unit: 'km' });
	return estimateTest(values.test, { ...monteCarloOptions(values), azimuthDeg, burnoutAltitudeKm });
}

function runForFigures(values: Record<string, unknown>) {
	const rangeKm = numberOption(values, 'range-km', {
		required: true,
		min: 0,
		exclusiveMin: true,
		unit: 'km'
	})!;
	const apogeeKm = numberOption(values, 'apogee-km', {
		required: true,
		min: 0,
		exclusiveMin: true,
		unit: 'km'
	})!;
	const flightTimeS = numberOption(values, 'flight-time-s', {
		min: 0,
		exclusiveMin: true,
		unit: 's'
	});
	const burnoutAltitudeKm = numberOption(values, 'burnout-altitude-km', { min: 0, unit: 'km' });
	const lat = numberOption(values, 'lat', { min: -90, max: 90, unit: 'deg' });
	const lon = numberOption(values, 'lon', { min: -180, max: 360, unit: 'deg' });
	const azimuthDeg = numberOption(values, 'azimuth-deg', { min: 0, max: 360, unit: 'deg' });
	const stageCount =
		values['stage-count'] === undefined
			? undefined
			: wholeNumberOption(values, 'stage-count', 1, { min: 1, max: 3 });
	if ((lat === undefined) !== (lon === undefined))
		throw new CliError('--lat and --lon go together: give both or neither.');
	let missile = null;
	if (values.missile !== undefined) {
		if (typeof values.missile !== 'string' || !getMissile(values.missile))
			throw new CliError(
				`Unknown missile id "${String(values.missile)}". Known ids: ${missiles.map((m) => m.id).join(', ')}.`
			);
		if (stageCount !== undefined)
			throw new CliError(
				'--stage-count applies to the generic vehicle only; drop it or --missile.'
			);
		missile = getMissile(values.missile)!;
	}
	const site =
		lat !== undefined && lon !== undefined
			? { latDeg: lat, lonDeg: lon > 180 ? lon - 360 : lon }
			: null;
	return estimate({
		rangeKm,
		apogeeKm,
		flightTimeS: flightTimeS ?? null,
		burnoutAltitudeKm,
		missile,
		stageCount,
		site,
		azimuthDeg,
		band: !values['no-band'],
		targets: site ? engineTargets({ lat: site.latDeg, lon: site.lonDeg }) : [],
		...monteCarloOptions(values)
	});
}

export const inferCommand: Command = {
	name: 'infer',
	summary:
		'Kepler floor, powered standard-range estimate and its Monte Carlo P5/P50/P95 from a test.',
	usage:
		'infer (--test ID [--azimuth-deg N] [--burnout-altitude-km H] | --range-km N --apogee-km N [--flight-time-s N] [--burnout-altitude-km H] [--missile ID | --stage-count 1-3] [--lat N --lon N] [--azimuth-deg N]) [--samples N] [--seed S] [--no-band] [--json]',
	options: {
		test: { type: 'string' },
		'range-km': { type: 'string' },
		'apogee-km': { type: 'string' },
		'flight-time-s': { type: 'string' },
		'burnout-altitude-km': { type: 'string' },
		missile: { type: 'string' },
		'stage-count': { type: 'string' },
		lat: { type: 'string' },
		lon: { type: 'string' },
		'azimuth-deg': { type: 'string' },
		samples: { type: 'string' },
		seed: { type: 'string' },
		'no-band': { type: 'boolean' }
	},
	run(values) {
		const result = values.test !== undefined ? runForTest(values) : runForFigures(values);
		if (!result.ok) throw new CliError(result.message);
		return { json: result, text: renderEstimate(result) };
	}
};
