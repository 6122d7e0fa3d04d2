import { describe, expect, it } from 'vitest';
import {
  buildIcs,
  describePlan,
  dueStatus,
  nextOccurrence,
  previousOccurrence,
  rrule,
  type Plan,
} from '../../src/lib/practice/schedule';

// 2026-03-02 is a Monday. Dates are built in local time, as the page uses them.
const plan: Plan = {
  id: 'plan-1',
  days: ['TH', 'MO'],
  time: '19:30',
  minutes: 30,
  remindBefore: 15,
  startDate: '2026-03-02',
  updatedAt: '2026-03-01T10:00:00.000Z',
};
const local = (d: number, h = 12, m = 0) => new Date(2026, 2, d, h, m);

describe('occurrences', () => {
  it('finds the next scheduled time', () => {
    expect(nextOccurrence(plan, local(2, 12))).toEqual(local(2, 19, 30)); // later the same Monday
    expect(nextOccurrence(plan, local(2, 20))).toEqual(local(5, 19, 30)); // then Thursday
    expect(nextOccurrence(plan, local(6))).toEqual(local(9, 19, 30)); // then next Monday
    expect(nextOccurrence(plan, new Date(2026, 1, 1))).toEqual(local(2, 19, 30)); // not before the start
  });

  it('finds the previous scheduled time', () => {
    expect(previousOccurrence(plan, local(6))).toEqual(local(5, 19, 30));
    expect(previousOccurrence(plan, local(2, 12))).toBeUndefined(); // before the first one
  });

  it('says a dialogue is due after a missed time, until one is held that day or later', () => {
    const now = local(5, 21); // Thursday evening, after 19:30
    expect(dueStatus({ plan }, [], now)).toEqual({ kind: 'due', since: local(5, 19, 30) });
    const heldEarlierThatDay = new Date(2026, 2, 5, 8).toISOString();
    expect(dueStatus({ plan }, [heldEarlierThatDay], now).kind).toBe('upcoming');
    const heldMonday = local(2, 19, 40).toISOString();
    expect(dueStatus({ plan }, [heldMonday], now).kind).toBe('due');
  });

  it('lets a missed dialogue go quietly after two days and shows the next one', () => {
    const weekly: Plan = { ...plan, days: ['MO'] };
    expect(dueStatus({ plan: weekly }, [], local(5, 12))).toEqual({ kind: 'upcoming', at: local(9, 19, 30) });
  });

  it('has nothing to say without a plan', () => {
    expect(dueStatus({}, [], local(5))).toEqual({ kind: 'none' });
  });

  it('describes a plan in words', () => {
    expect(describePlan(plan)).toBe('Mondays and Thursdays at 19:30');
    expect(describePlan({ ...plan, days: ['SU'] })).toBe('Sundays at 19:30');
    expect(describePlan({ ...plan, days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] })).toBe('Every day at 19:30');
  });
});

describe('the .ics file', () => {
  const ics = buildIcs(plan, new Date(Date.UTC(2026, 2, 1, 9, 5, 7)));
  const lines = ics.split('\r\n');

  it('is a calendar with one weekly recurring event starting on the first scheduled day', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,TH');
    expect(lines).toContain('DTSTART:20260302T193000'); // floating local time: no Z, no TZID
    expect(lines).toContain('DURATION:PT30M');
    expect(lines).toContain('DTSTAMP:20260301T090507Z');
    expect(lines).toContain('UID:plan-1@imago-practice');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('starts on a scheduled day even when the start date is not one', () => {
    const later = buildIcs({ ...plan, startDate: '2026-03-03' }, new Date());
    expect(later).toContain('DTSTART:20260305T193000');
  });

  it('carries a reminder unless turned off', () => {
    expect(lines).toContain('TRIGGER:-PT15M');
    expect(buildIcs({ ...plan, remindBefore: 0 }, new Date())).not.toContain('VALARM');
  });

  it('uses CRLF and folds lines to 75 octets', () => {
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    const enc = new TextEncoder();
    for (const l of lines) expect(enc.encode(l).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toMatch(
      /DESCRIPTION:Time for your Imago Dialogue\. Ask your partner if now is a good time\\, then/,
    );
  });

  it('writes the rule with days in calendar order', () => {
    expect(rrule({ ...plan, days: ['SU', 'WE', 'MO'] })).toBe('FREQ=WEEKLY;WKST=MO;BYDAY=MO,WE,SU');
  });
});
