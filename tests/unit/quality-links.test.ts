import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/quality/links.mjs';

describe('checkLinks', () => {
  it('reports missing pages and anchors, skips other origins and pending pages', async () => {
    const { broken, external } = await checkLinks('tests/fixtures/links-site', { pending: ['/pending/'] });
    expect(broken.join('\n')).toMatch(/gone\/ \(404\)/);
    expect(broken.join('\n')).toMatch(/#nowhere/);
    expect(broken.join('\n')).not.toMatch(/#here|pending/);
    expect(external).toEqual(['https://external.example/page']);
  });

  it('reports a pending page as broken when it is not declared pending', async () => {
    const { broken } = await checkLinks('tests/fixtures/links-site');
    expect(broken.join('\n')).toMatch(/pending\/ \(404\)/);
  });
});
