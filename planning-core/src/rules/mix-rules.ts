import type { Settings } from '../settings';
import type { Warning } from '../types';
import type { CoverageRule } from './context';
import { percent } from './context';

/** How many relationships the account has, and how many of them are graded T and O: all the mix rules read. */
export interface GradeMix {
  total: number;
  trust: number;
  open: number;
}

function countGrade(relationships: { effective?: string }[], grade: string): number {
  let count = 0;
  for (const cell of relationships) if (cell.effective === grade) count += 1;
  return count;
}

/** "1 of 4 relationships (25%) is", "2 of 10 relationships (20%) are", "None of the 4 relationships is". */
function shareOf(count: number, total: number): string {
  if (count === 0) return `None of the ${total} relationships is`;
  return `${count} of ${total} relationships (${percent(count / total)}) ${count === 1 ? 'is' : 'are'}`;
}

/** The mix rules' warnings for an account with `mix` (next best moves weigh a changed mix without a changed map). */
export function mixWarnings(mix: GradeMix, settings: Settings): Warning[] {
  return [...trustInflationOf(mix, settings), ...fewOpenOf(mix, settings)];
}

/** TRUST_INFLATION: too many relationships graded Trust to be believable. */
export const trustInflation: CoverageRule = (context) =>
  trustInflationOf(
    { total: context.relationships.length, trust: countGrade(context.relationships, 'T'), open: 0 },
    context.settings,
  );

function trustInflationOf({ total, trust }: GradeMix, settings: Settings): Warning[] {
  const { mixMinRelationships, trustInflationMinTrust, trustInflationMaxShare } = settings;
  if (total < mixMinRelationships) return [];
  const share = trust / total;
  if (trust < trustInflationMinTrust || share <= trustInflationMaxShare) return [];
  return [
    {
      rule: 'TRUST_INFLATION',
      severity: 'medium',
      message:
        `${shareOf(trust, total)} graded Trust: check each one against recent ` +
        'evidence, and grade down when in doubt.',
    },
  ];
}

/** FEW_OPEN: too few relationships open to new ideas to move the account forward. */
export const fewOpen: CoverageRule = (context) =>
  fewOpenOf(
    { total: context.relationships.length, trust: 0, open: countGrade(context.relationships, 'O') },
    context.settings,
  );

function fewOpenOf({ total, open }: GradeMix, settings: Settings): Warning[] {
  if (total < settings.mixMinRelationships) return [];
  const share = open / total;
  if (share >= settings.fewOpenMinShare) return [];
  return [
    {
      rule: 'FEW_OPEN',
      severity: 'medium',
      message:
        `${open === 0 ? shareOf(open, total) : `Only ${shareOf(open, total)}`} Open: pick the people you need to move ` +
        'things forward and bring them new ideas until they are.',
    },
  ];
}
