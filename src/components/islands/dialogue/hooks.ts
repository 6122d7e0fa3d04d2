import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `everyMs` while `running`. */
export function useNow(everyMs: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs, running]);
  return now;
}

interface Sentinel extends EventTarget {
  release(): Promise<void>;
}
type WakeLockNavigator = Navigator & { wakeLock?: { request(type: 'screen'): Promise<Sentinel> } };

/**
 * Keeps the screen awake while `active` (Screen Wake Lock API, where supported). The lock is
 * released when `active` ends or the page is hidden, and taken again when the page is shown.
 * Returns whether the screen is being kept awake.
 */
export function useWakeLock(active: boolean): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const wl = (navigator as WakeLockNavigator).wakeLock;
    if (!active || !wl) return;
    let lock: Sentinel | null = null;
    let stopped = false;
    const release = () => {
      const l = lock;
      lock = null;
      setHeld(false);
      l?.release().catch(() => {});
    };
    const acquire = async () => {
      if (lock || stopped || document.visibilityState !== 'visible') return;
      try {
        const l = await wl.request('screen');
        if (stopped) {
          l.release().catch(() => {});
          return;
        }
        lock = l;
        setHeld(true);
        l.addEventListener('release', () => {
          if (lock === l) lock = null;
          setHeld(false);
        });
      } catch {
        // Refused (battery saver, no user gesture yet, or a permissions policy): the dialogue works anyway.
      }
    };
    const onVisibility = () => (document.visibilityState === 'visible' ? acquire() : release());
    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      release();
    };
  }, [active]);
  return held;
}
