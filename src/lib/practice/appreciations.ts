/** Appreciations given and received: a simple log ("One thing I appreciate about you is..."). */
import * as z from 'zod/mini';
import { isPlainObject, keepValidItems, type AreaSpec } from './area';
import { day } from './dates';
import { iso, itemId, text } from './fields';

export const MAX_APPRECIATION = 1000;

export const appreciationSchema = z.object({
  id: itemId,
  /** The day it was said. */
  date: day,
  direction: z.enum(['given', 'received']),
  text: text(MAX_APPRECIATION),
  createdAt: iso,
});
export type Appreciation = z.infer<typeof appreciationSchema>;

export const appreciationsSchema = z.object({ items: z.array(appreciationSchema) });
export type Appreciations = z.infer<typeof appreciationsSchema>;

export const appreciationsArea: AreaSpec<Appreciations> = {
  key: 'imago:appreciations',
  description: 'Appreciations you noted as given or received: the words and the day.',
  version: 1,
  schema: appreciationsSchema,
  empty: () => ({ items: [] }),
  title: 'appreciations',
  noun: ['appreciation', 'appreciations'],
  items: (a) => Object.fromEntries(a.items.map((x) => [x.id, x])),
  salvage: (data) => ({ items: keepValidItems(isPlainObject(data) ? data.items : undefined, appreciationSchema) }),
};

export function addAppreciation(a: Appreciations, item: Appreciation): Appreciations {
  return { ...a, items: [...a.items.filter((x) => x.id !== item.id), item] };
}

export function deleteAppreciation(a: Appreciations, id: string): Appreciations {
  return { ...a, items: a.items.filter((x) => x.id !== id) };
}

/** Newest first: by day, then by when it was written down. */
export function sortAppreciations(items: readonly Appreciation[]): Appreciation[] {
  return [...items].sort((x, y) => y.date.localeCompare(x.date) || y.createdAt.localeCompare(x.createdAt));
}
