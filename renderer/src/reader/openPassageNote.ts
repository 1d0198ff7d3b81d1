// Opens a passage's note in the side panel and puts the cursor in it (the reader's context menu, "Note on this passage").
export async function openPassageNote(root: Document, passageId: string): Promise<boolean> {
  // The panel follows the text a step behind: wait a few frames for the passage's item.
  let item: HTMLElement | null = null;
  for (let i = 0; i < 60 && !item; i++) {
    item = root.querySelector<HTMLElement>(`.passage-panel [data-passage-id="${CSS.escape(passageId)}"]`);
    if (!item) await new Promise(requestAnimationFrame);
  }
  const details = item?.querySelector<HTMLDetailsElement>('details.passage-note');
  if (!item || !details) return false;
  details.open = true;
  item.scrollIntoView({ block: 'nearest' });
  // The editor mounts when the details open.
  for (let i = 0; i < 60; i++) {
    const editor = details.querySelector<HTMLElement>('.note-text');
    if (editor) {
      editor.focus();
      return true;
    }
    await new Promise(requestAnimationFrame);
  }
  return false;
}
