import type { AnalyzeOptions, InputLike, Report } from './index.js';

/** An analyzer that runs in a Web Worker: the page never freezes. */
export interface WorkerAnalyzer {
  /** Resolves to the report, or rejects with a NewsprismError. */
  analyze(inputs: InputLike | InputLike[], options?: AnalyzeOptions): Promise<Report>;
  /** Stops the worker; pending calls reject with code "terminated". */
  terminate(): void;
}

/** Starts a module Web Worker that loads the package. Browser only. */
export function createWorkerAnalyzer(options?: { flavour?: 'auto' | 'simd' | 'baseline' }): WorkerAnalyzer;
