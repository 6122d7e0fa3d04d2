// Feeling words, grouped in families, with a rough intensity (1 mild, 2 clear, 3 strong).
// Shared by the feedback engine and the drills' feelings picker. Pure data plus one helper.
import { canon } from './text';

export interface FeelingWord {
  word: string;
  intensity: 1 | 2 | 3;
}
export interface FeelingFamily {
  id: string;
  label: string;
  words: readonly FeelingWord[];
}

// Compact source: "id/Label/mild words/clear words/strong words" (multi-word entries allowed;
// "*" marks words that only read as feelings right after "feel": "I feel close", not "I'm close to done").
const RAW: readonly string[] = [
  'sad/Sad/*blue,*down,*low,wistful,*bad/sad,unhappy,disappointed,discouraged,disheartened,melancholy,tearful,gloomy,homesick,regretful,awful,terrible,defeated,let down,teary,glum,heavy-hearted,dejected/miserable,heartbroken,devastated,crushed,hopeless,depressed',
  'hurt/Hurt//hurt,ignored,dismissed,overlooked,unseen,unheard,invisible,unappreciated,unimportant,neglected,offended,forgotten,taken for granted,misunderstood,unsupported,judged,criticized,disrespected,left behind,wounded,stung,pained/unwanted,unloved,rejected,belittled,betrayed,abandoned',
  'lonely/Lonely/*distant,detached/lonely,*alone,disconnected,excluded,left out,shut out,cut off,*empty,adrift,lonesome/isolated',
  'scared/Scared or anxious/uneasy,unsure,uncertain,hesitant,wary,concerned,restless/apprehensive,nervous,anxious,worried,scared,afraid,fearful,insecure,unsafe,vulnerable,on edge,tense,stressed,troubled,unsettled,rattled,shaken,alarmed,jittery,shaky,panicky/threatened,frightened,terrified,panicked,dread',
  'angry/Angry or frustrated/bothered,irritated,annoyed,impatient,*cross,envious,defensive/frustrated,upset,angry,mad,resentful,bitter,exasperated,aggravated,agitated,fed up,jealous,grumpy,cranky,enraged,worked up/furious,livid,outraged',
  'ashamed/Ashamed or embarrassed/awkward,self-conscious,*silly/embarrassed,ashamed,guilty,foolish,inadequate,*exposed,*small,remorseful,sheepish/unworthy,humiliated,mortified,worthless',
  'overwhelmed/Overwhelmed or tired/tired,weary,rushed,distracted,confused/*torn,conflicted,*lost,*stuck,overwhelmed,swamped,exhausted,drained,worn out,stretched thin,frazzled,pressured,stressed out,flooded,numb,depleted,overloaded,fatigued,frantic/burned out,helpless,powerless,trapped',
  'happy/Happy or grateful/glad,pleased,*content,*okay,*good,*fine/cheerful,happy,grateful,thankful,appreciative,proud,joyful,playful,lighthearted,delighted,excited,relieved,satisfied,*touched,*moved,enthusiastic,*great,amused/thrilled,elated,overjoyed,ecstatic,wonderful',
  'loved/Loved or close/*welcome,*warm/*close,connected,*valued,appreciated,*seen,*heard,*understood,accepted,*supported,*respected,*important,*special,*wanted,*included,cared for,affectionate,*tender,loving,intimate,*safe,*secure,comforted,reassured,trusting,treasured,adored,welcomed/loved,cherished',
  'hopeful/Hopeful/curious,interested,*open/hopeful,optimistic,encouraged,inspired,motivated,confident,determined,eager,energized,*alive,brave,expectant,courageous/',
  'calm/Calm/rested,comfortable/calm,peaceful,relaxed,at ease,at peace,serene,*settled,centered,grounded,refreshed,*balanced,*steady,composed,tranquil,soothed,mellow,easygoing/',
];

/** Words that only read as feelings right after "feel". */
export const FEEL_ONLY = new Set<string>();

export const FEELING_FAMILIES: readonly FeelingFamily[] = RAW.map((row) => {
  const [id, label, ...groups] = row.split('/') as [string, string, ...string[]];
  return {
    id,
    label,
    words: groups.flatMap((g, i) =>
      g
        ? g.split(',').map((w) => {
            const word = w.replace('*', '');
            if (word !== w) FEEL_ONLY.add(word);
            return { word, intensity: (i + 1) as 1 | 2 | 3 };
          })
        : [],
    ),
  };
});

/** Noun forms accepted after "feel" ("I feel a lot of sadness"). */
export const FEELING_NOUNS: readonly string[] =
  'sadness,loneliness,fear,anxiety,anger,shame,guilt,grief,panic,frustration,resentment,joy,relief,gratitude,jealousy,worry,stress,pain,hope,love,dread'.split(
    ',',
  );

/** Words that describe what someone else did rather than a feeling inside ("I feel manipulated"). */
export const ACCUSING_WORDS: readonly string[] =
  'attacked,manipulated,used,cheated,bullied,coerced,abused,provoked,patronized,controlled,tricked,smothered,lied'.split(
    ',',
  );

export interface FeelingEntry {
  family: string;
  word: string;
  intensity: 1 | 2 | 3;
  parts: string[]; // canonical stems of each word of the entry
}

const single = new Map<string, FeelingEntry>();
const multi = new Map<string, FeelingEntry[]>(); // first stem -> entries with more than one part
const phrases = new Set<string>();

for (const f of FEELING_FAMILIES) {
  for (const w of f.words) {
    const parts = w.word.split(/[\s-]+/).map(canon);
    const e: FeelingEntry = { family: f.id, word: w.word, intensity: w.intensity, parts };
    phrases.add(w.word.replace(/-/g, ' '));
    if (parts.length === 1) {
      if (!single.has(parts[0]!)) single.set(parts[0]!, e);
    } else {
      const k = parts[0]!;
      const list = multi.get(k) ?? [];
      list.push(e);
      multi.set(k, list);
    }
  }
}
const nounStems = new Set(FEELING_NOUNS.map(canon));

/** Lexicon entry for a canonical stem sequence starting at index i, with its length in words. */
export function feelingAt(stems: readonly string[], i: number): { entry: FeelingEntry; len: number } | null {
  const first = stems[i];
  if (first === undefined) return null;
  const list = multi.get(first);
  if (list) {
    for (const e of list) {
      let ok = true;
      for (let k = 1; k < e.parts.length; k++) if (stems[i + k] !== e.parts[k]) ok = false;
      if (ok) return { entry: e, len: e.parts.length };
    }
  }
  const e = single.get(first);
  return e ? { entry: e, len: 1 } : null;
}

export function isFeelingNoun(stem: string): boolean {
  return nounStems.has(stem);
}

/** True when `word` (any form: "worried", "Worry", "left out") is in the feeling lexicon. */
export function isFeelingWord(word: string): boolean {
  const w = String(word)
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, ' ');
  if (!w) return false;
  if (phrases.has(w)) return true;
  const parts = w.split(' ').map(canon);
  const hit = feelingAt(parts, 0);
  return hit !== null && hit.len === parts.length;
}
