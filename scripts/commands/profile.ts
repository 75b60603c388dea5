/**
 * `profile --test ID [--dt-s N] [--json]`: time series { t, altitudeKm, downrangeKm, speedKms } of the
 * calibrated lofted flight and of the standard (range-maximising) flight of the same vehicle.
 */
import { profileForTest } from '../../src/lib/scene/engine.ts';
import { CliError, numberOption, table, type Command } from '../lib/cli-kit.ts';

export const profileCommand: Command = {
	name: 'profile',
	summary:
		'Altitude, downrange and speed against time: calibrated lofted flight and standard flight.',
	usage: 'profile --test ID [--dt-s N] [--json]',
	options: { test: { type: 'string' }, 'dt-s': { type: 'string' } },
	run(values) {
		if (typeof values.test !== 'string' || values.test === '')
			throw new CliError('--test is required, e.g. --test 2022-01-30-hwasong-12.');
		const dt = numberOption(values, 'dt-s', { min: 0.5, max: 120, unit: 's' }) ?? 5;
		const p = profileForTest(values.test, dt);
		if (!p.ok) throw new CliError(p.message);
		const prof = p;
		const every = (pts: typeof prof.lofted, n: number) =>
			pts.filter(
				(_, i) => i % Math.max(1, Math.floor(pts.length / n)) === 0 || i === pts.length - 1
			);
		const rows = (pts: typeof prof.lofted) =>
			every(pts, 12).map((q) => [
				q.t.toFixed(0),
				q.altitudeKm.toFixed(1),
				q.downrangeKm.toFixed(1),
				q.speedKms.toFixed(3)
			]);
		const head = ['t (s)', 'altitude (km)', 'downrange (km)', 'speed (km/s)'];
		const text = [
			`${prof.testId} (${prof.source}): ${prof.note}`,
			'',
			'Lofted (as tested):',
			table(head, rows(prof.lofted)),
			'',
			prof.standardOrbital
				? 'Standard: orbital (no finite range).'
				: 'Standard (range-maximising):',
			prof.standardOrbital ? '' : table(head, rows(prof.standard))
		].join('\n');
		return { json: prof, text };
	}
};
