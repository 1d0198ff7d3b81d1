// Blocks of a short interim-relief order of the Conseil d'État, and builders for variants of it.
import type { Block, BlockType, Section } from '../../../shared/model';

export interface BlockSpec {
  text: string;
  number?: string;
  section?: Section;
  type?: BlockType;
}

export function makeBlocks(specs: ReadonlyArray<string | BlockSpec>, prefix = 'b', docId = 'doc-1'): Block[] {
  return specs.map((spec, order) => {
    const { text, number, section, type } = typeof spec === 'string' ? { text: spec } : spec;
    const block: Block = { id: `${prefix}${order}`, docId, order, type: type ?? 'paragraph', text };
    if (number !== undefined) block.number = number;
    if (section !== undefined) block.section = section;
    return block;
  });
}

export const RULING_TEXTS: readonly string[] = [
  'CONSEIL D’ÉTAT',
  'N° 503163',
  'Vu la procédure suivante :',
  'Ils soutiennent que la condition d’urgence est remplie et que l’hébergement des données par Microsoft expose celles-ci au Cloud Act.',
  '1. Aux termes de l’article L. 521-1 du code de justice administrative, le juge des référés peut ordonner la suspension.',
  '2. Il résulte de l’instruction que la condition d’urgence n’est pas remplie.',
  '3. Au surplus, il n’existe pas d’alternative européenne disponible à brève échéance.',
  'Article 1er : La requête est rejetée.',
];

export const rulingBlocks = (): Block[] => makeBlocks(RULING_TEXTS);
