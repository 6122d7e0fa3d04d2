/** Quick exit: leave for a neutral page without leaving this page in the back history. */
export function installQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  if (!link) return;
  const leave = () => {
    document.body.hidden = true;
    location.replace(link.href);
  };
  link.addEventListener('click', (e) => {
    e.preventDefault();
    leave();
  });
  let presses: number[] = [];
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const now = Date.now();
    presses = [...presses.filter((t) => now - t < 1500), now];
    if (presses.length >= 3) leave();
  });
}
