/**
 * Deterministic quasi-random points for the Monte Carlo: a Halton sequence (J. H. Halton, "On the efficiency
 * of certain quasi-random sequences of points in evaluating multi-dimensional integrals", Numer. Math. 2
 * (1960) 84-90) randomised by independent random digit permutations at every digit level, per dimension
 * (a nested, Owen-style scrambling: A. B. Owen, "Randomly permuted (t,m,s)-nets and (t,s)-sequences",
 * 1995). The seed picks the permutations, so two seeds give two independent randomisations of the same
 * low-discrepancy design, and point i depends only on (seed, i): workers can compute any slice.
 */

/** The first primes, one Halton base per dimension. */
const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71];

export const MAX_DIMENSIONS = PRIMES.length;

/** Small, fast, seedable generator (mulberry32), uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface ScrambledHalton {
	dimensions: number;
	seed: number;
	/** perms[d][k][digit]: permutation of the digits at level k of dimension d. */
	perms: Uint8Array[][];
}

/** Digit levels per base: enough that the last level's weight is below 2^-40. */
function levels(base: number) {
	return Math.ceil(40 / Math.log2(base));
}

export function scrambledHalton(dimensions: number, seed: number): ScrambledHalton {
	if (!(dimensions >= 1 && dimensions <= MAX_DIMENSIONS))
		throw new RangeError(`Halton dimensions must be 1 to ${MAX_DIMENSIONS}; got ${dimensions}.`);
	const rand = mulberry32(seed * 2654435761 + 12345);
	const perms: Uint8Array[][] = [];
	for (let d = 0; d < dimensions; d++) {
		const b = PRIMES[d];
		const dim: Uint8Array[] = [];
		for (let k = 0; k < levels(b); k++) {
			const p = Uint8Array.from({ length: b }, (_, i) => i);
			for (let i = b - 1; i > 0; i--) {
				const j = Math.floor(rand() * (i + 1));
				[p[i], p[j]] = [p[j], p[i]];
			}
			dim.push(p);
		}
		perms.push(dim);
	}
	return { dimensions, seed, perms };
}

/** Point `index` of the sequence: `dimensions` numbers in (0, 1). */
export function haltonPoint(h: ScrambledHalton, index: number): number[] {
	const out: number[] = [];
	for (let d = 0; d < h.dimensions; d++) {
		const b = PRIMES[d];
		const perm = h.perms[d];
		let n = index;
		let f = 1 / b;
		let x = 0;
		for (let k = 0; k < perm.length; k++) {
			x += perm[k][n % b] * f;
			n = Math.floor(n / b);
			f /= b;
		}
		out.push(Math.min(1 - 1e-12, Math.max(1e-12, x)));
	}
	return out;
}
