/**
 * The drills as written, read with the real feedback engine: every model answer must be
 * recognised as strong, and the blame or complaint a prompt starts from must not be.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { drillSchema, lessonSchema, type DrillData } from '../../src/content/schemas';
import { DRILL_IDS, isDrillId, type DrillId, type Reviewer } from '../../src/lib/drills';
import { review as reviewIStatements } from '../../src/lib/drill-reviewers/i-statements';
import { review as reviewMirroring } from '../../src/lib/drill-reviewers/mirroring';
import { review as reviewValidation } from '../../src/lib/drill-reviewers/validation';
import { review as reviewEmpathy } from '../../src/lib/drill-reviewers/empathy';
import { review as reviewRequests } from '../../src/lib/drill-reviewers/requests';

const REVIEWERS: Record<DrillId, Reviewer> = {
  'i-statements': reviewIStatements,
  mirroring: reviewMirroring,
  validation: reviewValidation,
  empathy: reviewEmpathy,
  requests: reviewRequests,
};

const root = join(import.meta.dirname, '../../src/content');
const drills = readdirSync(join(root, 'drills'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    id: f.replace(/\.json$/, ''),
    data: drillSchema.parse(JSON.parse(readFileSync(join(root, 'drills', f), 'utf8'))) as DrillData,
  }));

function lessonPractice(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const base = join(root, 'lessons');
  for (const folder of readdirSync(base)) {
    for (const file of readdirSync(join(base, folder)).filter((f) => f.endsWith('.mdx'))) {
      const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(base, folder, file), 'utf8'));
      out.set(file.replace(/\.mdx$/, ''), lessonSchema.parse(parse(m![1]!)).practice);
    }
  }
  return out;
}

describe('the drill collection', () => {
  it('has exactly the five drills, each with a page kind', () => {
    expect(drills.map((d) => d.id).sort()).toEqual([...DRILL_IDS].sort());
    for (const d of drills) expect(isDrillId(d.id)).toBe(true);
  });

  it('links each drill to a lesson whose "Try it" links back', () => {
    const practice = lessonPractice();
    for (const d of drills) {
      expect(practice.has(d.data.lesson), `${d.id} → ${d.data.lesson}`).toBe(true);
      expect(practice.get(d.data.lesson), d.data.lesson).toContain(d.id);
    }
  });
});

describe.each(drills.map((d) => [d.id, d] as const))('drill %s', (id, drill) => {
  const reviewer = REVIEWERS[id as DrillId];

  it('has at least 12 prompts with 2+ models, hints and tags', () => {
    expect(drill.data.prompts.length).toBeGreaterThanOrEqual(12);
    for (const p of drill.data.prompts) {
      expect(p.models.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.hints.length, p.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('recognises every model answer as strong', () => {
    const weak: string[] = [];
    for (const p of drill.data.prompts) {
      for (const m of p.models) {
        const fb = reviewer(p, m);
        if (fb.verdict !== 'strong') {
          const why = fb.checks.find((c) => !c.passed)?.message ?? '';
          weak.push(`${p.id}: ${fb.verdict} (${why}) for "${m}"`);
        }
      }
    }
    expect(weak).toEqual([]);
  });

  if (id === 'i-statements' || id === 'requests') {
    it('does not accept the blame or complaint itself as an answer', () => {
      for (const p of drill.data.prompts) expect(reviewer(p, p.message).verdict, p.message).not.toBe('strong');
    });
  }

  if (id === 'mirroring') {
    it('does not accept a well-formed mirror of another message', () => {
      const ps = drill.data.prompts;
      ps.forEach((p, i) => {
        const other = ps[(i + 1) % ps.length]!;
        expect(reviewer(p, other.models[0]!).verdict, `${p.id} mirrored with ${other.id}`).toBe('needs-work');
      });
    });
  }
});
