/**
 * Finished guided dialogues, for the dashboard and the therapist summary. The in-progress
 * session is stored separately by the dialogue state machine (src/lib/dialogue).
 */
import * as z from 'zod/mini';
import { isPlainObject, keepValidItems, type AreaSpec, type Sealing } from './area';
import { box } from './fields';

const iso = z.string().check(z.minLength(10), z.maxLength(40));
const shortText = z.string().check(z.maxLength(200));
const longText = z.string().check(z.maxLength(5000));

/** Which partner: 0 is partner A, 1 is partner B. */
export const partnerIndex = z.union([z.literal(0), z.literal(1)]);

export const mirrorMark = z.enum(['got-it', 'partly', 'missed']);

export const reflectionSchema = z.object({
  partner: partnerIndex,
  learned: longText,
  pattern: longText,
  tryNext: longText,
});
export type Reflection = z.infer<typeof reflectionSchema>;

/** One sender's turn: who sent, how each mirror landed, and (in typed mode) what was written. */
export const turnSchema = z.object({
  sender: partnerIndex,
  marks: z.array(mirrorMark),
  /** Typed mode only: the sender's messages and the receiver's mirrors, in order. */
  messages: z.optional(z.array(z.object({ by: partnerIndex, step: shortText, text: longText }))),
});
export type Turn = z.infer<typeof turnSchema>;

export const dialogueRecordSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  startedAt: iso,
  endedAt: iso,
  topic: shortText,
  partners: z.tuple([shortText, shortText]),
  mode: z.enum(['spoken', 'typed']),
  minutes: z.number().check(z.minimum(0), z.maximum(24 * 60)),
  turns: z.array(turnSchema),
  /** Appreciations said at the close, if they ended that way. */
  appreciations: z.optional(z.array(z.object({ by: partnerIndex, text: longText }))),
  reflections: z.array(reflectionSchema),
  /** The reflections, sealed by the passphrase lock (then `reflections` is empty). */
  sealedReflections: z.optional(box),
});
export type DialogueRecord = z.infer<typeof dialogueRecordSchema>;

export const dialoguesSchema = z.object({ sessions: z.array(dialogueRecordSchema) });
export type Dialogues = z.infer<typeof dialoguesSchema>;

export const dialoguesSealing: Sealing<Dialogues> = {
  unsealed: (d) => d.sessions.filter((s) => s.reflections.length > 0).map((s) => ({ id: s.id, secret: s.reflections })),
  seal: (d, boxes) => ({
    ...d,
    sessions: d.sessions.map((s) => {
      const b = boxes.get(s.id);
      if (!b || s.reflections.length === 0 || JSON.stringify(s.reflections) !== JSON.stringify(b.secret)) return s;
      return { ...s, reflections: [], sealedReflections: b.box };
    }),
  }),
  boxes: (d) =>
    d.sessions.flatMap((s) => (s.sealedReflections && s.reflections.length === 0 ? [s.sealedReflections] : [])),
  open: (d, opened) => ({
    ...d,
    sessions: d.sessions.map((s) => {
      if (!s.sealedReflections || s.reflections.length > 0 || !opened.has(s.sealedReflections)) return s;
      const r = z.safeParse(z.array(reflectionSchema), opened.get(s.sealedReflections));
      if (!r.success) return s;
      const { sealedReflections: _sealed, ...rest } = s;
      return { ...rest, reflections: r.data };
    }),
  }),
  discard: (d) => ({
    ...d,
    sessions: d.sessions.map((s) => {
      const { sealedReflections: _sealed, ...rest } = s;
      return rest;
    }),
  }),
};

export const dialoguesArea: AreaSpec<Dialogues> = {
  key: 'imago:dialogues',
  description:
    'Guided dialogues you finished: the date, topic, the names you entered, how long it took, how each mirror landed, your reflections and, if you typed, the messages.',
  version: 1,
  schema: dialoguesSchema,
  empty: () => ({ sessions: [] }),
  title: 'guided dialogues',
  noun: ['dialogue', 'dialogues'],
  items: (d) => Object.fromEntries(d.sessions.map((s) => [s.id, s])),
  sealing: dialoguesSealing,
  salvage: (data) => ({
    sessions: keepValidItems(isPlainObject(data) ? data.sessions : undefined, dialogueRecordSchema),
  }),
};

/** Returns dialogues with `record` saved (replacing one with the same id). */
export function saveDialogue(d: Dialogues, record: DialogueRecord): Dialogues {
  return { ...d, sessions: [...d.sessions.filter((s) => s.id !== record.id), record] };
}

/**
 * A dialogue's reflections: its own, or opened from their seal. `locked` is true when they are
 * sealed and the lock is closed (show a "locked" note rather than "no reflections").
 */
export function dialogueReflections(
  record: DialogueRecord,
  opened: ReadonlyMap<string, unknown>,
): { reflections: Reflection[]; locked: boolean } {
  if (record.reflections.length > 0 || !record.sealedReflections)
    return { reflections: record.reflections, locked: false };
  const r = z.safeParse(z.array(reflectionSchema), opened.get(record.sealedReflections));
  return r.success ? { reflections: r.data, locked: false } : { reflections: [], locked: true };
}
