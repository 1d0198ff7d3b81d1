// The explanation on paragraphs OCR was unsure of, written as each paragraph's element is made (as marks paint
// themselves), so the reader needs no mutation listener over its 700 paragraphs to label a handful.
type Labeller = (confidence: string) => string;

const labellers = new WeakMap<object, Labeller>();

/** Sets how this editor's uncertain paragraphs are explained (the interface language's sentence). */
export function setOcrLabeller(editor: object, labeller: Labeller): void {
  labellers.set(editor, labeller);
}

/** Labels an uncertain paragraph's element: a tooltip for the mouse, the CSS mark's alternative text for screen readers. */
export function ocrLabel(editor: object | undefined, element: HTMLElement): void {
  const confidence = element.dataset.ocrConfidence;
  const labeller = editor ? labellers.get(editor) : undefined;
  if (!confidence || !labeller) return;
  const text = labeller(confidence);
  element.title = text;
  element.dataset.ocrLabel = text;
}
