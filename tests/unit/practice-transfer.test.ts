import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/lib/practice/registry';
import { createLock } from '../../src/lib/practice/lock';
import {
  applyImport,
  buildExport,
  checkImportSize,
  describePreview,
  MAX_IMPORT_BYTES,
  parseImport,
  previewImport,
  type ImportProblem,
  type Values,
} from '../../src/lib/practice/transfer';

const fixtures = new URL('../fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');

/** Every area's fixture data: what a well-used device holds. */
function fullDevice(): Values {
  return Object.fromEntries(
    AREAS.map((spec) => {
      const path = `practice-data/${spec.key.slice(6)}.v${spec.version}.json`;
      return [spec.key, existsSync(new URL(path, fixtures)) ? JSON.parse(read(path)).data : spec.empty()];
    }),
  );
}
const now = new Date('2026-02-08T10:00:00Z');
const emptyDevice = (): Values => Object.fromEntries(AREAS.map((s) => [s.key, s.empty()]));

describe('export and import', () => {
  it('round-trips everything identically', () => {
    const device = fullDevice();
    const text = JSON.stringify(buildExport(AREAS, device, now));
    const parsed = parseImport(text, AREAS);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.values).toEqual(device);
    expect(parsed.file.exportedAt).toBe(now.toISOString());
    const applied = applyImport(AREAS, emptyDevice(), parsed.file, 'replace');
    expect(applied).toEqual({ ok: true, values: device });
    const added = applyImport(AREAS, emptyDevice(), parsed.file, 'add');
    expect(added).toEqual({ ok: true, values: device });
  });

  it('exports every registered area in its envelope', () => {
    const file = buildExport(AREAS, fullDevice(), now);
    expect(file.format).toBe('imago-practice-export');
    expect(file.version).toBe(1);
    expect(Object.keys(file.areas)).toEqual(AREAS.map((a) => a.key));
    for (const spec of AREAS) expect(file.areas[spec.key]?.v).toBe(spec.version);
  });
});

describe('refused import files (existing data untouched)', () => {
  const table: [file: string, problem: ImportProblem, message: RegExp][] = [
    ['malformed.json', 'malformed', /could not be read/],
    ['not-json.txt', 'malformed', /could not be read/],
    ['empty.json', 'empty', /empty/],
    ['proto-pollution.json', 'hostile', /not practice data/],
    ['constructor-prototype.json', 'hostile', /not practice data/],
    ['top-level-proto.json', 'hostile', /not practice data/],
    ['wrong-format.json', 'not-export', /does not look like an Imago Practice export/],
    ['array-root.json', 'not-export', /does not look like/],
    ['areas-not-object.json', 'not-export', /does not look like/],
    ['unknown-areas-only.json', 'not-export', /no practice data/],
    ['no-version.json', 'wrong-version', /version is not one/],
    ['version-zero.json', 'wrong-version', /version is not one/],
    ['version-string.json', 'wrong-version', /version is not one/],
    ['version-fraction.json', 'wrong-version', /version is not one/],
    ['newer-file.json', 'newer', /newer version/],
    ['newer-area.json', 'newer', /file’s trigger journal came from a newer version/],
    ['damaged-area.json', 'damaged', /your trigger journal\) is damaged/],
    ['area-without-envelope.json', 'damaged', /your lesson progress\) is damaged/],
    ['html-injection-id.json', 'damaged', /appreciations\) is damaged/],
  ];

  it.each(table)('%s → %s', (file, problem, message) => {
    const result = parseImport(read(`import/${file}`), AREAS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe(problem);
    expect(result.message).toMatch(message);
    expect(result.message).toMatch(/Nothing on this device was changed\.$/);
  });

  it('refuses an oversized file before reading it, and oversized text too', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, problem: 'too-large' });
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
    const padding = 'x'.repeat(MAX_IMPORT_BYTES);
    const text = JSON.stringify({ ...buildExport(AREAS, fullDevice(), now), padding });
    expect(parseImport(text, AREAS)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('refuses absurdly deep nesting', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const text = `{"format":"imago-practice-export","version":1,"areas":{"imago:progress":{"v":1,"data":${deep}}}}`;
    expect(parseImport(text, AREAS)).toMatchObject({ ok: false, problem: 'hostile' });
  });

  it('refuses text longer than an area allows', () => {
    const file = buildExport(AREAS, fullDevice(), now);
    const journal = file.areas['imago:journal']!.data as { entries: { content: { situation: string } }[] };
    journal.entries[0]!.content.situation = 'x'.repeat(2001);
    expect(parseImport(JSON.stringify(file), AREAS)).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('does not pollute any prototype while checking', () => {
    parseImport(read('import/proto-pollution.json'), AREAS);
    parseImport(read('import/constructor-prototype.json'), AREAS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).done).toBeUndefined();
  });

  it('skips (and lists) areas it does not know next to ones it does', () => {
    const file = buildExport(AREAS, fullDevice(), now) as unknown as { areas: Record<string, unknown> };
    file.areas['imago:from-the-future'] = { v: 1, data: {} };
    const result = parseImport(JSON.stringify(file), AREAS);
    expect(result.ok && result.file.skipped).toEqual(['imago:from-the-future']);
  });
});

