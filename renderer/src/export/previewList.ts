// The first passages of an argument list, for the dialog's preview: same groups, cut after `limit` entries in reading order of the file.
import type { ArgumentList } from '../../../shared/export';

export function previewList(list: ArgumentList, limit: number): { list: ArgumentList; shown: number; total: number } {
  let left = limit;
  let shown = 0;
  let total = 0;
  const groups = [];
  for (const group of list.groups) {
    total += group.entries.length;
    if (left <= 0) continue;
    const entries = group.entries.slice(0, left);
    left -= entries.length;
    shown += entries.length;
    groups.push({ ...group, entries });
  }
  const kept = new Set(groups.flatMap((group) => group.entries.map((entry) => entry.passage.id)));
  const totals = { passages: list.entries.length, documents: list.documents.length };
  return { list: { ...list, groups, entries: list.entries.filter((entry) => kept.has(entry.passage.id)), totals }, shown, total };
}
