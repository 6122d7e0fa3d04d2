import { test as base, expect, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** WCAG 2.2 AA plus best practice: the tags every page is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const test = base.extend<{ axe: () => Promise<void> }>({
  axe: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      expect(summary, 'axe violations').toEqual([]);
    });
  },
});
export { expect };

/** Scrolls a control into view and waits until the island around it has hydrated. */
export async function hydrated(control: Locator): Promise<Locator> {
  await control.scrollIntoViewIfNeeded();
  await expect
    .poll(() => control.evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr') ?? false))
    .toBe(false);
  return control;
}
