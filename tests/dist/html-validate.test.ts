import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { listPages } from '../../scripts/quality/site.mjs';

// Recommended preset; the documented exceptions are in .htmlvalidate.mjs.
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
const pages = listPages('dist');

describe('html-validate over every built page', () => {
  it.each(pages.map((p) => [p.url, p.file] as const))('%s has no errors', async (_url, file) => {
    const report = await htmlvalidate.validateFile(file);
    const text = report.valid ? '' : formatterFactory('text')(report.results);
    expect(text).toBe('');
  });
});
