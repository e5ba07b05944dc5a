// Types of the newsprism package. Hand-written and checked against
// core/src/report/report.schema.json (schema_version "1.2").

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
  /**
   * List every token in `article.tokens` (default true). Tokens are most of a report's size;
   * without them `tokens` is empty and sentences still give `first_token` and `token_count`.
   */
  tokens?: boolean;
  /**
   * Compare the articles (repeats, fingerprints, pairs, stories; default true). Off, the
   * report has the ingest alone: empty repeats, pairs and stories, and empty fingerprints.
   */
  compare?: boolean;
  /**
   * Tag entities (names, dates, amounts, numbers), link their aliases and find quotes
   * (default true). Off, `mentions`, `quotes` and `entities` are empty.
   */
  entities?: boolean;
}

export interface JsonOptions extends AnalyzeOptions {
  /** Indent the JSON by two spaces. */
  pretty?: boolean;
}

export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  severity: Severity;
  /**
   * Stable code, e.g. "invalid_utf8", "nul_bytes", "binary_input", "empty_input", "json_truncated",
   * "json_read_as_text", "feed_no_items", "unterminated_tag"; the schema lists them all.
   */
  code: string;
  message: string;
  count: number;
  /** Byte offset in the input of the first occurrence, or null. */
  input_offset: number | null;
}

/**
 * plain: text; markdown: text with Markdown markers; html: a page or fragment; wordpress: WordPress
 * REST API post JSON; json_feed: JSON Feed; ndjson: one JSON object a line; json_articles: JSON-LD,
 * or arrays/objects with the usual article fields; rss, atom: feeds; binary: not text; empty:
 * nothing to analyze.
 */
export type FormatName =
  | 'plain' | 'markdown' | 'html' | 'wordpress' | 'json_feed' | 'ndjson' | 'json_articles'
  | 'rss' | 'atom' | 'binary' | 'empty';

export interface FormatGuess {
  name: FormatName;
  /** Why this format was chosen, for people. */
  reason: string;
}

export type BlockKind =
  | 'title' | 'heading' | 'byline' | 'paragraph' | 'quote' | 'list_item' | 'caption' | 'boilerplate';

/** A range of an article's `text`, and the input bytes it came from. */
export interface Span {
  /** UTF-8 byte offsets. */
  start: number;
  end: number;
  /** UTF-16 code unit offsets: `article.text.slice(start_utf16, end_utf16)`. */
  start_utf16: number;
  end_utf16: number;
  /** Byte range of the original input it came from (through JSON escapes and character references). */
  input_start: number;
  input_end: number;
}

/** A block of an article; offsets index the article's `text`. */
export interface Block extends Span {
  kind: BlockKind;
  /**
   * Boilerplate only: the rule that marked it, e.g. "comments", "tags", "share", "related",
   * "appeared-first-on", "read-more", "repeated-title", "navigation", "footer",
   * "outside-article", "separator".
   */
  reason?: string;
  /** Headings only, where the source says: 1 to 6. */
  level?: number;
}

