// newsprism: analyze news articles in the browser or in Node, with the C++ core compiled to
// WebAssembly. The wrapper owns every byte of wasm memory it allocates and frees it before each
// call returns, so callers get plain objects and have nothing to free.

/** Errors of a failed call: `code` is a stable name such as "input_too_large". */
export class NewsprismError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'NewsprismError';
    this.code = code;
  }
}

// The smallest module that uses a SIMD instruction (a function returning v128.const 0).
// Engines without wasm SIMD refuse to validate it.
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: () -> v128
  0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
  0x0a, 0x16, 0x01, 0x14, 0x00, 0xfd, 0x0c, // code section: v128.const
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0x0b, // end
]);

/** True when this engine runs WebAssembly SIMD (the faster build). */
export function simdSupported() {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

const isNode = typeof process === 'object' && typeof process.versions === 'object' &&
  typeof process.versions.node === 'string';

async function loadWasmBytes(fileName) {
  const url = new URL(`../dist/${fileName}`, import.meta.url);
  if (isNode && url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return new Uint8Array(await readFile(url));
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new NewsprismError('load_failed', `cannot load ${url}: HTTP ${response.status}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// Accepts every shape the API documents and returns [{source, bytes|text}].
function normalizeInputs(inputs) {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  return list.map((input, index) => {
    const fallback = `input ${index + 1}`;
    if (typeof input === 'string') return { source: fallback, text: input };
    if (input instanceof Uint8Array) return { source: fallback, bytes: input };
    if (input instanceof ArrayBuffer) return { source: fallback, bytes: new Uint8Array(input) };
    if (input !== null && typeof input === 'object') {
      const source = input.source === undefined ? fallback : String(input.source);
      if (typeof input.text === 'string') return { source, text: input.text };
      if (input.bytes instanceof Uint8Array) return { source, bytes: input.bytes };
      if (input.bytes instanceof ArrayBuffer) return { source, bytes: new Uint8Array(input.bytes) };
    }
    throw new TypeError(
      `input ${index + 1} must be a string, a Uint8Array, an ArrayBuffer or ` +
      '{source?, text} / {source?, bytes}');
  });
}

function limitOf(options, name) {
  const value = options?.[name];
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(`options.${name} must be a positive number`);
  }
  return value;
}

/** One loaded module. Get it with loadNewsprism(); every method is synchronous. */
class Newsprism {
  #module;

  constructor(module, flavour) {
    this.#module = module;
    /** "simd" or "baseline": which build is running. */
    this.flavour = flavour;
  }

  /** The core library's version. */
  get version() {
    return this.#module.version();
  }

  /** Bytes of wasm memory in use by the module (it grows, never shrinks). */
  get memoryBytes() {
    return this.#module.HEAPU8.length;
  }

  /** The report as the exact JSON text the CLI prints (without its final newline). */
  analyzeToJson(inputs, options = {}) {
    const m = this.#module;
    const list = normalizeInputs(inputs);
    const limits = {
      maxInputBytes: limitOf(options, 'maxInputBytes'),
      maxTotalBytes: limitOf(options, 'maxTotalBytes'),
      maxInputs: limitOf(options, 'maxInputs'),
      pretty: options.pretty === true,
      tokens: options.tokens !== false,
      compare: options.compare !== false,
      entities: options.entities !== false,
    };
    const allocations = [];
    const allocate = (size) => {
      const pointer = m.allocateBuffer(size);
      if (pointer === 0) throw new NewsprismError('out_of_memory', `cannot allocate ${size} bytes`);
      allocations.push(pointer);
      return pointer;
    };
    // Copies a string as UTF-8 (lone surrogates become U+FFFD, as TextEncoder does).
    const putText = (text) => {
      const capacity = text.length * 3;
      const pointer = allocate(capacity);
      const { written } = encoder.encodeInto(text, m.HEAPU8.subarray(pointer, pointer + capacity));
      return [pointer, written];
    };
    const putBytes = (bytes) => {
      const pointer = allocate(bytes.length);
      m.HEAPU8.set(bytes, pointer);
      return [pointer, bytes.length];
    };
    let outcome;
    try {
      const rows = list.map((input) => [
        ...putText(input.source),
        ...(input.text !== undefined ? putText(input.text) : putBytes(input.bytes)),
      ]);
      const table = allocate(rows.length * 16);
      // Read HEAPU32 only now: allocations above may have grown (and replaced) the heap.
      m.HEAPU32.set(rows.flat(), table >>> 2);
      outcome = m.analyzeBuffers(table, rows.length, limits);
    } finally {
      for (const pointer of allocations) m.releaseBuffer(pointer);
    }
    if (!outcome.ok) throw new NewsprismError(outcome.errorCode, outcome.errorMessage);
    try {
      const start = outcome.jsonPointer;
      return decoder.decode(m.HEAPU8.subarray(start, start + outcome.jsonLength));
    } finally {
      m.releaseBuffer(outcome.jsonPointer);
    }
  }

  /**
   * The fingerprint of one text (a string or bytes), as analyze() computes it for an article
   * body: {shingles, signature} with the signature as 8 hex digits a MinHash value. Signatures
   * are the same natively and in every build, so they can be stored and compared later.
   */
  fingerprint(text) {
    const m = this.#module;
    const bytes = typeof text === 'string' ? encoder.encode(text) : text instanceof ArrayBuffer ? new Uint8Array(text) : text;
    if (!(bytes instanceof Uint8Array)) throw new TypeError('text must be a string, a Uint8Array or an ArrayBuffer');
    const pointer = m.allocateBuffer(bytes.length);
    if (pointer === 0) throw new NewsprismError('out_of_memory', `cannot allocate ${bytes.length} bytes`);
    try {
      m.HEAPU8.set(bytes, pointer);
      const { shingles, signature } = m.fingerprintBuffer(pointer, bytes.length);
      return { shingles, signature };
    } finally {
      m.releaseBuffer(pointer);
    }
  }

  /** The report as a plain object (see the Report type). */
  analyze(inputs, options = {}) {
    return JSON.parse(this.analyzeToJson(inputs, { ...options, pretty: false }));
  }
}

const loaded = new Map();

/**
 * Loads the module once per flavour. `flavour` is "auto" (default: SIMD where the engine has
 * it), "simd" or "baseline". `wasmBinary` may hand over the .wasm bytes directly.
 */
export function loadNewsprism({ flavour = 'auto', wasmBinary } = {}) {
  const chosen = flavour === 'auto' ? (simdSupported() ? 'simd' : 'baseline') : flavour;
  if (chosen !== 'simd' && chosen !== 'baseline') {
    return Promise.reject(new TypeError(`flavour must be "auto", "simd" or "baseline", not ${flavour}`));
  }
  if (wasmBinary === undefined && loaded.has(chosen)) return loaded.get(chosen);
  const promise = (async () => {
    const glue = chosen === 'simd'
      ? await import('../dist/newsprism-simd.js')
      : await import('../dist/newsprism-baseline.js');
    const bytes = wasmBinary ?? await loadWasmBytes(`newsprism-${chosen}.wasm`);
    const module = await glue.default({ wasmBinary: bytes });
    return new Newsprism(module, chosen);
  })();
  if (wasmBinary === undefined) {
    loaded.set(chosen, promise);
    promise.catch(() => loaded.delete(chosen));
  }
  return promise;
}

/** Analyzes with the default module (loaded on first use). Resolves to the report object. */
export async function analyze(inputs, options = {}) {
  return (await loadNewsprism()).analyze(inputs, options);
}

/** Like analyze(), but resolves to the report's JSON text. */
export async function analyzeToJson(inputs, options = {}) {
  return (await loadNewsprism()).analyzeToJson(inputs, options);
}
