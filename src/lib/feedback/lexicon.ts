// Feeling words, grouped in families, with a rough intensity (1 mild, 2 clear, 3 strong).
// Shared by the feedback engine and the drills' feelings picker: pure data, parsed once.

export interface FeelingWord {
  word: string;
  intensity: 1 | 2 | 3;
}
export interface FeelingFamily {
  id: string;
  label: string;
  words: readonly FeelingWord[];
}

// Compact source: "label/mild words/clear words/strong words". The id is the label's first word
// and the label is shown capitalised. Multi-word entries are allowed; "*" marks words that only
// read as feelings right after "feel": "I feel close", not "I'm close to done".
const RAW = [
  'sad/*blue,*down,*low,wistful,*bad/sad,unhappy,disappointed,discouraged,disheartened,melancholy,tearful,gloomy,homesick,regretful,awful,terrible,defeated,let down,teary,glum,heavy-hearted,dejected/miserable,heartbroken,devastated,crushed,hopeless,depressed',
  'hurt//hurt,ignored,dismissed,overlooked,unseen,unheard,invisible,unappreciated,unimportant,neglected,offended,forgotten,taken for granted,misunderstood,unsupported,judged,criticized,disrespected,left behind,wounded,stung,pained/unwanted,unloved,rejected,belittled,betrayed,abandoned',
  'lonely/*distant,detached/lonely,*alone,disconnected,excluded,left out,shut out,cut off,*empty,adrift,lonesome/isolated',
  'scared or anxious/uneasy,unsure,uncertain,hesitant,wary,concerned,restless/apprehensive,nervous,anxious,worried,scared,afraid,fearful,insecure,unsafe,vulnerable,on edge,tense,stressed,troubled,unsettled,rattled,shaken,alarmed,jittery,shaky,panicky/threatened,frightened,terrified,panicked,dread',
  'angry or frustrated/bothered,irritated,annoyed,impatient,*cross,envious,defensive/frustrated,upset,angry,mad,resentful,bitter,exasperated,aggravated,agitated,fed up,jealous,grumpy,cranky,enraged,worked up/furious,livid,outraged',
  'ashamed or embarrassed/awkward,self-conscious,*silly/embarrassed,ashamed,guilty,foolish,inadequate,*exposed,*small,remorseful,sheepish/unworthy,humiliated,mortified,worthless',
  'overwhelmed or tired/tired,weary,rushed,distracted,confused/*torn,conflicted,*lost,*stuck,overwhelmed,swamped,exhausted,drained,worn out,stretched thin,frazzled,pressured,stressed out,flooded,numb,depleted,overloaded,fatigued,frantic/burned out,helpless,powerless,trapped',
  'happy or grateful/glad,pleased,*content,*okay,*good,*fine/cheerful,happy,grateful,thankful,appreciative,proud,joyful,playful,lighthearted,delighted,excited,relieved,satisfied,*touched,*moved,enthusiastic,*great,amused/thrilled,elated,overjoyed,ecstatic,wonderful',
  'loved or close/*welcome,*warm/*close,connected,*valued,appreciated,*seen,*heard,*understood,accepted,*supported,*respected,*important,*special,*wanted,*included,cared for,affectionate,*tender,loving,intimate,*safe,*secure,comforted,reassured,trusting,treasured,adored,welcomed/loved,cherished',
  'hopeful/curious,interested,*open/hopeful,optimistic,encouraged,inspired,motivated,confident,determined,eager,energized,*alive,brave,expectant,courageous/',
  'calm/rested,comfortable/calm,peaceful,relaxed,at ease,at peace,serene,*settled,centered,grounded,refreshed,*balanced,*steady,composed,tranquil,soothed,mellow,easygoing/',
];

/** Words that only read as feelings right after "feel". */
export const FEEL_ONLY = new Set<string>();

export const FEELING_FAMILIES: readonly FeelingFamily[] = RAW.map((row) => {
  const [label, ...groups] = row.split('/') as [string, ...string[]];
  return {
    id: label.split(' ')[0]!,
    label: label[0]!.toUpperCase() + label.slice(1),
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

/** Noun forms accepted after "feel" ("I feel a lot of sadness"), comma-separated. */
export const FEELING_NOUNS =
  'sadness,loneliness,fear,anxiety,anger,shame,guilt,grief,panic,frustration,resentment,joy,relief,gratitude,jealousy,worry,stress,pain,hope,love,dread';

/** Words that describe what someone else did rather than a feeling inside ("I feel manipulated"). */
export const ACCUSING_WORDS =
  'attacked|manipulated|used|cheated|bullied|coerced|abused|provoked|patronized|controlled|tricked|smothered|lied';
