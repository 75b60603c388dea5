/**
 * `npm run engine:cache [-- test ids] [-- --table]`: computes the engine's results for every dataset test
 * (Monte Carlo, payload curve, times to target, joint calibration) into the disk cache the build reads
 * (node_modules/.cache/lofted), with the time each took. A build after it prerenders without recomputing; a
 * build without it computes the same results itself (slowly, once), so this is a convenience, not a step.
 * With --table it prints the validation table of docs/model.md from those results.
 */
import { getTest, testIds } from '../src/lib/data/dataset.ts';
import { engineForTest, type EngineSummary } from '../src/lib/scene/engine.ts';

process.env.LOFTED_ENGINE_CACHE = 'on';
const args = process.argv.slice(2);
const table = args.includes('--table');
const ids = args.filter((a) => !a.startsWith('--'));

const km = (x: number | null | undefined) =>
	x === null || x === undefined ? 'orbital' : Math.round(x).toLocaleString('en-US');
const min = (s: number | null | undefined) =>
	s === null || s === undefined
		? '—'
		: `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

function row(e: EngineSummary): string {
	const est = e.estimate;
	const m = est.montecarlo!;
	const p = est.powered;
	const guam = e.targets.find((t) => t.id === 'andersen-afb');
	const me = guam?.flightTimeS.minimumEnergy;
	const pay = m.impliedPayloadKg;
	const joint = e.joint
		? e.joint.fit.tests.find((t) => t.testId === e.testId)?.included
			? km(e.joint.standardRangeKm)
			: 'left out'
		: '—';
	const t = getTest(e.testId)!;
	return [
		e.testId,
		t.trajectory,
		`${km(est.input.apogeeKm)} / ${km(est.input.rangeKm)} / ${est.input.flightTimeS ? km(est.input.flightTimeS) + ' s' : '—'}`,
		est.kepler.orbital ? 'orbital' : km(est.kepler.standardRangeKm),
		p ? (p.orbital ? 'orbital' : km(p.standardRangeKm)) : '—',
		`${km(m.p05)} / ${km(m.p50)} / ${km(m.p95)}`,
		`${Math.round(m.orbitalFraction * 100)} %`,
		String(m.effectiveSamples),
		`${km(pay.p50)} (${km(pay.p05)}-${km(pay.p95)})`,
		guam ? `${Math.round(guam.probability * 100)} %` : '—',
		me ? `${min(me.p50)} (${min(me.p05)}-${min(me.p95)})` : '—',
		guam?.flightTimeS.depressed
			? `${min(guam.flightTimeS.depressed.seconds)} (${guam.flightTimeS.depressed.apogeeKm} km)`
			: '—',
		joint
	].join(' | ');
}

const rows: string[] = [];
for (const id of ids.length ? ids : testIds) {
	const t0 = performance.now();
	const e = engineForTest(id);
	const s = ((performance.now() - t0) / 1000).toFixed(1);
	if (!table) console.log(`${id}: ${e.ok ? 'ok' : `not computed (${e.message})`} in ${s} s`);
	else rows.push(e.ok ? `| ${row(e)} |` : `| ${id} | not applicable: ${e.message} |`);
}
if (table) {
	console.log(
		'| Test | Trajectory | Apogee / range / time used | Kepler floor (km) | Nominal powered (km) | Monte Carlo P5 / P50 / P95 (km) | Orbital | Effective samples | Implied payload P50 (P5-P95, kg) | Guam in reach | Guam, minimum-energy P50 (P5-P95, min:s) | Guam, depressed (apogee) | Joint rocket (km) |'
	);
	console.log('|' + ' --- |'.repeat(13));
	for (const r of rows) console.log(r);
}
