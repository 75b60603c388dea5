import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, dodge, placeLabels, placePointLabels, sideBox, textBox } from './labels.ts';

describe('dodge', () => {
	it('leaves labels that are already far enough apart where they want to be', () => {
		expect(dodge([10, 50, 30], 12)).toEqual([10, 50, 30]);
	});

	it('spreads two labels wanting the same spot symmetrically about it', () => {
		expect(dodge([100, 100], 12)).toEqual([94, 106]);
	});

	it('keeps a run of crowded labels centred on the mean of what they wanted', () => {
		const out = dodge([0, 1, 2], 10);
		expect(out).toEqual([-9, 1, 11]);
	});

	it('pushes labels back inside [min, max] when there is room', () => {
		const out = dodge([0, 0, 0], 10, 5, 100);
		expect(out).toEqual([5, 15, 25]);
	});

	it('keeps order and spacing for any input (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -500, max: 500, noNaN: true }), { maxLength: 20 }),
				fc.double({ min: 1, max: 30, noNaN: true }),
				(wants, gap) => {
					const out = dodge(wants, gap);
					expect(out).toHaveLength(wants.length);
					const pairs = wants.map((w, i) => ({ w, o: out[i] })).sort((a, b) => a.w - b.w);
					for (let i = 1; i < pairs.length; i++) {
						expect(pairs[i].o - pairs[i - 1].o).toBeGreaterThanOrEqual(gap - 1e-6);
					}
					// The mean position never moves: dodging only spreads.
					if (wants.length > 0) {
						const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
						expect(mean(out)).toBeCloseTo(mean(wants), 6);
					}
				}
			)
		);
	});
});

describe('placePointLabels', () => {
	const pt = (x: number, y: number, width = 60) => ({ x, y, width, height: 14 });

	it('puts a lone label on the preferred side', () => {
		expect(placePointLabels([pt(100, 100)], 7)).toEqual(['right']);
	});

	it('moves a label that would cover a neighbour to another side, and never overlaps', () => {
		// The second point sits where the first one's label would go.
		const points = [pt(100, 100), pt(140, 100), pt(100, 116)];
		const sides = placePointLabels(points, 7);
		expect(sides[0]).toBe('left');
		const boxes = points
			.map((p, i) => (sides[i] ? sideBox(p, sides[i]!, 11) : null))
			.filter((b) => b !== null);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++)
				expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
	});

	it('keeps labels inside the map', () => {
		const area = { x0: 0, y0: 0, x1: 200, y1: 200 };
		expect(placePointLabels([pt(190, 100)], 7, area)).toEqual(['left']);
		expect(placePointLabels([pt(5, 100, 300)], 7, area)).toEqual([null]);
	});

	it('leaves a label out when every side is taken', () => {
		const crowd = [pt(100, 100)];
		for (const [dx, dy] of [
			[20, 0],
			[-20, 0],
			[0, 20],
			[0, -20]
		])
			crowd.push(pt(100 + dx, 100 + dy, 4));
		expect(placePointLabels(crowd, 7)[0]).toBeNull();
	});
});

describe('placeLabels', () => {
	it('moves a label off a fixed box to the nearest free baseline', () => {
		const fixed = [textBox(0, 100, 'tick label', 'start')];
		const [placed] = placeLabels(
			[{ text: 'curve', y: 100, at: [{ x: 10, anchor: 'start' }] }],
			fixed,
			0,
			200
		);
		expect(placed).not.toBeNull();
		expect(boxesOverlap(placed!.box, fixed[0])).toBe(false);
		expect(Math.abs(placed!.y - 100)).toBeLessThan(20);
	});

	it('tries the other anchor before moving far, and leaves out a label with no room', () => {
		const fixed = [textBox(100, 100, 'obstacle', 'start')];
		const [moved] = placeLabels(
			[
				{
					text: 'curve',
					y: 100,
					at: [
						{ x: 110, anchor: 'start' },
						{ x: 90, anchor: 'end' }
					]
				}
			],
			fixed,
			0,
			200
		);
		expect(moved).toMatchObject({ x: 90, y: 100, anchor: 'end' });
		const wall = [{ x0: -1000, y0: -1000, x1: 1000, y1: 1000 }];
		expect(
			placeLabels([{ text: 'x', y: 0, at: [{ x: 0, anchor: 'start' }] }], wall, -5, 5)
		).toEqual([null]);
	});
});
