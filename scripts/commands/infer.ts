/**
 * `infer`: the Kepler floor and the powered standard-range estimate, with its band, for a test of the dataset
 * or for bare figures. JSON with --json (the same object as `estimateTest(id)` for --test).
 */
import { getMissile, missiles } from '../../src/lib/data/dataset.ts';
import { estimate, estimateTest, type EstimateResult } from '../../src/lib/physics/index.ts';
import { CliError, numberOption, table, type Command } from '../lib/cli-kit.ts';

const fmt = (x: number | null | undefined, digits = 0) =>
	x === null || x === undefined || !Number.isFinite(x)
		? '—'
		: (Math.abs(x) < 0.5 * 10 ** -digits ? 0 : x).toFixed(digits);

export function renderEstimate(e: EstimateResult): string {
	const k = e.kepler;
	const p = e.powered;
	const lines: string[] = [];
	const inp = e.input;
	lines.push(
		`${inp.testId ? `Test ${inp.testId}: ` : ''}range ${fmt(inp.rangeKm)} km, apogee ${fmt(inp.apogeeKm)} km${inp.flightTimeS ? `, flight time ${fmt(inp.flightTimeS)} s` : ''}${inp.missileId ? `, missile ${inp.missileId}` : ''}`,
		''
	);
	lines.push(
		table(
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
				]
			]
		),
		''
	);
	if (!p) {
		lines.push(`Powered estimate: none. ${e.poweredNote ?? ''}`);
	} else {
		lines.push(
			table(
				['Powered estimate (3-DOF, non-rotating Earth)', 'value', 'unit'],
				[
					['standard range', p.orbital ? 'orbital' : fmt(p.standardRangeKm), p.orbital ? '' : 'km'],
					[
						'band',
						p.bandKm
							? `${fmt(p.bandKm[0])} to ${p.bandKm[1] === null ? 'orbital' : fmt(p.bandKm[1])}`
							: '—',
						p.bandKm ? 'km' : ''
					],
					['above the Kepler floor', fmt(p.aboveKeplerFloorPct, 1), '%'],
					['assumption moving it most', p.dominantAssumption ?? '—', ''],
					['vehicle', p.vehicle, ''],
					['fitted ideal delta-v', fmt(p.calibration.idealDeltaVKms, 3), 'km/s'],
					['burn times', p.calibration.burnTimesS.map((x) => fmt(x)).join(' + '), 's'],
					['test burnout altitude', fmt(p.calibration.burnoutAltitudeKm), 'km'],
					['implied payload', fmt(p.calibration.impliedPayloadKg), 'kg'],
					['residual apogee', fmt(p.residuals.apogeeRel * 100, 3), '%'],
					['residual range', fmt(p.residuals.rangeRel * 100, 3), '%'],
					['residual flight time', fmt(p.residuals.flightTimeS), 's']
				]
			),
			''
		);
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
		lines.push(
			table(
				['Band: assumption varied', 'low / high value', 'range at low (km)', 'range at high (km)'],
				p.sensitivity.map((s) => [
					s.label,
					`${s.lowValue} / ${s.highValue}`,
					s.lowOrbital ? 'orbital' : fmt(s.lowRangeKm),
					s.highOrbital ? 'orbital' : fmt(s.highRangeKm)
				])
			),
			''
		);
		if (e.poweredNote) lines.push(e.poweredNote, '');
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
		if (p.rotating.length) {
			const pick = p.rotating.filter((r) => r.azimuthDeg % 45 === 0);
			lines.push(
				table(
					['Rotating Earth: ground azimuth (deg)', 'range (km)'],
					pick.map((r) => [fmt(r.azimuthDeg), fmt(r.rangeKm)])
				),
				''
			);
		}
	}
	const c = e.consistency;
	lines.push(
		c.consistent
			? 'Consistency: reported apogee, range and flight time agree under the model.'
			: `Consistency: ${c.flags.map((f) => f.message).join(' ')}`
	);
	return lines.join('\n');
}

export const inferCommand: Command = {
	name: 'infer',
	summary: 'Kepler floor and powered standard-range estimate (with band) from a lofted test.',
	usage:
		'infer (--test ID | --range-km N --apogee-km N [--flight-time-s N] [--burnout-altitude-km H] [--missile ID] [--lat N --lon N] [--azimuth-deg N]) [--no-band] [--json]',
	options: {
		test: { type: 'string' },
		'range-km': { type: 'string' },
		'apogee-km': { type: 'string' },
		'flight-time-s': { type: 'string' },
		'burnout-altitude-km': { type: 'string' },
		missile: { type: 'string' },
		lat: { type: 'string' },
		lon: { type: 'string' },
		'azimuth-deg': { type: 'string' },
		'no-band': { type: 'boolean' }
	},
	run(values) {
		let result;
		if (values.test !== undefined) {
			if (typeof values.test !== 'string' || values.test === '')
				throw new CliError('--test needs a test id, e.g. --test 2022-01-30-hwasong-12.');
			const others = ['range-km', 'apogee-km', 'flight-time-s', 'missile', 'lat', 'lon'].filter(
				(k) => values[k] !== undefined
			);
			if (others.length)
				throw new CliError(
					`--test takes its figures from the dataset; drop --${others.join(', --')}.`
				);
			result = estimateTest(values.test);
		} else {
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
			if ((lat === undefined) !== (lon === undefined))
				throw new CliError('--lat and --lon go together: give both or neither.');
			let missile = null;
			if (values.missile !== undefined) {
				if (typeof values.missile !== 'string' || !getMissile(values.missile))
					throw new CliError(
						`Unknown missile id "${String(values.missile)}". Known ids: ${missiles.map((m) => m.id).join(', ')}.`
					);
				missile = getMissile(values.missile)!;
			}
			result = estimate({
				rangeKm,
				apogeeKm,
				flightTimeS: flightTimeS ?? null,
				burnoutAltitudeKm,
				missile,
				site:
					lat !== undefined && lon !== undefined
						? { latDeg: lat, lonDeg: lon > 180 ? lon - 360 : lon }
						: null,
				azimuthDeg,
				band: !values['no-band']
			});
		}
		if (!result.ok) throw new CliError(result.message);
		return { json: result, text: renderEstimate(result) };
	}
};
