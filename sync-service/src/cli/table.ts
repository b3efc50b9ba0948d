import {
  BUYER_ROLES,
  RULES,
  SEVERITIES,
  SEVERITY_LABELS,
  buyerRolesOf,
  isBetter,
  roleLabel,
  ruleLabel,
  type AccountAnalysis,
  type AccountPlan,
  type BuyerRole,
  type Cell,
  type Grade,
  type Settings,
} from '@contact-plan/planning-core';
import { displayWidth, fitVisible, padVisible, visible } from '../visible-text';

// The contact map in a terminal, in the page's words (the core's vocabulary) and symbols: contacts across (grouped by their first buyer role),
// team members down, the effective grade in each cell. Every name comes from the org or a file: it is shown with
// control characters escaped, and cut between characters, never inside an escape.

const NAME_WIDTH = 14;
const ROW_LABEL_WIDTH = 22;
const SUGGESTED = '*';
const KEY = '○';

/** The page's label for contacts without a buyer role (lwc/contactPlanData/labels.js). */
export const NO_ROLE_LABEL = 'Other contacts';

const RULE_LABEL_WIDTH = Math.max(...RULES.map((rule) => ruleLabel(rule).length));

export const LEGEND =
  `Letters are the effective grade; ${SUGGESTED} marks a grade suggested from activity; ` +
  `${KEY} marks a key intersection; blank: no relationship.`;

interface Column {
  contactId: string;
  label: string;
  width: number;
}

interface Group {
  label: string;
  columns: Column[];
}

/** The letters shown in one cell, e.g. `O`, `S*`, `○I`. */
export function cellText(cell: Cell | undefined): string {
  const key = cell?.key ? KEY : '';
  if (!cell?.effective) return key;
  return `${key}${cell.effective}${cell.manual ? '' : SUGGESTED}`;
}

function groupContacts(plan: AccountPlan, roles: Map<string, BuyerRole[]>): Group[] {
  const order = [...BUYER_ROLES, 'none'] as const;
  const groups = new Map<string, Column[]>(order.map((key) => [key, []]));
  for (const contact of plan.contacts) {
    const first = roles.get(contact.id)?.[0] ?? 'none';
    const label = fitVisible(contact.name || contact.id, NAME_WIDTH);
    groups.get(first)?.push({ contactId: contact.id, label, width: Math.max(displayWidth(label), 3) });
  }
  return order
    .map((key) => ({ label: key === 'none' ? NO_ROLE_LABEL : roleLabel(key), columns: groups.get(key) ?? [] }))
    .filter((group) => group.columns.length > 0)
    .map(widenToLabel);
}

/** Widens a group's last column so its label fits above its columns. */
function widenToLabel(group: Group): Group {
  const inner = group.columns.reduce((sum, column) => sum + column.width + 2, 0);
  const needed = displayWidth(group.label) + 2;
  const last = group.columns[group.columns.length - 1];
  if (last && needed > inner) last.width += needed - inner;
  return group;
}

function groupWidth(group: Group): number {
  return group.columns.reduce((sum, column) => sum + column.width + 2, 0) + 1;
}

function renderGrid(plan: AccountPlan, analysis: AccountAnalysis, groups: Group[]): string[] {
  const cells = new Map(analysis.cells.map((cell) => [`${cell.contactId}\u0001${cell.memberId}`, cell]));
  const pad = ' '.repeat(ROW_LABEL_WIDTH);
  const groupLine = groups.map((group) => padVisible(`| ${group.label}`, groupWidth(group))).join('');
  const nameLine = groups
    .map((group) => `|${group.columns.map((column) => ` ${padVisible(column.label, column.width)} `).join('')}`)
    .join('');
  const rule = `${'-'.repeat(ROW_LABEL_WIDTH)}${groups.map((group) => `+${'-'.repeat(groupWidth(group) - 1)}`).join('')}`;
  const lines = [`${pad}${groupLine}`.trimEnd(), `${pad}${nameLine}`.trimEnd(), rule];
  for (const member of plan.members) {
    const label = padVisible(fitVisible(member.name || member.id, ROW_LABEL_WIDTH - 1), ROW_LABEL_WIDTH);
    const row = groups
      .map(
        (group) =>
          `|${group.columns
            .map(
              (column) => ` ${padVisible(cellText(cells.get(`${column.contactId}\u0001${member.id}`)), column.width)} `,
            )
            .join('')}`,
      )
      .join('');
    lines.push(`${label}${row}`.trimEnd());
  }
  return lines;
}

