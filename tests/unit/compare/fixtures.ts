// Two short interim-relief orders (2024 and 2025) on hosting health data, their blocks, and passage builders.
import { anchorPassage, documentText, toTextIndex } from '../../../shared/anchor';
import type { Annotation, Block, GloseDocument, PassageRole, Stance } from '../../../shared/model';
import { makeBlocks } from '../anchor/fixtures';

export const TEXTS_2024: readonly string[] = [
  'CONSEIL D’ÉTAT',
  'Ils soutiennent que l’hébergement des données par Microsoft expose celles-ci aux demandes fondées sur le Cloud Act.',
  '1. Aux termes de l’article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension.',
  '2. Il résulte de l’instruction que les données sont pseudonymisées et chiffrées au moyen de clés détenues par la Plateforme.',
  '3. Aucun prestataire établi dans l’Union européenne n’est en mesure d’héberger un entrepôt de cette taille.',
  'Article 1er : La requête est rejetée.',
];

export const TEXTS_2025: readonly string[] = [
  'CONSEIL D’ÉTAT',
  'Ils soutiennent que l’hébergement des données par Microsoft expose celles-ci aux demandes fondées sur le Cloud Act.',
  '1. Aux termes de l’article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension.',
  '2. L’autorisation accordée par la délibération contestée est limitée à une durée de trois ans.',
  '3. Il résulte de l’instruction que les données sont pseudonymisées et chiffrées au moyen de clés détenues par la seule Plateforme.',
  '4. Aucun prestataire établi dans l’Union européenne n’est en mesure d’héberger un entrepôt de cette taille.',
  'Article 1er : La requête est rejetée.',
];

const number = (text: string) => /^(\d+)\. /.exec(text)?.[1];
export const blocksOf = (texts: readonly string[], docId: string): Block[] =>
  makeBlocks(texts.map((text) => ({ text, ...(number(text) ? { number: number(text) } : {}) })), `${docId}-b`, docId);

export function documentOf(id: string, title: string, date: string): GloseDocument {
  return {
    id,
    title,
    kind: 'ruling',
    court: 'Conseil d’État',
    formation: 'juge des référés',
    date,
    caseNumber: id === 'a' ? '491644' : '503163',
    sourceFileName: `${id}.txt`,
    sourceFormat: 'text',
    language: 'fr',
    wordCount: 100,
    importedAt: 0,
    contentHash: id,
  };
}

/** A passage over the first occurrence of `exact` in the blocks. */
export function passageOn(blocks: readonly Block[], exact: string, tagIds: string[], extra: { role?: PassageRole; stance?: Stance; note?: string; id?: string } = {}): Annotation {
  const text = documentText(blocks);
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  const index = toTextIndex(blocks);
  const anchor = anchorPassage(index, index.pointAt(start, 'start'), index.pointAt(start + exact.length, 'end'));
  return {
    id: extra.id ?? `p-${exact.slice(0, 12)}`,
    docId: blocks[0]?.docId ?? 'doc',
    tagIds,
    anchor,
    ...(extra.role ? { role: extra.role } : {}),
    ...(extra.stance ? { stance: extra.stance } : {}),
    ...(extra.note ? { note: extra.note } : {}),
    status: 'anchored',
    createdAt: 0,
    updatedAt: 0,
  };
}
