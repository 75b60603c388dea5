/**
 * The key-points table (burnout, apogee and impact of every curve: the charts' text alternative) as one
 * escaped HTML string, inserted with `{@html}` by KeyPointsTable.svelte. As Svelte markup, its hundred-odd
 * cells were each claimed and given an effect when the page hydrated; as a string, hydration keeps the
 * prerendered table as it is and a new selection replaces it in one parse.
 */
import { el, text } from './markup.ts';
import { keyPoints, type ProfileSeries } from './series.ts';
import { formatDurationS, formatKm, formatKms } from './format.ts';

const COLUMNS = ['Time', 'Altitude', 'Ground range', 'Speed'];

export function keyPointsTableHtml(series: ProfileSeries[], caption: string): string {
	const head = el(
		'thead',
		{},
		el(
			'tr',
			{},
			el('th', { scope: 'col' }, 'Point') +
				COLUMNS.map((c) => el('th', { scope: 'col', class: 'num' }, text(c))).join('')
		)
	);
	const bodies = series
		.map((s) => {
			const swatch = el(
				'svg',
				{ width: 28, height: 8, 'aria-hidden': 'true' },
				el('line', {
					x1: 1,
					x2: 27,
					y1: 4,
					y2: 4,
					stroke: `var(--series-${s.colorIndex})`,
					'stroke-width': 2.5,
					'stroke-dasharray': s.role === 'standard' ? '6 4' : undefined
				})
			);
			const since = s.timeOrigin === 'burnout' ? 'burnout' : 'launch';
			const curve = el(
				'tr',
				{},
				el(
					'th',
					{ scope: 'colgroup', colspan: 5, class: 'curve' },
					`${swatch} ${text(s.label)} ${el('span', { class: 'model' }, text(`${s.model}. Times after ${since}.`))}`
				)
			);
			const points = keyPoints(s)
				.map((kp) =>
					el(
						'tr',
						{},
						el(
							'th',
							{ scope: 'row', class: 'point' },
							text(kp.name) + (kp.note ? el('span', { class: 'model' }, text(kp.note)) : '')
						) +
							[
								formatDurationS(kp.point.t),
								formatKm(kp.point.altitudeKm),
								formatKm(kp.point.downrangeKm),
								formatKms(kp.point.speedKms)
							]
								.map((v) => el('td', { class: 'num' }, text(v)))
								.join('')
					)
				)
				.join('');
			return el('tbody', {}, curve + points);
		})
		.join('');
	return el(
		'table',
		{ 'data-testid': 'key-points-table' },
		el('caption', {}, text(caption)) + head + bodies
	);
}
