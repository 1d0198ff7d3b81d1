// zod schemas of every record a backup may hold, mirroring shared/model; fields the model does not know are dropped.
import { z } from 'zod';
import type { Annotation, Block, Dossier, GloseDocument, Tag } from '../model';

const id = z.string().min(1);
const count = z.number().int().nonnegative();
const time = z.number().finite();

export const documentSchema = z.object({
  id,
  title: z.string(),
  kind: z.enum(['ruling', 'article', 'statute', 'other']),
  court: z.string().optional(),
  formation: z.string().optional(),
  date: z.string().optional(),
  caseNumber: z.string().optional(),
  ecli: z.string().optional(),
  parties: z.string().optional(),
  author: z.string().optional(),
  decisionKind: z.enum(['ordonnance', 'decision', 'arret', 'jugement']).optional(),
  publication: z.string().optional(),
  version: z.number().int().positive().optional(),
  metadataEditedAt: time.optional(),
  sourceFileName: z.string(),
  sourceFormat: z.enum(['text', 'markdown', 'html', 'docx', 'odt', 'pdf', 'image']),
  language: z.string(),
  wordCount: count,
  importedAt: time,
  contentHash: z.string(),
  note: z.string().optional(),
  noteState: z.string().optional(),
  dossierIds: z.array(id).optional(),
});

export const blockSchema = z.object({
  id,
  docId: id,
  order: count,
  type: z.enum(['heading', 'paragraph', 'listItem']),
  text: z.string(),
  level: z.number().int().min(1).max(6).optional(),
  number: z.string().optional(),
  section: z.enum(['header', 'procedure', 'arguments', 'reasoning', 'operative']).optional(),
  page: z.number().int().positive().optional(),
  ocrConfidence: z.number().min(0).max(100).optional(),
});

const point = z.object({ blockId: z.string(), offset: count });

export const annotationSchema = z.object({
  id,
  docId: id,
  tagIds: z.array(id),
  anchor: z.object({
    start: point,
    end: point,
    quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
    position: z.object({ start: count, end: count }),
  }),
  role: z.enum(['claimant', 'defence', 'reasoning', 'operative', 'commentary']).optional(),
  stance: z.enum(['accepted', 'rejected', 'undecided']).optional(),
  note: z.string().optional(),
  noteState: z.string().optional(),
  status: z.enum(['anchored', 'drifted', 'orphan']),
  previousExact: z.string().optional(),
  createdAt: time,
  updatedAt: time,
});

export const tagSchema = z.object({
  id,
  name: z.string(),
  builtin: z
    .enum(['cloudActRisk', 'lackOfEuropeanAlternatives', 'threeYearLimit', 'pseudonymisation', 'hdsCertification', 'publicInterest', 'urgency', 'sovereignty', 'securitySafeguards'])
    .optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  shortcut: z.string().regex(/^[1-9]$/).optional(),
  description: z.string().optional(),
  example: z.string().optional(),
  counterExample: z.string().optional(),
  triggers: z.array(z.string()).optional(),
  parentId: z.string().nullable().optional(),
  order: z.number().finite(),
});

export const dossierSchema = z.object({ id, name: z.string().trim().min(1), createdAt: time });
export const settingSchema = z.object({ key: z.string().min(1), value: z.unknown() });

/**
 * A table this build knows no schema for (added by a later schema version on the same format): its records
 * must still be plain objects, and are restored as they are.
 */
export const unknownRecordSchema = z.record(z.string(), z.unknown());

export const RECORD_SCHEMAS: Readonly<Record<string, z.ZodType<Record<string, unknown>>>> = {
  documents: documentSchema,
  blocks: blockSchema,
  annotations: annotationSchema,
  tags: tagSchema,
  settings: settingSchema,
  dossiers: dossierSchema,
};

// Compile-time mirror check: a field added to the model but not here (or the reverse) breaks the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mirrors: [
  Same<z.infer<typeof documentSchema>, GloseDocument>,
  Same<z.infer<typeof blockSchema>, Block>,
  Same<z.infer<typeof annotationSchema>, Annotation>,
  Same<z.infer<typeof tagSchema>, Tag>,
  Same<z.infer<typeof dossierSchema>, Dossier>,
] = [true, true, true, true, true];
void mirrors;
