import type { CoverageRule } from './context';
import { percent } from './context';

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

/** TRUST_INFLATION: too many relationships graded Trust to be believable. */
export const trustInflation: CoverageRule = (context) => {
  const total = context.relationships.length;
  const { mixMinRelationships, trustInflationMinTrust, trustInflationMaxShare } = context.settings;
  if (total < mixMinRelationships) return [];
  const trust = countGrade(context.relationships, 'T');
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
};

/** FEW_OPEN: too few relationships open to new ideas to move the account forward. */
export const fewOpen: CoverageRule = (context) => {
  const total = context.relationships.length;
  if (total < context.settings.mixMinRelationships) return [];
  const open = countGrade(context.relationships, 'O');
  const share = open / total;
  if (share >= context.settings.fewOpenMinShare) return [];
  return [
    {
      rule: 'FEW_OPEN',
      severity: 'medium',
      message:
        `${open === 0 ? shareOf(open, total) : `Only ${shareOf(open, total)}`} Open: pick the people you need to move ` +
        'things forward and bring them new ideas until they are.',
    },
  ];
};
