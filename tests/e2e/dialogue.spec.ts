import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

const URL = '/practice/dialogue/';

async function open(page: Page) {
  await page.goto(URL);
  await hydrated(page.getByRole('button', { name: 'Start the dialogue' }));
}

async function setUp(page: Page, mode: 'Spoken' | 'Typed', topic = 'weekend plans') {
  await page.getByLabel('First partner’s name').fill('Robin');
  await page.getByLabel('Second partner’s name').fill('Kai');
  await page.getByLabel('Topic (optional)').fill(topic);
  await page.getByRole('radio', { name: new RegExp(`^${mode}\\.`) }).check();
  await page.getByRole('button', { name: 'Start the dialogue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Is now a good time?' })).toBeFocused();
}

/** Types into the one text box of the step and presses the step's button. */
async function write(page: Page, text: string, button: string | RegExp) {
  await page.getByRole('textbox').fill(text);
  await page.getByRole('button', { name: button }).click();
}

async function heading(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

async function turnIs(page: Page, name: string) {
  await expect(page.locator('.dlg-turn-name')).toHaveText(`${name}’s turn`);
}

/** One piece: sent, mirrored, marked "Got it". */
async function piece(page: Page, from: string, to: string, text: string, mirror: string) {
  await heading(page, new RegExp(`^${from} shares`));
  await turnIs(page, from);
  await write(page, text, `Send to ${to}`);
  await heading(page, `${to} mirrors`);
  await turnIs(page, to);
  await expect(page.locator('.dlg-quote blockquote')).toHaveText(text);
  await write(page, mirror, `Show ${from} the mirror`);
  await heading(page, 'Did the mirror land?');
  await turnIs(page, from);
  await page.getByRole('button', { name: 'Got it' }).click();
  await heading(page, 'Is there more?');
}

/** From the summary to the sender's thanks, every step landing first time. */
async function receiveAndClose(page: Page, from: string, to: string) {
  await heading(page, `${to} sums it up`);
  await write(page, 'Let me see if I got all of that. Did I get it all?', `Show ${from} the summary`);
  await page.getByRole('button', { name: 'Yes, you got it all' }).click();
  await heading(page, `${to} validates`);
  await write(page, 'You make sense, because it matters to you.', `Show ${from}`);
  await page.getByRole('button', { name: 'Yes, I feel understood' }).click();
  await heading(page, `${to} imagines the feeling`);
  await write(page, 'I imagine you might be feeling tired. Is that what you feel?', `Show ${from}`);
  await page.getByRole('button', { name: 'Yes, that is what I feel' }).click();
  await heading(page, `${from} says thank you`);
  await write(page, 'Thank you for listening.', `Send to ${to}`);
  await heading(page, 'Swap, or finish');
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
});

