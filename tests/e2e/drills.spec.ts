import { readFileSync } from 'node:fs';
import { expect, hydrated, test } from './fixtures';
import type { Page } from '@playwright/test';

interface Drill {
  title: string;
  lesson: string;
  instructions: string;
  prompts: { id: string; message: string; models: string[]; hints: string[] }[];
}
const drill = (id: string): Drill => JSON.parse(readFileSync(`src/content/drills/${id}.json`, 'utf8')) as Drill;

/** A blaming or dismissive answer for each drill, written for these tests (prompt 1 of each set). */
const POOR: Record<string, string> = {
  'i-statements': 'You always do this. You never think about anyone but yourself.',
  mirroring: "You said you're overwhelmed, but honestly I do the shopping too.",
  validation: "You're overreacting. It's not a big deal, so calm down.",
  empathy: "At least it's over now. Just get over it and don't be sad.",
  requests: 'You need to stop being so lazy and never leave a mess again.',
};

const answerBox = (page: Page) => page.getByRole('textbox', { name: /^Your / });
const checkButton = (page: Page) => page.getByRole('button', { name: 'Check', exact: true });
const feedback = (page: Page) => page.getByRole('region', { name: 'Feedback' });

for (const id of Object.keys(POOR)) {
  test(`${id}: poor answer needs work, good answer is recognised, attempt kept after reload, axe clean`, async ({
    page,
    axe,
  }) => {
    const d = drill(id);
    const good = d.prompts[0]!.models[0]!;
    await page.goto(`/practice/${id}/`);
    await expect(page.getByRole('heading', { level: 1, name: d.title })).toBeVisible();
    await expect(page.getByText(d.prompts[0]!.message)).toBeVisible();
    const box = await hydrated(answerBox(page));

    // The checklist follows the typing, before any Check.
    await box.fill(POOR[id]!);
    const live = page.getByRole('list', { name: 'As you write' });
    await expect(live.getByRole('listitem').first()).toBeVisible();

    await checkButton(page).click();
    await expect(feedback(page).getByRole('heading', { name: 'A start. Here is one thing to try.' })).toBeVisible();
    await expect(feedback(page).getByText('One next step')).toBeVisible();
    await expect(page.getByText('See 2 model answers')).toBeVisible();

    await box.fill(good);
    await checkButton(page).click();
    await expect(feedback(page).getByRole('heading', { name: 'This works well.' })).toBeVisible();
    await expect(page.getByText('1 of 16 practised. Saved on this device.')).toBeVisible();

    await page.reload();
    await expect(await hydrated(answerBox(page))).toHaveValue(good);
    await expect(page.getByText('Your attempts on this prompt (2)')).toBeVisible();
    await expect(feedback(page).getByRole('heading', { name: 'This works well.' })).toBeVisible();
    await page.getByText('Your attempts on this prompt (2)').click();
    await expect(page.getByRole('listitem').filter({ hasText: POOR[id]! })).toContainText('Worth another go');
    await axe();
  });
}

test('the words concerned are highlighted, with a legend that does not rely on colour', async ({ page }) => {
  await page.goto('/practice/i-statements/');
  const answer = 'You always leave the dishes. I feel tired when I wash them alone after dinner.';
  await (await hydrated(answerBox(page))).fill(answer);
  await checkButton(page).click();
  const next = feedback(page).locator('.drill-marked mark.mark-next');
  await expect(next).toHaveCount(1);
  expect(answer).toContain(await next.innerText());
  await expect(feedback(page).locator('.drill-marked mark.mark-worked')).not.toHaveCount(0);
  await expect(feedback(page).locator('.drill-marked')).toHaveText(answer);
  await expect(feedback(page).getByText('Dashed underline')).toBeVisible();
  // What worked comes before the next step.
  const labels = await feedback(page).locator('.drill-label').allInnerTexts();
  expect(labels.slice(0, 2)).toEqual(['What worked', 'One next step']);
});

test('hints come one at a time and model answers only after an attempt', async ({ page }) => {
  const d = drill('validation');
  const p = d.prompts[0]!;
  await page.goto('/practice/validation/');
  await (await hydrated(page.getByRole('button', { name: 'Show a hint' }))).click();
  await expect(page.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText(p.hints[0]!)).toBeVisible();
  await page.getByRole('button', { name: 'Another hint' }).click();
  await expect(page.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText(/model answers/)).toHaveCount(0);
  await answerBox(page).fill('It makes sense to me that you feel tense.');
  await checkButton(page).click();
  await page.getByText('See 2 model answers').click();
  await expect(page.getByText(p.models[1]!)).toBeVisible();
});

