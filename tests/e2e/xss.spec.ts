import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { hydrateAll, ONE_PAGE_PER_CONTROL_SET, ONE_PAGE_PER_SCRIPT_SET, textFields, useEverything } from './site';

const PAYLOADS = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];

/**
 * Elements a payload would have created if it had been rendered as HTML: an <img src="x">, any
 * element with an inline handler, or a script holding `alert(1)`. The CSP would stop the handler
 * from running, so "no dialog" alone would not prove the text was rendered as text.
 */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push('img src=x');
      for (const a of el.getAttributeNames()) if (a.startsWith('on')) found.push(`${el.tagName} ${a}`);
      if (el.tagName === 'SCRIPT' && el.textContent?.includes('alert(1)')) found.push('script alert(1)');
    }
    return found;
  });
}

/** Records dialogs, and flags alert() even if a dialog were somehow suppressed. */
async function trap(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const original = window.alert.bind(window);
    window.alert = (message?: unknown) => {
      (window as unknown as { __alerted?: boolean }).__alerted = true;
      original(String(message));
    };
  });
  return dialogs;
}

for (const payload of PAYLOADS) {
  test(`XSS: ${payload} typed everywhere is shown as text on every page`, async ({ page }) => {
    test.setTimeout(240_000);
    const dialogs = await trap(page);
    const typedOn: string[] = [];

    // Type the payload into every text field on every kind of interactive page, and save or
    // submit with every control there; then reload that page.
    for (const url of ONE_PAGE_PER_CONTROL_SET) {
      await page.goto(url);
      await hydrateAll(page);
      const used = await useEverything(page, { text: payload });
      if (Object.keys(used.perIsland).length === 0 && (await textFields(page).count()) === 0) continue;
      typedOn.push(url);
      expect(await injected(page), `after typing on ${url}`).toEqual([]);
      await page.goto(url);
      await hydrateAll(page);
      expect(await injected(page), `after reloading ${url}`).toEqual([]);
    }

    // Every kind of page that could show it, now that the payload is saved wherever a field
    // saves it: history, summaries, exports shown on screen.
    for (const url of ONE_PAGE_PER_SCRIPT_SET) {
      await page.goto(url);
      await hydrateAll(page);
      // Open every disclosure so saved text inside one is shown too.
      await page.evaluate(() =>
        document.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((d) => (d.open = true)),
      );
      expect(await injected(page), `viewing ${url}`).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __alerted?: boolean }).__alerted ?? false)).toBe(false);
    }
    // Confirmations ("Delete everything?") are the site's own; an alert can only be the payload.
    expect(
      dialogs.filter((d) => d.startsWith('alert')),
      'no alert',
    ).toEqual([]);
    test.info().annotations.push({ type: 'typed on', description: typedOn.join(', ') || '(no text fields yet)' });
  });
}

test('the XSS check catches a page that renders typed text as HTML', async ({ page }) => {
  const dialogs = await trap(page);
  // A deliberately unsafe page, without the site's CSP: what the check must catch.
  await page.setContent(`
    <label>Note <textarea id="note"></textarea></label>
    <button type="button" id="save">Save</button>
    <div id="out"></div>
    <script>
      document.getElementById('save').addEventListener('click', () => {
        document.getElementById('out').innerHTML = document.getElementById('note').value;
      });
    </script>`);
  await useEverything(page, { text: PAYLOADS[0]! });
  expect(await injected(page)).toContain('img src=x');
  await expect.poll(() => dialogs.length).toBeGreaterThan(0);
});
