/**
 * Typed results for the engine's hot paths: no throw, no NaN. A failure carries a code a program can branch
 * on and a one-line message that says what is wrong and how to fix it.
 */

export type PhysicsErrorCode =
	| 'not-finite'
	| 'not-positive'
	| 'out-of-range'
	| 'apogee-too-low'
	| 'range-too-long'
	| 'burnout-too-high'
	| 'orbital'
	| 'infeasible'
	| 'unphysical'
	| 'time-too-short'
	| 'not-applicable'
	| 'no-convergence'
	| 'unknown-id'
	| 'no-data';

export interface PhysicsError {
	ok: false;
	code: PhysicsErrorCode;
	message: string;
}

export type Result<T> = ({ ok: true } & T) | PhysicsError;

export function fail(code: PhysicsErrorCode, message: string): PhysicsError {
	return { ok: false, code, message };
}

/** Checks that a named input is a finite number above zero (or at least zero). Null when fine. */
export function checkPositive(
	name: string,
	value: number,
	unit: string,
	allowZero = false
): PhysicsError | null {
	if (typeof value !== 'number' || !Number.isFinite(value))
		return fail('not-finite', `${name} must be a finite number of ${unit}; got ${String(value)}.`);
	if (allowZero ? value < 0 : value <= 0)
		return fail(
			'not-positive',
			`${name} must be ${allowZero ? 'zero or more' : 'greater than zero'} (${unit}); got ${value}.`
		);
	return null;
}
