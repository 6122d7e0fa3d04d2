import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/lib/practice/registry';
import { BACKUP_SUFFIX, storedItems, THEME_KEY } from '../../src/lib/privacy';

describe('what the privacy page lists', () => {
  it('names every registered practice-data area, the theme and the backups', () => {
    const keys = storedItems(AREAS).map((i) => i.key);
    for (const area of AREAS) expect(keys).toContain(area.key);
    expect(keys).toContain(THEME_KEY);
    expect(keys).toContain(`<key>${BACKUP_SUFFIX}`);
  });

  it('has a plain description for every registered area', () => {
    // A new area needs a `description`: the privacy page must say what it holds.
    for (const area of AREAS) expect(area.description, area.key).toMatch(/\w{3,}.*\./);
  });

  it('falls back to a description made from the key for an undocumented area', () => {
    expect(storedItems([{ key: 'imago:trigger-journal' }])[0]).toEqual({
      key: 'imago:trigger-journal',
      holds: 'Your saved trigger journal.',
    });
  });

  it('keeps every key in the imago: namespace', () => {
    for (const item of storedItems(AREAS)) expect(item.key).toMatch(/^(imago:|<key>:)/);
  });
});
