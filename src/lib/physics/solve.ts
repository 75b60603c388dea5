/**
 * A damped Newton solver for two equations in two unknowns, f(x) = 0, with a finite-difference Jacobian
 * that Broyden's update keeps current between evaluations (C. G. Broyden, "A class of methods for solving
 * nonlinear simultaneous equations", Math. Comp. 19 (1965) 577-593). Given a Jacobian from a nearby
 * solution (a warm start), most iterations cost one evaluation; the Jacobian is re-measured by finite
 * differences when a step fails to reduce the residual.
 */

export type Residual2 = (x: [number, number]) => [number, number] | null;

export interface Solve2Options {
	/** Converged when both residual components are below this. */
	tol: number;
	maxEvaluations: number;
	/** Finite-difference steps per unknown. */
	h: [number, number];
	/** Largest step per unknown per iteration. */
	maxStep: [number, number];
	/** A Jacobian to start from (row-major [[df0/dx0, df0/dx1], [df1/dx0, df1/dx1]]). */
	jacobian?: number[][];
}

export interface Solve2Result {
	ok: boolean;
	x: [number, number];
	r: [number, number] | null;
	evaluations: number;
	jacobian: number[][] | null;
}

const size = (r: [number, number] | null) => (r ? Math.hypot(r[0], r[1]) : Infinity);

function measureJacobian(
	f: Residual2,
	x: [number, number],
	r: [number, number],
	h: [number, number]
) {
	const a = f([x[0] + h[0], x[1]]);
	const b = f([x[0], x[1] + h[1]]);
	if (!a || !b) return null;
	return [
		[(a[0] - r[0]) / h[0], (b[0] - r[0]) / h[1]],
		[(a[1] - r[1]) / h[0], (b[1] - r[1]) / h[1]]
	];
}

/** Newton step -J^-1 r, limited to maxStep per unknown; null when J is singular. */
function newtonStep(
	J: number[][],
	r: [number, number],
	maxStep: [number, number]
): [number, number] | null {
	const det = J[0][0] * J[1][1] - J[0][1] * J[1][0];
	if (!Number.isFinite(det) || Math.abs(det) < 1e-14) return null;
	const s0 = -(J[1][1] * r[0] - J[0][1] * r[1]) / det;
	const s1 = -(-J[1][0] * r[0] + J[0][0] * r[1]) / det;
	const k = Math.min(1, maxStep[0] / Math.abs(s0 || 1e-30), maxStep[1] / Math.abs(s1 || 1e-30));
	return [s0 * k, s1 * k];
}

export function solve2(f: Residual2, x0: [number, number], o: Solve2Options): Solve2Result {
	let evaluations = 0;
	const F: Residual2 = (x) => (evaluations++, f(x));
	let x = x0;
	let r = F(x);
	let J = o.jacobian ?? null;
	let fresh = false;
	while (r && evaluations < o.maxEvaluations) {
		if (Math.abs(r[0]) < o.tol && Math.abs(r[1]) < o.tol)
			return { ok: true, x, r, evaluations, jacobian: J };
		if (!J) {
			J = measureJacobian(F, x, r, o.h);
			fresh = true;
			if (!J) break;
		}
		const s = newtonStep(J, r, o.maxStep);
		let accepted = false;
		for (let k = 0, step = s; step && k < 4 && evaluations < o.maxEvaluations; k++) {
			const xn: [number, number] = [x[0] + step[0], x[1] + step[1]];
			const rn = F(xn);
			if (rn && size(rn) < size(r)) {
				J = broyden(J, step, [rn[0] - r[0], rn[1] - r[1]]);
				[x, r, accepted, fresh] = [xn, rn, true, false];
				break;
			}
			if (!fresh) break; // a stale Jacobian: re-measure before shortening the step
			step = [step[0] / 2, step[1] / 2];
		}
		if (!accepted) {
			if (fresh) break;
			J = null;
		}
	}
	const ok = !!r && Math.abs(r[0]) < o.tol && Math.abs(r[1]) < o.tol;
	return { ok, x, r, evaluations, jacobian: J };
}

/** Broyden's rank-one update: J + ((dr - J s) s^T) / (s^T s). */
function broyden(J: number[][], s: [number, number], dr: [number, number]): number[][] {
	const ss = s[0] * s[0] + s[1] * s[1];
	if (ss === 0) return J;
	const u0 = dr[0] - (J[0][0] * s[0] + J[0][1] * s[1]);
	const u1 = dr[1] - (J[1][0] * s[0] + J[1][1] * s[1]);
	return [
		[J[0][0] + (u0 * s[0]) / ss, J[0][1] + (u0 * s[1]) / ss],
		[J[1][0] + (u1 * s[0]) / ss, J[1][1] + (u1 * s[1]) / ss]
	];
}
