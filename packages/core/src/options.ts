/** Levenshtein distance, for "did you mean" hints on misspelt names. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** ` (did you mean 'x'?)` when a known name is close to `name`, else ''. */
export function suggestion(name: string, known: Iterable<string>): string {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean '${best}'?)` : '';
}

/**
 * Throws for an option name the op does not know, naming the op, the known names and the
 * closest one. Own properties only, so 'constructor' or '__proto__' are unknown names too.
 */
export function rejectUnknownOptions(op: string, options: object, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    throw new Error(
      `${op}: unknown option '${key}'${suggestion(key, known)} — the options are ${known.map((k) => `'${k}'`).join(', ') || 'none'}`,
    );
  }
}
