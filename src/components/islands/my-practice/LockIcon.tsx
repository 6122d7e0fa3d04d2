/** A small padlock drawn inline (emoji fonts are not everywhere); decorative, so hidden from readers. */
export function LockIcon({ open = false }: { open?: boolean }) {
  return (
    <svg class="lock-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="4" y="10.5" width="16" height="11" rx="2.5" />
      <path d={open ? 'M8 10.5V7a4 4 0 0 1 7.6-1.7' : 'M8 10.5V7a4 4 0 0 1 8 0v3.5'} />
    </svg>
  );
}
