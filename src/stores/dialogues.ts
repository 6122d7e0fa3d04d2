/** Finished guided dialogues, persisted in this browser. */
import { dialoguesArea, saveDialogue, type DialogueRecord } from '../lib/practice/dialogues';
import { createAreaStore } from './persist';

export const $dialogues = createAreaStore(dialoguesArea);

export function recordDialogue(record: DialogueRecord): void {
  $dialogues.set(saveDialogue($dialogues.get(), record));
}
