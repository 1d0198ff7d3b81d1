// Passage counts for the rows on screen only, from index counts, kept as the list scrolls so a row never blinks empty.
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { passageCountsFor, type PassageCount } from '../db/documents';

export function usePassageCounts(visibleIds: readonly string[]): ReadonlyMap<string, PassageCount> {
  const key = visibleIds.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the ids' content
  const ids = useMemo(() => visibleIds, [key]);
  const fresh = useLiveQuery(() => passageCountsFor(ids), [ids]);
  const [counts, setCounts] = useState<ReadonlyMap<string, PassageCount>>(new Map());
  useEffect(() => {
    if (fresh) setCounts((known) => new Map([...known, ...fresh]));
  }, [fresh]);
  return counts;
}
