/** The trigger journal, persisted in this browser; entries are sealed while the lock is on. */
import { newId } from '../lib/practice/fields';
import { deleteEntry, journalArea, saveEntry, type JournalContent } from '../lib/practice/journal';
import { registerSealedStore } from './lock';
import { createAreaStore } from './persist';

export const $journal = createAreaStore(journalArea);
registerSealedStore($journal);

/** Saves an entry (a new one without `id`); returns its id. */
export function saveJournalEntry(content: JournalContent, id: string = newId(), now: Date = new Date()): string {
  $journal.set(saveEntry($journal.get(), id, content, now.toISOString()));
  return id;
}

export function deleteJournalEntry(id: string): void {
  $journal.set(deleteEntry($journal.get(), id));
}
