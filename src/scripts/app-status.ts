// Offline note and service worker registration: loaded on every page by UpdateNotice.astro.
// Registration waits until the page has loaded and the browser is idle, so precaching the site
// never competes with the first visit. Nothing here reads or writes stored practice data.
import { dueForUpdateCheck, watchForUpdates, type UpdateUi } from '../lib/pwa/updates';

const LATER_KEY = 'imago:update-later';

function showConnection(): void {
  const note = document.querySelector<HTMLElement>('[data-offline-note]');
  if (!note) return;
  const sync = () => {
    note.hidden = navigator.onLine;
  };
  sync();
  window.addEventListener('online', sync);
  window.addEventListener('offline', sync);
}

function whenIdle(run: () => void): void {
  const later = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 1500);
  };
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/** True when a text field holds typing that a reload would drop. */
function hasUnsavedTyping(): boolean {
  const fields = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'textarea, input:not([type]), input[type="text"], input[type="search"]',
  );
  return [...fields].some((f) => f.value.trim() !== '' && f.value !== f.defaultValue);
}

function remembersLater(): boolean {
  try {
    return sessionStorage.getItem(LATER_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberLater(): void {
  try {
    // This tab only: the update still applies once every tab of the site is closed.
    sessionStorage.setItem(LATER_KEY, '1');
  } catch {
    // Without session storage the notice simply comes back on the next page.
  }
}

function noticeUi(): UpdateUi | undefined {
  const box = document.querySelector<HTMLElement>('[data-update-notice]');
  const part = (name: string) => box?.querySelector<HTMLElement>(`[data-update-${name}]`);
  const ready = part('ready');
  const elsewhere = part('elsewhere');
  const apply = part('apply') as HTMLButtonElement | null | undefined;
  const reload = part('reload') as HTMLButtonElement | null | undefined;
  const later = part('later');
  if (!box || !ready || !elsewhere || !apply || !reload || !later) return undefined;

  let onApply: (() => void) | undefined;
  apply.addEventListener('click', () => {
    apply.disabled = true;
    apply.textContent = 'Updating…';
    onApply?.();
  });
  reload.addEventListener('click', () => location.reload());
  later.addEventListener('click', () => {
    box.hidden = true;
    rememberLater();
  });

  return {
    offer(run) {
      // A newer worker can replace one already offered: the button then applies the newer one.
      onApply = run;
      apply.disabled = false;
      apply.textContent = 'Update now';
      if (remembersLater()) return;
      box.hidden = false;
    },
    reload: () => location.reload(),
    askToReload() {
      ready.hidden = true;
      apply.hidden = true;
      later.hidden = true;
      elsewhere.hidden = false;
      reload.hidden = false;
      box.hidden = false;
    },
    hasUnsavedTyping,
  };
}

async function register(): Promise<void> {
  const ui = noticeUi();
  if (!ui) return;
  // Without a service worker (private mode, an old browser, blocked) the site works online as
  // before; some environments that block them resolve without a registration.
  const registration: ServiceWorkerRegistration | undefined = await navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .catch(() => undefined);
  if (!registration) return;
  watchForUpdates(navigator.serviceWorker, registration, ui);

  // An app left open for days still hears about new versions when it comes back to the front.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !dueForUpdateCheck(lastCheck, Date.now())) return;
    lastCheck = Date.now();
    registration.update().catch(() => {
      // Offline or the server is away: try again next time.
    });
  });
}

showConnection();
if ('serviceWorker' in navigator) {
  if (import.meta.env.PROD) {
    whenIdle(() => void register());
  } else {
    // `astro dev` serves fresh files: drop a worker left by a preview on the same port.
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
  }
}
