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
 * Each distinct background is one CSS rule, and a mark only names its rule (data-palette): opening a ruling
 * paints some 1,300 marks, and parsing a gradient into each one's inline style cost more than drawing the text.
 */
const rules = new Map<string, string>();
let sheet: CSSStyleSheet | null = null;

/** The rule's name, or null for a colour that is not a valid CSS background (an imported codebook may hold anything). */
function paletteFor(background: string): string | null {
  let name = rules.get(background);
  if (name === undefined) {
    if (!CSS.supports('background', background)) return null;
    name = String(rules.size);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    sheet.insertRule(`mark[data-palette="${name}"] { background: ${background}; }`, sheet.cssRules.length);
    rules.set(background, name);
  }
  return name;
}

/** A painter for one set of colours; marks with the same colours share one computed background. */
export function markPainter(colours: MarkColours): (element: HTMLElement, passageIds?: string) => void {
  // Opening a ruling paints some 1,300 marks. A mark of one passage is named per list of colours (passages
  // with the same colours share one list: see passageColours), with no string built and nothing stored per
  // mark; an overlap (several ids) per id list, then per distinct colours. A gradient is never rebuilt for
  // colours already seen.
  const byList = new Map<readonly string[], string>();
  const byIds = new Map<string, string>();
  const byPalette = new Map<string, string>();
  const named = (palette: string, ids: string): string => {
    let name = byPalette.get(palette);
    if (name === undefined) {
      const background = markBackground(ids, colours);
      byPalette.set(palette, (name = background ? (paletteFor(background) ?? '') : ''));
    }
    return name;
  };
  return (element, passageIds) => {
    const ids = passageIds ?? element.getAttribute('data-passage-ids') ?? '';
    let name: string | undefined;
    if (!ids.includes(' ')) {
      const list = colours.get(ids);
      name = list === undefined ? '' : byList.get(list);
      if (name === undefined && list !== undefined) byList.set(list, (name = named(list.join(' '), ids)));
    } else {
      name = byIds.get(ids);
      if (name === undefined) byIds.set(ids, (name = named([...new Set(ids.split(' ').flatMap((id) => colours.get(id) ?? []))].join(' '), ids)));
    }
    if (name) element.setAttribute('data-palette', name);
    else element.removeAttribute('data-palette');
  };
}

/** Each reader's current painter: a mark paints itself as its element is created, from its editor's colours. */
const painters = new WeakMap<object, (element: HTMLElement, passageIds?: string) => void>();

/** Sets the colours new marks of this editor are painted with. */
export function setMarkColours(editor: object, colours: MarkColours): void {
  painters.set(editor, markPainter(colours));
}

/** Paints a new mark element with its editor's current colours (none yet: left unpainted until they come). */
export function paintMark(editor: object, element: HTMLElement, passageIds?: string): void {
  painters.get(editor)?.(element, passageIds);
}
