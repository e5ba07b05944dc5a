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
// Room the wrapper leaves behind each input's bytes: newsprism::kInputPadding in the binding.
const INPUT_PADDING = 64;

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

// Tag text per BILOU code (0 is O; then B, I, L, U of PER, ORG, LOC, MISC), per scheme.
const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const BILOU_TAGS = ['O', ...NAME_TYPES.flatMap((type) => ['B', 'I', 'L', 'U'].map((part) => `${part}-${type}`))];
const IOB2_TAGS = ['O', ...NAME_TYPES.flatMap((type) => ['B', 'I', 'I', 'B'].map((part) => `${part}-${type}`))];
const IOB1_INSIDE = ['O', ...NAME_TYPES.flatMap((type) => Array(4).fill(`I-${type}`))];

// Checks the documents' shape and counts words: [documents][sentences][words] of strings.
function checkDocuments(documents) {
  if (!Array.isArray(documents)) throw new TypeError('documents must be an array of documents');
  let words = 0;
  let sentences = 0;
  documents.forEach((document, d) => {
    if (!Array.isArray(document)) throw new TypeError(`document ${d + 1} must be an array of sentences`);
    document.forEach((sentence, s) => {
      if (!Array.isArray(sentence)) {
        throw new TypeError(`sentence ${s + 1} of document ${d + 1} must be an array of words`);
      }
      for (const word of sentence) {
        if (typeof word !== 'string') {
          throw new TypeError(`the words of sentence ${s + 1} of document ${d + 1} must be strings`);
        }
      }
      words += sentence.length;
      sentences += 1;
    });
  });
  return { words, sentences };
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
    return this.#callWithInputs('analyzeBuffers', inputs, options, {
      pretty: options.pretty === true,
      tokens: options.tokens !== false,
      compare: options.compare !== false,
      entities: options.entities !== false,
    });
  }

  /**
   * The extraction as compact JSON text: {"articles": [...], "inputs": [...]}, each article
   * the exact line `newsprism extract --json` prints for it. Only the limits of `options` count.
   */
  extractToJson(inputs, options = {}) {
    return this.#callWithInputs('extractBuffers', inputs, options, {
      pretty: false, tokens: false, compare: false, entities: false,
    });
  }

  // Copies the inputs into wasm memory, calls the binding `entry` (analyzeBuffers or
  // extractBuffers) with the limits of `options` and `switches`, and returns the JSON it wrote.
  #callWithInputs(entry, inputs, options, switches) {
    const m = this.#module;
    const list = normalizeInputs(inputs);
    const limits = {
      maxInputBytes: limitOf(options, 'maxInputBytes'),
      maxTotalBytes: limitOf(options, 'maxTotalBytes'),
      maxInputs: limitOf(options, 'maxInputs'),
      ...switches,
    };
    const allocations = [];
    const allocate = (size) => {
      const pointer = m.allocateBuffer(size);
      if (pointer === 0) throw new NewsprismError('out_of_memory', `cannot allocate ${size} bytes`);
      allocations.push(pointer);
      return pointer;
    };
    // Copies a string as UTF-8 (lone surrogates become U+FFFD, as TextEncoder does), with
    // `padding` bytes of room behind it.
    const putText = (text, padding = 0) => {
      const capacity = text.length * 3;
      const pointer = allocate(capacity + padding);
      const { written } = encoder.encodeInto(text, m.HEAPU8.subarray(pointer, pointer + capacity));
      return [pointer, written];
    };
    const putBytes = (bytes, padding) => {
      const pointer = allocate(bytes.length + padding);
      m.HEAPU8.set(bytes, pointer);
      return [pointer, bytes.length];
    };
    let outcome;
    try {
      // The binding tells the core that INPUT_PADDING bytes after each input may be read.
      const rows = list.map((input) => [
        ...putText(input.source),
        ...(input.text !== undefined ? putText(input.text, INPUT_PADDING) : putBytes(input.bytes, INPUT_PADDING)),
      ]);
      const table = allocate(rows.length * 16);
      // Read HEAPU32 only now: allocations above may have grown (and replaced) the heap.
      m.HEAPU32.set(rows.flat(), table >>> 2);
      outcome = m[entry](table, rows.length, limits);
    } finally {
      for (const pointer of allocations) m.releaseBuffer(pointer);
    }
    if (!outcome.ok) throw new NewsprismError(outcome.errorCode, outcome.errorMessage);
    try {
      const start = outcome.jsonPointer;
      return decoder.decode(m.HEAPU8.subarray(start, start + outcome.jsonLength));
    } finally {
      m.releaseJson(outcome.jsonHandle);
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

  /**
   * Tags pre-tokenized documents with the built-in name tagger. `documents` is an array of
   * documents, each an array of sentences, each an array of words as written (split the
   * possessive "'s" off, as CoNLL does). Returns the same nesting with one tag a word: "O" or
   * "B-PER", "I-ORG", ... in `options.scheme`: "iob2" (default), "iob1" or "bilou". The tags
   * are the same as the native CLI's (`newsprism tag`) and in both builds.
   */
  tagTokens(documents, options = {}) {
    const scheme = options.scheme ?? 'iob2';
    if (scheme !== 'iob2' && scheme !== 'iob1' && scheme !== 'bilou') {
      throw new TypeError(`options.scheme must be "iob2", "iob1" or "bilou", not ${scheme}`);
    }
    const { words, sentences } = checkDocuments(documents);
    const m = this.#module;
    const layout = new Uint32Array(documents.length + sentences);
    let at = 0;
    const parts = [];
    for (const document of documents) {
      layout[at++] = document.length;
      for (const sentence of document) {
        layout[at++] = sentence.length;
        for (const word of sentence) parts.push(word.includes('\n') ? word.replaceAll('\n', ' ') : word);
      }
    }
    const text = parts.length === 0 ? '' : `${parts.join('\n')}\n`;
    const allocations = [];
    const allocate = (size) => {
      const pointer = m.allocateBuffer(size);
      if (pointer === 0) throw new NewsprismError('out_of_memory', `cannot allocate ${size} bytes`);
      allocations.push(pointer);
      return pointer;
    };
    let codes;
    try {
      const capacity = text.length * 3;
      const textPointer = allocate(capacity);
      const layoutPointer = allocate(layout.byteLength);
      const outPointer = allocate(words);
      // Heap views only now: allocations may have grown (and replaced) the heap.
      const { written } = encoder.encodeInto(text, m.HEAPU8.subarray(textPointer, textPointer + capacity));
      m.HEAPU32.set(layout, layoutPointer >>> 2);
      const error = m.tagWords(textPointer, written, layoutPointer, layout.length, outPointer, words);
      if (error !== '') throw new NewsprismError('invalid_input', error);
      codes = m.HEAPU8.slice(outPointer, outPointer + words);
    } finally {
      for (const pointer of allocations) m.releaseBuffer(pointer);
    }
    const table = scheme === 'bilou' ? BILOU_TAGS : scheme === 'iob2' ? IOB2_TAGS : IOB1_INSIDE;
    let next = 0;
    return documents.map((document) => document.map((sentence) => {
      const tags = new Array(sentence.length);
      for (let i = 0; i < sentence.length; ++i, ++next) {
        const code = codes[next];
        tags[i] = table[code];
        // IOB1 writes B- only where a name directly follows one of the same type.
        if (scheme === 'iob1' && code !== 0 && (code - 1) % 4 !== 1 && (code - 1) % 4 !== 2 && i > 0) {
          const previous = codes[next - 1];
          if (previous !== 0 && (previous - 1) % 4 >= 2 && ((previous - 1) >> 2) === ((code - 1) >> 2)) {
            tags[i] = `B-${NAME_TYPES[(code - 1) >> 2]}`;
          }
        }
      }
      return tags;
    }));
  }

  /** The report as a plain object (see the Report type). */
  analyze(inputs, options = {}) {
    return JSON.parse(this.analyzeToJson(inputs, { ...options, pretty: false }));
  }

  /**
   * Each article cleaned, without the analysis: {articles, inputs}, where every article has its
   * source, format, title, published, modified, author, authors, site, url, language,
   * description, body (plain text, a blank line between paragraphs, boilerplate left out),
   * boilerplate_blocks and diagnostics (codes), as `newsprism extract --json` prints it; inputs
   * are as in the report, with their full diagnostics. Much faster than analyze().
   */
  extract(inputs, options = {}) {
    return JSON.parse(this.extractToJson(inputs, options));
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

/** Tags pre-tokenized documents with the default module; see Newsprism.tagTokens(). */
export async function tagTokens(documents, options = {}) {
  return (await loadNewsprism()).tagTokens(documents, options);
}

/** Extracts with the default module; see Newsprism.extract(). */
export async function extract(inputs, options = {}) {
  return (await loadNewsprism()).extract(inputs, options);
}

/** Like analyze(), but resolves to the report's JSON text. */
export async function analyzeToJson(inputs, options = {}) {
  return (await loadNewsprism()).analyzeToJson(inputs, options);
}
