// Brings a passage into view in the reader and flashes it so the eye finds it.
export function scrollToPassage(root: ParentNode, passageId: string): boolean {
  const marks = Array.from(root.querySelectorAll<HTMLElement>(`mark[data-passage-ids~="${CSS.escape(passageId)}"]`));
  const first = marks[0];
  if (!first) return false;
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const mark of marks) {
    mark.classList.remove('passage-flash');
    // Restart the animation even when the same passage is clicked twice.
    void mark.offsetWidth;
    mark.classList.add('passage-flash');
  }
  return true;
}
