// `npm run bench compare`: aligning two 120,000-word decisions (5% of paragraphs edited; 40% replaced) against jsdiff's diffWords.
import { diffWords } from 'diff';
import { alignDecisions, type CompareParagraph } from '../../shared/compare';
import { generateRulingText } from './generateRuling';
import { measure, measureInterleaved, report } from './harness';

const RUNS = 5;
/** The baseline may not finish on heavily rewritten texts; it is stopped after this long. */
const BASELINE_CAP_MS = 60_000;

/** A small deterministic generator, so that every run compares the same texts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const WORDS = (
  'juge référés requête association données santé hébergement entrepôt plateforme délibération autorisation urgence ' +
  'suspension moyen doute sérieux légalité règlement transfert autorités américaines garanties chiffrement clés ' +
  'prestataire souveraineté durée migration commission libertés conditions techniques organisationnelles intérêt public ' +
  'recherche sécurité contrat filiale société européenne accès demande procédure instruction audience mémoire'
).split(' ');

const pick = (rand: () => number) => WORDS[Math.floor(rand() * WORDS.length)] as string;

/** The generated ruling, each point made unique by a few words of its own (the generator cycles eight sentences). */
function decisionA(): string[] {
  const rand = random(1);
  return generateRulingText(120_000)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (/^\d+\. /.test(line) ? `${line} Sur ce point, ${pick(rand)} ${pick(rand)} ${pick(rand)} ${pick(rand)}.` : line));
}

/** B: `edited` of the points get a few words changed, `replaced` of them are written anew. */
function decisionB(a: readonly string[], edited: number, replaced: number, seed: number): string[] {
  const rand = random(seed);
  return a.map((line) => {
    const numbered = /^(\d+)\. /.exec(line);
    if (!numbered) return line;
    const roll = rand();
    if (roll < replaced) {
      const words = Array.from({ length: 150 }, () => pick(rand));
      return `${numbered[1]}. ${words.join(' ')}.`;
    }
    if (roll < replaced + edited) {
      const words = line.split(' ');
      for (let k = 0; k < 4; k++) words[1 + Math.floor(rand() * (words.length - 1))] = pick(rand);
      return words.join(' ');
    }
    return line;
  });
}

const paragraphs = (lines: readonly string[]): CompareParagraph[] => lines.map((text, i) => ({ id: String(i), text }));
const a = decisionA();
const words = a.join(' ').split(/\s+/).length;
const edited = decisionB(a, 0.05, 0, 2);
const replaced = decisionB(a, 0, 0.4, 3);
console.log(`\nGlose bench — comparing two decisions of ${words.toLocaleString('en')} words, ${a.length} paragraphs`);

const [ours, baseline] = await measureInterleaved(
  { name: 'alignDecisions (hash, pair, word diff)', fn: () => alignDecisions(paragraphs(a), paragraphs(edited)) },
  { name: 'jsdiff diffWords over the whole texts', fn: () => diffWords(a.join('\n'), edited.join('\n')) },
  RUNS,
);
report('(a) 5% of the paragraphs edited', ours, baseline);
console.log(`  alignDecisions is ${(baseline.medianMs / ours.medianMs).toFixed(1)}× faster (target: at least 5×)`);
const summaryA = alignDecisions(paragraphs(a), paragraphs(edited)).summary;
console.log(`  found: ${summaryA.changed} changed, ${summaryA.identical} identical, +${summaryA.wordsAdded} / −${summaryA.wordsRemoved} words`);

const oursB = await measure('alignDecisions (hash, pair, word diff)', RUNS, () => alignDecisions(paragraphs(a), paragraphs(replaced)));
const started = performance.now();
const result = diffWords(a.join('\n'), replaced.join('\n'), { timeout: BASELINE_CAP_MS });
const baselineMs = performance.now() - started;
if (result === undefined) {
  console.log(`\n(b) 40% of the paragraphs replaced`);
  console.log(`  ${oursB.name.padEnd(52)} ${oursB.medianMs.toFixed(1).padStart(9)} ms  (median of ${oursB.runs})`);
  console.log(`  baseline: jsdiff diffWords did not finish within ${BASELINE_CAP_MS / 1000} s (stopped by its timeout option)`);
  console.log(`  target: under 1,000 ms`);
} else {
  report('(b) 40% of the paragraphs replaced', oursB, { name: 'jsdiff diffWords over the whole texts (one run)', medianMs: baselineMs, runs: 1 });
}
const summaryB = alignDecisions(paragraphs(a), paragraphs(replaced)).summary;
console.log(`  found: ${summaryB.changed} changed, ${summaryB.added} added, ${summaryB.removed} removed, ${summaryB.identical} identical`);
