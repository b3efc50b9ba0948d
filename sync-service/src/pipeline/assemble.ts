import {
  BLUEPRINT_STATUSES,
  BUYER_ROLES,
  GRADES,
  HORIZONS,
  SENIORITIES,
  STRATEGIES,
  mapOpportunityRole,
  type AccountPlan,
  type Blueprint,
  type BlueprintStatus,
  type BuyerRole,
  type Contact,
  type Grade,
  type HorizonDays,
  type Member,
  type Opportunity,
  type Relationship,
  type Seniority,
  type Strategy,
  type Touch,
  type TouchKind,
} from '@contact-plan/planning-core';
import type { SfRecord } from '../salesforce';
import { addDays, bool, day, multi, num, text } from './fields';
import type { BatchSources } from './sources';

export interface RelationshipSvcFields {
  Suggested_Grade__c?: string;
  Effective_Grade__c?: string;
  Grade_Reasons__c?: string;
  Last_Touch__c?: string;
  Touches_90d__c?: number;
}

export interface ExistingRelationship {
  id: string;
  contactId: string;
  memberId: string;
  /** A rep has graded, keyed or given a horizon to this pair, or planned a blueprint on it. */
  hasRepData: boolean;
  svc: RelationshipSvcFields;
}

export interface ExistingWarning {
  id: string;
  key: string;
  severity?: string;
  message?: string;
}

export interface ExistingSnapshot {
  id: string;
  values: Record<string, number | undefined>;
}

export interface ExistingAccount {
  coverageScore?: number;
  coverageSyncedAt?: string;
  reviewOn?: string;
}

export interface PairActivity {
  lastTouch?: string;
  recentTouches: number;
}

export interface AssembledAccount {
  plan: AccountPlan;
  /** By `contactId:memberId`. */
  activity: Map<string, PairActivity>;
  existing: {
    account: ExistingAccount;
    relationships: ExistingRelationship[];
    /** Open warnings, by Warning_Key__c. */
    warnings: ExistingWarning[];
    snapshot?: ExistingSnapshot;
  };
}

export interface AssembleOptions {
  roleMapping?: Readonly<Record<string, BuyerRole | null>>;
  /** Touches in the last this-many days count for Touches_90d__c. */
  recentWindowDays: number;
}

/** Why a source row was left out; counted per reason so a log line stays short. */
export type SkipCounts = Record<string, number>;

export interface AssembleResult {
  accounts: AssembledAccount[];
  skipped: SkipCounts;
}

const pick = <T extends string>(values: readonly T[], v: unknown): T | undefined => {
  const s = text(v);
  return s !== undefined && (values as readonly string[]).includes(s) ? (s as T) : undefined;
};

const horizon = (v: unknown): HorizonDays | undefined => {
  const n = num(v);
  return HORIZONS.find((h) => h === n);
};

