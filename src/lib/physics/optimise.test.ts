import { describe, expect, it } from 'vitest';
import { nelderMeadMax, type Vertex } from './optimise.ts';

const tight = (tol: number) => (best: Vertex, worst: Vertex) => Math.abs(best.f - worst.f) < tol;

describe('nelderMeadMax', () => {
	it('finds the top of a paraboloid (maximum 5 at (1, -2))', () => {
		const f = ([x, y]: number[]) => 5 - (x - 1) ** 2 - 3 * (y + 2) ** 2;
		const { best } = nelderMeadMax(
			f,
			[
				[0, 0],
				[1, 0],
				[0, 1]
			],
			{ maxIterations: 200, converged: tight(1e-12) }
		);
		expect(best.x[0]).toBeCloseTo(1, 4);
		expect(best.x[1]).toBeCloseTo(-2, 4);
		expect(best.f).toBeCloseTo(5, 8);
	});

	it('follows the curved valley of (minus) Rosenbrock’s function to its maximum at (1, 1)', () => {
		const f = ([x, y]: number[]) => -((1 - x) ** 2 + 100 * (y - x * x) ** 2);
		const { best } = nelderMeadMax(
			f,
			[
				[-1.2, 1],
				[-1, 1],
				[-1.2, 1.2]
			],
			{ maxIterations: 2000, converged: tight(1e-14) }
		);
		expect(best.x[0]).toBeCloseTo(1, 3);
		expect(best.x[1]).toBeCloseTo(1, 3);
	});

	it('works in three dimensions', () => {
		const f = ([x, y, z]: number[]) => -((x - 3) ** 2 + (y - 1) ** 2 + (z + 4) ** 2);
		const start = [
			[0, 0, 0],
			[1, 0, 0],
			[0, 1, 0],
			[0, 0, 1]
		];
		const { best } = nelderMeadMax(f, start, { maxIterations: 500, converged: tight(1e-14) });
		expect(best.x.map((v) => Math.round(v * 1e3) / 1e3)).toEqual([3, 1, -4]);
	});

	it('stops at the iteration limit, and at once when aborted', () => {
		let calls = 0;
		const f = ([x]: number[]) => (calls++, -(x * x));
		const limited = nelderMeadMax(f, [[10], [11]], { maxIterations: 3, converged: () => false });
		expect(limited.iterations).toBe(3);
		calls = 0;
		const aborted = nelderMeadMax(f, [[10], [11]], {
			maxIterations: 100,
			converged: () => false,
			abort: () => calls >= 2
		});
		expect(aborted.iterations).toBe(0);
		expect(calls).toBe(2); // only the start simplex was evaluated
	});

	it('rejects a start simplex of the wrong shape', () => {
		expect(() =>
			nelderMeadMax(() => 0, [[0, 0]], { maxIterations: 1, converged: () => true })
		).toThrow(/n \+ 1 start points/);
	});
});
