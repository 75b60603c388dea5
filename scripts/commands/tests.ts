/**
 * `tests [--missile <id>] [--trajectory <class>] [--json]`: lists the launches in data/tests.json in
 * launch order with KST date, missile, apogee and range (central value with unit), flight time and
 * trajectory class (lofted, standard, depressed, glide, failed-early, unknown).
 * Central values follow summarizeFigures (src/lib/data/figures.ts): KCNA's exact figure where given,
 * otherwise the median of the other reporters' figures (marked "≈").
 */
import { missiles, tests } from '../../src/lib/data/dataset.ts';
import { summarizeFigures, type FigureSummary } from '../../src/lib/data/figures.ts';
import type { Missile, Test, TrajectoryKind } from '../../src/lib/data/types.ts';
import { CliError, table, type Command } from '../lib/cli-kit.ts';

const TRAJECTORIES: readonly TrajectoryKind[] = [
	'lofted',
	'standard',
	'depressed',
	'glide',
	'failed-early',
	'unknown'
];
const USAGE = `tests [--missile <id>] [--trajectory ${TRAJECTORIES.join('|')}] [--json]`;

const nf = (x: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(x);

function findMissile(raw: string): Missile {
	const key = raw.trim().toLowerCase();
	const m = missiles.find(
		(x) =>
			x.id === key ||
			x.name.toLowerCase() === key ||
			x.aliases.some((a) => a.name.toLowerCase() === key)
	);
	if (!m)
		throw new CliError(
			`Unknown missile "${raw}". Use one of: ${missiles.map((x) => x.id).join(', ')} (aliases such as KN-17 work too).`
		);
	return m;
}

/**
 * "6,248.5 km" for KCNA's exact figure, "≈2,000 km" for a median, ">6,000 km" for a lower bound only,
 * "<70 km" for an upper bound only.
 */
export function formatSummary(s: FigureSummary | null, unit: 'km' | 's'): string {
	if (!s) return '—';
	const lowerBound = s.reports.some((r) => r.qualifier === 'more-than');
	const mark = s.basis === 'kcna-exact' ? '' : s.boundOnly ? (lowerBound ? '>' : '<') : '≈';
	if (unit === 'km') return `${mark}${nf(s.central)} km`;
	const min = Math.floor(s.central / 60);
	const sec = Math.round(s.central - min * 60);
	return `${mark}${min} min${sec ? ` ${sec} s` : ''}`;
}

const summaryJson = (s: FigureSummary | null) =>
	s && {
		central: s.central,
		low: s.low,
		high: s.high,
		relPrecision: s.relPrecision,
		basis: s.basis,
		reporters: s.reports.map((r) => r.reporter)
	};

export function testRow(t: Test) {
	const s = summarizeFigures(t);
	const missile = missiles.find((m) => m.id === t.missileId);
	return {
		id: t.id,
		dateKst: t.launch.kst.slice(0, 10),
		launchKst: t.launch.kst,
		launchUtc: t.launch.utc,
		missileId: t.missileId,
		missile: missile?.name ?? t.missileId,
		siteId: t.siteId,
		trajectory: t.trajectory,
		outcome: t.outcome,
		apogeeKm: summaryJson(s.apogeeKm),
		rangeKm: summaryJson(s.rangeKm),
		flightTimeS: summaryJson(s.flightTimeS)
	};
}

export const testsCommand: Command = {
	name: 'tests',
	summary: 'List the launches: date (KST), missile, apogee, range, flight time, trajectory.',
	usage: USAGE,
	options: {
		missile: { type: 'string' },
		trajectory: { type: 'string' }
	},
	run(values) {
		// Launch order, whatever the order of the records in the file.
		let list: readonly Test[] = [...tests].sort((a, b) => a.launch.utc.localeCompare(b.launch.utc));
		if (values.missile !== undefined) {
			if (typeof values.missile !== 'string' || values.missile.trim() === '')
				throw new CliError(`--missile needs a missile id. Usage: npm run -s cli -- ${USAGE}`);
			const m = findMissile(values.missile);
			list = list.filter((t) => t.missileId === m.id);
		}
		if (values.trajectory !== undefined) {
			const kind = String(values.trajectory).trim().toLowerCase();
			if (!TRAJECTORIES.includes(kind as TrajectoryKind))
				throw new CliError(
					`Unknown trajectory "${String(values.trajectory)}". Use one of: ${TRAJECTORIES.join(', ')}.`
				);
			list = list.filter((t) => t.trajectory === kind);
		}
		const rows = list.map(testRow);
		const text =
			rows.length === 0
				? 'No tests match these filters.'
				: [
						table(
							['ID', 'Date (KST)', 'Missile', 'Apogee', 'Range', 'Flight time', 'Trajectory'],
							list.map((t) => {
								const s = summarizeFigures(t);
								return [
									t.id,
									t.launch.kst.slice(0, 16).replace('T', ' '),
									missiles.find((m) => m.id === t.missileId)?.name ?? t.missileId,
									formatSummary(s.apogeeKm, 'km'),
									formatSummary(s.rangeKm, 'km'),
									formatSummary(s.flightTimeS, 's'),
									t.trajectory
								];
							})
						),
						'',
						`${rows.length} test(s). Figures: KCNA's exact value where given; ≈ = median of Japan MoD / ROK JCS / other figures; > or < = a lower or upper bound only; — = not published. Sources: data/tests.json (npm run -s cli -- fact test.<id>.apogeeKm).`
					].join('\n');
		return { json: rows, text };
	}
};
