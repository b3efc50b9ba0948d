import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { analyzeTypedPlan, analyzeWithReview, parseAccountPlan, summarizeEvidence } from './index';
import { randomPlans, type PlanShape } from './arbitraries';
import type { Settings } from './settings';

// What the core says about 3,000 random plans, frozen: a digest of the JSON of every analysis, as the core gave it
// before the speed work on its hot paths (main at a10dbc3). Speed work must leave every byte of it alone; a change
// that means to change what the core says re-records the digests (FROZEN_RECORD=1 prints the new ones) and says why
// in its commit. The plans come from fast-check with fixed seeds, so a new fast-check that draws other plans
// re-records them too, from a build whose output is known to be right.

interface Batch {
  name: string;
  shape: PlanShape;
  seed: number;
  plans: number;
  settings?: Partial<Settings>;
}

const BATCHES: Batch[] = [
  { name: 'small plans', shape: { contacts: [0, 7], members: 5, page: false }, seed: 11, plans: 1200 },
  { name: "the page's plans", shape: { contacts: [1, 12], members: 6, page: true }, seed: 12, plans: 1200 },
  {
    name: 'more next moves',
    shape: { contacts: [2, 16], members: 8, page: true },
    seed: 13,
    plans: 600,
    settings: { nextMovesPerAccount: 7 },
  },
];

/** Every plan's analysis with its review date, its typed analysis (lazy lists read) and its evidence summaries. */
function digestOf({ shape, seed, plans, settings }: Batch): string {
  const hash = createHash('sha256');
  for (const plan of fc.sample(randomPlans(shape), { seed, numRuns: plans })) {
    hash.update(JSON.stringify(analyzeWithReview(plan, settings)));
    hash.update(JSON.stringify(analyzeTypedPlan(parseAccountPlan(plan), settings)));
    hash.update(JSON.stringify(summarizeEvidence(plan, settings)));
  }
  return hash.digest('hex');
}

const FROZEN: Record<string, string> = {
  'small plans': '73bcc3b0019ffe2a9ed0c56bab7699377731bb8a82e5859cfb385f5dce72d1e2',
  "the page's plans": 'bb981bb61c12dda23fa9ebf5ef532ac5a6497277ac8d575d1bf08d99973960a7',
  'more next moves': 'bfeacc1da7e2d4dec53ff3c667b54b09d2b117e6fd3513200f19d41cc5ec9992',
};

describe('the core against its frozen output', () => {
  it.each(BATCHES.map((batch) => [batch.name, batch] as const))('%s analyse byte for byte as frozen', (name, batch) => {
    const digest = digestOf(batch);
    if (process.env.FROZEN_RECORD) console.log(`'${name}': '${digest}',`);
    else expect(digest).toBe(FROZEN[name]);
  });
});
