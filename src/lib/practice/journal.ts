/**
 * The trigger journal: a strong reaction, what was felt, where in the body, how strong, what it
 * reminds the person of (an older wound), what they needed underneath (the hidden wish), and an
 * optional request they could make. The content of each entry can be sealed by the lock.
 */
import * as z from 'zod/mini';
import { isPlainObject, keepValidItems, type AreaSpec, type Sealing } from './area';
import { box, iso, itemId, text } from './fields';

export const MAX_TAGS = 10;
export const MAX_FEELINGS = 12;
export const MAX_BODY = 12;

const word = z.string().check(z.minLength(1), z.maxLength(40));

/** Tags are short lower-case labels ("money", "in-laws"). */
export const tag = z
  .string()
  .check(z.minLength(1), z.maxLength(30), z.regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N} '-]*$/u));

export const journalContentSchema = z.object({
  situation: text(2000),
  feelings: z.array(word).check(z.maxLength(MAX_FEELINGS)),
  body: z.array(word).check(z.maxLength(MAX_BODY)),
  intensity: z.number().check(z.int(), z.minimum(0), z.maximum(10)),
  reminds: text(2000),
  needed: text(2000),
  request: text(1000),
  tags: z.array(tag).check(z.maxLength(MAX_TAGS)),
});
export type JournalContent = z.infer<typeof journalContentSchema>;

/** An entry: dates stay readable (for counts and order); `content` is replaced by `sealed` when locked. */
export const journalEntrySchema = z
  .object({
    id: itemId,
    createdAt: iso,
    updatedAt: iso,
    content: z.optional(journalContentSchema),
    sealed: z.optional(box),
  })
  .check(z.refine((e) => e.content !== undefined || e.sealed !== undefined, 'An entry needs content.'));
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const journalSchema = z.object({ entries: z.array(journalEntrySchema) });
export type Journal = z.infer<typeof journalSchema>;

export const journalSealing: Sealing<Journal> = {
  unsealed: (j) => j.entries.filter((e) => e.content).map((e) => ({ id: e.id, secret: e.content })),
  seal: (j, boxes) => ({
    ...j,
    entries: j.entries.map((e) => {
      const b = boxes.get(e.id);
      if (!b || !e.content || JSON.stringify(e.content) !== JSON.stringify(b.secret)) return e;
      return { id: e.id, createdAt: e.createdAt, updatedAt: e.updatedAt, sealed: b.box };
    }),
  }),
  boxes: (j) => j.entries.flatMap((e) => (e.sealed && !e.content ? [e.sealed] : [])),
  open: (j, opened) => ({
    ...j,
    entries: j.entries.map((e) => {
      if (e.content || !e.sealed || !opened.has(e.sealed)) return e;
      const content = z.safeParse(journalContentSchema, opened.get(e.sealed));
      return content.success ? { id: e.id, createdAt: e.createdAt, updatedAt: e.updatedAt, content: content.data } : e;
    }),
  }),
  discard: (j) => ({ ...j, entries: j.entries.filter((e) => e.content) }),
};

export const journalArea: AreaSpec<Journal> = {
  key: 'imago:journal',
  description:
    'Your trigger journal: for each entry, what happened, the feelings, body signals, intensity, what it reminded you of, what you needed, a possible request and tags, with the dates. Sealed with your passphrase when the lock is on.',
  version: 1,
  schema: journalSchema,
  empty: () => ({ entries: [] }),
  title: 'trigger journal',
  noun: ['entry', 'entries'],
  items: (j) => Object.fromEntries(j.entries.map((e) => [e.id, e])),
  salvage: (data) => ({ entries: keepValidItems(isPlainObject(data) ? data.entries : undefined, journalEntrySchema) }),
  sealing: journalSealing,
};

/** The entry's content: its own, or opened from its seal; undefined while locked. */
export function entryContent(e: JournalEntry, opened: ReadonlyMap<string, unknown>): JournalContent | undefined {
  if (e.content) return e.content;
  if (!e.sealed) return undefined;
  const r = z.safeParse(journalContentSchema, opened.get(e.sealed));
  return r.success ? r.data : undefined;
}

/** Tidies typed tags: lower case, trimmed, no duplicates, at most MAX_TAGS. */
export function normaliseTags(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? input.split(/[,;\n]/) : input;
  const out: string[] = [];
  for (const p of parts) {
    const t = p
      .trim()
      .toLowerCase()
      .replace(/^#+/, '')
      .replace(/\s+/g, ' ')
      .replace(/[^\p{Ll}\p{Lo}\p{N} '-]/gu, '')
      .trim()
      .slice(0, 30);
    if (t && z.safeParse(tag, t).success && !out.includes(t)) out.push(t);
  }
  return out.slice(0, MAX_TAGS);
}

/** Tidies a list of words (feelings, body signals): trimmed, no duplicates (ignoring case), capped. */
export function normaliseWords(input: readonly string[], max: number): string[] {
  const out: string[] = [];
  for (const w of input) {
    const t = w.trim().replace(/\s+/g, ' ').slice(0, 40);
    if (t && !out.some((o) => o.toLowerCase() === t.toLowerCase())) out.push(t);
  }
  return out.slice(0, max);
}

/** Returns the journal with `content` saved as entry `id` (new, or replacing that entry's content). */
export function saveEntry(j: Journal, id: string, content: JournalContent, now: string): Journal {
  const existing = j.entries.find((e) => e.id === id);
  if (!existing) return { ...j, entries: [...j.entries, { id, createdAt: now, updatedAt: now, content }] };
  return {
    ...j,
    entries: j.entries.map((e) => (e.id === id ? { id, createdAt: e.createdAt, updatedAt: now, content } : e)),
  };
}

/** Returns the journal without entry `id`. */
export function deleteEntry(j: Journal, id: string): Journal {
  return { ...j, entries: j.entries.filter((e) => e.id !== id) };
}

/** An empty entry to start from. */
export function blankContent(): JournalContent {
  return { situation: '', feelings: [], body: [], intensity: 5, reminds: '', needed: '', request: '', tags: [] };
}

/** Body signals offered as quick choices (the person can add their own). */
export const BODY_SIGNALS: readonly string[] = [
  'tight chest',
  'racing heart',
  'heat in my face',
  'knot in my stomach',
  'clenched jaw',
  'tears',
  'shaky',
  'shallow breathing',
  'wanting to leave',
  'wanting to shout',
  'going numb',
  'heavy',
];
