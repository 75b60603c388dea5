/**
 * Nelder-Mead simplex search for a maximum (Nelder & Mead 1965, with the usual coefficients: reflection 1,
 * expansion 2, contraction 1/2, shrink 1/2). Derivative-free, which suits objectives that are themselves a
 * numerical flight (infer.ts). No npm package offers a maintained, typed Nelder-Mead for this; the method
 * is short and is tested here against functions with known maxima (optimise.test.ts).
 */

export interface Vertex {
	x: number[];
	f: number;
}

export interface NelderMeadOptions {
	/** Iteration limit (one reflection step each). */
	maxIterations: number;
	/** Converged when this holds for the best and the worst vertex of the sorted simplex. */
	converged: (best: Vertex, worst: Vertex) => boolean;
	/** Stops the search at once when it returns true (checked before each iteration). */
	abort?: () => boolean;
}

/**
 * Maximises `objective` starting from `start` (n + 1 points in n dimensions). Returns the best vertex and
 * the number of iterations taken.
 */
export function nelderMeadMax(
	objective: (x: number[]) => number,
	start: number[][],
	options: NelderMeadOptions
): { best: Vertex; iterations: number } {
	const n = start[0]?.length ?? 0;
	if (n === 0 || start.length !== n + 1 || start.some((p) => p.length !== n))
		throw new Error(`Nelder-Mead needs n + 1 start points of n coordinates; got ${start.length}`);
	const evaluate = (x: number[]): Vertex => ({ x, f: objective(x) });
	let simplex = start.map((x) => evaluate([...x]));
	let iterations = 0;
	for (; iterations < options.maxIterations && !options.abort?.(); iterations++) {
		simplex.sort((a, b) => b.f - a.f);
		const best = simplex[0];
		const worst = simplex[n];
		const nextWorst = simplex[n - 1];
		if (options.converged(best, worst)) break;
		const centroid = Array.from(
			{ length: n },
			(_, i) => simplex.slice(0, n).reduce((s, v) => s + v.x[i], 0) / n
		);
		/** The point on the line from the centroid through the worst vertex, at parameter t. */
		const along = (t: number) => centroid.map((c, i) => c + t * (worst.x[i] - c));
		const reflected = evaluate(along(-1));
		if (reflected.f > best.f) {
			const expanded = evaluate(along(-2));
			simplex[n] = expanded.f > reflected.f ? expanded : reflected;
		} else if (reflected.f > nextWorst.f) {
			simplex[n] = reflected;
		} else {
			const contracted = evaluate(along(reflected.f > worst.f ? -0.5 : 0.5));
			if (contracted.f > Math.max(reflected.f, worst.f)) simplex[n] = contracted;
			else
				simplex = [
					best,
					...simplex.slice(1).map((v) => evaluate(v.x.map((xi, i) => (xi + best.x[i]) / 2)))
				];
		}
	}
	simplex.sort((a, b) => b.f - a.f);
	return { best: simplex[0], iterations };
}
