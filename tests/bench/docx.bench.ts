// `npm run bench`: end-to-end DOCX import of the generated 120,000-word ruling, against mammoth's raw text extraction alone.
import { randomUUID } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { buildLibraryRecords, importSource } from '../../shared/import';
import type { ImportEnvironment } from '../../shared/import/html';
import { generateRulingText } from './generateRuling';
import { measure, report } from './harness';

const RUNS = 5;

const text = generateRulingText(120_000);
const paragraphs = text.split(/\n{2,}/u).flatMap((chunk) => chunk.split('\n')).filter((line) => line.trim() !== '');
const bytes = new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: paragraphs.map((line) => new Paragraph(line)) }] })));
// The DOCX importer needs no DOM (it walks mammoth's document model).
const env = {} as ImportEnvironment;
const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

console.log(`\nGlose bench — the same ruling as DOCX: ${paragraphs.length.toLocaleString('en')} paragraphs, ${(bytes.length / 1e6).toFixed(2)} MB`);

const importing = await measure('import DOCX (zip checks, mammoth, blocks, legal pass, records)', RUNS, async () => {
  const imported = await importSource({ name: 'ruling.docx', bytes }, env);
  await buildLibraryRecords(imported, { fileName: 'ruling.docx', now: 0, newId: randomUUID });
});
const rawText = await measure('mammoth.extractRawText alone', RUNS, () => mammoth.extractRawText({ buffer: Buffer.from(arrayBuffer) }));
report('Import of a 120,000-word ruling (DOCX)', importing, rawText);
const html = await measure('mammoth.convertToHtml alone', RUNS, () => mammoth.convertToHtml({ buffer: Buffer.from(arrayBuffer) }));
report('Import of a 120,000-word ruling (DOCX), against mammoth’s own HTML conversion', importing, html);
