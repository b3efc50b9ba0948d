import { gradeName, gradeRank } from './grades';
import { departmentKey, type Door, type Reach } from './reach';
import { contactName, memberName, type CoverageContext } from './rules/context';
import type { LeverageProposal } from './types';

interface Target {
  contactId: string;
  memberId?: string;
}

interface Candidate {
  viaMemberId: string;
  /** 0 = same contact, 1 = same department, 2 = same open opportunity. */
  path: number;
  door: Door;
  why: string;
}

function weakTargets(context: CoverageContext): Target[] {
  const targets: Target[] = [];
  for (const cell of context.relationships) {
    if (cell.effective === 'I' || cell.effective === 'D' || cell.effective === 'M') {
      targets.push({ contactId: cell.contactId, memberId: cell.memberId });
    }
  }
  for (const [contactId, view] of context.people.contacts) {
    if (view.roles.length > 0 && !context.relationshipsByContact.has(contactId)) targets.push({ contactId });
  }
  return targets;
}

function candidatesFor(context: CoverageContext, reach: Reach, target: Target): Candidate[] {
  const limit = context.settings.leveragePerTarget;
  const candidates: Candidate[] = [];
  const name = contactName(context, target.contactId);
  // Door lists are sorted best first, so each path stops once it has offered enough different members.
  const offer = (doors: readonly Door[], path: number, why: (door: Door) => string, found: Set<string>) => {
    for (const door of doors) {
      if (found.size >= limit) return;
      const via = door.cell.memberId;
      if (via === target.memberId || found.has(via)) continue;
      if (path > 0 && door.cell.contactId === target.contactId) continue;
      found.add(via);
      candidates.push({ viaMemberId: via, path, door, why: why(door) });
    }
  };
  const other = (door: Door) =>
    `${memberName(context, door.cell.memberId)} ${relationshipWith(door)} ${contactName(context, door.cell.contactId)}`;

  offer(
    reach.byContact.get(target.contactId) ?? [],
    0,
    (door) => `${memberName(context, door.cell.memberId)} ${relationshipWith(door)} ${name}`,
    new Set(),
  );
  const department = context.people.contacts.get(target.contactId)?.contact.department;
  const key = departmentKey(department);
  if (key) {
    const doors = reach.byDepartment.get(key) ?? [];
    offer(doors, 1, (door) => `${other(door)}, who works in ${department?.trim()} with ${name}`, new Set());
  }
  const viaOpportunity = new Set<string>();
  for (const opportunity of reach.openOpportunitiesByContact.get(target.contactId) ?? []) {
    const doors = reach.byOpportunity.get(opportunity.id) ?? [];
    offer(doors, 2, (door) => `${other(door)} on open opportunity ${opportunity.id}, as is ${name}`, viaOpportunity);
  }
  return candidates;
}

/** "has a Trust relationship with" / "has an Open relationship with". */
function relationshipWith(door: Door): string {
  return door.grade === 'O' ? 'has an Open relationship with' : `has a ${gradeName(door.grade)} relationship with`;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.path !== b.path) return a.path - b.path;
  const byGrade = gradeRank(a.door.grade) - gradeRank(b.door.grade);
  if (byGrade !== 0) return byGrade;
  if (a.viaMemberId !== b.viaMemberId) return a.viaMemberId < b.viaMemberId ? -1 : 1;
  return a.door.cell.contactId < b.door.cell.contactId ? -1 : a.door.cell.contactId > b.door.cell.contactId ? 1 : 0;
}

function compareProposals(a: LeverageProposal, b: LeverageProposal): number {
  if (a.contactId !== b.contactId) return a.contactId < b.contactId ? -1 : 1;
  const targetA = a.targetMemberId ?? '';
  const targetB = b.targetMemberId ?? '';
  if (targetA !== targetB) return targetA < targetB ? -1 : 1;
  return a.viaMemberId < b.viaMemberId ? -1 : a.viaMemberId > b.viaMemberId ? 1 : 0;
}

/**
 * For every weak cell (I, D, M) and every buyer nobody knows, the team members whose strong relationships (T or O)
 * could open the door: with the same contact, with a colleague in the same department, or with someone on the same
 * open opportunity. Each member is proposed once per target, through their best path.
 */
export function proposeLeverage(context: CoverageContext, reach: Reach): LeverageProposal[] {
  const proposals: LeverageProposal[] = [];
  for (const target of weakTargets(context)) {
    const candidates = candidatesFor(context, reach, target).sort(compareCandidates);
    const proposed = new Set<string>();
    for (const candidate of candidates) {
      if (proposed.size >= context.settings.leveragePerTarget) break;
      if (proposed.has(candidate.viaMemberId)) continue;
      proposed.add(candidate.viaMemberId);
      proposals.push({
        contactId: target.contactId,
        ...(target.memberId === undefined ? {} : { targetMemberId: target.memberId }),
        viaMemberId: candidate.viaMemberId,
        why: candidate.why,
      });
    }
  }
  return proposals.sort(compareProposals);
}
