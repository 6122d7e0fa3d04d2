/** The practice pages lessons can link to, with the names shown in "Try it" boxes. */
export const PRACTICE_PAGES = {
  'i-statements': { title: 'Rewrite the blame', href: '/practice/i-statements/' },
  mirroring: { title: 'Mirror it back', href: '/practice/mirroring/' },
  validation: { title: 'Find what makes sense', href: '/practice/validation/' },
  empathy: { title: 'Imagine the feeling', href: '/practice/empathy/' },
  requests: { title: 'From complaint to request', href: '/practice/requests/' },
  dialogue: { title: 'Guided dialogue for two', href: '/practice/dialogue/' },
} as const satisfies Record<string, { title: string; href: string }>;

export type PracticeId = keyof typeof PRACTICE_PAGES;
