/**
 * Figures for the My practice dashboard, computed from the stored areas and the course outline.
 * Pure: the page passes the lesson list and drills as data.
 */
import type { Appreciations } from './appreciations';
import type { Attempts } from './attempts';
import { addDays, dayKey, parseIso, startOfWeek } from './dates';
import { dialogueReflections, type DialogueRecord, type Dialogues, type Reflection } from './dialogues';
import type { Journal } from './journal';
import type { Progress } from './progress';

export interface CourseOutline {
  modules: { id: string; title: string; lessons: { id: string; title: string }[] }[];
}

export interface DrillInfo {
  id: string;
  title: string;
  prompts: number;
}

export interface ModuleProgress {
  id: string;
  title: string;
  done: number;
  total: number;
}

export interface CourseProgress {
  done: number;
  total: number;
  modules: ModuleProgress[];
  /** Where to pick up: the first lesson not done after the last one finished (or the first not done). */
  next?: { id: string; title: string };
}

export function courseProgress(course: CourseOutline, progress: Progress): CourseProgress {
  const isDone = (id: string) => Boolean(progress.lessons[id]?.done);
  const modules = course.modules.map((m) => ({
    id: m.id,
    title: m.title,
    done: m.lessons.filter((l) => isDone(l.id)).length,
    total: m.lessons.length,
  }));
  const sequence = course.modules.flatMap((m) => m.lessons);
  let lastDone = -1;
  let lastAt = '';
  sequence.forEach((l, i) => {
    const at = progress.lessons[l.id]?.done;
    if (at && at >= lastAt) {
      lastAt = at;
      lastDone = i;
    }
  });
  const after = sequence.slice(lastDone + 1).find((l) => !isDone(l.id));
  const next = after ?? sequence.find((l) => !isDone(l.id));
  return {
    done: modules.reduce((s, m) => s + m.done, 0),
    total: modules.reduce((s, m) => s + m.total, 0),
    modules,
    next: next ? { id: next.id, title: next.title } : undefined,
  };
}

export interface DrillPractice {
  id: string;
  title: string;
  /** Prompts with at least one attempt. */
  tried: number;
  total: number;
  attempts: number;
  lastAt?: string;
}

export function drillPractice(drills: readonly DrillInfo[], attempts: Attempts): DrillPractice[] {
  return drills.map((d) => {
    const prompts = Object.values(attempts.drills[d.id]?.prompts ?? {});
    const all = prompts.flatMap((p) => p.attempts);
    const lastAt = all.reduce<string | undefined>((m, a) => (!m || a.at > m ? a.at : m), undefined);
    return {
      id: d.id,
      title: d.title,
      tried: prompts.filter((p) => p.attempts.length > 0).length,
      total: d.prompts,
      attempts: all.length,
      lastAt,
    };
  });
}

export interface DialogueSummary {
  count: number;
  minutes: number;
  last?: DialogueRecord;
}

export function dialogueSummary(d: Dialogues): DialogueSummary {
  const sorted = sortDialogues(d.sessions);
  return { count: sorted.length, minutes: sorted.reduce((s, x) => s + x.minutes, 0), last: sorted[0] };
}

/** Newest first. */
export function sortDialogues(sessions: readonly DialogueRecord[]): DialogueRecord[] {
  return [...sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

export interface Sources {
  progress: Progress;
  attempts: Attempts;
  dialogues: Dialogues;
  journal: Journal;
  appreciations: Appreciations;
}

/** Every local day with some practice: a lesson finished, a quiz answered, a drill, a dialogue, a journal entry, an appreciation. */
export function practiceDays(s: Sources): Set<string> {
  const days = new Set<string>();
  const add = (iso: string | undefined) => {
    const d = parseIso(iso);
    if (d) days.add(dayKey(d));
  };
  for (const l of Object.values(s.progress.lessons)) {
    add(l.done);
    for (const q of Object.values(l.quiz ?? {})) add(q.at);
  }
  for (const d of Object.values(s.attempts.drills)) {
    for (const p of Object.values(d.prompts)) for (const a of p.attempts) add(a.at);
  }
  for (const x of s.dialogues.sessions) add(x.startedAt);
  for (const e of s.journal.entries) add(e.createdAt);
  for (const a of s.appreciations.items) days.add(a.date);
  return days;
}

export interface WeekCount {
  /** Monday of the week, `YYYY-MM-DD`. */
  start: string;
  /** Days practised that week (0 to 7). */
  days: number;
}

/** Days practised in each of the last `weeks` weeks (Monday to Sunday), oldest first, ending with this week. */
export function weeklyPractice(days: ReadonlySet<string>, now: Date, weeks = 8): WeekCount[] {
  const thisWeek = startOfWeek(now);
  const out: WeekCount[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const start = addDays(thisWeek, -7 * w);
    let n = 0;
    for (let i = 0; i < 7; i++) if (days.has(dayKey(addDays(start, i)))) n++;
    out.push({ start: dayKey(start), days: n });
  }
  return out;
}

export interface RecentReflection {
  dialogueId: string;
  date: string;
  topic: string;
  partner: string;
  reflection?: Reflection;
}

/**
 * The newest reflections, up to `n`, one item per reflection. A dialogue whose reflections are
 * locked gives one item without `reflection`, so the page can say they are locked.
 */
export function recentReflections(d: Dialogues, opened: ReadonlyMap<string, unknown>, n = 3): RecentReflection[] {
  const out: RecentReflection[] = [];
  for (const s of sortDialogues(d.sessions)) {
    const { reflections, locked } = dialogueReflections(s, opened);
    if (locked) out.push({ dialogueId: s.id, date: s.startedAt, topic: s.topic, partner: '' });
    for (const r of reflections) {
      if (![r.learned, r.pattern, r.tryNext].some((t) => t.trim())) continue;
      out.push({ dialogueId: s.id, date: s.startedAt, topic: s.topic, partner: s.partners[r.partner], reflection: r });
    }
    if (out.length >= n) break;
  }
  return out.slice(0, n);
}

export interface ContinueItem {
  kind: 'lesson' | 'drill' | 'dialogue';
  title: string;
  href: string;
  /** When this was last touched, for ordering. */
  at?: string;
}

/**
 * "Continue where you left off": an unfinished guided dialogue first, then the most recently
 * practised drill and the next lesson, newest activity first.
 */
export function continueItems(
  course: CourseProgress,
  progress: Progress,
  drills: readonly DrillPractice[],
  dialogueInProgress: boolean,
): ContinueItem[] {
  const items: ContinueItem[] = [];
  if (dialogueInProgress) items.push({ kind: 'dialogue', title: 'Your guided dialogue', href: '/practice/dialogue/' });
  const recentDrill = [...drills].filter((d) => d.lastAt).sort((a, b) => b.lastAt!.localeCompare(a.lastAt!))[0];
  const lastLessonAt = Object.values(progress.lessons).reduce<string | undefined>(
    (m, l) => (l.done && (!m || l.done > m) ? l.done : m),
    undefined,
  );
  const rest: ContinueItem[] = [];
  if (recentDrill) {
    rest.push({
      kind: 'drill',
      title: recentDrill.title,
      href: `/practice/${recentDrill.id}/`,
      at: recentDrill.lastAt,
    });
  }
  if (course.next) {
    rest.push({ kind: 'lesson', title: course.next.title, href: `/lessons/${course.next.id}/`, at: lastLessonAt });
  }
  rest.sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''));
  return [...items, ...rest];
}
