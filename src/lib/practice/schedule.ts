/**
 * A regular time for a dialogue: days of the week and a time of day. Reminders live in the
 * person's own calendar: `buildIcs` makes an iCalendar file with a weekly recurring event, and the
 * dashboard shows a gentle "a dialogue is due" note from `dueStatus`. No server, no push.
 */
import * as z from 'zod/mini';
import { isPlainObject, type AreaSpec } from './area';
import { addDays, day, parseDay, parseIso, startOfDay } from './dates';
import { escapeText, fold } from '../dialogue/ics';
import { iso, itemId } from './fields';

/** iCalendar weekday codes, Monday first; index + 1 matches `(Date.getDay() + 6) % 7 + 1`. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export const planSchema = z.object({
  /** Stable id: the calendar event's UID, so a re-downloaded file updates the same event. */
  id: itemId,
  days: z.array(z.enum(WEEKDAYS)).check(
    z.minLength(1),
    z.maxLength(7),
    z.refine((d) => new Set(d).size === d.length, 'Each day once.'),
  ),
  /** Local time of day, `HH:MM` (24-hour). */
  time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  minutes: z.number().check(z.int(), z.minimum(5), z.maximum(180)),
  /** Minutes before the dialogue the calendar should remind; 0 for no reminder. */
  remindBefore: z.number().check(z.int(), z.minimum(0), z.maximum(1440)),
  /** First day the plan applies. */
  startDate: day,
  updatedAt: iso,
});
export type Plan = z.infer<typeof planSchema>;

export const scheduleSchema = z.object({ plan: z.optional(planSchema) });
export type Schedule = z.infer<typeof scheduleSchema>;

export const scheduleArea: AreaSpec<Schedule> = {
  key: 'imago:schedule',
  description: 'The days and time you chose for a regular dialogue, its length and the reminder you asked for.',
  version: 1,
  schema: scheduleSchema,
  empty: () => ({}),
  title: 'dialogue schedule',
  noun: ['schedule', 'schedules'],
  items: (s) => (s.plan ? { plan: s.plan } : {}),
  salvage: (data) => {
    const plan = z.safeParse(planSchema, isPlainObject(data) ? data.plan : undefined);
    return plan.success ? { plan: plan.data } : {};
  },
};

const weekdayOf = (d: Date): Weekday => WEEKDAYS[(d.getDay() + 6) % 7]!;

function atTime(d: Date, time: string): Date {
  const [h, m] = time.split(':').map(Number);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, m);
}

/** Sorts days Monday first, as calendars and people list them. */
export function sortDays(days: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((d) => days.includes(d));
}

/** The first scheduled dialogue at or after `from` (local time), if the plan has any days. */
export function nextOccurrence(plan: Plan, from: Date): Date | undefined {
  const start = parseDay(plan.startDate);
  for (let i = 0; i < 8; i++) {
    const d = addDays(startOfDay(from), i);
    if (d < start || !plan.days.includes(weekdayOf(d))) continue;
    const at = atTime(d, plan.time);
    if (at >= from) return at;
  }
  // `from` is before the start date by more than a week.
  for (let i = 0; i < 7; i++) {
    const d = addDays(start, i);
    if (plan.days.includes(weekdayOf(d))) return atTime(d, plan.time);
  }
  return undefined;
}

/** The latest scheduled dialogue before `now`, if any since the plan started. */
export function previousOccurrence(plan: Plan, now: Date): Date | undefined {
  const start = parseDay(plan.startDate);
  for (let i = 0; i < 8; i++) {
    const d = addDays(startOfDay(now), -i);
    if (d < start) return undefined;
    if (!plan.days.includes(weekdayOf(d))) continue;
    const at = atTime(d, plan.time);
    if (at <= now) return at;
  }
  return undefined;
}

export type DueStatus = { kind: 'none' } | { kind: 'due'; since: Date } | { kind: 'upcoming'; at: Date };

/** How long after a missed time the "due" note stays up before it quietly gives way to the next one. */
export const DUE_FOR_DAYS = 2;

/**
 * Whether a dialogue is due: a scheduled time has passed in the last two days and no dialogue
 * was held that day or since. Otherwise the next scheduled time.
 */
export function dueStatus(schedule: Schedule, dialogueDates: readonly string[], now: Date): DueStatus {
  const plan = schedule.plan;
  if (!plan) return { kind: 'none' };
  const last = previousOccurrence(plan, now);
  if (last && now.getTime() - last.getTime() <= DUE_FOR_DAYS * 86_400_000) {
    const dayStart = startOfDay(last);
    const held = dialogueDates.some((s) => {
      const d = parseIso(s);
      return d !== undefined && d >= dayStart;
    });
    if (!held) return { kind: 'due', since: last };
  }
  const next = nextOccurrence(plan, new Date(now.getTime() + 1000));
  return next ? { kind: 'upcoming', at: next } : { kind: 'none' };
}

// iCalendar (RFC 5545); escaping and folding are shared with the guided dialogue's event.

const pad = (n: number) => String(n).padStart(2, '0');

/** Floating local date-time (no zone): the event happens at that clock time wherever the person is. */
function icsLocal(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}T${pad(d.getHours())}${pad(d.getMinutes())}00`;
}

function icsUtc(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(
    d.getUTCMinutes(),
  )}${pad(d.getUTCSeconds())}Z`;
}

/** The weekly RRULE for a plan, e.g. `FREQ=WEEKLY;WKST=MO;BYDAY=MO,TH`. */
export function rrule(plan: Plan): string {
  return `FREQ=WEEKLY;WKST=MO;BYDAY=${sortDays(plan.days).join(',')}`;
}

/**
 * An iCalendar file with one weekly recurring event (and a reminder alarm unless turned off).
 * The first occurrence is the first scheduled day on or after the plan's start date, so DTSTART
 * matches the rule as RFC 5545 asks.
 */
export function buildIcs(plan: Plan, now: Date, siteUrl = 'https://imago-practice.example/my-practice/'): string {
  const first = nextOccurrence(plan, parseDay(plan.startDate));
  if (!first) throw new Error('A plan needs at least one day.');
  const description =
    'Time for your Imago Dialogue. Ask your partner if now is a good time, then take turns: one speaks, one mirrors, validates and empathises.\n' +
    `Open your practice: ${siteUrl}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Imago Practice//Scheduled dialogue//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${plan.id}@imago-practice`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART:${icsLocal(first)}`,
    `DURATION:PT${plan.minutes}M`,
    `RRULE:${rrule(plan)}`,
    `SUMMARY:${escapeText('Imago Dialogue with your partner')}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:OPAQUE',
  ];
  if (plan.remindBefore > 0) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText('Your Imago Dialogue starts soon')}`,
      `TRIGGER:-PT${plan.remindBefore}M`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** "Mondays and Thursdays at 19:30". */
export function describePlan(plan: Plan): string {
  const names = sortDays(plan.days).map((d) => `${WEEKDAY_NAMES[d]}s`);
  const list =
    names.length === 7
      ? 'Every day'
      : names.length <= 1
        ? (names[0] ?? '')
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} at ${plan.time}`;
}
