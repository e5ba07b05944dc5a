// The worker side of createWorkerAnalyzer(): loads the module in a Web Worker and answers
// {id, call, inputs, options, flavour} messages (call: "analyze" or "extract") with
// {id, result, flavour} or {id, error}.
import { loadNewsprism } from './index.js';

// The calls a message may name; a Map so that no inherited name ("constructor") is a call.
const calls = new Map([
  ['analyze', (newsprism, inputs, options) => newsprism.analyze(inputs, options)],
  ['extract', (newsprism, inputs, options) => newsprism.extract(inputs, options)],
]);

let ready;

self.onmessage = async (event) => {
  const { id, call, inputs, options, flavour } = event.data;
  try {
    const run = calls.get(call);
    if (!run) throw new TypeError(`unknown worker call ${JSON.stringify(call)}`);
    ready ??= loadNewsprism({ flavour: flavour ?? 'auto' });
    const newsprism = await ready;
    const result = run(newsprism, inputs, options ?? {});
    self.postMessage({ id, result, flavour: newsprism.flavour });
  } catch (error) {
    self.postMessage({
      id,
      error: { name: error.name, code: error.code ?? 'worker_error', message: String(error.message ?? error) },
    });
  }
};