/** The gravity countdown (docs/method.md §1.4.3): each manual grade gravity will lower, soonest first. */
function renderCountdown(plan: AccountPlan, analysis: AccountAnalysis): string[] {
  const contactNames = new Map(plan.contacts.map((contact) => [contact.id, contact.name || contact.id]));
  const memberNames = new Map(plan.members.map((member) => [member.id, member.name || member.id]));
  const dropping = analysis.cells
    .filter((cell) => cell.dropsOn && cell.dropsTo && cell.effective)
    .sort((a, b) => ((a.dropsOn as string) < (b.dropsOn as string) ? -1 : a.dropsOn === b.dropsOn ? 0 : 1));
  if (dropping.length === 0) return [];
  const lines = [`Grades gravity will lower (${dropping.length})`];
  for (const cell of dropping) {
    const who = `${contactNames.get(cell.contactId) ?? cell.contactId} – ${memberNames.get(cell.memberId) ?? cell.memberId}`;
    const on = cell.dropsOn as string;
    const to = cell.dropsTo as Grade;
    // A scheduled touch may first restore a slipped grade; then "until" would name the wrong grade.
    const what = isBetter(cell.effective as Grade, to)
      ? `${cell.effective as Grade} until ${on}, then ${to}`
      : `drops to ${to} on ${on}`;
    lines.push(`  ${on}  ${visible(who)}: ${what}`);
  }
  return ['', ...lines];
}

/** The next best moves (docs/method.md §1.6.3), largest gain first. */
function renderNextMoves(analysis: AccountAnalysis): string[] {
  if (analysis.nextMoves.length === 0) return [];
  return ['', 'Next best moves', ...analysis.nextMoves.map((move) => `  ${visible(move.why)}`)];
}

function renderWarnings(analysis: AccountAnalysis): string[] {
  if (analysis.warnings.length === 0) return ['No coverage warnings.'];
  const lines = [`Coverage warnings (${analysis.warnings.length})`];
  for (const severity of SEVERITIES) {
    const warnings = analysis.warnings.filter((warning) => warning.severity === severity);
    if (warnings.length === 0) continue;
    lines.push(`  ${SEVERITY_LABELS[severity]} (${warnings.length})`);
    for (const warning of warnings) {
      lines.push(`    ${ruleLabel(warning.rule).padEnd(RULE_LABEL_WIDTH)} ${visible(warning.message)}`);
    }
  }
  return lines;
}

/** The account as a person knows it: its name when the plan carries one, else its id. */
function accountTitle(plan: AccountPlan & { accountName?: unknown }): string {
  const name = typeof plan.accountName === 'string' && plan.accountName.trim() ? plan.accountName : undefined;
  return name ? visible(name) : `account ${visible(plan.accountId)}`;
}

function emptyNote(plan: AccountPlan): string | undefined {
  if (plan.contacts.length === 0) return 'No contacts on this account yet.';
  if (plan.members.length === 0) return 'No team members on this account yet.';
  return undefined;
}

/** The whole terminal view of one analyzed account: the map, the legend, the warnings and the score. */
export function renderContactMap(plan: AccountPlan, analysis: AccountAnalysis, settings?: Partial<Settings>): string {
  const lines = [`Client Contact Map: ${accountTitle(plan)}, as of ${visible(analysis.asOf)}`, ''];
  const empty = emptyNote(plan);
  if (empty) lines.push(empty);
  else {
    lines.push(...renderGrid(plan, analysis, groupContacts(plan, buyerRolesOf(plan, settings))), '', LEGEND);
    lines.push(...renderCountdown(plan, analysis));
  }
  lines.push('', ...renderWarnings(analysis), ...renderNextMoves(analysis), '', `Coverage score ${analysis.score}`);
  return `${lines.join('\n')}\n`;
}
