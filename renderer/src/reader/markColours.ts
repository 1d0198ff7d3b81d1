// Paints a passage mark in its tags' colours: one colour fills, several stack as bands.
export function paintMark(element: HTMLElement, colours: ReadonlyMap<string, readonly string[]>): void {
  const ids = (element.dataset.passageIds ?? '').split(' ').filter(Boolean);
  const palette = [...new Set(ids.flatMap((id) => colours.get(id) ?? []))];
  if (palette.length === 0) {
    element.style.background = '';
    return;
  }
  if (palette.length === 1) {
    element.style.background = palette[0] ?? '';
    return;
  }
  const step = 100 / palette.length;
  const stops = palette.map((c, i) => `${c} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`);
  element.style.background = `linear-gradient(to bottom, ${stops.join(', ')})`;
}
