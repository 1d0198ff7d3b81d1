// Brings a passage into view in the reader and flashes it so the eye finds it.

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Paragraphs use `content-visibility: auto`, so their height is only estimated until they are drawn:
 * one scroll lands near the target, then the real layout moves it. Scroll again until it stays put.
 */
export async function scrollIntoViewSettled(element: Element, attempts = 8): Promise<void> {
  let previousTop = Number.NaN;
  for (let i = 0; i < attempts; i++) {
    element.scrollIntoView({ block: 'center' });
    await nextFrame();
    await nextFrame();
    const { top, bottom } = element.getBoundingClientRect();
    if (Math.abs(top - previousTop) < 1 && top >= 0 && bottom <= window.innerHeight) return;
    previousTop = top;
  }
}

export async function scrollToPassage(root: ParentNode, passageId: string): Promise<boolean> {
  const marks = Array.from(root.querySelectorAll<HTMLElement>(`mark[data-passage-ids~="${CSS.escape(passageId)}"]`));
  const first = marks[0];
  if (!first) return false;
  await scrollIntoViewSettled(first);
  for (const mark of marks) {
    mark.classList.remove('passage-flash');
    // Restart the animation even when the same passage is clicked twice.
    void mark.offsetWidth;
    mark.classList.add('passage-flash');
  }
  return true;
}

/**
 * For a link that opens the document at a passage (`#/doc/<id>/p/<passage>`, from a note or the
 * comparison): the marks are drawn a moment after the text, so wait for them, a frame at a time.
 */
export async function scrollToPassageWhenDrawn(root: ParentNode, passageId: string, timeoutMs = 3000): Promise<boolean> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (await scrollToPassage(root, passageId)) return true;
    await nextFrame();
  }
  return false;
}
