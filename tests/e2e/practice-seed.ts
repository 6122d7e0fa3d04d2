/**
 * Realistic practice data for the My practice tests and screenshots: every area filled, dates
 * relative to `now`, as raw localStorage values. Seed a page with `page.evaluate(seed, seedData(now))`.
 */
export function seedData(now: Date): Record<string, string> {
  const day = (n: number, h = 19) => {
    const d = new Date(now);
    d.setDate(d.getDate() - n);
    d.setHours(h, 30, 0, 0);
    return d;
  };
  const iso = (n: number, h?: number) => day(n, h).toISOString();
  const key = (n: number) => {
    const d = day(n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const env = (data: unknown) => JSON.stringify({ v: 1, data });
  return {
    'imago:progress': env({
      lessons: {
        'what-is-imago': { done: iso(40) },
        'the-imago': { done: iso(38) },
        'why-fights-repeat': { done: iso(30) },
        'four-principles': { done: iso(20) },
        'what-is-emotional-safety': { done: iso(9) },
        mirroring: { done: iso(2), quiz: { closest: { choice: 1, correct: true, at: iso(2) } } },
      },
    }),
    'imago:attempts': env({
      drills: {
        mirroring: {
          current: 'late-again',
          prompts: {
            a: { attempts: [{ text: 'If I got it, you felt let down.', verdict: 'almost', at: iso(3) }] },
            b: { attempts: [{ text: 'So you are saying...', verdict: 'strong', at: iso(1) }] },
          },
        },
      },
    }),
    'imago:dialogues': env({
      sessions: [
        {
          id: 'd1',
          startedAt: iso(12),
          endedAt: iso(12),
          topic: 'Sunday mornings',
          partners: ['Sam', 'Alex'],
          mode: 'spoken',
          minutes: 25,
          turns: [],
          reflections: [
            {
              partner: 0,
              learned: 'I rush to fix things instead of listening.',
              pattern: 'We both hurry on Sundays.',
              tryNext: 'Mirror before I answer.',
            },
          ],
        },
        {
          id: 'd2',
          startedAt: iso(4),
          endedAt: iso(4),
          topic: 'Visiting family',
          partners: ['Sam', 'Alex'],
          mode: 'spoken',
          minutes: 30,
          turns: [],
          reflections: [
            {
              partner: 1,
              learned: 'Alex feels alone at big gatherings.',
              pattern: '',
              tryNext: 'Check in halfway through.',
            },
          ],
        },
      ],
    }),
    'imago:journal': env({
      entries: [
        {
          id: 'j1',
          createdAt: iso(15, 21),
          updatedAt: iso(15, 21),
          content: {
            situation: 'They checked their phone while I was telling them about my day.',
            feelings: ['hurt', 'invisible'],
            body: ['tight chest'],
            intensity: 7,
            reminds: 'Dinners growing up where nobody looked up.',
            needed: 'To feel that I matter.',
            request: 'Would you leave phones in the hall during dinner this week?',
            tags: ['phones', 'dinner'],
          },
        },
        {
          id: 'j2',
          createdAt: iso(6, 22),
          updatedAt: iso(6, 22),
          content: {
            situation: 'The plan for the weekend changed without asking me.',
            feelings: ['frustrated', 'left out'],
            body: ['heat in my face', 'clenched jaw'],
            intensity: 5,
            reminds: 'Being the youngest and told plans last.',
            needed: 'To be included.',
            request: '',
            tags: ['plans'],
          },
        },
        {
          id: 'j3',
          createdAt: iso(1, 20),
          updatedAt: iso(1, 20),
          content: {
            situation: 'A short reply to my message.',
            feelings: ['hurt', 'worried'],
            body: ['knot in my stomach'],
            intensity: 4,
            reminds: '',
            needed: 'Reassurance.',
            request: '',
            tags: ['phones'],
          },
        },
      ],
    }),
    'imago:appreciations': env({
      items: [
        {
          id: 'a1',
          date: key(5),
          direction: 'given',
          text: 'One thing I appreciate about you is how you greet me when I come home.',
          createdAt: iso(5),
        },
        {
          id: 'a2',
          date: key(2),
          direction: 'received',
          text: 'You said you liked how I handled the call with my sister.',
          createdAt: iso(2),
        },
      ],
    }),
    'imago:schedule': env({
      plan: {
        id: 'plan1',
        days: ['MO', 'TH'],
        time: '19:30',
        minutes: 30,
        remindBefore: 30,
        startDate: key(30),
        updatedAt: iso(30),
      },
    }),
  };
}

/** Runs in the page: writes the seed into localStorage. */
export function seed(data: Record<string, string>): void {
  for (const [k, v] of Object.entries(data)) localStorage.setItem(k, v);
}
