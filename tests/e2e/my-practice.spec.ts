import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';
import { seed, seedData } from './practice-seed';

const fixture = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;

/** Every practice key in localStorage (the theme choice aside), parsed. */
async function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith('imago:') && k !== 'imago:theme') out[k] = JSON.parse(localStorage.getItem(k)!);
    }
    return out;
  });
}

async function seeded(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(seed, seedData(new Date()));
  await page.reload();
}

async function exportFile(page: Page): Promise<{ path: string; json: Record<string, unknown> }> {
  const button = await hydrated(page.getByRole('button', { name: 'Download everything (.json)' }));
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  expect(download.suggestedFilename()).toMatch(/^imago-practice-\d{4}-\d{2}-\d{2}\.json$/);
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

test.describe('journal', () => {
  test('an entry written survives a reload', async ({ page }) => {
    await page.goto('/my-practice/journal/');
    await (await hydrated(page.getByRole('button', { name: 'Write a new entry' }))).click();
    await page.getByLabel('What happened?').fill('They laughed when I tripped on the stairs.');
    await page.getByRole('button', { name: 'Choose feeling words' }).click();
    await page.getByRole('button', { name: 'Hurt', exact: true }).click();
    await page.getByRole('button', { name: 'belittled', exact: true }).click();
    await page.getByLabel('Or add your own word').fill('small');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('heat in my face').check();
    await page.getByLabel('How strong was it?').fill('8');
    await page.getByLabel('What does it remind me of?').fill('Being teased at school.');
    await page.getByLabel('What did I need underneath?').fill('Kindness when I get it wrong.');
    await page.getByLabel('Tags').fill('Home, teasing');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your entry is saved.' })).toBeAttached();

    await page.reload();
    const entry = page.getByRole('article').filter({ hasText: 'They laughed when I tripped' });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText('intensity 8 of 10');
    await expect(entry).toContainText('belittled, small');
    await expect(entry).toContainText('heat in my face');
    await expect(entry).toContainText('teasing');
  });

  test('entries can be filtered by tag, edited and deleted', async ({ page }) => {
    await seeded(page, '/my-practice/journal/');
    const filter = await hydrated(page.getByLabel('Show'));
    await expect(page.getByRole('article')).toHaveCount(3);
    await filter.selectOption({ label: 'Tagged “phones”' });
    await expect(page.getByRole('article')).toHaveCount(2);
    await filter.selectOption({ label: 'All entries' });

    const entry = page.getByRole('article').filter({ hasText: 'weekend changed' });
    await entry.getByRole('button', { name: /^Edit/ }).click();
    await page.getByLabel('What happened?').fill('The weekend plan changed without me.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('article').filter({ hasText: 'without me.' })).toBeVisible();

    const short = page.getByRole('article').filter({ hasText: 'A short reply' });
    await short.getByRole('button', { name: /^Delete/ }).click();
    await short.getByRole('button', { name: 'Delete it' }).click();
    await expect(page.getByRole('article')).toHaveCount(2);
    await page.reload();
    await expect(await hydrated(page.getByRole('heading', { name: 'Your entries' }))).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(2);
  });

  test('patterns show the most frequent feelings and intensity over time', async ({ page }) => {
    await seeded(page, '/my-practice/journal/');
    const patterns = page.getByRole('region', { name: 'Patterns' });
    await expect(
      patterns.getByRole('list', { name: 'Feelings that come up most' }).getByRole('listitem').first(),
    ).toHaveText('hurt 2 times');
    await expect(patterns.getByRole('img', { name: /Intensity from 0 to 10, oldest first: 7, 5, 4\./ })).toBeVisible();
  });
});

test('export, delete everything, import: everything comes back identically', async ({ page }) => {
  await seeded(page, '/my-practice/data/');
  const before = await stored(page);
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(6);
  const first = await exportFile(page);
  expect(Object.keys(first.json.areas as object)).toContain('imago:journal');

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything was deleted from this browser.')).toBeVisible();
  expect(await stored(page)).toEqual({});
  await page.reload();
  expect(await stored(page)).toEqual({});

  await (await hydrated(page.getByLabel('Export file'))).setInputFiles(first.path);
  await expect(page.getByRole('listitem').filter({ hasText: 'Trigger journal: 3 entries added.' })).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported. The file’s entries were added to what was here.')).toBeVisible();

  expect(await stored(page)).toEqual(before);
  const second = await exportFile(page);
  expect(second.json.areas).toEqual(first.json.areas);
  await page.goto('/my-practice/journal/');
  await expect(page.getByRole('article')).toHaveCount(3);
});

test.describe('bad import files are refused and nothing changes', () => {
  for (const [file, message] of [
    ['malformed.json', /could not be read/],
    ['proto-pollution.json', /not practice data/],
    ['newer-file.json', /newer version/],
    ['wrong-format.json', /does not look like an Imago Practice export/],
    ['damaged-area.json', /is damaged/],
  ] as const) {
    test(file, async ({ page }) => {
      await seeded(page, '/my-practice/data/');
      const before = await stored(page);
      await (await hydrated(page.getByLabel('Export file'))).setInputFiles(fixture(file));
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: message })).toContainText(
        'Nothing on this device was changed.',
      );
      await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
      expect(await stored(page)).toEqual(before);
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    });
  }
});