test('a full typed dialogue: two "Is there more?" rounds, a reload mid-way, a swap, and the saved record', async ({
  page,
  axe,
}) => {
  // A whole dialogue for two is about 60 steps and five accessibility scans.
  test.setTimeout(120_000);
  await open(page);
  await axe();
  await setUp(page, 'Typed');
  await page.getByRole('button', { name: 'Yes, now is good' }).click();

  // Round 1, with a mirror that only partly landed and is said again.
  await heading(page, 'Robin shares');
  await page.getByRole('textbox').fill('You always change our weekend plans at the last minute.');
  await expect(page.locator('.dlg-review')).toContainText('One thing to try.');
  await axe();
  await write(page, 'When our weekend plans change at the last minute, I feel let down.', 'Send to Kai');
  await write(page, 'If I got it, you feel let down.', 'Show Robin the mirror');
  await page.getByRole('button', { name: 'Partly' }).click();
  await heading(page, 'Robin says it again');
  await write(page, 'Especially when I had been looking forward to it all week.', 'Send to Kai');
  await write(page, 'Especially when you looked forward to it all week. Did I get that?', 'Show Robin the mirror');
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.getByRole('button', { name: 'Yes, there is more' }).click();

  // Round 2.
  await piece(page, 'Robin', 'Kai', 'I miss the slow Saturday mornings we used to have.', 'You miss slow Saturdays.');
  await page.getByRole('button', { name: 'Yes, there is more' }).click();

  // Round 3: the mirror is half typed when the page reloads.
  await heading(page, 'Robin shares the next piece');
  await write(page, 'I worry we are drifting apart.', 'Send to Kai');
  await heading(page, 'Kai mirrors');
  await page.getByRole('textbox').fill('If I got it, you worry');
  await page.reload();
  await heading(page, 'Your dialogue is paused');
  await expect(page.getByText('You were at: Mirror, Kai’s turn.')).toBeVisible();
  await axe();
  await (await hydrated(page.getByRole('button', { name: 'Resume the dialogue' }))).click();
  await heading(page, 'Kai mirrors');
  await expect(page.getByRole('textbox')).toHaveValue('If I got it, you worry');
  await write(page, 'If I got it, you worry we are drifting apart. Did I get that?', 'Show Robin the mirror');
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.getByRole('button', { name: 'No, that is all for now' }).click();

  // The summary needs a second try; the first words come back to amend.
  await heading(page, 'Kai sums it up');
  await expect(page.getByText('I miss the slow Saturday mornings we used to have.')).toBeVisible();
  await write(page, 'Let me see if I got all of that: plans change and you feel let down.', 'Show Robin the summary');
  await page.getByRole('button', { name: 'Not quite' }).click();
  await expect(page.getByRole('textbox')).toHaveValue(
    'Let me see if I got all of that: plans change and you feel let down.',
  );
  await write(
    page,
    'Let me see if I got all of that: plans change and you feel let down, you miss slow Saturdays, and you worry we drift apart. Did I get it all?',
    'Show Robin the summary',
  );
  await page.getByRole('button', { name: 'Yes, you got it all' }).click();
  await write(page, 'You make sense, because our weekends are our time together.', 'Show Robin');
  await page.getByRole('button', { name: 'Yes, I feel understood' }).click();

  // Empathy with the feelings picker.
  await heading(page, 'Kai imagines the feeling');
  await page.getByRole('button', { name: 'Need a feeling word?' }).click();
  const word = page
    .getByRole('group', { name: /choose a word to add it/ })
    .getByRole('button')
    .first();
  const picked = (await word.textContent())!.trim();
  await word.click();
  await expect(page.getByRole('textbox')).toHaveValue(`I imagine you might be feeling ${picked}`);
  await page.getByRole('button', { name: `Show Robin` }).click();
  await page.getByRole('button', { name: 'Yes, that is what I feel' }).click();
  await write(page, 'Thank you for listening, Kai.', 'Send to Kai');

  // Swap: Kai sends now.
  await heading(page, 'Swap, or finish');
  await page.getByRole('button', { name: 'Swap roles: Kai sends' }).click();
  await piece(page, 'Kai', 'Robin', 'When work runs late on Fridays, I feel drained.', 'You feel drained on Fridays.');
  await page.getByRole('button', { name: 'No, that is all for now' }).click();
  await receiveAndClose(page, 'Kai', 'Robin');

  // Appreciations, the listener first.
  await page.getByRole('button', { name: 'End with an appreciation each' }).click();
  await turnIs(page, 'Robin');
  await write(page, 'One thing I appreciate about you is your patience.', 'Give it to Kai');
  await turnIs(page, 'Kai');
  await write(page, 'I appreciate how honest you were today.', 'Give it to Robin');

  await heading(page, 'Looking back');
  await axe();
  await page
    .getByRole('group', { name: 'Robin' })
    .getByRole('textbox', { name: 'What I learned' })
    .fill('Short pieces are easier to hear.');
  await page.getByRole('button', { name: 'Finish' }).click();

  await heading(page, 'Saved. Thank you, both of you.');
  await expect(page.getByText('Robin, then Kai sent, about “weekend plans”.')).toBeVisible();
  await expect(page.getByText('Mirrors: 4 got it, 1 partly.', { exact: false })).toBeVisible();
  await axe();

  const stored = await page.evaluate(() => ({
    dialogues: JSON.parse(localStorage.getItem('imago:dialogues') ?? 'null'),
    session: JSON.parse(localStorage.getItem('imago:dialogue-session') ?? 'null'),
  }));
  expect(stored.session).toEqual({ v: 1, data: null });
  expect(stored.dialogues.v).toBe(1);
  const [rec] = stored.dialogues.data.sessions;
  expect(stored.dialogues.data.sessions).toHaveLength(1);
  expect(rec).toMatchObject({ topic: 'weekend plans', partners: ['Robin', 'Kai'], mode: 'typed' });
  expect(rec.turns.map((t: { sender: number; marks: string[] }) => [t.sender, t.marks])).toEqual([
    [0, ['partly', 'got-it', 'got-it', 'got-it']],
    [1, ['got-it']],
  ]);
  expect(rec.turns[0].messages[0]).toEqual({
    by: 0,
    step: 'send',
    text: 'When our weekend plans change at the last minute, I feel let down.',
  });
  // The listener of the last turn (Robin) appreciates first.
  expect(rec.appreciations.map((a: { by: number }) => a.by)).toEqual([0, 1]);
  expect(rec.reflections).toEqual([
    { partner: 0, learned: 'Short pieces are easier to hear.', pattern: '', tryNext: '' },
  ]);

  // Afterwards the page lists it.
  await page.reload();
  await hydrated(page.getByRole('button', { name: 'Start the dialogue' }));
  const past = page.getByRole('region', { name: 'Dialogues on this device' });
  await expect(past).toContainText('weekend plans · Robin, then Kai sent');
  await expect(past).toContainText('mirrors: 4 got it, 1 partly · 1 reflection');
});

