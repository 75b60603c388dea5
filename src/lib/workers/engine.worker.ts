/// <reference lib="webworker" />
/**
 * The engine's Web Worker: runs calibration, inference and reach sweeps off the main thread.
 * Receives `{ type: 'run', id, request }`, posts `progress` messages, then one `result` or `error`.
 * Cancellation is done by the client terminating the worker (a synchronous job cannot be interrupted).
 */
import { runRequest, type FromWorker, type ToWorker } from './engine-core.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ToWorker>) => {
	runRequest(event.data, (m: FromWorker) => scope.postMessage(m));
};
