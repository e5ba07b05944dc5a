import type { AnalyzeOptions, Extraction, ExtractOptions, InputLike, Report } from './index.js';

/** An analyzer that runs in a Web Worker: the page never freezes. */
export interface WorkerAnalyzer {
  /** Resolves to the report, or rejects with a NewsprismError. */
  analyze(inputs: InputLike | InputLike[], options?: AnalyzeOptions): Promise<Report>;
  /** Resolves to what the package's extract() returns, or rejects with a NewsprismError. */
  extract(inputs: InputLike | InputLike[], options?: ExtractOptions): Promise<Extraction>;
  /** Stops the worker; pending calls reject with code "terminated". */
  terminate(): void;
}

/** Starts a module Web Worker that loads the package. Browser only. */
export function createWorkerAnalyzer(options?: { flavour?: 'auto' | 'simd' | 'baseline' }): WorkerAnalyzer;