describe('import preview and modes', () => {
  const device = fullDevice();
  const other = (): Values => {
    const v = structuredClone(device) as Record<string, Record<string, unknown>>;
    const items = v['imago:appreciations']!.items as { id: string; text: string }[];
    items[0]!.text = 'Changed in the file';
    items.push({ ...items[1]!, id: 'a3', text: 'Only in the file' });
    (v['imago:progress']!.lessons as Record<string, unknown>)['empathy'] = { done: '2026-02-08T09:00:00.000Z' };
    return v;
  };

  it('says what will be added, replaced and kept', () => {
    const parsed = parseImport(JSON.stringify(buildExport(AREAS, other(), now)), AREAS);
    if (!parsed.ok) throw new Error(parsed.message);
    const mine = structuredClone(device) as Record<string, Record<string, unknown>>;
    (mine['imago:appreciations']!.items as unknown[]).push({
      id: 'a9',
      date: '2026-02-08',
      direction: 'given',
      text: 'Only here',
      createdAt: '2026-02-08T08:00:00.000Z',
    });
    const preview = previewImport(AREAS, mine, parsed.file);
    const appreciations = preview.find((p) => p.key === 'imago:appreciations')!;
    expect(appreciations).toMatchObject({ added: 1, replaced: 1, unchanged: 1, onlyHere: 1 });
    expect(preview.find((p) => p.key === 'imago:progress')).toMatchObject({ added: 1, unchanged: 2 });
    expect(preview.find((p) => p.key === 'imago:journal')).toMatchObject({ added: 0, replaced: 0, unchanged: 1 });
  });

  it('puts the preview in words', () => {
    const parsed = parseImport(JSON.stringify(buildExport(AREAS, other(), now)), AREAS);
    if (!parsed.ok) throw new Error(parsed.message);
    const mine = { ...device, 'imago:schedule': {} };
    const preview = previewImport(AREAS, mine, parsed.file);
    expect(describePreview(preview, 'add').changes).toEqual([
      'Lesson progress: 1 lesson added.',
      'Appreciations: 1 appreciation added, 1 appreciation replaced by the file’s version.',
      'Dialogue schedule: 1 schedule added.',
    ]);
    const emptyFile = parseImport(JSON.stringify(buildExport(AREAS, emptyDevice(), now)), AREAS);
    if (!emptyFile.ok) throw new Error(emptyFile.message);
    const replace = describePreview(previewImport(AREAS, device, emptyFile.file), 'replace');
    expect(replace.changes).toContain('Trigger journal: 1 entry only on this device removed.');
    expect(replace.same).not.toContain('trigger journal');
  });

  it('"add" keeps what is only here; "replace" makes the device match the file', () => {
    const parsed = parseImport(JSON.stringify(buildExport(AREAS, other(), now)), AREAS);
    if (!parsed.ok) throw new Error(parsed.message);
    const mine = structuredClone(device) as Record<string, Record<string, unknown>>;
    (mine['imago:appreciations']!.items as unknown[]).push({
      id: 'a9',
      date: '2026-02-08',
      direction: 'given',
      text: 'Only here',
      createdAt: '2026-02-08T08:00:00.000Z',
    });
    const added = applyImport(AREAS, mine, parsed.file, 'add');
    if (!added.ok) throw new Error(added.message);
    const texts = (added.values['imago:appreciations'] as { items: { text: string }[] }).items.map((i) => i.text);
    expect(texts).toEqual(['Changed in the file', 'You said you liked my cooking.', 'Only here', 'Only in the file']);
    const replaced = applyImport(AREAS, mine, parsed.file, 'replace');
    if (!replaced.ok) throw new Error(replaced.message);
    expect(replaced.values).toEqual(parsed.file.values);
  });

  it('refuses to add entries locked with a different passphrase, but can replace', async () => {
    const here = await createLock('passphrase here', { iterations: 1000 });
    const there = await createLock('passphrase there', { iterations: 1000 });
    const mine = { ...device, 'imago:settings': { lock: here.config } };
    const theirs = { ...device, 'imago:settings': { lock: there.config } };
    const parsed = parseImport(JSON.stringify(buildExport(AREAS, theirs, now)), AREAS);
    if (!parsed.ok) throw new Error(parsed.message);
    const added = applyImport(AREAS, mine, parsed.file, 'add');
    expect(added.ok).toBe(false);
    expect(!added.ok && added.message).toMatch(/different passphrase/);
    expect(applyImport(AREAS, mine, parsed.file, 'replace').ok).toBe(true);
  });

  it('keeps this device’s lock when adding a file with an older copy of it', async () => {
    const lock = await createLock('passphrase here', { iterations: 1000 });
    const older = { ...lock.config, iv: 'AAAAAAAAAAAAAAAA' };
    const parsed = parseImport(
      JSON.stringify(buildExport(AREAS, { ...device, 'imago:settings': { lock: older } }, now)),
      AREAS,
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const added = applyImport(AREAS, { ...device, 'imago:settings': { lock: lock.config } }, parsed.file, 'add');
    expect(added.ok && added.values['imago:settings']).toEqual({ lock: lock.config });
    const adopted = applyImport(AREAS, device, parsed.file, 'add');
    expect(adopted.ok && adopted.values['imago:settings']).toEqual({ lock: older });
  });
});
