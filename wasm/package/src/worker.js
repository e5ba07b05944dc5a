// The worker side of createWorkerAnalyzer(): loads the module in a Web Worker and answers
// {id, inputs, options} messages with {id, report} or {id, error}.
import { loadNewsprism } from './index.js';

let ready;

self.onmessage = async (event) => {
  const { id, inputs, options, flavour } = event.data;
  try {
    ready ??= loadNewsprism({ flavour: flavour ?? 'auto' });
    const newsprism = await ready;
    const report = newsprism.analyze(inputs, options ?? {});
    self.postMessage({ id, report, flavour: newsprism.flavour });
  } catch (error) {
    self.postMessage({
      id,
      error: { name: error.name, code: error.code ?? 'worker_error', message: String(error.message ?? error) },
    });
  }
};
