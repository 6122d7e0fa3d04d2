// The site shell's script: the theme toggle and the search launcher. Kept tiny because every page
// loads it.
import './search-launcher';

const KEY = 'imago:theme';

function current(): 'light' | 'dark' {
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function sync(button: HTMLButtonElement): void {
  const dark = current() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  sync(button);
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
    sync(button);
  });
}
