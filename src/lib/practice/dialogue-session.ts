/**
 * The guided dialogue in progress (at most one per browser), so a reload, a closed tab or a
 * locked phone loses nothing and the page can offer to resume. The flow itself lives in
 * src/lib/dialogue/machine.ts; this file is its persisted shape. Finished dialogues are copied to
 * the `dialogues` area.
 */
import * as z from 'zod/mini';
import { isPlainObject, type AreaSpec } from './area';
import { mirrorMark, partnerIndex, reflectionSchema } from './dialogues';

/** Longest text kept for one message, in characters (the `dialogues` area's limit). */
export const MAX_TEXT = 5000;
/** Longest partner name, in characters. */
export const MAX_NAME = 40;
/** Longest topic, in characters. */
export const MAX_TOPIC = 200;
/** How many steps "Back" can undo. */
export const MAX_HISTORY = 200;

const text = z.string().check(z.maxLength(MAX_TEXT));
const ms = z.number().check(z.minimum(0));

/** Every step of the flow, in the order a dialogue usually runs. */
export const STEPS = [
  'appointment',
  'send',
  'mirror',
  'check',
  'resend',
  'more',
  'summary',
  'summary-check',
  'validation',
  'validation-check',
  'empathy',
  'empathy-check',
  'close',
  'next',
  'appreciate',
  'reflection',
  'done',
] as const;
export const stepSchema = z.enum(STEPS);
export type Step = z.infer<typeof stepSchema>;

export const setupSchema = z.object({
  names: z.tuple([
    z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
    z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  ]),
  /** Who sends first: 0 is partner A, 1 is partner B. */
  firstSender: partnerIndex,
  topic: z.string().check(z.maxLength(MAX_TOPIC)),
  minutes: z.union([z.literal(15), z.literal(20), z.literal(30)]),
  mode: z.enum(['spoken', 'typed']),
});
export type Setup = z.infer<typeof setupSchema>;

/** A message said in typed mode; `step` is the step it was written at. */
export const messageSchema = z.object({ by: partnerIndex, step: stepSchema, text });
export type Message = z.infer<typeof messageSchema>;

/** One sender's turn. Marks and messages only grow while the turn runs ("Back" trims them). */
export const sessionTurnSchema = z.object({
  sender: partnerIndex,
  marks: z.array(mirrorMark),
  messages: z.array(messageSchema),
});
export type SessionTurn = z.infer<typeof sessionTurnSchema>;

/**
 * Why the flow is on hold: a time-out (the calm screen), a pause (also after a reload), or a
 * later time the couple chose (`at` is a local date and time, `YYYY-MM-DDTHH:mm`).
 */
export const holdSchema = z.union([
  z.object({ kind: z.literal('timeout'), since: ms }),
  z.object({ kind: z.literal('paused'), since: ms }),
  z.object({ kind: z.literal('later'), since: ms, at: z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/)) }),
]);
export type Hold = z.infer<typeof holdSchema>;

/** What "Back" restores: the step, and how long each growing list was before the step was left. */
export const historyEntrySchema = z.object({
  step: stepSchema,
  turns: z.number().check(z.int(), z.minimum(1)),
  messages: z.number().check(z.int(), z.minimum(0)),
  marks: z.number().check(z.int(), z.minimum(0)),
  appreciations: z.number().check(z.int(), z.minimum(0)),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const sessionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  setup: setupSchema,
  /** Epoch milliseconds. */
  startedAt: ms,
  /** Epoch milliseconds of the last action; a reload stops the clock here. */
  updatedAt: ms,
  step: stepSchema,
  turns: z.array(sessionTurnSchema).check(z.minLength(1)),
  appreciations: z.array(z.object({ by: partnerIndex, text })),
  reflections: z.array(reflectionSchema),
  /** Unsent typed text, by step, so nothing typed is lost on a reload or "Back". */
  drafts: z.partialRecord(stepSchema, text),
  hold: z.nullable(holdSchema),
  /** The later time chosen most recently, kept for the practice schedule. */
  later: z.optional(z.string()),
  /** Active time: the dialogue's clock runs only while nothing is on hold. */
  clock: z.object({ activeMs: ms, since: z.nullable(ms) }),
  history: z.array(historyEntrySchema).check(z.maxLength(MAX_HISTORY)),
  /** Set when the dialogue part is over (reflection and done). */
  endedAt: z.optional(ms),
  /** How it ended: `complete` (thanks and appreciations, or swap declined), `ended` (End), `empty` (nothing said). */
  outcome: z.optional(z.enum(['complete', 'ended', 'empty'])),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionAreaSchema = z.nullable(sessionSchema);

export const dialogueSessionArea: AreaSpec<Session | null> = {
  key: 'imago:dialogue-session',
  version: 1,
  schema: sessionAreaSchema,
  empty: () => null,
  salvage: salvageSession,
};

/**
 * Keeps a damaged session resumable where it can: drops the parts that are safe to lose
 * ("Back" history, unsent drafts, a broken hold) and pauses it, so the couple can decide.
 */
function salvageSession(data: unknown): Session | null {
  if (!isPlainObject(data)) return null;
  const trimmed = { ...data, history: [], drafts: {}, hold: { kind: 'paused', since: 0 } };
  const result = z.safeParse(sessionSchema, trimmed);
  return result.success ? result.data : null;
}
