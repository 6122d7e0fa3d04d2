// The 404 page's only script: suggests the pages closest to the address that was not found.
// Renders titles as text, never as HTML.
import { suggest, type Candidate } from '../lib/suggest';

const box = document.querySelector<HTMLElement>('[data-suggestions]');
const list = box?.querySelector('ul');
if (box && list) {
  let pages: Candidate[] = [];
  try {
    pages = JSON.parse(box.dataset.pages ?? '[]') as Candidate[];
  } catch {
    // No list, no suggestions: the links below still help.
  }
  for (const page of suggest(location.pathname, pages)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = page.href;
    a.textContent = page.title;
    li.append(a);
    list.append(li);
  }
  if (list.children.length > 0) box.hidden = false;
}