test('a value corrupted by hand: the page works, keeps what it can and says what happened', async ({ page }) => {
  await page.goto('/my-practice/journal/');
  const good = {
    id: 'good',
    createdAt: '2026-02-06T21:00:00.000Z',
    updatedAt: '2026-02-06T21:00:00.000Z',
    content: {
      situation: 'This one is fine.',
      feelings: ['sad'],
      body: [],
      intensity: 3,
      reminds: '',
      needed: '',
      request: '',
      tags: [],
    },
  };
  const damaged = JSON.stringify({ v: 1, data: { entries: [good, { id: 7, content: 'garbage' }] } });
  await page.evaluate(
    ([journal]) => {
      localStorage.setItem('imago:journal', journal!);
      localStorage.setItem('imago:progress', '{"v":1,"data":{"lessons":');
    },
    [damaged],
  );
  await page.reload();
  await expect(page.getByRole('article').filter({ hasText: 'This one is fine.' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'Something needs your attention' });
  await expect(notice).toContainText('Part of your saved trigger journal was damaged.');
  expect(await page.evaluate(() => localStorage.getItem('imago:journal:backup'))).toBe(damaged);

  await page.goto('/my-practice/');
  await expect(page.getByRole('heading', { name: 'Course progress' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'The saved lesson progress could not be read' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'See the copy that was set aside' }).click();
  const setAside = page.getByRole('region', { name: 'Copies set aside' });
  await expect(setAside).toContainText('Your lesson progress');
  await expect(setAside).toContainText('Your trigger journal');
  await (
    await hydrated(setAside.getByRole('button', { name: 'Remove the set-aside copy of your trigger journal' }))
  ).click();
  await expect(setAside).not.toContainText('Your trigger journal');
  expect(await page.evaluate(() => localStorage.getItem('imago:journal:backup'))).toBeNull();
});

test('two open tabs stay in sync without overwriting each other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/my-practice/appreciations/');
  await b.goto('/my-practice/appreciations/');
  const write = async (page: Page, text: string) => {
    await (await hydrated(page.getByLabel('What was said'))).fill(text);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
  };
  // Both within the write pause: neither has stored its change when the other saves.
  await write(a, 'Thank you for the tea.');
  await write(b, 'Thank you for listening.');
  for (const page of [a, b]) {
    await expect(page.getByRole('listitem').filter({ hasText: 'Thank you for the tea.' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Thank you for listening.' })).toBeVisible();
  }
  await expect.poll(async () => (await stored(a))['imago:appreciations']).toMatchObject({ data: { items: [{}, {}] } });
  const reloaded = await context.newPage();
  await reloaded.goto('/my-practice/appreciations/');
  await expect(reloaded.getByRole('listitem').filter({ hasText: 'Thank you for' })).toHaveCount(2);
});

test('lock and unlock the journal', async ({ page }) => {
  test.slow(); // PBKDF2 with 600,000 iterations, three times
  await seeded(page, '/my-practice/data/');
  const lock = page.getByRole('region', { name: 'Lock your journal and reflections' });
  await expect(lock).toContainText('cannot be read by anyone, including you');
  await (await hydrated(lock.getByLabel('Passphrase', { exact: true }))).fill('blue kettle morning');
  await lock.getByLabel('The same passphrase again').fill('blue kettle morning');
  await lock.getByRole('button', { name: 'Lock my journal and reflections' }).click();
  await expect(lock.getByRole('alert')).toContainText('tick the box');
  await lock.getByLabel(/I understand/).check();
  await lock.getByRole('button', { name: 'Lock my journal and reflections' }).click();
  await expect(lock.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 20_000 });

  await expect.poll(async () => JSON.stringify(await stored(page))).not.toContain('checked their phone');
  const raw = JSON.stringify(await stored(page));
  expect(raw).not.toContain('rush to fix things');
  expect(raw).not.toContain('blue kettle');
  expect(raw).toContain('"sealed":"s1.');

  await page.goto('/my-practice/journal/');
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  await expect(page.getByText('checked their phone')).toHaveCount(0);
  await expect(page.getByRole('article', { name: /Locked entry/ })).toHaveCount(3);

  await page.getByLabel('Passphrase').fill('blue kettle evening');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase did not open your entries', { timeout: 20_000 });

  await page.getByLabel('Passphrase').fill('blue kettle morning');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('They checked their phone')).toBeVisible({ timeout: 20_000 });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  await expect(page.getByText('They checked their phone')).toHaveCount(0);

  await page.goto('/my-practice/');
  await expect(page.getByRole('region', { name: 'Recent reflections' })).toContainText('Locked with your passphrase.');
});

test('the schedule makes an .ics file with a weekly rule and the dashboard knows the next time', async ({ page }) => {
  await page.goto('/my-practice/schedule/');
  await (await hydrated(page.getByLabel('Tuesday'))).check();
  await page.getByLabel('Saturday').check();
  await page.getByLabel('Time', { exact: true }).fill('20:15');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Tuesdays and Saturdays at 20:15').first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('imago-dialogue.ics');
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics).toContain('RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=TU,SA');
  expect(ics).toMatch(/DTSTART:\d{8}T201500\r\n/);
  await page.goto('/my-practice/');
  await expect(page.getByRole('region', { name: 'Your next dialogue' })).toContainText(
    'Tuesdays and Saturdays at 20:15',
  );
});