const groupBy = (rows: readonly SfRecord[], field: string): Map<string, SfRecord[]> => {
  const out = new Map<string, SfRecord[]>();
  for (const r of rows) {
    const key = text(r[field]);
    if (!key) continue;
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
};

const isUserId = (id: string | undefined): id is string => Boolean(id?.startsWith('005'));
const isContactId = (id: string | undefined): id is string => Boolean(id?.startsWith('003'));

export const pairKey = (contactId: string, memberId: string): string => `${contactId}:${memberId}`;

/** Builds one AccountPlan per account of the batch from its raw source rows, plus what the org holds of ours. */
export function assemble(sources: BatchSources, options: AssembleOptions): AssembleResult {
  const skipped: SkipCounts = {};
  const skip = (reason: string): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };

  const byAccount = {
    accounts: groupBy(sources.accounts, 'Id'),
    contacts: groupBy(sources.contacts, 'AccountId'),
    team: groupBy(sources.accountTeam, 'AccountId'),
    opportunities: groupBy(sources.opportunities, 'AccountId'),
    tasks: groupBy(sources.tasks, 'AccountId'),
    events: groupBy(sources.events, 'AccountId'),
    relationships: groupBy(sources.relationships, 'Account__c'),
    warnings: groupBy(sources.warnings, 'Account__c'),
    snapshots: groupBy(sources.snapshots, 'Account__c'),
  };
  const oppTeam = groupBy(sources.opportunityTeam, 'OpportunityId');
  const oppRoles = groupBy(sources.contactRoles, 'OpportunityId');
  const eventRelations = groupBy(sources.eventRelations, 'EventId');
  const blueprintsByRelationship = groupBy(sources.blueprints, 'Relationship__c');
  const users = new Map(sources.users.map((u) => [String(u.Id), u]));

  const accounts: AssembledAccount[] = [];
  for (const accountId of sources.accountIds) {
    const accountRow = byAccount.accounts.get(accountId)?.[0];
    if (!accountRow) {
      skip('account not found (deleted or not visible)');
      continue;
    }
    const memberIds = new Set<string>();
    const addMember = (id: string | undefined): void => {
      if (isUserId(id)) memberIds.add(id);
    };

    // Contacts, with roles from Buyer_Roles__c or else from their opportunity contact roles.
    const contactRows = byAccount.contacts.get(accountId) ?? [];
    const contactIds = new Set(contactRows.map((c) => String(c.Id)));
    const opportunityRows = byAccount.opportunities.get(accountId) ?? [];
    const mappedRoles = new Map<string, Set<BuyerRole>>();
    const opportunities: Opportunity[] = [];
    for (const o of opportunityRows) {
      const id = String(o.Id);
      const closeDate = day(o.CloseDate);
      const team = [text(o.OwnerId), ...(oppTeam.get(id) ?? []).map((m) => text(m.UserId))].filter(isUserId);
      team.forEach(addMember);
      const roles = (oppRoles.get(id) ?? []).flatMap((r) => {
        const contactId = text(r.ContactId);
        const role = text(r.Role);
        if (!contactId) return [];
        if (role) {
          const mapped = mapOpportunityRole(role, options.roleMapping);
          if (mapped && contactIds.has(contactId)) {
            const set = mappedRoles.get(contactId) ?? new Set<BuyerRole>();
            set.add(mapped);
            mappedRoles.set(contactId, set);
          }
        }
        return [{ contactId, role: role ?? '' }];
      });
      if (!closeDate) {
        skip('opportunity without close date');
        continue;
      }
      const stage = !bool(o.IsClosed) ? 'open' : bool(o.IsWon) ? 'won' : 'lost';
      opportunities.push({ id, stage, closeDate, memberIds: [...new Set(team)], contactRoles: roles });
    }

    const contacts: Contact[] = contactRows.map((c) => {
      const id = String(c.Id);
      const own = multi(c.Buyer_Roles__c).filter((r): r is BuyerRole => (BUYER_ROLES as readonly string[]).includes(r));
      const roles = own.length ? own : [...(mappedRoles.get(id) ?? [])];
      const name = text(c.Name);
      if (!name) skip('contact without a name (shown by id)');
      const contact: Contact = { id, name: name ?? id, roles: [...new Set(roles)] };
      const title = text(c.Title);
      const seniority = pick<Seniority>(SENIORITIES, c.Seniority__c);
      const department = text(c.Department);
      if (title) contact.title = title;
      if (seniority) contact.seniority = seniority;
      if (department) contact.department = department;
      return contact;
    });

    for (const t of byAccount.team.get(accountId) ?? []) addMember(text(t.UserId));

    // Touches: tasks (calls, emails) and events (meetings) with their invitees.
    const touches: Touch[] = [];
    const addTouches = (contacts: string[], members: string[], date: string | undefined, kind: TouchKind): void => {
      if (!date) {
        skip('activity without a date');
        return;
      }
      const known = contacts.filter((c) => contactIds.has(c));
      if (!known.length) {
        skip('activity without a contact of this account');
        return;
      }
      for (const contactId of new Set(known)) {
        for (const memberId of new Set(members)) {
          addMember(memberId);
          touches.push({ contactId, memberId, date, kind });
        }
      }
    };
    for (const t of byAccount.tasks.get(accountId) ?? []) {
      const subtype = text(t.TaskSubtype);
      const kind: TouchKind | undefined = subtype === 'Call' ? 'call' : subtype === 'Email' ? 'email' : undefined;
      if (!kind) continue;
      const owner = text(t.OwnerId);
      addTouches([text(t.WhoId)].filter(isContactId), isUserId(owner) ? [owner] : [], day(t.ActivityDate), kind);
    }
    for (const e of byAccount.events.get(accountId) ?? []) {
      const related = (eventRelations.get(String(e.Id)) ?? []).map((r) => text(r.RelationId));
      const eventContacts = [text(e.WhoId), ...related].filter(isContactId);
      const eventMembers = [text(e.OwnerId), ...related].filter(isUserId);
      addTouches(eventContacts, eventMembers, day(e.ActivityDate) ?? day(e.StartDateTime), 'meeting');
    }

    // Relationship__c: rep fields feed the plan; svc fields are what the org holds of ours.
    const relationships: Relationship[] = [];
    const blueprints: Blueprint[] = [];
    const existingRelationships: ExistingRelationship[] = [];
    const seenPairs = new Set<string>();
    for (const r of byAccount.relationships.get(accountId) ?? []) {
      const contactId = text(r.Contact__c);
      const memberId = text(r.Team_Member__c);
      if (!contactId || !isUserId(memberId)) {
        skip('relationship without contact or team member');
        continue;
      }
      const grade = pick<Grade>(GRADES, r.Grade__c);
      const gradedOn = day(r.Graded_On__c);
      const key = bool(r.Key_Intersection__c);
      const horizonDays = horizon(r.Focus_Horizon__c);
      const plans = blueprintsByRelationship.get(String(r.Id)) ?? [];
      existingRelationships.push({
        id: String(r.Id),
        contactId,
        memberId,
        hasRepData: Boolean(grade || gradedOn || key || horizonDays || plans.length),
        svc: {
          Suggested_Grade__c: text(r.Suggested_Grade__c),
          Effective_Grade__c: text(r.Effective_Grade__c),
          Grade_Reasons__c: text(r.Grade_Reasons__c),
          Last_Touch__c: day(r.Last_Touch__c),
          Touches_90d__c: num(r.Touches_90d__c),
        },
      });
      if (!contactIds.has(contactId)) {
        skip('relationship on a contact no longer on the account');
        continue;
      }
      const pair = pairKey(contactId, memberId);
      if (seenPairs.has(pair)) {
        skip('duplicate relationship record for one pair');
        continue;
      }
      seenPairs.add(pair);
      addMember(memberId);
      const rel: Relationship = { contactId, memberId };
      if (grade) rel.grade = grade;
      if (gradedOn) rel.gradedOn = gradedOn;
      if (key) rel.key = true;
      if (horizonDays) rel.horizonDays = horizonDays;
      relationships.push(rel);
      for (const b of plans) {
        const goal = pick<Grade>(GRADES, b.Goal_Grade__c);
        const status = pick<BlueprintStatus>(BLUEPRINT_STATUSES, b.Status__c);
        if (!goal || !status) {
          skip('blueprint without a valid goal or status');
          continue;
        }
        const blueprint: Blueprint = {
          contactId,
          memberId,
          goal,
          status,
          strategies: multi(b.Influence_Strategies__c).filter((s): s is Strategy =>
            (STRATEGIES as readonly string[]).includes(s),
          ),
        };
        const tactics = text(b.Tactics__c);
        const resources = text(b.Resources__c);
        const bHorizon = horizon(b.Horizon__c);
        const due = day(b.Due_Date__c);
        if (tactics) blueprint.tactics = tactics;
        if (resources) blueprint.resources = resources;
        if (bHorizon) blueprint.horizonDays = bHorizon;
        if (due) blueprint.dueDate = due;
        blueprints.push(blueprint);
      }
    }

    const members: Member[] = [...memberIds].sort().map((id) => {
      const u = users.get(id);
      if (!u) skip('team member without a readable user record');
      const member: Member = { id, name: text(u?.Name) ?? id };
      const title = text(u?.Title);
      const seniority = pick<Seniority>(SENIORITIES, u?.Seniority__c);
      if (title) member.title = title;
      if (seniority) member.seniority = seniority;
      return member;
    });

    const activity = new Map<string, PairActivity>();
    const since = addDays(sources.asOf, -options.recentWindowDays);
    for (const t of touches) {
      if (t.date > sources.asOf) continue;
      const k = pairKey(t.contactId, t.memberId);
      const a = activity.get(k) ?? { recentTouches: 0 };
      if (!a.lastTouch || t.date > a.lastTouch) a.lastTouch = t.date;
      if (t.date > since) a.recentTouches += 1;
      activity.set(k, a);
    }

    const snapshotRow = byAccount.snapshots.get(accountId)?.find((s) => day(s.As_Of__c) === sources.asOf);
    accounts.push({
      plan: { accountId, asOf: sources.asOf, contacts, members, relationships, touches, blueprints, opportunities },
      activity,
      existing: {
        account: {
          coverageScore: num(accountRow.Coverage_Score__c),
          coverageSyncedAt: text(accountRow.Coverage_Synced_At__c),
          reviewOn: day(accountRow.Coverage_Review_On__c),
        },
        relationships: existingRelationships,
        warnings: (byAccount.warnings.get(accountId) ?? [])
          .filter((w) => text(w.Status__c) === 'Open' && text(w.Warning_Key__c))
          .map((w) => ({
            id: String(w.Id),
            key: String(w.Warning_Key__c),
            severity: text(w.Severity__c),
            message: text(w.Message__c),
          })),
        snapshot: snapshotRow
          ? {
              id: String(snapshotRow.Id),
              values: Object.fromEntries(
                Object.entries(snapshotRow)
                  .filter(([k]) => k === 'Score__c' || k.startsWith('Count_'))
                  .map(([k, v]) => [k, num(v)]),
              ),
            }
          : undefined,
      },
    });
  }
  return { accounts, skipped };
}
