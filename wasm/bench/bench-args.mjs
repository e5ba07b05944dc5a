// What every benchmark script shares: reading "--name value" options and taking medians.

/** The number after `name` in the command line, or `fallback`. */
export function numberOption(name, fallback, args = process.argv.slice(2)) {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
