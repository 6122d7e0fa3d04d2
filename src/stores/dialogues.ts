/** Finished guided dialogues, persisted in this browser. Reflections are sealed while the lock is on. */
import { dialoguesArea, saveDialogue, type DialogueRecord } from '../lib/practice/dialogues';
import { registerSealedStore } from './lock';
import { createAreaStore, flushStore } from './persist';

export const $dialogues = createAreaStore(dialoguesArea);
registerSealedStore($dialogues);

/** Saves a finished dialogue, and writes it at once: it is not typing, and it matters. */
export function recordDialogue(record: DialogueRecord): void {
  $dialogues.set(saveDialogue($dialogues.get(), record));
  flushStore($dialogues);
}
