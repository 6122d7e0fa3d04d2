import { useEffect, useState } from 'preact/hooks';

/**
 * False during the server render and the first client render, true after: islands that show
 * data saved in this browser render a neutral placeholder until then, so hydration matches and
 * nobody sees a flash of "nothing saved yet".
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
