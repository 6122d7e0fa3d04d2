/**
 * Drill logic shared by the drill pages and their island: how each drill presents a prompt,
 * which reviewer reads the answer, moving through the set, what feedback shows while typing and
 * after "Check", and which words to highlight. Pure: no DOM, no storage.
 */
import type { Check, Feedback, Verdict } from './feedback/index';
import type { Attempt, DrillProgress } from './practice/attempts';

/** The five drills, in the order of the course. */
export const DRILL_IDS = ['i-statements', 'mirroring', 'validation', 'empathy', 'requests'] as const;
export type DrillId = (typeof DRILL_IDS)[number];

export function isDrillId(id: string): id is DrillId {
  return (DRILL_IDS as readonly string[]).includes(id);
}

/** One prompt as the island receives it (the content schema, minus what the island never shows). */
export interface DrillPrompt {
  id: string;
  speaker: string;
  listener: string;
  message: string;
  context: string;
  models: string[];
  hints: string[];
}

/** How a drill presents its prompts and which tools it offers. */
export interface DrillKind {
  /** Heading above the message, e.g. "Noa says to Tomasz". */
  messageLabel: (p: DrillPrompt) => string;
  /** Label of the answer box. */
  answerLabel: (p: DrillPrompt) => string;
  /** Placeholder of the answer box: the drill's usual opening. */
  placeholder: string;
  /** Where "Hear it" is offered: also offer hiding the message's words, to answer what was heard. */
  hideText: boolean;
}

export const DRILL_KINDS: Record<DrillId, DrillKind> = {
  'i-statements': {
    messageLabel: (p) => `${p.speaker} said to ${p.listener}`,
    answerLabel: (p) => `Your I-statement, as ${p.speaker}`,
    placeholder: 'I feel … when … and I would like …',
    hideText: false,
  },
  mirroring: {
    messageLabel: (p) => `${p.speaker} says`,
    answerLabel: (p) => `Your mirror, as ${p.listener}`,
    placeholder: 'If I got it, you said … Did I get that? Is there more?',
    hideText: true,
  },
  validation: {
    messageLabel: (p) => `${p.speaker} says`,
    answerLabel: (p) => `Your validation, as ${p.listener}`,
    placeholder: 'It makes sense to me that you … because …',
    hideText: false,
  },
  empathy: {
    messageLabel: (p) => `${p.speaker} says`,
    answerLabel: (p) => `Your empathy, as ${p.listener}`,
    placeholder: 'I imagine you might be feeling … Is that what you feel?',
    hideText: false,
  },
  requests: {
    messageLabel: (p) => `${p.speaker} said to ${p.listener}`,
    answerLabel: (p) => `Your request, as ${p.speaker}`,
    placeholder: 'Would you be willing to … this week?',
    hideText: false,
  },
};

/** A prompt as a drill's island receives it, with its labels worked out at build time. */
export interface IslandPrompt extends DrillPrompt {
  /** Caption of the message: "Noa said to Tomasz". */
  said: string;
  answerLabel: string;
}

export function islandPrompt(drillId: DrillId, p: DrillPrompt): IslandPrompt {
  const kind = DRILL_KINDS[drillId];
  return { ...p, said: kind.messageLabel(p), answerLabel: kind.answerLabel(p) };
}

/** The reviewer of one drill, given the prompt (mirroring compares with the partner's words). */
export type Reviewer = (prompt: Pick<DrillPrompt, 'message'>, text: string) => Feedback;

// ---- moving through the set ------------------------------------------------------------------

/** Index of the prompt to show: the saved current prompt when it still exists, else the first. */
export function resumeIndex(promptIds: readonly string[], current: string | undefined): number {
  const i = current === undefined ? -1 : promptIds.indexOf(current);
  return i < 0 ? 0 : i;
}

/** The prompt after `index`, starting the set again after the last one. */
export function nextIndex(index: number, total: number): number {
  return total <= 0 ? 0 : (index + 1) % total;
}

/** The prompt before `index`, going round to the last from the first. */
export function previousIndex(index: number, total: number): number {
  return total <= 0 ? 0 : (index - 1 + total) % total;
}

export interface SetProgress {
  /** 1-based position of the shown prompt: "3 of 12". */
  position: number;
  total: number;
  /** Prompts of this set with at least one saved attempt. */
  practised: number;
}

/** Where the person is in a drill's set, from their saved attempts. */
export function setProgress(
  promptIds: readonly string[],
  saved: DrillProgress | undefined,
  index: number,
): SetProgress {
  const practised = promptIds.filter((id) => saved?.prompts[id]?.attempts.length).length;
  const total = promptIds.length;
  return { position: total === 0 ? 0 : Math.min(Math.max(index, 0), total - 1) + 1, total, practised };
}

/** Saved attempts on one prompt, newest first. */
export function attemptsNewestFirst(saved: DrillProgress | undefined, promptId: string): Attempt[] {
  return [...(saved?.prompts[promptId]?.attempts ?? [])].reverse();
}

// ---- feedback while typing --------------------------------------------------------------------

/** Live feedback waits for this many words, so a first keystroke is not met with a checklist. */
export const LIVE_MIN_WORDS = 3;
/** Pause in typing before the checklist updates, in milliseconds. */
export const LIVE_DELAY_MS = 400;

export interface LiveItem {
  id: string;
  done: boolean;
  /** A done item says what worked; an open item names the step, without judging. */
  text: string;
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
}

