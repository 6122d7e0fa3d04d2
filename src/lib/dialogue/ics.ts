/**
 * One calendar event (RFC 5545) for a dialogue the couple agreed to have later, so the reminder
 * lives in their own calendar. The time is "floating" (no time zone): 19:00 stays 19:00 wherever
 * the calendar is.
 */

export interface Appointment {
  /** Stable id of the event, e.g. the session id: downloading again updates the same event. */
  uid: string;
  /** Local date and time, `YYYY-MM-DDTHH:mm`. */
  at: string;
  minutes: number;
  title: string;
  description: string;
  /** When the file was made. */
  stamp: Date;
}

/** The text of an .ics file with one event and a reminder 10 minutes before; null if `at` is not a date and time. */
export function appointmentIcs(a: Appointment): string | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(a.at);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  // Date.UTC is only used as a calculator here, so adding minutes ignores the host's time zone.
  const startMs = Date.UTC(y, mo - 1, d, h, mi);
  const start = new Date(startMs);
  if (start.getUTCDate() !== d || start.getUTCMonth() !== mo - 1 || h > 23 || mi > 59) return null;
  const end = new Date(startMs + Math.max(1, Math.round(a.minutes)) * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Imago Practice//Guided dialogue//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(a.uid)}@imago-practice`,
    `DTSTAMP:${utc(a.stamp)}`,
    `DTSTART:${floating(start)}`,
    `DTEND:${floating(end)}`,
    `SUMMARY:${escapeText(a.title)}`,
    `DESCRIPTION:${escapeText(a.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT10M',
    `DESCRIPTION:${escapeText(a.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A file name for the download, e.g. `dialogue-2026-03-14-1900.ics`. */
export function icsFileName(at: string): string {
  return `dialogue-${at.replace('T', '-').replace(':', '')}.ics`;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function floating(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

function utc(d: Date): string {
  return `${floating(d)}Z`;
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks; drops other control characters. */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
    .replace(/\p{Cc}/gu, '');
}

/** Folds a content line to at most 75 octets per line, never splitting a UTF-8 character. */
export function fold(line: string): string {
  const enc = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