test('spoken mode: stems and whose turn, Back, a time-out with a pacer, and End', async ({ page, axe }) => {
  await open(page);
  await setUp(page, 'Spoken', '');
  await expect(page.getByText('“I’d like to have a dialogue. Is now a good time?”')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back' })).toBeDisabled();
  await page.getByRole('button', { name: 'Yes, now is good' }).click();
  await heading(page, 'Robin shares');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByText('“When …, I feel …”')).toBeVisible();
  await page.getByRole('button', { name: 'Done: Kai mirrors next' }).click();
  await turnIs(page, 'Kai');
  await expect(page.getByText('“If I got it, you said …”')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await heading(page, 'Robin shares');

  await page.getByRole('button', { name: 'Time-out' }).click();
  await heading(page, 'Time-out');
  await expect(page.locator('.pacer-circle')).toBeVisible();
  await expect(page.locator('.pacer-still')).toBeHidden();
  await axe();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(page.locator('.pacer-circle')).toBeHidden();
  await expect(page.getByText('Breathe out gently while you count to six.')).toBeVisible();
  await page.getByRole('button', { name: 'Pause for now' }).click();
  await heading(page, 'Your dialogue is paused');
  await page.getByRole('button', { name: 'Resume the dialogue' }).click();
  await heading(page, 'Robin shares');

  await page.getByRole('button', { name: 'Done: Kai mirrors next' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await expect(page.getByText('End the dialogue now?')).toBeVisible();
  await page.getByRole('button', { name: 'Keep going' }).click();
  await heading(page, 'Kai mirrors');
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, end it' }).click();
  await heading(page, 'Looking back');
  await page.getByRole('button', { name: 'Finish' }).click();
  await heading(page, 'Saved. Thank you, both of you.');
  const rec = await page.evaluate(() => JSON.parse(localStorage.getItem('imago:dialogues')!).data.sessions[0]);
  expect(rec).toMatchObject({ mode: 'spoken', topic: '', turns: [{ sender: 0, marks: [] }] });
  expect(rec.turns[0].messages).toBeUndefined();
});

test('a later time: saved with the session, offered as a calendar file, and resumed from', async ({ page, axe }) => {
  await open(page);
  await setUp(page, 'Spoken');
  await page.getByRole('button', { name: 'Let’s choose a later time' }).click();
  const when = page.getByLabel('A time soon that works for you both');
  await when.fill('2099-05-04T19:30');
  await page.getByRole('button', { name: 'Save this time' }).click();
  await heading(page, 'Until later');
  await expect(page.locator('.dlg-lead')).toContainText('May 4');
  await axe();
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('imago:dialogue-session')!).data);
  expect(session.hold).toMatchObject({ kind: 'later', at: '2099-05-04T19:30' });
  expect(session.later).toBe('2099-05-04T19:30');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Add it to your calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('dialogue-2099-05-04-1930.ics');
  const body = await (await download.createReadStream()).toArray();
  const ics = Buffer.concat(body).toString('utf8');
  expect(ics).toContain('DTSTART:20990504T193000');
  expect(ics).toContain('SUMMARY:Dialogue: Robin and Kai');

  await page.reload();
  await heading(page, 'Until later');
  await (await hydrated(page.getByRole('button', { name: 'We are ready now' }))).click();
  await heading(page, 'Is now a good time?');
});

test('a set-up that cannot work says why, and nothing starts', async ({ page }) => {
  await open(page);
  await page.getByLabel('First partner’s name').fill('Sam');
  await page.getByLabel('Second partner’s name').fill('sam');
  await page.getByRole('button', { name: 'Start the dialogue' }).click();
  await expect(page.getByRole('alert')).toHaveText(/two different names/);
  expect(await page.evaluate(() => localStorage.getItem('imago:dialogue-session'))).toBeNull();
});

test('the screen is kept awake during the dialogue, and let go on a time-out, when hidden, and at the end', async ({
  page,
}) => {
  // A stand-in Wake Lock API that records what the page asks for.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { wakeLog: string[] }).wakeLog = log;
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', { get: () => (hidden ? 'hidden' : 'visible') });
    (window as unknown as { setHidden: (h: boolean) => void }).setHidden = (h) => {
      hidden = h;
      document.dispatchEvent(new Event('visibilitychange'));
    };
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async () => {
          log.push('request');
          const sentinel = new EventTarget() as EventTarget & { release(): Promise<void> };
          sentinel.release = async () => {
            log.push('release');
            sentinel.dispatchEvent(new Event('release'));
          };
          return sentinel;
        },
      },
    });
  });
  const log = () => page.evaluate(() => (window as unknown as { wakeLog: string[] }).wakeLog.join(' '));
  await open(page);
  expect(await log()).toBe('');
  await setUp(page, 'Spoken');
  await expect.poll(log).toBe('request');
  await expect(page.getByText('the screen stays on')).toBeVisible();
  await page.getByRole('button', { name: 'Time-out' }).click();
  await expect.poll(log).toBe('request release');
  await page.getByRole('button', { name: 'Resume the dialogue' }).click();
  await expect.poll(log).toBe('request release request');
  await page.evaluate(() => (window as unknown as { setHidden: (h: boolean) => void }).setHidden(true));
  await expect.poll(log).toBe('request release request release');
  await page.evaluate(() => (window as unknown as { setHidden: (h: boolean) => void }).setHidden(false));
  await expect.poll(log).toBe('request release request release request');
  await page.getByRole('button', { name: 'Yes, now is good' }).click();
  await page.getByRole('button', { name: 'Done: Kai mirrors next' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, end it' }).click();
  await expect.poll(log).toBe('request release request release request release');
});

test('the clock shows time so far and a gentle note near the end, never a countdown', async ({ page }) => {
  await page.clock.install();
  await open(page);
  await setUp(page, 'Spoken');
  await expect(page.getByText('Just started')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /./ })).toHaveCount(0);
  await page.clock.fastForward('10:00');
  await expect(page.getByText('10 min so far')).toBeVisible();
  await page.clock.fastForward('08:00');
  await expect(page.getByRole('status')).toContainText('you are near the time you planned');
  await page.clock.fastForward('03:00');
  await expect(page.getByRole('status')).toContainText('You have passed the time you planned. That is fine.');
  // Time in a time-out does not count.
  await page.getByRole('button', { name: 'Time-out' }).click();
  await page.clock.fastForward('30:00');
  await page.getByRole('button', { name: 'Resume the dialogue' }).click();
  await expect(page.getByText('21 min so far')).toBeVisible();
});
