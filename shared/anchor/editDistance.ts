// Levenshtein distance with a cut-off, for checking a whole span against a quote.

/**
 * The edit distance between a and b, or Infinity when it exceeds `max`. Only the diagonal
 * band of width 2·max+1 can hold a result within `max`, so the cost is O(max · length)
 * rather than O(length²) for a passage of several thousand characters.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const width = b.length + 1;
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  const outside = max + 1;
  for (let j = 0; j < width; j += 1) previous[j] = j <= max ? j : outside;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    // Only the band and the cells just outside it are ever read; resetting the whole row
    // would make a long passage quadratic again.
    current[from - 1] = from === 1 && i <= max ? i : outside;
    if (to + 1 < width) current[to + 1] = outside;
    let rowMin = current[from - 1]!;
    for (let j = from; j <= to; j += 1) {
      const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1, outside);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return Infinity;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance > max ? Infinity : distance;
}
