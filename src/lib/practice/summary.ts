/** The printable summary for a therapist: what the person chose, in date order, with its period. */
import { dialogueReflections, type DialogueRecord, type Dialogues, type Reflection } from './dialogues';
import { entryContent, type Journal, type JournalContent } from './journal';
import { sortDialogues } from './stats';

export interface SummaryChoice {
  /** Dialogue ids to include. */
  dialogues: ReadonlySet<string>;
  reflections: boolean;
  /** Journal entry ids to include. */
  entries: ReadonlySet<string>;
}

export interface SummaryDialogue {
  record: DialogueRecord;
  reflections: Reflection[];
}

export interface SummaryEntry {
  id: string;
  createdAt: string;
  content: JournalContent;
}

export interface SummaryModel {
  dialogues: SummaryDialogue[];
  entries: SummaryEntry[];
  /** First and last day covered by the chosen items (ISO), if any were chosen. */
  from?: string;
  to?: string;
}

/**
 * The chosen dialogues and readable journal entries, oldest first (a therapist reads a story
 * forwards). Locked entries are never included: they cannot be read.
 */
export function buildSummary(
  choice: SummaryChoice,
  dialogues: Dialogues,
  journal: Journal,
  opened: ReadonlyMap<string, unknown>,
): SummaryModel {
  const ds = sortDialogues(dialogues.sessions)
    .reverse()
    .filter((d) => choice.dialogues.has(d.id))
    .map((record) => ({
      record,
      reflections: choice.reflections ? dialogueReflections(record, opened).reflections : [],
    }));
  const es = [...journal.entries]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .filter((e) => choice.entries.has(e.id))
    .flatMap((e) => {
      const content = entryContent(e, opened);
      return content ? [{ id: e.id, createdAt: e.createdAt, content }] : [];
    });
  const dates = [...ds.map((d) => d.record.startedAt), ...es.map((e) => e.createdAt)].sort();
  return { dialogues: ds, entries: es, from: dates[0], to: dates[dates.length - 1] };
}

/** A short label for choosing an entry: its first words. */
export function firstWords(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}
