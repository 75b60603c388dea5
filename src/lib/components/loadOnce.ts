/**
 * A loader that runs `load` once and shares its promise with every caller; after a failure the next call
 * tries again (a reader who was offline for a moment is not stuck with the error).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | null = null;
	return () =>
		(pending ??= load().catch((error: unknown) => {
			pending = null;
			throw error;
		}));
}
