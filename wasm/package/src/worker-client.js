// Runs analyses in a Web Worker so a page stays responsive while a large paste is analyzed.
import { NewsprismError } from './index.js';

/**
 * Starts a worker. Returns {analyze(inputs, options) -> Promise<Report>,
 * extract(inputs, options) -> Promise<Extraction>, terminate()}.
 * Calls are answered in order; `flavour` is passed to loadNewsprism() inside the worker.
 */
export function createWorkerAnalyzer({ flavour = 'auto' } = {}) {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let nextId = 1;
  worker.onmessage = (event) => {
    const { id, result, error } = event.data;
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    if (error) {
      call.reject(error.name === 'TypeError' ? new TypeError(error.message)
        : new NewsprismError(error.code, error.message));
    } else {
      call.resolve(result);
    }
  };
  worker.onerror = (event) => {
    const failure = new NewsprismError('worker_error', event.message || 'the worker failed to start');
    for (const call of pending.values()) call.reject(failure);
    pending.clear();
  };
  // Posts one call ("analyze" or "extract", the worker runs the module's method of that name)
  // and resolves with what it returned.
  const send = (call, inputs, options) => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, call, inputs, options, flavour });
    });
  };
  return {
    analyze(inputs, options = {}) {
      return send('analyze', inputs, options);
    },
    extract(inputs, options = {}) {
      return send('extract', inputs, options);
    },
    terminate() {
      worker.terminate();
      const stopped = new NewsprismError('terminated', 'the worker was terminated');
      for (const call of pending.values()) call.reject(stopped);
      pending.clear();
    },
  };
}
