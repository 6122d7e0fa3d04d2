/**
 * The update flow between a page and the service worker, written against the small part of the
 * Service Worker API it uses so it can be tested without a browser.
 *
 * - A new version installs in the background and then waits; the page offers it.
 * - It takes over only when the person says so (the page then reloads) or when every tab of the
 *   site is closed (the browser activates it on the next visit).
 * - When another tab applies it, this tab reloads too, so no page runs old code against new
 *   files; if the person is in the middle of typing here, it asks first instead.
 * Stored practice data is never read or written here.
 */

/** The message the Workbox-generated service worker answers with `skipWaiting()`. */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

export interface WorkerLike {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface RegistrationLike {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

export interface ContainerLike {
  readonly controller: unknown;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface UpdateUi {
  /** Shows "An update is ready"; `apply` switches to the new version. Called once per worker. */
  offer(apply: () => void): void;
  /** Reloads the page onto the new version. */
  reload(): void;
  /** Another tab switched versions while this one holds unsaved typing: ask before reloading. */
  askToReload(): void;
  /** True while a text field on the page holds typing that a reload would lose. */
  hasUnsavedTyping(): boolean;
}

/** Wires the update flow for `registration`; call once per page, after registering. */
export function watchForUpdates(container: ContainerLike, registration: RegistrationLike, ui: UpdateUi): void {
  // A page nobody controlled yet is on its first visit: the first worker takes over quietly.
  let controlled = container.controller != null;
  let applying = false;
  let reloading = false;
  const offered = new WeakSet<WorkerLike>();

  const offer = (worker: WorkerLike) => {
    if (offered.has(worker) || !container.controller) return;
    offered.add(worker);
    ui.offer(() => {
      applying = true;
      worker.postMessage(SKIP_WAITING);
    });
  };
  const follow = (worker: WorkerLike | null) => {
    if (!worker) return;
    if (worker.state === 'installed') offer(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  };

  if (registration.waiting) offer(registration.waiting);
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));

  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (reloading) return;
    if (applying || !ui.hasUnsavedTyping()) {
      reloading = true;
      ui.reload();
    } else {
      ui.askToReload();
    }
  });
}

/** Whether enough time has passed since the last update check to ask the server again. */
export function dueForUpdateCheck(lastCheck: number, now: number, everyMs = 60 * 60 * 1000): boolean {
  return now - lastCheck >= everyMs;
}
