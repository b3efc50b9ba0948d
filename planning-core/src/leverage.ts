import { gradeName, gradeRank } from './grades';
import { departmentKey, type Door, type Reach } from './reach';
import { contactName, memberName, type CoverageContext } from './rules/context';
import type { LeverageProposal, Opportunity } from './types';

interface Target {
  contactId: string;
  memberId?: string;
}

/** A way in for one member: the path (0 = same contact, 1 = same department, 2 = same open opportunity) and door. */
interface Candidate {
  viaMemberId: string;
  path: number;
  door: Door;
  opportunity?: Opportunity;
}

/** Targets in output order: by contact id, the contact-level (uncovered) target first, then weak cells by member. */
function weakTargets(context: CoverageContext): Target[] {
  const targets: Target[] = [];
  for (const contactId of context.people.contactIds) {
    const relationships = context.relationshipsByContact.get(contactId);
    if (!relationships) {
      if ((context.people.contacts.get(contactId)?.roles.length ?? 0) > 0) targets.push({ contactId });
      continue;
    }
    for (const cell of relationships) {
      if (cell.effective === 'I' || cell.effective === 'D' || cell.effective === 'M') {
        targets.push({ contactId, memberId: cell.memberId });
      }
    }
  }
  return targets;
}

function candidatesFor(context: CoverageContext, reach: Reach, target: Target): Candidate[] {
  const limit = context.settings.leveragePerTarget;
  const candidates: Candidate[] = [];
  // Door lists are sorted best first, so each path stops once it has offered enough different members.
  const offer = (doors: readonly Door[], path: number, found: Set<string>, opportunity?: Opportunity) => {
    for (const door of doors) {
      if (found.size >= limit) return;
      const via = door.cell.memberId;
      if (via === target.memberId || found.has(via)) continue;
      if (path > 0 && door.cell.contactId === target.contactId) continue;
      found.add(via);
      candidates.push({ viaMemberId: via, path, door, opportunity });
    }
  };
  offer(reach.byContact.get(target.contactId) ?? [], 0, new Set());
  const key = departmentKey(context.people.contacts.get(target.contactId)?.contact.department);
  if (key) offer(reach.byDepartment.get(key) ?? [], 1, new Set());
  const viaOpportunity = new Set<string>();
  for (const opportunity of reach.openOpportunitiesByContact.get(target.contactId) ?? []) {
    offer(reach.byOpportunity.get(opportunity.id) ?? [], 2, viaOpportunity, opportunity);
  }
  return candidates;
}

/** "has a Trust relationship with" / "has an Open relationship with". */
function relationshipWith(door: Door): string {
  return door.grade === 'O' ? 'has an Open relationship with' : `has a ${gradeName(door.grade)} relationship with`;
}

function explain(context: CoverageContext, target: Target, candidate: Candidate): string {
  const { door } = candidate;
  const via = `${memberName(context, door.cell.memberId)} ${relationshipWith(door)}`;
  const name = contactName(context, target.contactId);
  if (candidate.path === 0) return `${via} ${name}`;
  const other = `${via} ${contactName(context, door.cell.contactId)}`;
  if (candidate.path === 1) {
    const department = context.people.contacts.get(target.contactId)?.contact.department?.trim();
    return `${other}, who works in ${department} with ${name}`;
  }
  return `${other} on open opportunity ${candidate.opportunity?.id}, as is ${name}`;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.path !== b.path) return a.path - b.path;
  const byGrade = gradeRank(a.door.grade) - gradeRank(b.door.grade);
  if (byGrade !== 0) return byGrade;
  if (a.viaMemberId !== b.viaMemberId) return a.viaMemberId < b.viaMemberId ? -1 : 1;
  return a.door.cell.contactId < b.door.cell.contactId ? -1 : a.door.cell.contactId > b.door.cell.contactId ? 1 : 0;
}

/**
 * For every weak cell (I, D, M) and every buyer nobody knows, the team members whose strong relationships (T or O)
 * could open the door: with the same contact, with a colleague in the same department, or with someone on the same
 * open opportunity. Each member is proposed once per target, through their best path. Sorted by contact id, target
 * member id (contact-level targets first), then via member id.
 */
export function proposeLeverage(context: CoverageContext, reach: Reach): LeverageProposal[] {
  const proposals: LeverageProposal[] = [];
  for (const target of weakTargets(context)) {
    const candidates = candidatesFor(context, reach, target).sort(compareCandidates);
    const chosen: Candidate[] = [];
    const proposed = new Set<string>();
    for (const candidate of candidates) {
      if (chosen.length >= context.settings.leveragePerTarget) break;
      if (proposed.has(candidate.viaMemberId)) continue;
      proposed.add(candidate.viaMemberId);
      chosen.push(candidate);
    }
    chosen.sort((a, b) => (a.viaMemberId < b.viaMemberId ? -1 : a.viaMemberId > b.viaMemberId ? 1 : 0));
    for (const candidate of chosen) {
      const why = explain(context, target, candidate);
      const viaContactId = candidate.door.cell.contactId;
      proposals.push(
        target.memberId === undefined
          ? { contactId: target.contactId, viaMemberId: candidate.viaMemberId, viaContactId, why }
          : {
              contactId: target.contactId,
              targetMemberId: target.memberId,
              viaMemberId: candidate.viaMemberId,
              viaContactId,
              why,
            },
      );
    }
  }
  return proposals;
}