test('the drill resumes at the prompt the person left, and announces feedback politely', async ({ page }) => {
  const d = drill('requests');
  await page.goto('/practice/requests/');
  await (await hydrated(page.getByRole('button', { name: 'Next prompt' }))).click();
  const heading = page.getByRole('heading', { level: 2, name: 'Prompt 2 of 16' });
  await expect(heading).toBeFocused();
  await expect(page.getByText(d.prompts[1]!.message)).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Prompt 2 of 16' })).toHaveAttribute('value', '2');
  await answerBox(page).fill(d.prompts[1]!.models[0]!);
  await checkButton(page).click();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'This works well.' })).toHaveCount(1);

  await page.reload();
  await expect(await hydrated(page.getByRole('heading', { level: 2, name: 'Prompt 2 of 16' }))).toBeVisible();
  await expect(answerBox(page)).toHaveValue(d.prompts[1]!.models[0]!);
  await page.getByRole('button', { name: 'Previous prompt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Prompt 1 of 16' })).toBeFocused();
  await page.getByRole('button', { name: 'Previous prompt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Prompt 16 of 16' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the set again' })).toBeVisible();
});

test('mirroring: "Hear it" reads the message aloud and the words can be hidden', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const synth = {
      speak(u: SpeechSynthesisUtterance) {
        spoken.push(u.text);
        setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 50);
      },
      cancel() {},
      getVoices: () => [],
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  });
  const message = drill('mirroring').prompts[0]!.message;
  await page.goto('/practice/mirroring/');
  await (await hydrated(page.getByRole('button', { name: 'Hear it' }))).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([message]);
  const hide = page.getByRole('button', { name: 'Hide the words' });
  await hide.click();
  await expect(hide).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(message)).toHaveCount(0);
  await expect(page.getByText('The words are hidden.')).toBeVisible();
  await hide.click();
  await expect(page.getByText(message)).toBeVisible();
});

test('"Hear it" is not offered where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  await page.goto('/practice/mirroring/');
  await hydrated(answerBox(page));
  await expect(page.getByRole('button', { name: 'Show a hint' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hear it' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hide the words' })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('empathy at 390 px: the feelings picker inserts words, Escape closes it, the message stays in view', async ({
    page,
    axe,
  }) => {
    const message = drill('empathy').prompts[0]!.message;
    await page.goto('/practice/empathy/');
    const box = await hydrated(answerBox(page));
    await box.fill('I imagine you might be feeling');
    const toggle = page.getByRole('button', { name: 'Feeling words' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Lonely', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Lonely', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'lonely', exact: true }).click();
    await expect(box).toHaveValue('I imagine you might be feeling lonely');
    await expect(page.getByText('Added “lonely”.')).toBeAttached();
    await axe();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();

    await box.fill(`${await box.inputValue()} and unappreciated. Is that what you feel?`);
    await checkButton(page).click();
    await feedback(page).scrollIntoViewIfNeeded();
    const quote = page.getByText(message);
    await expect(quote).toBeInViewport();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});

test.describe('before JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the instructions and the first prompt are in the page', async ({ page }) => {
    const d = drill('mirroring');
    await page.goto('/practice/mirroring/');
    await expect(page.getByText(d.instructions)).toBeVisible();
    await expect(page.getByText(d.prompts[0]!.message)).toBeVisible();
    // Chromium keeps <noscript> hidden when Playwright turns scripts off, so read the markup.
    expect(await page.locator('noscript').innerHTML()).toContain('Feedback needs JavaScript');
  });
});

test('the practice page lists every drill and the guided dialogue; drills link back to their lesson', async ({
  page,
  axe,
}) => {
  await page.goto('/practice/');
  await axe();
  for (const id of Object.keys(POOR)) {
    await expect(page.getByRole('link', { name: drill(id).title })).toHaveAttribute('href', `/practice/${id}/`);
  }
  await expect(page.getByRole('link', { name: 'Guided dialogue for two' })).toHaveAttribute(
    'href',
    '/practice/dialogue/',
  );
  const d = drill('validation');
  await page.getByRole('link', { name: d.title }).click();
  await page.getByRole('link', { name: 'Back to the lesson' }).click();
  await expect(page).toHaveURL(`/lessons/${d.lesson}/`);
  await expect(page.getByRole('region', { name: 'Try it' }).getByRole('link', { name: d.title })).toHaveAttribute(
    'href',
    '/practice/validation/',
  );
});

test('dark theme: feedback, highlights and the feelings picker pass axe', async ({ page, axe }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/practice/i-statements/');
  await (await hydrated(answerBox(page))).fill('You never listen. I feel lonely when dinner ends in silence.');
  await checkButton(page).click();
  await expect(feedback(page).locator('mark')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Feeling words' }).click();
  await page.getByRole('button', { name: 'Show a hint' }).click();
  await axe();
});
