// Paints a passage mark in its tags' colours: one colour fills, several stack as bands.
export type MarkColours = ReadonlyMap<string, readonly string[]>;

/** The background for a mark covered by these passages (space-separated ids). */
export function markBackground(passageIds: string, colours: MarkColours): string {
  const ids = passageIds.split(' ').filter(Boolean);
  const palette = [...new Set(ids.flatMap((id) => colours.get(id) ?? []))];
  if (palette.length <= 1) return palette[0] ?? '';
  const step = 100 / palette.length;
  const stops = palette.map((c, i) => `${c} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`);
  return `linear-gradient(to bottom, ${stops.join(', ')})`;
}

/**
 * Marks covered by the same passages share one background: opening a ruling paints some 1,300 marks, and
 * building each gradient once per set of passages rather than once per mark keeps that off the critical path.
 */
export function markPainter(colours: MarkColours): (element: HTMLElement) => void {
  const backgrounds = new Map<string, string>();
  return (element) => {
    const ids = element.dataset.passageIds ?? '';
    let background = backgrounds.get(ids);
    if (background === undefined) backgrounds.set(ids, (background = markBackground(ids, colours)));
    element.style.background = background;
  };
}
