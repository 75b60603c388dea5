/** Missile facts: class, stages, propellant, dimensions and masses, each with its sources. */
import type { FactPath } from '../../data/article.ts';
import type { Missile, VehicleParam } from '../../data/types.ts';
import { assertNever, type ResolvedFact } from './types.ts';
import { formatNumber } from './words.ts';

/** A missile's other names. */
export function aliasNames(m: Missile): string[] {
	return m.aliases.map((a) => a.name);
}

const MISSILE_UNITS = {
	lengthM: { label: 'Length', unit: 'm' },
	diameterM: { label: 'Diameter', unit: 'm' },
	launchMassKg: { label: 'Launch mass', unit: 'kg' },
	payloadKg: { label: 'Payload', unit: 'kg' }
} as const;

function vehicleValue(p: VehicleParam, unit: string): string {
	if (p.value === null) return 'not published';
	const spread =
		p.low !== undefined && p.high !== undefined && p.low !== p.high
			? ` (published estimates ${formatNumber(p.low)}–${formatNumber(p.high)} ${unit})`
			: '';
	return `${formatNumber(p.value)} ${unit}${spread}`;
}

export function missileFact(id: string, m: Missile, field: FactPath['field']): ResolvedFact {
	const base = {
		id,
		kind: 'missile' as const,
		reports: [],
		unitCheck: null,
		conflicts: [],
		quantity: null
	};
	const names = aliasNames(m);
	const aliases = names.length ? ` (also ${names.join(', ')})` : '';
	switch (field) {
		case null:
			return {
				...base,
				label: m.name,
				value: `${m.name}${aliases}: ${m.class}, ${m.stageCount}-stage, ${m.propellant} propellant`,
				sources: m.sources,
				notes: m.notes ?? []
			};
		case 'class':
			return {
				...base,
				label: `Class, ${m.name}`,
				value: `${m.class} (${CLASS_WORDS[m.class]})`,
				sources: m.sources,
				notes: []
			};
		case 'aliases':
			return {
				...base,
				label: `Other names, ${m.name}`,
				value: names.length ? names.join(', ') : 'none recorded',
				sources: m.sources,
				notes: []
			};
		case 'stageCount':
			return {
				...base,
				label: `Stages, ${m.name}`,
				value: `${m.stageCount} stage${m.stageCount === 1 ? '' : 's'}`,
				sources: m.sources,
				notes: []
			};
		case 'propellant':
			return {
				...base,
				label: `Propellant, ${m.name}`,
				value: `${m.propellant} propellant`,
				sources: m.sources,
				notes: []
			};
		case 'lengthM':
		case 'diameterM':
		case 'launchMassKg':
		case 'payloadKg': {
			const spec = MISSILE_UNITS[field];
			const p = m[field];
			return {
				...base,
				label: `${spec.label}, ${m.name}`,
				value: vehicleValue(p, spec.unit),
				quantity:
					p.value === null
						? null
						: {
								value: p.value,
								unit: spec.unit,
								...(p.low !== undefined && p.high !== undefined ? { low: p.low, high: p.high } : {})
							},
				sources: p.sources.length ? p.sources : m.sources,
				notes: p.note ? [p.note] : []
			};
		}
		default:
			return assertNever(field as never, `missile field ${String(field)}`);
	}
}

export const CLASS_WORDS: Record<Missile['class'], string> = {
	SRBM: 'short-range ballistic missile, under 1,000 km',
	MRBM: 'medium-range ballistic missile, 1,000–3,000 km',
	IRBM: 'intermediate-range ballistic missile, 3,000–5,500 km',
	ICBM: 'intercontinental ballistic missile, over 5,500 km'
};