test('the dashboard shows progress, practice and a due dialogue', async ({ page }) => {
  await page.goto('/my-practice/');
  const now = new Date();
  const data = seedData(now);
  // A plan for every day at 00:01, so a dialogue is always due today.
  const plan = JSON.parse(data['imago:schedule']!);
  plan.data.plan = { ...plan.data.plan, days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], time: '00:01' };
  data['imago:schedule'] = JSON.stringify(plan);
  await page.evaluate(seed, data);
  await page.reload();
  await expect(page.getByRole('region', { name: 'A dialogue is due' })).toBeVisible();
  await expect(page.getByLabel('All lessons')).toHaveAttribute('value', '6');
  await expect(page.getByRole('region', { name: 'Dialogues held' })).toContainText('2 dialogues, 55 minutes in all');
  await expect(page.getByRole('img', { name: /Days practised per week, oldest first/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Continue where you left off' }).getByRole('link').first(),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your data stays in this browser' })).toContainText(
    'erases everything unless you have exported a copy',
  );
});

test('the printable summary holds only what was chosen, as a clean document', async ({ page }, testInfo) => {
  await seeded(page, '/my-practice/summary/');
  await (await hydrated(page.getByLabel('Your name or initials (optional)'))).fill('Sam');
  const doc = page.getByRole('article', { name: 'Summary to print' });
  await expect(doc).toContainText('Practice summary: Sam');
  await expect(doc).toContainText('Lessons: 6 of 26 done');
  await expect(doc).toContainText('Sunday mornings');
  await expect(doc).not.toContainText('They checked their phone'); // journal entries are opt-in
  await page.getByLabel(/: They checked their phone/).check();
  await expect(doc).toContainText('They checked their phone');
  await page.getByLabel(/: Sunday mornings/).uncheck();
  await expect(doc).not.toContainText('Sunday mornings');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'My practice' })).toBeHidden();
  await expect(doc).toBeVisible();
  await testInfo.attach('summary-print.png', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await testInfo.attach('summary.pdf', { body: pdf, contentType: 'application/pdf' });
});

test.describe('accessibility of every My practice page', () => {
  for (const path of ['', 'journal/', 'appreciations/', 'schedule/', 'data/', 'summary/']) {
    test(`/my-practice/${path} empty and with data`, async ({ page, axe }) => {
      await page.goto(`/my-practice/${path}`);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await axe();
      await page.evaluate(seed, seedData(new Date()));
      await page.reload();
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await axe();
    });
  }

  test('the journal form and a locked page', async ({ page, axe }) => {
    await seeded(page, '/my-practice/journal/');
    await (await hydrated(page.getByRole('button', { name: 'Write a new entry' }))).click();
    await page.getByRole('button', { name: 'Choose feeling words' }).click();
    await axe();
  });

  test('the import preview', async ({ page, axe }) => {
    await seeded(page, '/my-practice/data/');
    const { path } = await exportFile(page);
    await page.getByLabel('Export file').setInputFiles(path);
    await expect(
      page.getByText('Nothing would change: this device already holds everything in the file.'),
    ).toBeVisible();
    await page.getByText('Show the numbers').click();
    await expect(page.getByRole('table')).toBeVisible();
    await axe();
  });
});
