// A tag's definition, example, counter-example and trigger words in one QDA-XML <Description>, and back.
import type { Tag } from '../model';

type Described = Pick<Tag, 'description' | 'example' | 'counterExample' | 'triggers'>;

/** Fixed English labels: other tools show the text as is, and Glose reads it back whatever the interface language. */
const LABELS = { example: 'Example:', counterExample: 'Counter-example:', triggers: 'Trigger words:' } as const;

export function formatDescription(tag: Described): string {
  const parts: string[] = [];
  if (tag.description?.trim()) parts.push(tag.description.trim());
  if (tag.example?.trim()) parts.push(`${LABELS.example} ${tag.example.trim()}`);
  if (tag.counterExample?.trim()) parts.push(`${LABELS.counterExample} ${tag.counterExample.trim()}`);
  if (tag.triggers && tag.triggers.length > 0) parts.push(`${LABELS.triggers} ${tag.triggers.join('; ')}`);
  return parts.join('\n\n');
}

export function parseDescription(text: string): Described {
  const out: Described = {};
  const definition: string[] = [];
  for (const part of text.split(/\n\s*\n/)) {
    const trimmed = part.trim();
    if (trimmed.startsWith(LABELS.example)) out.example = trimmed.slice(LABELS.example.length).trim();
    else if (trimmed.startsWith(LABELS.counterExample)) out.counterExample = trimmed.slice(LABELS.counterExample.length).trim();
    else if (trimmed.startsWith(LABELS.triggers))
      out.triggers = trimmed
        .slice(LABELS.triggers.length)
        .split(';')
        .map((w) => w.trim())
        .filter(Boolean);
    else if (trimmed) definition.push(trimmed);
  }
  if (definition.length > 0) out.description = definition.join('\n\n');
  return out;
}
