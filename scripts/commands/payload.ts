/**
 * `payload --test ID [--samples N] [--seed S] [--json]`: the test's implied payload with its uncertainty, the
 * payload-range curve (payload added to the test's, 0 to 2,500 kg, P5/P50/P95 of the standard range on a
 * non-rotating Earth) and the largest payload that still reaches each preset target or 15,000 km.
 */
import { DEFAULT_SAMPLES } from '../../src/lib/physics/index.ts';
import { DEFAULT_PAYLOAD_SAMPLES } from '../../src/lib/physics/payload.ts';
import { engineForTest } from '../../src/lib/scene/engine.ts';
import { CliError, table, wholeNumberOption, type Command } from '../lib/cli-kit.ts';

const fmt = (x: number | null) => (x === null ? 'orbital' : Math.round(x).toLocaleString('en-US'));

export const payloadCommand: Command = {
	name: 'payload',
	summary: 'Implied payload, payload-range curve (P5/P50/P95) and largest payload to each target.',
	usage: 'payload --test ID [--samples N] [--seed S] [--json]',
	options: { test: { type: 'string' }, samples: { type: 'string' }, seed: { type: 'string' } },
	run(values) {
		if (typeof values.test !== 'string' || values.test === '')
			throw new CliError('--test is required, e.g. --test 2022-01-30-hwasong-12.');
		const payloadSamples = wholeNumberOption(values, 'samples', DEFAULT_PAYLOAD_SAMPLES, {
			min: 1,
			max: 20000
		});
		const seed = wholeNumberOption(values, 'seed', 1, { min: 0, max: 2 ** 31 - 1 });
		const e = engineForTest(values.test, {
			payloadSamples,
			seed,
			samples: Math.max(DEFAULT_SAMPLES, payloadSamples)
		});
		if (!e.ok) throw new CliError(e.message);
		const p = e.payload;
		if (!p)
			throw new CliError(
				`No payload curve for ${values.test}: ${e.estimate.poweredNote ?? 'no accepted Monte Carlo sample'}.`
			);
		const json = {
			testId: e.testId,
			samples: p.samples,
			seed: p.seed,
			impliedPayloadKg: p.impliedPayloadKg,
			points: p.points,
			maxPayloadKg: p.maxPayloadKg,
			orbitalWording: p.orbitalWording
		};
		const ip = p.impliedPayloadKg;
		const text = [
			`${e.testId}: ${p.samples} Monte Carlo rockets (seed ${p.seed}); standard range on a non-rotating Earth.`,
			ip
				? `Implied test payload P5 / P50 / P95: ${fmt(ip.p05)} / ${fmt(ip.p50)} / ${fmt(ip.p95)} kg.`
				: 'Implied test payload: none.',
			...(p.orbitalWording ? [`With the test's payload: ${p.orbitalWording}.`] : []),
			'',
			table(
				['Payload added (kg)', 'P5 (km)', 'P50 (km)', 'P95 (km)', 'orbital'],
				p.points.map((q) => [
					q.addedPayloadKg.toLocaleString('en-US'),
					fmt(q.p05),
					fmt(q.p50),
					fmt(q.p95),
					`${Math.round(q.orbitalFraction * 100)} %`
				])
			),
			'',
			table(
				['Largest total payload to', 'distance (km)', 'P50 (kg)', 'P5-P95 (kg)', 'note'],
				p.maxPayloadKg.map((m) => [
					m.target,
					fmt(m.distanceKm),
					m.kg === null ? '—' : `${m.atLeast ? '≥ ' : ''}${fmt(m.kg)}`,
					`${m.p05 ?? '—'}-${m.p95 ?? '—'}`,
					m.note ?? ''
				])
			)
		].join('\n');
		return { json, text };
	}
};
