// Links from a note to a passage: `#/doc/<docId>/p/<passageId>`, which the router opens and the reader scrolls to.
export function passageHref(docId: string, passageId: string): string {
  return `#/doc/${encodeURIComponent(docId)}/p/${encodeURIComponent(passageId)}`;
}

export function passageIdFromHash(hash: string): string | null {
  const match = /^#\/doc\/[^/?#]+\/p\/([^/?#]+)/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
