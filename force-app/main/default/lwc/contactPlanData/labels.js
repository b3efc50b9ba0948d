// Human labels and coaching text of the Contact Plan vocabulary (codes are the planning core's, see docs/contracts.md).

export const GRADES = [
  { code: 'T', label: 'Trust', meaning: 'Our advice is actively sought.' },
  { code: 'O', label: 'Open', meaning: 'Satisfied and willing to look at new ideas.' },
  { code: 'S', label: 'Satisfied', meaning: 'Happy with what we have done.' },
  { code: 'I', label: 'Indifferent', meaning: 'Sees no compelling benefit in working with us.' },
  { code: 'D', label: 'Dissatisfied', meaning: 'Unhappy with what we have done.' },
  { code: 'M', label: 'Motivated to change', meaning: 'Taking active steps to replace us.' },
];

export const BUYER_ROLES = [
  {
    code: 'Power',
    label: 'Power Buyer',
    coaching:
      'Can decide alone. Look for: budget talk and final say. Beware: being parked with delegates while the real call is made elsewhere.',
  },
  {
    code: 'User',
    label: 'User Buyer',
    coaching:
      'Lives with what we deliver. Look for: day-to-day pain we remove. Beware: a quiet user who blocks adoption later.',
  },
  {
    code: 'Advisor',
    label: 'Advisor Buyer',
    coaching:
      'Checks the proposal (technical, purchasing, legal). Look for: the criteria they score us on. Beware: a no that nobody else hears about.',
  },
  {
    code: 'Evangelist',
    label: 'Evangelist',
    coaching:
      'Brings the energy that moves the decision. Look for: ideas they want to champion. Beware: enthusiasm with no authority behind it.',
  },
];

export const NO_ROLE = {
  code: 'None',
  label: 'Other contacts',
  coaching: 'No buyer role recorded for these contacts.',
};

export const SENIORITIES = ['Executive', 'VP', 'Director', 'Manager', 'Staff'];

export const SEVERITIES = [
  { code: 'critical', label: 'Critical' },
  { code: 'high', label: 'High' },
  { code: 'medium', label: 'Medium' },
  { code: 'low', label: 'Low' },
];

export const RULE_LABELS = {
  BELOW_SATISFIED: 'Below satisfied',
  UNCOVERED_BUYER: 'Uncovered',
  SINGLE_THREADED: 'Single-threaded',
  OVER_COVERED: 'Over-covered',
  SENIOR_GAP: 'Senior gap',
  TRUST_INFLATION: 'Trust inflation',
  FEW_OPEN: 'Few open',
  NO_POWER_BUYER: 'No power buyer',
  STALE_GRADE: 'Stale grade',
  KEY_WITHOUT_BLUEPRINT: 'Key without blueprint',
  GOAL_TOO_FAR: 'Goal too far',
  TOO_MANY_KEYS: 'Too many keys',
};

export const STRATEGIES = [
  {
    code: 'RECIPROCITY',
    label: 'Reciprocity ("IOU")',
    explanation: 'Give something of value first; people want to return the favour.',
  },
  {
    code: 'COMMITMENT',
    label: 'Commitment ("I said I\'ll do it")',
    explanation: 'Ask for a small, visible step; people keep to what they have said.',
  },
  {
    code: 'SOCIAL_PROOF',
    label: 'Social proof ("everybody\'s doing it")',
    explanation: 'Show peers who already succeed with us; people follow their own kind.',
  },
  {
    code: 'LIKING',
    label: 'Liking ("love me, love my dog")',
    explanation: 'Find real common ground; people say yes to those they like.',
  },
  {
    code: 'AUTHORITY',
    label: 'Authority ("because I said so")',
    explanation: 'Bring an expert or a senior voice whose judgement they respect.',
  },
  {
    code: 'SCARCITY',
    label: 'Scarcity ("it\'s going fast")',
    explanation: 'Make clear what they lose by waiting: a slot, a price, a window.',
  },
];

export const HORIZON_OPTIONS = [
  { label: '30 days', value: '30' },
  { label: '60 days', value: '60' },
  { label: '90 days', value: '90' },
];

export const BLUEPRINT_STATUSES = [
  { label: 'Planned', value: 'planned' },
  { label: 'Active', value: 'active' },
  { label: 'Done', value: 'done' },
  { label: 'Dropped', value: 'dropped' },
];

const GRADE_BY_CODE = new Map(GRADES.map((grade) => [grade.code, grade]));

export function gradeLabel(code) {
  const grade = GRADE_BY_CODE.get(code);
  return grade ? grade.label : 'No relationship';
}

export function severityRank(code) {
  const rank = SEVERITIES.findIndex((severity) => severity.code === code);
  return rank === -1 ? SEVERITIES.length : rank;
}

export function seniorityRank(code) {
  const rank = SENIORITIES.indexOf(code);
  return rank === -1 ? SENIORITIES.length : rank;
}
