import {
  BUYER_ROLES,
  SEVERITIES,
  buyerRolesOf,
  type AccountAnalysis,
  type AccountPlan,
  type BuyerRole,
  type Cell,
  type Settings,
} from '@contact-plan/planning-core';

// The contact map in a terminal: contacts across (grouped by their first buyer role), team members down, one grade
// letter per cell. Upper case is a rep's grade after gravity, lower case a grade suggested from evidence.

const NAME_WIDTH = 14;
const ROW_LABEL_WIDTH = 22;
const GROUP_LABELS: Record<BuyerRole | 'none', string> = {
  Power: 'POWER',
  User: 'USER',
  Advisor: 'ADVISOR',
  Evangelist: 'EVANGELIST',
  none: 'NO ROLE',
};

export const LEGEND =
  'Legend: T O S I D M = rep grade after gravity; t o s i = suggested from evidence; ' +
  '* = key intersection; ! = lowered by gravity; blank = no relationship';

interface Column {
  contactId: string;
  label: string;
  width: number;
}

interface Group {
  label: string;
  columns: Column[];
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** The letters shown in one cell, e.g. `O`, `s*`, `I!`. */
export function cellText(cell: Cell | undefined): string {
  if (!cell?.effective) return cell?.key ? '*' : '';
  const letter = cell.manual ? cell.effective : cell.effective.toLowerCase();
  const slipped = cell.manual !== undefined && cell.manual !== cell.effective ? '!' : '';
  return `${letter}${slipped}${cell.key ? '*' : ''}`;
}

function groupContacts(plan: AccountPlan, roles: Map<string, BuyerRole[]>): Group[] {
  const order = [...BUYER_ROLES, 'none'] as const;
  const groups = new Map<string, Column[]>(order.map((key) => [key, []]));
  for (const contact of plan.contacts) {
    const first = roles.get(contact.id)?.[0] ?? 'none';
    const label = truncate(contact.name || contact.id, NAME_WIDTH);
    groups.get(first)?.push({ contactId: contact.id, label, width: Math.max(label.length, 3) });
  }
  return order
    .map((key) => ({ label: GROUP_LABELS[key], columns: groups.get(key) ?? [] }))
    .filter((group) => group.columns.length > 0);
}

function groupWidth(group: Group): number {
  return group.columns.reduce((sum, column) => sum + column.width + 2, 0) + 1;
}

function renderGrid(plan: AccountPlan, analysis: AccountAnalysis, groups: Group[]): string[] {
  const cells = new Map(analysis.cells.map((cell) => [`${cell.contactId}\u0001${cell.memberId}`, cell]));
  const pad = ' '.repeat(ROW_LABEL_WIDTH);
  const groupLine = groups.map((group) => `| ${group.label}`.padEnd(groupWidth(group))).join('');
  const nameLine = groups
    .map((group) => `|${group.columns.map((column) => ` ${column.label.padEnd(column.width)} `).join('')}`)
    .join('');
  const rule = `${'-'.repeat(ROW_LABEL_WIDTH)}${groups.map((group) => `+${'-'.repeat(groupWidth(group) - 1)}`).join('')}`;
  const lines = [`${pad}${groupLine}`.trimEnd(), `${pad}${nameLine}`.trimEnd(), rule];
  for (const member of plan.members) {
    const label = truncate(member.name || member.id, ROW_LABEL_WIDTH - 1).padEnd(ROW_LABEL_WIDTH);
    const row = groups
      .map(
        (group) =>
          `|${group.columns
            .map((column) => ` ${cellText(cells.get(`${column.contactId}\u0001${member.id}`)).padEnd(column.width)} `)
            .join('')}`,
      )
      .join('');
    lines.push(`${label}${row}`.trimEnd());
  }
  return lines;
}

function renderWarnings(analysis: AccountAnalysis): string[] {
  if (analysis.warnings.length === 0) return ['Warnings: none'];
  const lines = [`Warnings (${analysis.warnings.length})`];
  for (const severity of SEVERITIES) {
    const warnings = analysis.warnings.filter((warning) => warning.severity === severity);
    if (warnings.length === 0) continue;
    lines.push(`  ${severity.toUpperCase()} (${warnings.length})`);
    for (const warning of warnings) lines.push(`    ${warning.rule.padEnd(21)} ${warning.message}`);
  }
  return lines;
}

/** The whole terminal view of one analyzed account: the map, the legend, the warnings and the score. */
export function renderContactMap(plan: AccountPlan, analysis: AccountAnalysis, settings?: Partial<Settings>): string {
  const roles = buyerRolesOf(plan, settings);
  const groups = groupContacts(plan, roles);
  const lines = [`Contact map of account ${analysis.accountId} as of ${analysis.asOf}`, ''];
  if (groups.length === 0 || plan.members.length === 0) lines.push('(no contacts or no team members)');
  else lines.push(...renderGrid(plan, analysis, groups));
  lines.push('', LEGEND, '', ...renderWarnings(analysis), '', `Coverage score: ${analysis.score}/100`);
  return `${lines.join('\n')}\n`;
}
