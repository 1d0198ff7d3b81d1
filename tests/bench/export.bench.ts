// `npm run bench export`: 10,000 passages over 500 generated rulings, exported to every format, against JSON.stringify of the same passages.
import { randomUUID } from 'node:crypto';
import { anchorPassage } from '../../shared/anchor';
import { buildArgumentList, exportArgumentList, EXPORT_FORMATS, NO_FILTERS, type ExportLibrary } from '../../shared/export';
import { DEFAULT_TAGS, type Annotation, type Block, type GloseDocument, type PassageRole } from '../../shared/model';
import { generateRulingText } from './generateRuling';
import { measure, report } from './harness';

const DOCUMENTS = 500;
const PASSAGES_PER_DOCUMENT = 20;
const RUNS = 5;
const ROLES: PassageRole[] = ['claimant', 'reasoning', 'operative'];

const text = generateRulingText(3_000);
const lines = text.split('\n').filter((line) => line.trim() !== '');
const documents: GloseDocument[] = [];
const blocks = new Map<string, Block[]>();
const passages: Annotation[] = [];
for (let d = 0; d < DOCUMENTS; d++) {
  // Random GUIDs, as the library gives its rows.
  const id = randomUUID();
  const pdf = d % 2 === 0;
  documents.push({
    id,
    title: `CE, ordonnance n° ${500000 + d}`,
    kind: 'ruling',
    court: 'Conseil d’État',
    formation: 'Juge des référés',
    date: `20${10 + (d % 15)}-0${1 + (d % 9)}-1${d % 10}`,
    caseNumber: String(500000 + d),
    sourceFileName: pdf ? 'ruling.pdf' : 'ruling.txt',
    sourceFormat: pdf ? 'pdf' : 'text',
    language: 'fr',
    wordCount: 3_000,
    importedAt: 0,
    contentHash: String(d),
  });
  const list: Block[] = lines.map((line, order) => ({
    id: `${id}-b${order}`,
    docId: id,
    order,
    type: 'paragraph',
    text: line,
    number: /^(\d+)\. /.exec(line)?.[1],
    section: /^\d+\. /.test(line) ? 'reasoning' : undefined,
    ...(pdf ? { page: 1 + Math.floor(order / 6) } : {}),
  }));
  blocks.set(id, list);
  const long = list.filter((block) => block.text.length > 200);
  for (let p = 0; p < PASSAGES_PER_DOCUMENT; p++) {
    const block = long[p % long.length]!;
    const start = (p * 37) % (block.text.length - 160);
    passages.push({
      id: randomUUID(),
      docId: id,
      tagIds: [DEFAULT_TAGS[p % DEFAULT_TAGS.length]!.id, ...(p % 4 === 0 ? [DEFAULT_TAGS[(p + 3) % DEFAULT_TAGS.length]!.id] : [])],
      anchor: anchorPassage(list, { blockId: block.id, offset: start }, { blockId: block.id, offset: start + 150 }),
      role: ROLES[p % ROLES.length],
      stance: p % 2 ? 'accepted' : 'rejected',
      note: p % 3 === 0 ? `Note ${p} : à rapprocher du point ${p + 1}, <cf.> « Cloud Act » & RGPD.` : undefined,
      status: 'anchored',
      createdAt: 0,
      updatedAt: 0,
    });
  }
}
const library: ExportLibrary = { documents, blocks, passages, tags: DEFAULT_TAGS };
const options = { grouping: 'tag' as const, lang: 'fr' as const, citationStyle: 'fr' as const, csvSeparator: ';' as const, title: 'Arguments — bibliothèque', now: new Date() };
const build = () => buildArgumentList(library, { kind: 'library' }, NO_FILTERS, options);

console.log(`\nGlose bench — export of ${passages.length.toLocaleString('en')} passages over ${DOCUMENTS} documents (${lines.length} blocks each)`);
const baseline = await measure('JSON.stringify of the same passages', RUNS, () => JSON.stringify(passages));
const list = build();
report('Selection, citations and grouping (buildArgumentList)', await measure('buildArgumentList', RUNS, build), baseline);
for (const format of EXPORT_FORMATS) {
  let size = 0;
  const subject = await measure(`select, group and write ${format}`, RUNS, async () => {
    const file = await exportArgumentList(build(), format);
    size = typeof file.data === 'string' ? file.data.length : file.data.byteLength;
  });
  report(`Export to ${format}${format === 'pdf' ? ' (the HTML the host prints)' : ''}`, subject, baseline, `${(size / 1e6).toFixed(1)} MB, target < 2,000 ms`);
}
void list;
