/** The appreciations log, persisted in this browser. */
import {
  addAppreciation,
  appreciationsArea,
  deleteAppreciation,
  type Appreciation,
} from '../lib/practice/appreciations';
import { newId } from '../lib/practice/fields';
import { createAreaStore } from './persist';

export const $appreciations = createAreaStore(appreciationsArea);

/** Logs an appreciation; returns its id. */
export function logAppreciation(
  item: Pick<Appreciation, 'date' | 'direction' | 'text'>,
  now: Date = new Date(),
): string {
  const id = newId();
  $appreciations.set(addAppreciation($appreciations.get(), { ...item, id, createdAt: now.toISOString() }));
  return id;
}

export function removeAppreciation(id: string): void {
  $appreciations.set(deleteAppreciation($appreciations.get(), id));
}
