// Merges codes read from a .qdc into the codebook: a code updates the tag with its GUID or name, or becomes a new tag.
// Nothing is deleted, so no passage is ever lost by an import; the result is one undoable Change.
import { TAG_PALETTE, type Tag } from '../model';
import { rowChange, type Change, type RowChange } from './change';
import type { QdcCode } from './qdcRead';
import { guidFor } from './qdcWrite';
import { nameKey } from './tagOps';

export interface QdcImportSummary {
  change: Change;
  added: number;
  updated: number;
}

export function planQdcImport(
  tags: readonly Tag[],
  codes: readonly QdcCode[],
  displayNames: (tag: Tag) => readonly string[],
  newId: () => string,
): QdcImportSummary {
  const byGuid = new Map(tags.map((t) => [guidFor(t.id), t] as const));
  const byName = new Map(tags.flatMap((t) => displayNames(t).map((n) => [nameKey(n), t] as const)));
  const idForGuid = new Map<string, string>();
  const result = new Map<string, Tag>();
  let order = tags.reduce((max, t) => Math.max(max, t.order + 1), 0);
  let added = 0;
  let updated = 0;
  for (const code of codes) {
    const existing = byGuid.get(code.guid) ?? byName.get(nameKey(code.name));
    if (existing) {
      // A built-in tag keeps the dictionary's name when the file uses that name, so it still follows the language.
      const keepsBuiltinName = existing.builtin !== undefined && existing.name === '' && displayNames(existing).some((n) => nameKey(n) === nameKey(code.name));
      result.set(existing.id, { ...existing, ...(keepsBuiltinName ? {} : { name: code.name }), ...(code.color ? { color: code.color } : {}), ...code.fields });
      idForGuid.set(code.guid, existing.id);
      updated++;
    } else {
      const id = newId();
      const colour = code.color ?? TAG_PALETTE[(tags.length + added) % TAG_PALETTE.length] ?? '#cfd4dc';
      result.set(id, { id, name: code.name, color: colour, parentId: null, order: order++, ...code.fields });
      idForGuid.set(code.guid, id);
      added++;
    }
  }
  for (const code of codes) {
    const id = idForGuid.get(code.guid);
    const tag = id ? result.get(id) : undefined;
    if (tag) tag.parentId = code.parentGuid ? (idForGuid.get(code.parentGuid) ?? null) : null;
  }
  const before = new Map(tags.map((t) => [t.id, t] as const));
  const rows: RowChange<Tag>[] = [...result.values()].map((after) => rowChange(before.get(after.id), after));
  return { change: { kind: 'editTag', tags: rows, annotations: [] }, added, updated };
}
