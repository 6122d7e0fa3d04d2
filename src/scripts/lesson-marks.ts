// Marks finished lessons in static lesson lists ([data-lesson] items), from the saved progress.
import { $progress } from '../stores/progress';

$progress.subscribe((p) => {
  for (const item of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const done = Boolean(p.lessons[item.dataset.lesson ?? '']?.done);
    let mark = item.querySelector<HTMLElement>('.done-mark');
    if (done && !mark) {
      mark = document.createElement('span');
      mark.className = 'done-mark';
      mark.textContent = '✓ Done';
      item.querySelector('a')?.after(mark);
    } else if (!done && mark) {
      mark.remove();
    }
  }
});
