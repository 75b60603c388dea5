/**
 * The reach models the map draws for a dataset test: the Kepler floor (the minimum-energy range at the
 * burnout speed the reported apogee and range imply, with a band from the figures' precision) and the
 * engine's powered-flight estimate with its band and rotating-Earth sweep. Built at build time (load
 * functions, the prerendered reach-models.json) and by the CLI; the browser only receives the result.
 */
import { requireTest } from '../data/dataset.ts';
import { summarizeFigures } from '../data/figures.ts';
import { EVERYWHERE_KM, type TestReachModels } from '../geo/reachModels.ts';
import { keplerFromRangeApogee, minimumEnergyRange } from '../physics/kepler.ts';
import type { EstimateResult, PhysicsError } from '../physics/index.ts';
import { formatKm, formatKmBand, formatPercent } from '../viz/format.ts';
import { estimateTest } from './engine.ts';

export { EVERYWHERE_KM, type TestReachModels };

/**
 * Minimum-energy range (km) at the burnout speed of the Kepler arc through (range, apogee); EVERYWHERE_KM
 * when that speed is orbital (no finite range: every point on Earth); null when no arc exists.
 */
export function keplerFloorKm(rangeKm: number, apogeeKm: number): number | null {
	const arc = keplerFromRangeApogee({ rangeKm, apogeeKm });
	if (!arc.ok) return null;
	const me = minimumEnergyRange({ burnoutSpeedKms: arc.burnoutSpeedKms });
	if (!me.ok) return null;
	if (me.orbital || me.rangeKm === null) return EVERYWHERE_KM;
	return Math.min(me.rangeKm, EVERYWHERE_KM);
}

/** The Kepler-floor models of a test, or why there are none (a figure not reported, no arc). */
export function keplerModels(
	testId: string
): { ok: true; models: TestReachModels } | { ok: false; reason: string } {
	const test = requireTest(testId);
	const { apogeeKm, rangeKm } = summarizeFigures(test);
	if (!apogeeKm || !rangeKm) {
		const missing = [!apogeeKm && 'apogee', !rangeKm && 'range'].filter(Boolean).join(' or ');
		return { ok: false, reason: `No reach rings: no ${missing} was reported for this test.` };
	}
	const central = keplerFloorKm(rangeKm.central, apogeeKm.central);
	if (central === null)
		return {
			ok: false,
			reason: `No reach rings: no Kepler arc joins the reported range ${formatKm(rangeKm.central)} and apogee ${formatKm(apogeeKm.central)}.`
		};
	// Band: the floor at the corners of the reported figures' precision (e.g. "about 2,000 km" = ±10 %).
	const corners: number[] = [];
	for (const r of [1 - rangeKm.relPrecision, 1 + rangeKm.relPrecision])
		for (const a of [1 - apogeeKm.relPrecision, 1 + apogeeKm.relPrecision]) {
			const v = keplerFloorKm(rangeKm.central * r, apogeeKm.central * a);
			if (v !== null) corners.push(v);
		}
	const bandKm: [number, number] | null =
		corners.length === 4 && Math.min(...corners) < EVERYWHERE_KM
			? [Math.min(...corners), Math.max(...corners)]
			: null;
	const pct = (x: number) => formatPercent(x * 100, 0);
	return {
		ok: true,
		models: {
			testId,
			kepler: {
				id: 'kepler',
				label: 'Kepler floor',
				rangeKm: central,
				bandKm,
				rotating: null,
				basis:
					`Minimum-energy range at the burnout speed of a drag-free Kepler arc through the reported ` +
					`apogee ${formatKm(apogeeKm.central)} (±${pct(apogeeKm.relPrecision)}) and range ` +
					`${formatKm(rangeKm.central)} (±${pct(rangeKm.relPrecision)}); spherical, non-rotating Earth. ` +
					`A floor: a powered standard trajectory flies farther.` +
					(central >= EVERYWHERE_KM
						? ' At this burnout speed the minimum-energy arc is orbital: no point on Earth is out of reach.'
						: '')
			},
			powered: null,
			notes: [
				'Powered-flight estimate not available yet: the trajectory engine has not published it.'
			]
		}
	};
}

/** The Kepler-only models; throws the reason when the test has none (unknown id: the known ids). */
export function reachModelsForTest(testId: string): TestReachModels {
	const k = keplerModels(testId);
	if (!k.ok) throw new Error(`Test ${testId}: ${k.reason}`);
	return k.models;
}

/**
 * Adds the engine's powered-flight estimate to the Kepler-only models: its standard range on a
 * non-rotating Earth, its band, and its rotating-Earth sweep (every 2 deg). An orbital vehicle, or a
 * band whose high end is orbital, counts as reaching every point on Earth.
 */
export function withPowered(
	base: TestReachModels,
	est: EstimateResult | PhysicsError
): TestReachModels {
	if (!est.ok) return { ...base, notes: [`Powered estimate unavailable: ${est.message}`] };
	const p = est.powered;
	if (!p)
		return {
			...base,
			notes: [`Powered estimate unavailable: ${est.poweredNote ?? 'the engine gave none'}.`]
		};
	const rangeKm =
		p.orbital || p.global || p.standardRangeKm === null ? EVERYWHERE_KM : p.standardRangeKm;
	const bandKm: [number, number] | null = p.bandKm
		? [p.bandKm[0], p.bandKm[1] ?? EVERYWHERE_KM]
		: null;
	const rotating = p.rotating
		.filter((r, i) => i % 2 === 0 && Number.isFinite(r.rangeKm))
		.map((r) => ({
			azimuthDeg: Math.round(r.azimuthDeg * 10) / 10,
			rangeKm: Math.round(r.rangeKm * 10) / 10
		}));
	const band = bandKm
		? bandKm[1] >= EVERYWHERE_KM
			? `, band ${formatKm(bandKm[0], 0)} – orbital`
			: `, band ${formatKmBand(bandKm[0], bandKm[1])}`
		: '';
	const basis =
		`Powered-flight model calibrated to the reported flight, then flown on a range-maximising standard ` +
		`trajectory (3-DOF, drag, spherical Earth): ${p.orbital ? 'orbital speed, no finite range' : formatKm(rangeKm, 0)}` +
		band +
		(p.dominantAssumption ? `; the band is driven most by: ${p.dominantAssumption}` : '') +
		'. Rotating-Earth ranges by azimuth from the same engine.';
	return {
		...base,
		powered: {
			id: 'powered',
			label: 'Powered estimate',
			rangeKm,
			bandKm,
			rotating: rotating.length >= 8 ? rotating : null,
			basis
		},
		notes: []
	};
}

/** Kepler floor plus the engine's powered estimate (the engine runs: build time and CLI only). */
export function reachModelsWithPowered(testId: string): TestReachModels {
	return withPowered(reachModelsForTest(testId), estimateTest(testId));
}

/** Like reachModelsWithPowered, or why the test has no reach models. */
export function reachModelsOrReason(
	testId: string
): { ok: true; models: TestReachModels } | { ok: false; reason: string } {
	const k = keplerModels(testId);
	return k.ok ? { ok: true, models: withPowered(k.models, estimateTest(testId)) } : k;
}
