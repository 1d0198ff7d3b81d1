// Small codebook and passages for the codebook tests.
import { DEFAULT_TAGS, type Annotation, type Tag } from '../../../shared/model';
import { tagDisplayName } from '../../../shared/i18n';

export const tags: Tag[] = DEFAULT_TAGS.map((t) => ({ ...t }));
export const [CLOUD, ALTERNATIVES, LIMIT] = ['tag-cloud-act-risk', 'tag-lack-of-european-alternatives', 'tag-three-year-limit'] as const;
export const frName = (tag: Tag) => tagDisplayName(tag, 'fr');

export function passage(id: string, tagIds: string[], start = 0, end = 10): Annotation {
  return {
    id,
    docId: 'd1',
    tagIds,
    anchor: { start: { blockId: 'b1', offset: start }, end: { blockId: 'b1', offset: end }, quote: { exact: 'x', prefix: '', suffix: '' }, position: { start, end } },
    status: 'anchored',
    createdAt: 1,
    updatedAt: 1,
  };
}
