// Types of the newsprism package. Hand-written and checked against
// core/src/report/report.schema.json (schema_version "1.0").

/** What a call can be given: one input or several. */
export type InputLike =
  | string
  | Uint8Array
  | ArrayBuffer
  | { source?: string; text: string }
  | { source?: string; bytes: Uint8Array | ArrayBuffer };

export interface AnalyzeOptions {
  /** Largest single input in bytes (default 128 MiB, at most 1 GiB). */
  maxInputBytes?: number;
  /** Largest sum of all inputs in bytes (default 512 MiB). */
  maxTotalBytes?: number;
  /** Most inputs in one call (default 100000). */
  maxInputs?: number;
}

export interface JsonOptions extends AnalyzeOptions {
  /** Indent the JSON by two spaces. */
  pretty?: boolean;
}

export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  severity: Severity;
  /** Stable code, e.g. "invalid_utf8", "nul_bytes", "binary_input", "empty_input". */
  code: string;
  message: string;
  count: number;
  /** Byte offset in the input of the first occurrence, or null. */
  input_offset: number | null;
}

export interface FormatGuess {
  /** "plain", "binary" or "empty" in schema 1.0. */
  name: string;
  reason: string;
}

export type BlockKind =
  | 'title' | 'heading' | 'byline' | 'paragraph' | 'quote' | 'list_item' | 'caption' | 'boilerplate';

/** A block of an article; offsets index the article's `text`. */
export interface Block {
  kind: BlockKind;
  /** UTF-8 byte offsets. */
  start: number;
  end: number;
  /** UTF-16 code unit offsets: `article.text.slice(start_utf16, end_utf16)`. */
  start_utf16: number;
  end_utf16: number;
  /** Byte range of the original input this block came from. */
  input_start: number;
  input_end: number;
}

export interface ArticleMetadata {
  title: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  site: string | null;
  url: string | null;
  language: string | null;
  description: string | null;
}

export interface Article {
  id: number;
  /** Index into Report.inputs. */
  input: number;
  source: string;
  format: FormatGuess;
  metadata: ArticleMetadata;
  /** Clean text: blocks joined by blank lines. */
  text: string;
  text_utf16_length: number;
  word_count: number;
  blocks: Block[];
  diagnostics: Diagnostic[];
}

export interface InputSummary {
  index: number;
  source: string;
  bytes: number;
  format: FormatGuess;
  /** Ids of the articles this input produced. */
  articles: number[];
  diagnostics: Diagnostic[];
}

export interface Report {
  schema_version: string;
  generator: { name: 'newsprism'; version: string };
  inputs: InputSummary[];
  articles: Article[];
}

/** Thrown (or rejected with) when a whole call fails, e.g. an input over a limit. */
export class NewsprismError extends Error {
  /** "input_too_large", "total_too_large", "too_many_inputs", "invalid_option", "out_of_memory", "load_failed". */
  readonly code: string;
  constructor(code: string, message: string);
}

/** A loaded module; every method is synchronous. */
export interface Newsprism {
  /** Which build runs. */
  readonly flavour: 'simd' | 'baseline';
  readonly version: string;
  /** Bytes of wasm memory the module holds (grows, never shrinks). */
  readonly memoryBytes: number;
  analyze(inputs: InputLike | InputLike[], options?: AnalyzeOptions): Report;
  /** The exact JSON the CLI prints for the same bytes (without its final newline). */
  analyzeToJson(inputs: InputLike | InputLike[], options?: JsonOptions): string;
}

/** True when the engine supports WebAssembly SIMD. */
export function simdSupported(): boolean;

/** Loads (once) the SIMD build where supported, else the baseline build. */
export function loadNewsprism(options?: {
  flavour?: 'auto' | 'simd' | 'baseline';
  wasmBinary?: Uint8Array | ArrayBuffer;
}): Promise<Newsprism>;

/** Analyzes with the default module. */
export function analyze(inputs: InputLike | InputLike[], options?: AnalyzeOptions): Promise<Report>;

/** Analyzes with the default module and resolves to the JSON text. */
export function analyzeToJson(inputs: InputLike | InputLike[], options?: JsonOptions): Promise<string>;
