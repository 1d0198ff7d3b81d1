// A short interim-relief order with tagged passages, for the exporters' tests.
import { anchorPassage } from '../../../shared/anchor';
import { DEFAULT_TAGS, type Annotation, type Block, type GloseDocument, type Tag } from '../../../shared/model';

export const document: GloseDocument = {
  id: 'doc-hdh',
  title: 'Ordonnance du 25 avril 2025, Health Data Hub',
  kind: 'ruling',
  court: 'Conseil d’État',
  formation: 'Juge des référés',
  date: '2025-04-25',
  caseNumber: '503163',
  ecli: 'ECLI:FR:CEORD:2025:503163.20250425',
  sourceFileName: 'ce-503163.md',
  sourceFormat: 'markdown',
  language: 'fr',
  wordCount: 120,
  importedAt: 0,
  contentHash: 'hash',
};

const block = (id: string, order: number, text: string, fields: Partial<Block> = {}): Block => ({
  id,
  docId: document.id,
  order,
  type: 'paragraph',
  text,
  ...fields,
});

export const blocks: Block[] = [
  block('h', 0, 'CONSEIL D’ÉTAT', { type: 'heading', level: 1, section: 'header' }),
  block('p', 1, 'Vu la procédure suivante :', { section: 'procedure' }),
  block('a', 2, '# Les requérants soutiennent que l’hébergement des données par Microsoft les expose au Cloud Act.', {
    section: 'arguments',
  }),
  block('r1', 3, '1. Aux termes de l’article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension.', {
    number: '1',
    section: 'reasoning',
  }),
  block('r1b', 4, '- la condition d’urgence ;', { section: 'reasoning', type: 'listItem' }),
  block('r2', 5, '2. Il résulte de l’instruction que les données sont hébergées en Europe et que le risque de transfert vers les États-Unis n’est pas établi.', {
    number: '2',
    section: 'reasoning',
  }),
  block('r3', 6, '3. Il n’existe pas d’alternative européenne disponible à brève échéance.', { number: '3', section: 'reasoning' }),
  block('o', 7, 'Article 1er : La requête est rejetée.', { section: 'operative' }),
];

export const URGENCY: Tag = { id: 'tag-urgency', name: 'Urgence', color: '#cccccc', parentId: null, order: 1 };
/** Three tags with passages, one (the three-year limit) without. */
export const tags: Tag[] = [DEFAULT_TAGS[2]!, URGENCY, DEFAULT_TAGS[1]!, DEFAULT_TAGS[0]!];

/** A passage on `phrase` (or from `phrase` to `endPhrase` in another block). */
function passage(id: string, tagIds: string[], blockId: string, phrase: string, extra: Partial<Annotation> = {}, end?: [string, string]): Annotation {
  const startBlock = blocks.find((b) => b.id === blockId)!;
  const at = startBlock.text.indexOf(phrase);
  const endPoint = end
    ? { blockId: end[0], offset: blocks.find((b) => b.id === end[0])!.text.indexOf(end[1]) + end[1].length }
    : { blockId, offset: at + phrase.length };
  return {
    id,
    docId: document.id,
    tagIds,
    anchor: anchorPassage(blocks, { blockId, offset: at }, endPoint),
    status: 'anchored',
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const CLOUD = 'tag-cloud-act-risk';
const LACK = 'tag-lack-of-european-alternatives';

// Listed out of reading order on purpose: the export sorts them.
export const passages: Annotation[] = [
  passage('p-operative', ['tag-deleted-long-ago'], 'o', 'La requête est rejetée.'),
  passage('p-risk', [CLOUD], 'r2', 'le risque de transfert vers les États-Unis'),
  passage('p-hosted', [URGENCY.id, CLOUD, CLOUD], 'r2', 'les données sont hébergées en Europe et que le risque de transfert vers les États-Unis n’est pas établi'),
  passage('p-heading', [CLOUD], 'a', '# Les requérants', { note: 'Argument des requérants, à contrer.' }, ['a', 'Cloud Act.']),
  passage('p-judge', [URGENCY.id], 'r1', 'le juge des référés', {}, ['r1b', 'urgence ;']),
  passage('p-point2', [URGENCY.id], 'r2', '2. Il résulte de l’instruction'),
  passage('p-lack', [LACK, 'tag-unknown'], 'r3', 'Il n’existe pas d’alternative européenne disponible à brève échéance.', {
    note: 'Voir aussi\n# la délibération de la CNIL',
  }),
  { ...passage('p-other-doc', [CLOUD], 'r3', 'Il n’existe pas'), docId: 'another-doc' },
];
