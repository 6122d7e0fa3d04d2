import { expect, hydrated, test } from './fixtures';

test('a quiz answer is checked, explained and kept after a reload', async ({ page }) => {
  await page.goto('/lessons/validation/');
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  const first = quiz.getByRole('group').first();
  const options = first.getByRole('radio');
  const check = await hydrated(first.getByRole('button', { name: 'Check my answer' }));
  await expect(check).toBeDisabled();
  await options.nth(1).check();
  await check.click();
  const note = first.locator('.quiz-note');
  await expect(note).toContainText(/Yes, that fits|Not quite/);
  await page.reload();
  const again = page.getByRole('region', { name: 'Check your understanding' }).getByRole('group').first();
  await hydrated(again.getByRole('button', { name: 'Check my answer' }));
  await expect(again.getByRole('radio').nth(1)).toBeChecked();
  await expect(again.locator('.quiz-note')).toContainText(/Yes, that fits|Not quite/);
});

test('lessons link forward and back across modules, with breadcrumbs', async ({ page }) => {
  await page.goto('/lessons/why-fights-repeat/');
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Foundations' }),
  ).toBeVisible();
  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/lessons\/what-is-emotional-safety\/$/);
  await page
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('link', { name: /Previous/ })
    .click();
  await expect(page).toHaveURL(/\/lessons\/why-fights-repeat\/$/);
});

test('the course overview lists every module with its minutes', async ({ page }) => {
  await page.goto('/lessons/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(7);
  await expect(page.getByText(/\d+ lessons · \d+ min/).first()).toBeVisible();
});

test('a glossary link in a lesson lands on its entry', async ({ page }) => {
  await page.goto('/lessons/mirroring/');
  await page.locator('.prose a[href^="/glossary/#"]').first().click();
  await expect(page).toHaveURL(/\/glossary\/#[a-z-]+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeVisible();
});

test('quick exit replaces the safety page in history', async ({ page }) => {
  await page.goto('/');
  await page.goto('/safety/');
  await page.route('https://www.wikipedia.org/**', (route) =>
    route.fulfill({ body: '<title>Neutral</title>', contentType: 'text/html' }),
  );
  await page.getByRole('link', { name: 'Leave this site quickly' }).click();
  await expect(page).toHaveURL('https://www.wikipedia.org/');
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

for (const path of ['/lessons/', '/lessons/empathy/', '/glossary/', '/safety/', '/about/', '/', '/modules/triggers/']) {
  test(`no accessibility violations on ${path}`, async ({ page, axe }) => {
    await page.goto(path);
    await axe();
  });
}

test('the course overview marks lessons finished on this device', async ({ page }) => {
  await page.goto('/lessons/summary/');
  await (await hydrated(page.getByRole('button', { name: 'Mark this lesson as done' }))).click();
  await page.goto('/lessons/');
  const item = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await expect(item('Summary')).toContainText('✓ Done');
  await expect(item('Mirroring')).not.toContainText('✓ Done');
});
