// Reads what kind of decision a ruling is (ordonnance, décision, arrêt, jugement) and its publication mention.
import type { DecisionKind, DraftBlock } from '../model';
import { fold } from './fold';

// A header line naming the act: `ORDONNANCE`, `Ordonnance du 25 avril 2025`, `ARRÊT DE LA COUR
// (grande chambre)`, `Décision n° 2019-790 DC du 5 août 2019`, `JUGEMENT`, `Arrêt n° 123 du …`.
const NAMED = /^(?:(ordonnance)|(decision)|(arret)|(jugement)|(judgment)|(order))\b(?!\s+(?:attaquee?|attaque|contestee?|rendue? par le|du tribunal|de la cour administrative|du conseil))/u;

// The operative part's verb says who speaks: a judge alone orders, a chamber decides.
const OPERATIVE_VERB: readonly [RegExp, DecisionKind][] = [
  [/^o ?r ?d ?o ?n ?n ?e\s*:?$/u, 'ordonnance'],
  [/^d ?e ?c ?i ?d ?e\s*:?$/u, 'decision'],
];

/**
 * The kind of decision: named in the header first; then an order when a judge sits alone in
 * référé (`CEORD`, `juge des référés`) or the operative part opens with `ORDONNE`; then the usual kind of
 * each court (a cour administrative d'appel gives `arrêts`, a tribunal `jugements`, the
 * Conseil d'État and the Conseil constitutionnel `décisions`, the Cour de cassation and the
 * Court of Justice `arrêts`).
 */
export function detectDecisionKind(
  header: readonly DraftBlock[],
  blocks: readonly DraftBlock[],
  court: string | undefined,
  ecli: string | undefined,
  formation: string | undefined,
): DecisionKind | undefined {
  for (const block of header) {
    const match = NAMED.exec(fold(block.text));
    if (!match) continue;
    if (match[1] || match[6]) return 'ordonnance';
    if (match[2]) return 'decision';
    if (match[3] || match[5]) return 'arret';
    if (match[4]) return 'jugement';
  }
  const code = ecli?.toUpperCase().split(':')[2] ?? '';
  // A judge sitting alone in référé gives an order, whatever the court.
  if (code === 'CEORD' || /referes/u.test(fold(formation ?? ''))) return 'ordonnance';
  const verb = operativeVerb(blocks);
  if (verb === 'ordonnance') return verb;
  const name = fold(court ?? '');
  if (name.startsWith("cour administrative d'appel") || name.startsWith('cour de cassation') || name.startsWith("cour d'appel")) return 'arret';
  if (name.startsWith('cour de justice') || name.startsWith('court of justice')) return 'arret';
  if (name.startsWith('tribunal administratif') || name.startsWith('tribunal judiciaire')) return 'jugement';
  if (name.startsWith("conseil d'etat") || name.startsWith('conseil constitutionnel')) return 'decision';
  return verb;
}

/** `ordonnance` after `O R D O N N E :`, `decision` after `D É C I D E :`, as the operative part opens. */
function operativeVerb(blocks: readonly DraftBlock[]): DecisionKind | undefined {
  for (const block of blocks) {
    if (block.section !== 'operative') continue;
    const text = fold(block.text).trim();
    for (const [pattern, kind] of OPERATIVE_VERB) if (pattern.test(text)) return kind;
  }
  return undefined;
}

// `Publié au recueil Lebon`, `Inédit au recueil Lebon`, `Mentionné dans les tables du recueil
// Lebon`, `Publié au bulletin` (Cour de cassation), `Publié au Recueil` (Court of Justice).
const PUBLICATION = /^(?:publie|inedit|mentionne|non publie)\b[^.;]{0,60}?\b(?:lebon|recueil|tables|bulletin)\b[^.;]{0,20}/u;

/** The ruling's publication mention as printed in its header, or undefined. */
export function detectPublication(header: readonly DraftBlock[]): string | undefined {
  for (const block of header) {
    const match = PUBLICATION.exec(fold(block.text));
    if (match) return block.text.slice(0, match[0].length).trim();
  }
  return undefined;
}