/** A sentence; it never crosses a block. Offsets index the article's `text`. */
export interface Sentence extends Span {
  /** Index into `article.tokens` of the sentence's first token. */
  first_token: number;
  token_count: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email' | 'cjk' | 'other';

/**
 * A token: [start, end, start_utf16, end_utf16, kind], UTF-8 byte then UTF-16 code unit offsets
 * into the article's `text`. Whitespace belongs to no token.
 */
export type Token = [start: number, end: number, start_utf16: number, end_utf16: number, kind: TokenKind];

export interface ArticleMetadata {
  title: string | null;
  /**
   * ISO 8601 (a date, a date-time without zone when the source gives none, Z or an offset) when
   * the date could be read; as written otherwise.
   */
  published: string | null;
  /** A date the source gives only relative to when it was read ("1 day ago"), as written. */
  published_relative: string | null;
  modified: string | null;
  authors: string[];
  site: string | null;
  url: string | null;
  language: string | null;
  description: string | null;
  /** The record's own id where the format has one (the "id" of a JSON or NDJSON record). */
  record_id: string | null;
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
  /** Word, number and CJK tokens. */
  word_count: number;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  diagnostics: Diagnostic[];
  /** Blocks and sentences that repeat earlier ones, in text order. */
  repeats: Repeat[];
  fingerprint: Fingerprint;
  /** Names, dates, amounts and numbers, in text order. */
  mentions: Mention[];
  /** Direct quotations with their speakers, in text order. */
  quotes: Quote[];
}

/** PER, ORG, LOC and MISC come from the trained tagger; the others from patterns, with a value. */
export type EntityType =
  | 'PER' | 'ORG' | 'LOC' | 'MISC'
  | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL';

/** One place where an article names someone or something (`text.slice(start_utf16, end_utf16)`). */
export interface Mention extends Span {
  type: EntityType;
  first_token: number;
  token_count: number;
  /** Index in the article's sentences. */
  sentence: number;
  /** A title right before a name ("Mr.", "President"), not part of the span; or null. */
  title: string | null;
  /**
   * Pattern types: the normalized value ("2025-01-28", "6000000 USD", "10000..50000", "3.5");
   * names: null.
   */
  value: string | null;
  /** Index in Report.entities. */
  entity: number;
}

/** A direct quotation: the span covers the quoted words without the quotation marks. */
export interface Quote extends Span {
  /** The speaker as written; empty when none was found. */
  speaker: string;
  /** Index in the article's mentions, or -1. */
  speaker_mention: number;
  /** Index in Report.entities, or -1. */
  speaker_entity: number;
  /** What attributes the quote: "says", "told", "according to", "dash", ... */
  cue: string;
}

/** A person, organization, place, ... merged across its forms and articles. */
export interface Entity {
  id: number;
  type: EntityType;
  /** The fullest form mentioned. */
  name: string;
  value: string | null;
  /** Every other form it is mentioned by, sorted. */
  aliases: string[];
  mentions: number;
  /** [article id, mentions in it] per article that mentions it. */
  articles: [number, number][];
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

/** A block or sentence that repeats an earlier one of the same article. */
export interface Repeat {
  unit: 'block' | 'sentence';
  /** Index of the repeating block or sentence. */
  index: number;
  /** Index of its first occurrence (same unit). */
  first: number;
  /** Equal after normalization; otherwise near (word 3-shingle Jaccard >= 0.8). */
  exact: boolean;
  similarity: number;
}

/** What is kept of an article to compare it with others, now or later. */
export interface Fingerprint {
  /** Distinct word 5-shingles of the body. */
  shingles: number;
  /** MinHash values, 8 hex digits each (fixed hash family and seed). */
  signature: string;
  /** One LSH key per band, 16 hex digits each. */
  band_keys: string[];
}

export type Relation = 'identical' | 'near_duplicate' | 'contains' | 'rewrite' | 'same_story' | 'unrelated';

/** Two articles compared; every figure is exact (never estimated from signatures). */
export interface ArticlePair {
  a: number;
  b: number;
  relation: Relation;
  /** contains only: the article that holds the other. */
  container?: number;
  /** Jaccard of the bodies' word 5-shingle sets. */
  jaccard: number;
  /** [share of a's shingles in b, share of b's shingles in a]. */
  containment: [number, number];
  shared_sentences: number;
  topic_similarity: number;
  /** Why this relation, for people. */
  reason: string;
  /** Sentence pairs that say the same thing (indexes into each article's sentences). */
  aligned: { a: number; b: number; score: number; exact: boolean }[];
}

/** Articles telling one story, its likely source, and what each member adds. */
export interface Story {
  id: number;
  members: number[];
  source: number;
  source_reason: string;
  /** Stories on the same topic, not merged. */
  related: number[];
  additions: { article: number; sentences: number[] }[];
}

export interface Report {
  /** "1.2"; minor versions only add members, so ignore members you do not know. */
  schema_version: string;
  generator: { name: 'newsprism'; version: string };
  inputs: InputSummary[];
  articles: Article[];
  pairs: ArticlePair[];
  stories: Story[];
  /** Canonical entities, by type, then mentions (most first), then name. */
  entities: Entity[];
}

/**
 * One article as extract() gives it: the line `newsprism extract --json` prints, parsed.
 * Strings are null where the source did not say.
 */
export interface ExtractedArticle {
  /** The label of the input it came from. */
  source: string;
  format: FormatName;
  title: string | null;
  /** ISO 8601 where the date could be read, else as written (also "2 days ago"). */
  published: string | null;
  modified: string | null;
  /** The authors joined by ", ". */
  author: string | null;
  authors: string[];
  site: string | null;
  url: string | null;
  language: string | null;
  description: string | null;
  /**
   * The body as plain text: headings, paragraphs, quotes ("> "), list items ("- ") and
   * captions, a blank line between two; title, byline and boilerplate left out.
   */
  body: string;
  /** How many blocks were left out as boilerplate (navigation, comments, share bars, ...). */
  boilerplate_blocks: number;
  /** Codes of the article's diagnostics, e.g. "invalid_utf8" (analyze() has their details). */
  diagnostics: string[];
}

/** What extract() gives: the articles, and the inputs with their full diagnostics. */
export interface Extraction {
  articles: ExtractedArticle[];
  /** As in the report; `articles` index into this extraction's articles. */
  inputs: InputSummary[];
}

/** Only the limits count for extract(). */
export type ExtractOptions = Pick<AnalyzeOptions, 'maxInputBytes' | 'maxTotalBytes' | 'maxInputs'>;

/** Thrown (or rejected with) when a whole call fails, e.g. an input over a limit. */
export class NewsprismError extends Error {
  /** "input_too_large", "total_too_large", "too_many_inputs", "invalid_option", "out_of_memory", "load_failed", "invalid_input". */
  readonly code: string;
  constructor(code: string, message: string);
}

/**
 * Pre-tokenized documents for the name tagger: documents, each an array of sentences, each an
 * array of words as written (with the possessive "'s" split off, as in CoNLL files).
 */
export type TokenDocuments = string[][][];

/** How name tags are written. */
export interface TagOptions {
  /**
   * "iob2" (default): B-X on the first word of a name, I-X on the others; "iob1": CoNLL-2003's
   * I-X, with B-X only where a name directly follows one of the same type; "bilou": B-, I-, L-
   * (last) and U- (one-word name). X is PER, ORG, LOC or MISC; "O" is outside any name.
   */
  scheme?: 'iob2' | 'iob1' | 'bilou';
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
  /**
   * Each article cleaned (metadata and body), without the analysis: the same articles as
   * analyze() finds, many times faster. Byte for byte what `newsprism extract --json` prints.
   */
  extract(inputs: InputLike | InputLike[], options?: ExtractOptions): Extraction;
  /** extract() as compact JSON text: {"articles": [...], "inputs": [...]}. */
  extractToJson(inputs: InputLike | InputLike[], options?: ExtractOptions): string;
  /** The fingerprint of one text, as analyze() computes it for an article body. */
  fingerprint(text: string | Uint8Array | ArrayBuffer): { shingles: number; signature: string };
  /**
   * Tags every word with the built-in name tagger (the same tags as the native CLI's
   * `newsprism tag` and in both builds): the same nesting as `documents`, one tag a word.
   * Throws a TypeError for a wrong shape.
   */
  tagTokens(documents: TokenDocuments, options?: TagOptions): string[][][];
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

/** Extracts with the default module; see Newsprism.extract(). */
export function extract(inputs: InputLike | InputLike[], options?: ExtractOptions): Promise<Extraction>;

/** Tags pre-tokenized documents with the default module; see Newsprism.tagTokens(). */
export function tagTokens(documents: TokenDocuments, options?: TagOptions): Promise<string[][][]>;

/** Analyzes with the default module and resolves to the JSON text. */
export function analyzeToJson(inputs: InputLike | InputLike[], options?: JsonOptions): Promise<string>;