/**
 * The checklist shown while typing: every check of the engine, done ones with what worked, open
 * ones as the short step to take ("Say when it happens"), or in full where they quote the person's
 * words, since the step then refers to them ("“but” takes it back. Next, leave it out…").
 * Null while the answer is too short.
 */
export function liveChecklist(fb: Feedback, text: string): LiveItem[] | null {
  if (wordCount(text) < LIVE_MIN_WORDS) return null;
  return fb.checks.map((c) => ({
    id: c.id,
    done: c.passed,
    text: c.passed || c.span ? c.message : stepOf(c.message),
  }));
}

/**
 * The step in an engine message, as a short instruction: "“always” can sound like a verdict.
 * Next, describe one moment instead: “When…”." gives "Describe one moment instead".
 */
export function stepOf(message: string): string {
  const m = /(?:^|[.!?]\s+)Next,\s+(.+)$/s.exec(message.trim());
  if (!m) return message.trim();
  const full = m[1]!.trim();
  // Cut at the example (a colon, or "like"/"such as"), unless that leaves too little: "Ask".
  let step = full.replace(/\s*(?::|,\s*(?:like|such as)\s|\ssuch as\s|\slike\s+[“"]).*$/s, '');
  if (step.split(/\s+/).length < 3) step = full;
  step = step.replace(/\.$/, '').trim();
  return step.charAt(0).toUpperCase() + step.slice(1);
}

/** A short spoken summary of the checklist, for a polite live region. */
export function liveSummary(items: readonly LiveItem[]): string {
  const done = items.filter((i) => i.done).length;
  if (done === items.length) return 'Every part is in place. Press Check when you are ready.';
  return `${done} of ${items.length} parts in place so far.`;
}

// ---- feedback after "Check" --------------------------------------------------------------------

export type MarkKind = 'worked' | 'next';
export interface Mark {
  span: [number, number];
  kind: MarkKind;
}

export interface Review {
  verdict: Verdict;
  /** A kind heading: never a grade. */
  heading: string;
  /** What worked, first. */
  worked: Check[];
  /** The one next step, if any: the engine lists red flags first. */
  next: Check | undefined;
  /** Words to highlight in the answer. */
  marks: Mark[];
}

/** Headings by verdict. A first try that needs work is met as a start, never as a failure. */
export function verdictHeading(verdict: Verdict, attemptNumber: number): string {
  if (verdict === 'strong') return 'This works well.';
  if (verdict === 'almost') return 'Nearly there.';
  return attemptNumber <= 1 ? 'A start. Here is one thing to try.' : 'Worth another go. Here is one thing to try.';
}

/** Short labels for saved attempts, in words rather than scores. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  strong: 'Strong',
  almost: 'Nearly there',
  'needs-work': 'Worth another go',
};

/** Full feedback for "Check": what worked, one next step, and the words concerned. */
export function review(fb: Feedback, attemptNumber: number): Review {
  const worked = fb.checks.filter((c) => c.passed);
  const next = fb.checks.find((c) => !c.passed);
  const marks: Mark[] = [];
  for (const c of worked) if (c.span) marks.push({ span: c.span, kind: 'worked' });
  if (next?.span) marks.push({ span: next.span, kind: 'next' });
  return { verdict: fb.verdict, heading: verdictHeading(fb.verdict, attemptNumber), worked, next, marks };
}

/** The announcement for the live region after "Check". */
export function reviewSummary(r: Review): string {
  const parts = [r.heading];
  if (r.worked[0]) parts.push(r.worked[0].message);
  if (r.next) parts.push(r.next.message);
  return parts.join(' ');
}

export interface Segment {
  text: string;
  mark?: MarkKind;
}

/**
 * Splits `text` into runs for highlighting. Spans are clamped to the text and may overlap:
 * "next" wins over "worked", so the words to look at are always visible.
 */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const n = text.length;
  const kinds: (MarkKind | undefined)[] = new Array(n);
  const rank = (k: MarkKind | undefined) => (k === 'next' ? 2 : k === 'worked' ? 1 : 0);
  for (const { span, kind } of marks) {
    const s = Math.max(0, Math.min(n, Math.floor(span[0])));
    const e = Math.max(0, Math.min(n, Math.floor(span[1])));
    for (let i = s; i < e; i++) if (rank(kind) > rank(kinds[i])) kinds[i] = kind;
  }
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && kinds[i] === kinds[start]) continue;
    const kind = kinds[start];
    out.push(kind ? { text: text.slice(start, i), mark: kind } : { text: text.slice(start, i) });
    start = i;
  }
  return out;
}

// ---- editing helpers --------------------------------------------------------------------------

/**
 * Inserts a word (from the feelings picker) at the cursor, replacing any selection and adding a
 * space on either side where the neighbouring text needs one. Returns the new text and caret.
 */
export function insertWord(text: string, start: number, end: number, word: string): { text: string; caret: number } {
  const s = Math.max(0, Math.min(text.length, start));
  const e = Math.max(s, Math.min(text.length, end));
  const before = text.slice(0, s);
  const after = text.slice(e);
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  const trail = after === '' || /^[\s.,;:!?)]/.test(after) ? '' : ' ';
  const inserted = lead + word + trail;
  return { text: before + inserted + after, caret: before.length + lead.length + word.length };
}
