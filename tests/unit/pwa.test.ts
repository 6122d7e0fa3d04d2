import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_COLORS, APPLE_TOUCH_ICON, ICONS, iconSvg, webManifest } from '../../src/lib/pwa/manifest';
import {
  describePrecache,
  PAGEFIND_OPTIONAL,
  unusedPagefindExtras,
  unusedPagefindWasm,
} from '../../src/lib/pwa/precache';
import {
  dueForUpdateCheck,
  SKIP_WAITING,
  watchForUpdates,
  type ContainerLike,
  type RegistrationLike,
  type UpdateUi,
  type WorkerLike,
} from '../../src/lib/pwa/updates';

const css = readFileSync('src/styles/global.css', 'utf8');
const favicon = readFileSync('public/favicon.svg', 'utf8');

/** The value of a custom property in the first (light) :root block of global.css. */
function lightToken(name: string): string | undefined {
  const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
  return new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,8})`).exec(root)?.[1]?.toLowerCase();
}

describe('web app manifest', () => {
  const manifest = webManifest();

  it('uses the light design tokens for its colours', () => {
    expect(lightToken('--bg')).toBe('#fbf7f1');
    expect(manifest.background_color).toBe(lightToken('--bg'));
    expect(manifest.theme_color).toBe(lightToken('--bg'));
  });

  it('matches the light theme-color meta tag of every page', () => {
    const layout = readFileSync('src/layouts/BaseLayout.astro', 'utf8');
    const meta = /name="theme-color" content="(#[0-9a-f]+)" media="\(prefers-color-scheme: light\)"/.exec(layout);
    expect(meta?.[1]).toBe(APP_COLORS.theme);
  });

  it('has what browsers need to offer installing', () => {
    expect(manifest.name).toBe('Imago Practice');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    expect(manifest.scope).toBe('/');
    const sizes = (purpose: string) => manifest.icons.filter((i) => i.purpose === purpose).map((i) => i.sizes);
    expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(sizes('maskable')).toEqual(['512x512']);
  });

  it('lists only icons the build renders, each file once', () => {
    const files = ICONS.map((i) => i.file);
    expect(new Set(files).size).toBe(files.length);
    for (const icon of manifest.icons) expect(files).toContain(icon.src.replace('/icons/', ''));
    expect(files).toContain(APPLE_TOUCH_ICON.replace('/icons/', ''));
    const apple = ICONS.find((i) => `/icons/${i.file}` === APPLE_TOUCH_ICON);
    expect(apple).toMatchObject({ size: 180, variant: 'full-bleed' });
  });
});

describe('iconSvg', () => {
  it('sizes the favicon and keeps its rounded corners for ordinary icons', () => {
    const svg = iconSvg(favicon, 192, 'any');
    expect(svg).toMatch(/^<svg width="192" height="192"/);
    expect(svg).toMatch(/<rect[^>]*rx="14"/);
  });

  it('squares the background for icons the platform masks itself', () => {
    const svg = iconSvg(favicon, 512, 'full-bleed');
    expect(svg).toMatch(/^<svg width="512" height="512"/);
    expect(svg).toMatch(/<rect width="64" height="64" fill="#[0-9a-f]+"\s*\/>/);
    expect(svg).not.toMatch(/rx=/);
    // The artwork itself is untouched.
    expect(svg).toContain(/<path[^>]*>/.exec(favicon)?.[0]);
  });

  it('refuses a favicon of another shape instead of rendering a broken icon', () => {
    expect(() => iconSvg('<svg viewBox="0 0 32 32"></svg>', 192, 'any')).toThrow(/viewBox/);
    expect(() => iconSvg('<svg viewBox="0 0 64 64"><circle r="3"/></svg>', 512, 'full-bleed')).toThrow(/rect/);
  });
});

describe('precache selection', () => {
  it('leaves out Pagefind interfaces that no built file names', () => {
    const texts = ['<script src="/pagefind/pagefind-ui.js"></script>', 'import("/pagefind/pagefind.js")'];
    const unused = unusedPagefindExtras(texts);
    expect(unused).not.toContain('pagefind/pagefind-ui.js');
    expect(unused).toContain('pagefind/pagefind-ui.css');
    expect(unused).toContain('pagefind/pagefind-component-ui.js');
    expect(unusedPagefindExtras([])).toEqual([...PAGEFIND_OPTIONAL]);
  });

  it('does not mistake one interface for another with a longer name', () => {
    const unused = unusedPagefindExtras(['new PagefindModularUI("/pagefind/pagefind-modular-ui.js")']);
    expect(unused).not.toContain('pagefind/pagefind-modular-ui.js');
    expect(unused).toContain('pagefind/pagefind-ui.js');
  });

  it('keeps only the WebAssembly of languages the index uses', () => {
    const files = ['pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind', 'pagefind/wasm.fr.pagefind'];
    const entry = JSON.stringify({ languages: { en: { hash: 'en_1', wasm: 'en' }, fr: { hash: 'fr_1', wasm: 'fr' } } });
    expect(unusedPagefindWasm(entry, files)).toEqual(['pagefind/wasm.unknown.pagefind']);
  });

  it('keeps every WebAssembly file when the entry file is not what it expects', () => {
    const files = ['pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind'];
    expect(unusedPagefindWasm('not json', files)).toEqual([]);
    expect(unusedPagefindWasm('{"languages":{}}', files)).toEqual([]);
    expect(unusedPagefindWasm('{"languages":{"en":{"hash":"x"}}}', files)).toEqual([]);
  });

  it('describes the precache in files and kilobytes', () => {
    expect(describePrecache(3, 2048)).toBe('Service worker precaches 3 files, 2.0 KB');
  });
});

/** A service worker as the page sees it, driven by the test. */
class FakeWorker implements WorkerLike {
  state = 'installing';
  messages: unknown[] = [];
  private listeners: (() => void)[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  addEventListener(_type: 'statechange', listener: () => void) {
    this.listeners.push(listener);
  }
  become(state: string) {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

class FakeRegistration implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  private listeners: (() => void)[] = [];
  addEventListener(_type: 'updatefound', listener: () => void) {
    this.listeners.push(listener);
  }
  found(worker: FakeWorker) {
    this.installing = worker;
    for (const l of this.listeners) l();
  }
}

class FakeContainer implements ContainerLike {
  private listeners: (() => void)[] = [];
  constructor(public controller: unknown) {}
  addEventListener(_type: 'controllerchange', listener: () => void) {
    this.listeners.push(listener);
  }
  changeController(next: unknown) {
    this.controller = next;
    for (const l of this.listeners) l();
  }
}

function fakeUi(typing = false) {
  const calls = { offers: [] as (() => void)[], reloads: 0, asks: 0 };
  const ui: UpdateUi = {
    offer: (apply) => calls.offers.push(apply),
    reload: () => calls.reloads++,
    askToReload: () => calls.asks++,
    hasUnsavedTyping: () => typing,
  };
  return { ui, calls };
}

describe('watchForUpdates', () => {
  it('lets the first worker take over a first visit quietly', () => {
    const container = new FakeContainer(null);
    const registration = new FakeRegistration();
    const { ui, calls } = fakeUi();
    watchForUpdates(container, registration, ui);
    const first = new FakeWorker();
    registration.found(first);
    first.become('installed');
    first.become('activated');
    container.changeController(first);
    expect(calls).toEqual({ offers: [], reloads: 0, asks: 0 });
  });

  it('offers a worker that was already waiting, and reloads once after it is applied', () => {
    const container = new FakeContainer({});
    const registration = new FakeRegistration();
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    registration.waiting = waiting;
    const { ui, calls } = fakeUi(true);
    watchForUpdates(container, registration, ui);
    expect(calls.offers).toHaveLength(1);
    expect(waiting.messages).toEqual([]);

    calls.offers[0]!();
    expect(waiting.messages).toEqual([SKIP_WAITING]);
    container.changeController(waiting);
    container.changeController(waiting);
    // Applied here, so unsaved typing elsewhere on the page does not hold the reload back.
    expect(calls).toMatchObject({ reloads: 1, asks: 0 });
  });

  it('offers a new version once it has installed, and only once', () => {
    const container = new FakeContainer({});
    const registration = new FakeRegistration();
    const { ui, calls } = fakeUi();
    watchForUpdates(container, registration, ui);
    const next = new FakeWorker();
    registration.found(next);
    expect(calls.offers).toHaveLength(0);
    next.become('installed');
    expect(calls.offers).toHaveLength(1);
    next.become('installed');
    expect(calls.offers).toHaveLength(1);
  });

  it('follows a worker that was already installing when the page registered', () => {
    const container = new FakeContainer({});
    const registration = new FakeRegistration();
    const next = new FakeWorker();
    registration.installing = next;
    const { ui, calls } = fakeUi();
    watchForUpdates(container, registration, ui);
    next.become('installed');
    expect(calls.offers).toHaveLength(1);
  });

  it('reloads when another tab applied the update and nothing typed would be lost', () => {
    const container = new FakeContainer({});
    const { ui, calls } = fakeUi(false);
    watchForUpdates(container, new FakeRegistration(), ui);
    container.changeController({});
    expect(calls).toMatchObject({ reloads: 1, asks: 0 });
  });

  it('asks before reloading when another tab applied the update while someone is typing here', () => {
    const container = new FakeContainer({});
    const { ui, calls } = fakeUi(true);
    watchForUpdates(container, new FakeRegistration(), ui);
    container.changeController({});
    expect(calls).toMatchObject({ reloads: 0, asks: 1 });
  });
});

describe('dueForUpdateCheck', () => {
  it('asks again only after an hour by default', () => {
    expect(dueForUpdateCheck(0, 59 * 60 * 1000)).toBe(false);
    expect(dueForUpdateCheck(0, 60 * 60 * 1000)).toBe(true);
    expect(dueForUpdateCheck(1000, 1500, 500)).toBe(true);
  });
});
