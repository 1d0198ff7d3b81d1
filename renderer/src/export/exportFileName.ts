// The name an exported argument list is offered under.

/** A file name from the title: letters, digits and dashes only, so every OS accepts it. */
export function exportFileName(title: string, extension = 'md'): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${slug || 'glose'}-arguments.${extension}`;
}
