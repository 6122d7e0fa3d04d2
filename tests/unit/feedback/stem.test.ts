// The engine's compact Porter stemmer must agree with the `stemmer` package, word for word.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/lib/feedback/stem';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const wordsIn = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

// Stems and suffixes the algorithm treats specially, joined at random into made-up words.
const STEMS =
  'b,c,tr,sp,str,y,ye,yo,a,e,i,o,u,ab,oat,cat,hop,fil,happ,agre,feed,hope,gener,relat,rat,conf,cau,feel,ion';
const SUFFIXES =
  's,es,ies,sses,ss,ed,eed,ing,y,ly,li,ational,tional,enci,anci,izer,bli,alli,entli,eli,ousli,ization,ation,ator,alism,iveness,fulness,ousness,aliti,iviti,biliti,logi,icate,ative,alize,iciti,ical,ful,ness,al,ance,ence,er,ic,able,ible,ant,ement,ment,ent,ou,ism,ate,iti,ous,ive,ize,sion,tion,ion,e,ll,le,at,bl,iz';

function madeUp(n: number): string[] {
  const stems = STEMS.split(',');
  const sfx = SUFFIXES.split(',');
  const letters = 'abcdefghijklmnopqrstuvwxyzaeiouy';
  let seed = 7;
  const rnd = (k: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % k;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = rnd(2) ? stems[rnd(stems.length)]! : '';
    for (let k = rnd(5); k > 0; k--) w += letters[rnd(letters.length)];
    w += sfx[rnd(sfx.length)];
    if (rnd(3) === 0) w += sfx[rnd(sfx.length)];
    out.push(w);
  }
  return out;
}

describe('Porter stemmer', () => {
  it('matches the stemmer package on the engine data, the corpus, the drills and made-up words', () => {
    const words = new Set<string>();
    for (const dir of ['src/lib/feedback/', 'tests/fixtures/feedback/', 'src/content/drills/']) {
      for (const f of readdirSync(root(dir)))
        for (const w of wordsIn(readFileSync(root(dir + f), 'utf8'))) words.add(w);
    }
    expect(words.size).toBeGreaterThan(2000);
    for (const w of madeUp(60_000)) words.add(w);
    const differ = [...words].filter((w) => stem(w) !== stemmer(w));
    expect(differ.slice(0, 20).map((w) => `${w}: ${stem(w)} vs ${stemmer(w)}`)).toEqual([]);
  });

  it('keeps the classic examples', () => {
    const pairs =
      'caresses caress,ponies poni,cats cat,feed feed,agreed agre,plastered plaster,motoring motor,hopping hop,filing file,happy happi,relational relat,conditional condit,hopeful hope,goodness good,revival reviv,adjustable adjust,controlling control,generalization gener,yes ye,sky sky';
    for (const p of pairs.split(',')) {
      const [w, s] = p.split(' ') as [string, string];
      expect(stem(w), w).toBe(s);
    }
  });
});
