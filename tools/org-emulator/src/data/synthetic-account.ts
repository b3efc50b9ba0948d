// One randomly generated client account with its contacts, deals, team, a year of activities and some of the
// team's own relationship grades. Relationships follow three patterns: warm (touched all year), cooling (touched
// only more than six months ago) and never touched.

import { emailLocalPart, OrgContext, RecordsByObject, SalesUser } from './org';
import { Random } from './random';
import { accountRecord, contactRecord } from './records';
import {
  ACCOUNT_NAME_STEMS,
  ACCOUNT_TYPES,
  CALL_SUBJECTS,
  CONTACT_ROLES,
  CONTACT_TITLES,
  DEAL_NAMES,
  EMAIL_SUBJECTS,
  EVENT_SUBJECTS,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  LOCATIONS,
  OPEN_STAGES,
  RESOURCES,
  SeniorityLevel,
  STRATEGY_CODES,
  TACTICS,
  TASK_SUBJECTS,
  TEAM_ROLES_BY_DEPARTMENT,
} from './vocabulary';
import { AccountWriter } from './writers';

export interface AccountSize {
  contacts: number;
  activities: number;
}

/**
 * What Salesforce keeps beyond a year of plain activities, drawn from a stream of its own so the rest of the account
 * stays as it was: older (archived) history, shared tasks, declined invitations, open tasks, and contacts of the
 * account before this one who are also related to this one (indirect AccountContactRelation).
 */
export interface AccountExtras {
  rng: Random;
  /** Contacts of the previous account in the org, candidates for an indirect relation to this one. */
  neighbourContacts: readonly string[];
  /**
   * The previous account and its team: a contact of this account who moved here from it, or who absorbed a duplicate
   * of it in a merge, left a graded Relationship__c there that no sync has closed yet.
   */
  neighbour?: { accountId: string; memberIds: readonly string[] };
}

const OLDER_HISTORY_SHARE = 0.1;
const SHARED_TASKS = 2;
const DECLINED_MEETINGS = 2;
const OPEN_TASKS = 2;
const INDIRECT_CONTACT_CHANCE = 0.3;
/** Chances, per account, of a contact who moved here from the previous account, and of a merged duplicate. */
const MOVED_CONTACT_CHANCE = 0.03;
const MERGED_CONTACT_CHANCE = 0.015;
const LEFT_BEHIND_GRADES = ['T', 'O', 'S', 'I'] as const;
const LEFT_BEHIND_GRADE_WEIGHTS = [15, 40, 35, 10];
const ACR_ROLES = ['Decision Maker', 'Influencer', 'Evaluator', 'Executive Sponsor', 'Technical Buyer'];

const GRADES = ['T', 'O', 'S', 'I', 'D', 'M'] as const;
const WARM_GRADE_WEIGHTS = [15, 30, 45, 10, 0, 0];
const COOLING_GRADE_WEIGHTS = [0, 20, 40, 20, 15, 5];
const HORIZONS = ['30', '60', '90'] as const;
const BLUEPRINT_STATUSES = ['planned', 'active', 'done', 'dropped'] as const;
const BLUEPRINT_STATUS_WEIGHTS = [30, 40, 20, 10];
const OPPORTUNITY_COUNT_WEIGHTS = [15, 30, 30, 15, 10];
const TEAM_SIZE_WEIGHTS = [0, 0, 10, 30, 30, 20, 10]; // index = number of members besides the owner
const PAIRS_PER_CONTACT_WEIGHTS = [22, 45, 23, 7, 3]; // index = number of members who know the contact
const WARM_SHARE = 0.6;
const WARM_WEIGHT = 6;
const COOLING_WEIGHT = 1;
const ACCOUNT_LEVEL_TASK_SHARE = 0.04;
const MEETING_DURATIONS = [30, 45, 60, 90];
const MEETING_SHARE = 0.3;

function buyerRolesFor(rng: Random, seniority: SeniorityLevel): string | null {
  const roles: string[] = [];
  const senior = seniority === 'Executive' || seniority === 'VP';
  if (rng.chance(senior ? 0.6 : seniority === 'Director' ? 0.2 : 0.03)) roles.push('Power');
  if (rng.chance(senior ? 0.05 : 0.35)) roles.push('User');
  if (rng.chance(senior ? 0.1 : 0.35)) roles.push('Advisor');
  if (rng.chance(0.08)) roles.push('Evangelist');
  return roles.length > 0 ? roles.join(';') : null;
}

function opportunityRoleFor(rng: Random, buyerRoles: string | null): string {
  if (buyerRoles === null) return rng.chance(0.5) ? CONTACT_ROLES.other[0] : rng.pick(CONTACT_ROLES.advisor);
  if (buyerRoles.includes('Power')) return rng.pick(CONTACT_ROLES.power);
  if (buyerRoles.includes('User')) return CONTACT_ROLES.user[0];
  return rng.pick(CONTACT_ROLES.advisor);
}

function phoneNumber(rng: Random): string {
  return `+1 ${rng.int(201, 989)} 555 ${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

/** `count` distinct members of `pool` other than `exclude` (fewer if the pool is small). */
function pickTeam(rng: Random, pool: readonly SalesUser[], exclude: SalesUser, count: number): SalesUser[] {
  const chosen: SalesUser[] = [];
  const wanted = Math.min(count, pool.length - 1);
  while (chosen.length < wanted) {
    const candidate = rng.pick(pool);
    if (candidate !== exclude && !chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen;
}

/** Who on our team knows whom: parallel arrays, one entry per (contact, member) pair, plus lookups both ways. */
interface Pairs {
  contact: number[];
  member: number[];
  warm: boolean[];
  weight: number[];
  ofContact: number[][];
  ofMember: number[][];
}

/** Builds one account step by step; each step draws from the account's own random stream. */
class SyntheticAccount {
  private readonly writer: AccountWriter;
  private readonly owner: SalesUser;
  private readonly members: SalesUser[];
  private readonly contactIds: string[] = [];
  private readonly contactRoles: (string | null)[] = [];
  private readonly opportunityIds: string[] = [];
  private readonly nameStem: string;
  private readonly domain: string;
  private readonly createdDaysAgo: number;

  constructor(
    private readonly ctx: OrgContext,
    private readonly rng: Random,
    pool: readonly SalesUser[],
    owners: readonly SalesUser[],
  ) {
    this.writer = AccountWriter.forNewAccount(ctx, rng);
    const { industry, words } = rng.pick(INDUSTRIES);
    const stem = rng.pick(ACCOUNT_NAME_STEMS);
    const word = rng.pick(words);
    const location = rng.pick(LOCATIONS);
    this.nameStem = `${stem} ${word}`;
    this.domain = `${emailLocalPart(stem + word)}.example`;
    this.owner = rng.pick(owners);
    this.createdDaysAgo = rng.int(400, 2500);
    const employees = rng.int(2, 400) * 50;
    this.writer.out.Account.push(
      accountRecord(
        {
          Id: this.writer.accountId,
          Name: `${this.nameStem} ${rng.pick(location.suffixes)}`,
          Industry: industry,
          Type: rng.pick(ACCOUNT_TYPES),
          BillingCity: location.city,
          BillingCountry: location.country,
          Website: `https://www.${this.domain}`,
          NumberOfEmployees: employees,
          AnnualRevenue: employees * rng.int(80, 400) * 1000,
          OwnerId: this.owner.id,
        },
        ctx.audit(rng, this.createdDaysAgo, rng.int(0, 60)),
      ),
    );
    this.members = [this.owner, ...pickTeam(rng, pool, this.owner, rng.weightedIndex(TEAM_SIZE_WEIGHTS))];
  }

  build(size: AccountSize, extras?: AccountExtras): RecordsByObject {
    this.writeTeam();
    this.writeContacts(size.contacts);
    this.writeOpportunities();
    const pairs = this.choosePairs();
    this.writeActivities(pairs, size.activities);
    this.writeGrades(pairs);
    if (extras) this.writeExtras(pairs, size, extras);
    return this.writer.out;
  }

  /** See AccountExtras: every extra draws from `extras.rng` alone. */
  private writeExtras(pairs: Pairs, size: AccountSize, extras: AccountExtras): void {
    const { writer, members, contactIds } = this;
    const rng = extras.rng;
    const pairAt = (p: number) => ({
      whoId: contactIds[pairs.contact[p]!]!,
      ownerId: members[pairs.member[p]!]!.id,
    });
    if (pairs.contact.length > 0) {
      // Older history: a year to two years back, archived by Salesforce (day 365 itself is archived and still
      // inside a 365-day window).
      const older = Math.floor(size.activities * OLDER_HISTORY_SHARE);
      for (let a = 0; a < older; a++) {
        const { whoId, ownerId } = pairAt(rng.weightedIndex(pairs.weight));
        const daysAgo = a === 0 ? 365 : rng.int(365, 730);
        if (rng.chance(MEETING_SHARE)) {
          const startMinute = rng.int(16, 35) * 30;
          writer.event({
            subject: rng.pick(EVENT_SUBJECTS),
            daysAgo,
            startMinute,
            durationMinutes: 60,
            whoId,
            ownerId,
          });
        } else {
          const subtype = rng.chance(0.5) ? 'Call' : 'Email';
          const subject = rng.pick(subtype === 'Call' ? CALL_SUBJECTS : EMAIL_SUBJECTS);
          writer.task({ subject, subtype, daysAgo, whoId, ownerId });
        }
      }
      // Open tasks: a call planned, one overdue; neither is a touch.
      for (let t = 0; t < OPEN_TASKS; t++) {
        const { whoId, ownerId } = pairAt(rng.weightedIndex(pairs.weight));
        const daysAgo = t === 0 ? -rng.int(1, 30) : rng.int(1, 60);
        const status = t === 0 ? 'Not Started' : 'In Progress';
        writer.task({ subject: rng.pick(CALL_SUBJECTS), subtype: 'Call', daysAgo, whoId, ownerId, status });
      }
    }
    if (pairs.contact.length > 0 && contactIds.length >= 2) {
      // Shared tasks: a member's call or e-mail with one contact they know and up to three more they know.
      for (let t = 0; t < SHARED_TASKS; t++) {
        const p = rng.weightedIndex(pairs.weight);
        const known = [...new Set(pairs.ofMember[pairs.member[p]!]!.map((q) => pairs.contact[q]!))];
        const others = known.filter((c) => c !== pairs.contact[p]);
        const alsoWho = rng.sample(others, Math.min(others.length, rng.int(1, 3))).map((c) => contactIds[c]!);
        writer.task({
          subject: rng.pick(EMAIL_SUBJECTS),
          subtype: rng.chance(0.5) ? 'Call' : 'Email',
          daysAgo: rng.int(0, 120),
          ...pairAt(p),
          alsoWho,
        });
      }
      // Meetings of a known pair to which another contact was invited and declined.
      for (let m = 0; m < DECLINED_MEETINGS; m++) {
        const p = rng.weightedIndex(pairs.weight);
        const host = pairs.contact[p]!;
        const guest = (host + rng.int(1, contactIds.length - 1)) % contactIds.length;
        writer.event({
          subject: rng.pick(EVENT_SUBJECTS),
          daysAgo: pairs.warm[p] ? rng.int(1, 80) : rng.int(181, 300),
          startMinute: rng.int(16, 35) * 30,
          durationMinutes: 30,
          ...pairAt(p),
          declined: [contactIds[guest]!],
        });
      }
    }
    if (extras.neighbourContacts.length > 0 && rng.chance(INDIRECT_CONTACT_CHANCE)) {
      const contactId = rng.pick(extras.neighbourContacts);
      writer.relatedContact(contactId, rng.chance(0.7) ? rng.pick(ACR_ROLES) : null, rng.int(30, 700));
    }
    if (extras.neighbour?.memberIds.length && contactIds.length > 0) this.writeLeftBehind(extras.neighbour, rng);
  }

  /**
   * People who move: a contact who moved here from the previous account (its AccountId changed), and a duplicate on
   * the previous account merged into a contact here (deleted with MasterRecordId, its records reparented to the
   * master). Either way the previous account keeps a graded record its team wrote, still open.
   */
  private writeLeftBehind(neighbour: NonNullable<AccountExtras['neighbour']>, rng: Random): void {
    const old = new AccountWriter(this.ctx, rng, this.writer.out, neighbour.accountId);
    const leftBehind = (contactId: string): string =>
      old.relationship({
        contactId,
        memberId: rng.pick(neighbour.memberIds),
        grade: LEFT_BEHIND_GRADES[rng.weightedIndex(LEFT_BEHIND_GRADE_WEIGHTS)]!,
        gradedDaysAgo: rng.int(20, 200),
        key: false,
        horizon: null,
      });
    if (rng.chance(MOVED_CONTACT_CHANCE)) leftBehind(rng.pick(this.contactIds));
    if (rng.chance(MERGED_CONTACT_CHANCE)) {
      const master = this.writer.out.Contact[rng.int(0, this.contactIds.length - 1)]!;
      const loserId = this.ctx.ids.id('Contact');
      const daysAgo = rng.int(5, 60);
      this.writer.out.Contact.push({
        ...contactRecord(
          {
            Id: loserId,
            AccountId: neighbour.accountId,
            OwnerId: master.OwnerId as string,
            FirstName: master.FirstName as string,
            LastName: master.LastName as string,
            Title: master.Title as string,
            Department: master.Department as string,
            Email: master.Email as string,
            Phone: master.Phone as string,
            Buyer_Roles__c: null,
            Seniority__c: null,
          },
          this.ctx.audit(rng, daysAgo + rng.int(30, 300), daysAgo),
        ),
        IsDeleted: true,
        MasterRecordId: master.Id,
      });
      const recordId = leftBehind(master.Id as string);
      // Created for the duplicate, so its key names the duplicate; the merge only moved Contact__c to the master.
      const record = this.writer.out.Relationship__c.find((r) => r.Id === recordId)!;
      record.Pair_Key__c = `${neighbour.accountId}:${loserId}:${String(record.Team_Member__c)}`;
    }
  }

  private writeTeam(): void {
    for (const member of this.members) {
      const role = member === this.owner ? 'Account Manager' : teamRole(member);
      this.writer.teamMember(member.id, role, this.rng.int(30, this.createdDaysAgo));
    }
  }

  private writeContacts(count: number): void {
    const { ctx, rng } = this;
    for (let i = 0; i < count; i++) {
      const entry = rng.pick(CONTACT_TITLES);
      const firstName = rng.pick(FIRST_NAMES);
      const lastName = rng.pick(LAST_NAMES);
      const id = ctx.ids.id('Contact');
      const roles = rng.chance(0.45) ? buyerRolesFor(rng, entry.seniority) : null;
      const createdDaysAgo = rng.int(20, this.createdDaysAgo);
      this.writer.out.Contact.push(
        contactRecord(
          {
            Id: id,
            AccountId: this.writer.accountId,
            OwnerId: this.owner.id,
            FirstName: firstName,
            LastName: lastName,
            Title: entry.title,
            Department: entry.department,
            Email: `${emailLocalPart(firstName)}.${emailLocalPart(lastName)}@${this.domain}`,
            Phone: phoneNumber(rng),
            Buyer_Roles__c: roles,
            Seniority__c: rng.chance(0.08) ? entry.seniority : null,
          },
          ctx.audit(rng, createdDaysAgo, rng.int(0, createdDaysAgo)),
        ),
      );
      this.contactIds.push(id);
      this.contactRoles.push(roles);
    }
  }

  private writeOpportunities(): void {
    const { rng, writer } = this;
    const count = this.contactIds.length > 0 ? rng.weightedIndex(OPPORTUNITY_COUNT_WEIGHTS) : 0;
    for (let i = 0; i < count; i++) {
      const roll = rng.next();
      const outcome = roll < 0.4 ? 'won' : roll < 0.65 ? 'lost' : 'open';
      const openStage = rng.pick(OPEN_STAGES);
      const closeDaysAgo = outcome === 'open' ? -rng.int(10, 200) : rng.int(0, 360);
      const dealOwner = rng.chance(0.8) ? this.owner : rng.pick(this.members);
      const opportunityId = writer.opportunity({
        name: `${this.nameStem} – ${rng.pick(DEAL_NAMES)}`,
        ownerId: dealOwner.id,
        stage: outcome === 'won' ? 'Closed Won' : outcome === 'lost' ? 'Closed Lost' : openStage.stage,
        probability: outcome === 'won' ? 100 : outcome === 'lost' ? 0 : openStage.probability,
        outcome,
        closeDaysAgo,
        amount: rng.int(10, 1000) * 500,
        createdDaysAgo: Math.max(closeDaysAgo, 0) + rng.int(30, 180),
      });
      this.opportunityIds.push(opportunityId);
      const holders = rng.sampleIndexes(this.contactIds.length, rng.int(1, 4));
      for (let n = 0; n < holders.length; n++) {
        const c = holders[n]!;
        const role = opportunityRoleFor(rng, this.contactRoles[c]!);
        writer.contactRole(opportunityId, this.contactIds[c]!, role, n === 0, 30);
      }
      for (const member of rng.sample(this.members, rng.int(0, 2))) {
        if (member !== dealOwner) writer.opportunityTeamMember(opportunityId, member.id, teamRole(member), 30);
      }
    }
  }

  /** Each contact is known by zero to four members; each such pair is warm or cooling. */
  private choosePairs(): Pairs {
    const { rng, members } = this;
    const pairs: Pairs = { contact: [], member: [], warm: [], weight: [], ofContact: [], ofMember: [] };
    const add = (c: number, m: number, warm: boolean) => {
      pairs.contact.push(c);
      pairs.member.push(m);
      pairs.warm.push(warm);
      pairs.weight.push(warm ? WARM_WEIGHT : COOLING_WEIGHT);
    };
    for (let c = 0; c < this.contactIds.length; c++) {
      const knownBy = Math.min(rng.weightedIndex(PAIRS_PER_CONTACT_WEIGHTS), members.length);
      for (const m of rng.sampleIndexes(members.length, knownBy)) add(c, m, rng.chance(WARM_SHARE));
    }
    if (pairs.contact.length === 0 && this.contactIds.length > 0) add(0, 0, true);
    pairs.ofContact = this.contactIds.map(() => []);
    pairs.ofMember = members.map(() => []);
    for (let p = 0; p < pairs.contact.length; p++) {
      pairs.ofContact[pairs.contact[p]!]!.push(p);
      pairs.ofMember[pairs.member[p]!]!.push(p);
    }
    return pairs;
  }

  private writeActivities(pairs: Pairs, count: number): void {
    const { rng, writer, members, contactIds } = this;
    for (let a = 0; a < count; a++) {
      if (pairs.contact.length === 0 || rng.chance(ACCOUNT_LEVEL_TASK_SHARE)) {
        writer.task({
          subject: rng.pick(TASK_SUBJECTS),
          subtype: 'Task',
          daysAgo: rng.int(0, 364),
          whoId: null,
          ownerId: rng.pick(members).id,
        });
        continue;
      }
      const p = rng.weightedIndex(pairs.weight);
      const whoId = contactIds[pairs.contact[p]!]!;
      const ownerId = members[pairs.member[p]!]!.id;
      // Warm pairs are touched all year, more often lately; cooling ones only more than six months ago.
      const daysAgo = pairs.warm[p] ? Math.floor(365 * rng.next() ** 2) : rng.int(181, 364);
      const whatId =
        this.opportunityIds.length > 0 && rng.chance(0.3) ? rng.pick(this.opportunityIds) : writer.accountId;
      const kind = rng.next();
      if (kind < MEETING_SHARE) {
        // Colleagues who also know the contact join some meetings; the contact brings a colleague we know to some.
        const invitees: string[] = [];
        const colleague = rng.chance(0.4) ? this.companion(pairs, pairs.ofContact[pairs.contact[p]!]!, p) : undefined;
        if (colleague !== undefined) invitees.push(members[pairs.member[colleague]!]!.id);
        const guest = rng.chance(0.2) ? this.companion(pairs, pairs.ofMember[pairs.member[p]!]!, p) : undefined;
        if (guest !== undefined) invitees.push(contactIds[pairs.contact[guest]!]!);
        writer.event({
          subject: rng.pick(EVENT_SUBJECTS),
          daysAgo,
          startMinute: rng.int(16, 35) * 30,
          durationMinutes: rng.pick(MEETING_DURATIONS),
          whoId,
          whatId,
          ownerId,
          invitees,
        });
      } else {
        const subtype = kind < MEETING_SHARE + 0.3 ? 'Call' : kind < 0.95 ? 'Email' : 'Task';
        const subjects = subtype === 'Call' ? CALL_SUBJECTS : subtype === 'Email' ? EMAIL_SUBJECTS : TASK_SUBJECTS;
        writer.task({ subject: rng.pick(subjects), subtype, daysAgo, whoId, whatId, ownerId });
      }
    }
  }

  /** Another pair from `candidates` that may join a meeting of pair `p` without warming a cooling relationship. */
  private companion(pairs: Pairs, candidates: readonly number[], p: number): number | undefined {
    const candidate = candidates[this.rng.int(0, candidates.length - 1)]!;
    return candidate !== p && (pairs.warm[candidate] || !pairs.warm[p]) ? candidate : undefined;
  }

  /** The team's own view: manual grades on some pairs, key intersections and blueprints on a few. */
  private writeGrades(pairs: Pairs): void {
    const { rng } = this;
    for (let p = 0; p < pairs.contact.length; p++) {
      if (!rng.chance(0.35)) continue;
      const warm = pairs.warm[p]!;
      const grade = GRADES[rng.weightedIndex(warm ? WARM_GRADE_WEIGHTS : COOLING_GRADE_WEIGHTS)]!;
      const key = rng.chance(0.15);
      this.writeRelationship(pairs.contact[p]!, this.members[pairs.member[p]!]!, {
        grade,
        gradedDaysAgo: warm ? rng.int(5, 120) : rng.int(150, 420),
        key,
      });
    }
    // Now and then the owner marks an unknown Power buyer as a key to win, before anyone has met them.
    for (let c = 0; c < this.contactIds.length; c++) {
      const unknown = pairs.ofContact[c]!.length === 0;
      if (unknown && this.contactRoles[c]?.includes('Power') && rng.chance(0.1)) {
        this.writeRelationship(c, this.owner, { grade: null, gradedDaysAgo: null, key: true });
      }
    }
  }

  private writeRelationship(
    contact: number,
    member: SalesUser,
    input: { grade: (typeof GRADES)[number] | null; gradedDaysAgo: number | null; key: boolean },
  ): void {
    const { rng } = this;
    const horizon = input.key ? rng.pick(HORIZONS) : null;
    const relationshipId = this.writer.relationship({
      contactId: this.contactIds[contact]!,
      memberId: member.id,
      grade: input.grade,
      gradedDaysAgo: input.gradedDaysAgo,
      key: input.key,
      horizon,
    });
    if (!input.key || !rng.chance(0.4)) return;
    // A blank cell counts as I; a fifth of the blueprints aim two levels up.
    const current = GRADES.indexOf(input.grade ?? 'I');
    const goal = GRADES[Math.max(0, current - (rng.chance(0.8) ? 1 : 2))]!;
    this.writer.blueprint(
      relationshipId,
      {
        Goal_Grade__c: goal,
        Influence_Strategies__c: rng.sample(STRATEGY_CODES, rng.int(1, 2)).join(';'),
        Tactics__c: rng.pick(TACTICS),
        Resources__c: rng.chance(0.5) ? rng.pick(RESOURCES) : null,
        Horizon__c: horizon ?? '60',
        dueInDays: Number(horizon ?? '60') - rng.int(0, 20),
        Status__c: BLUEPRINT_STATUSES[rng.weightedIndex(BLUEPRINT_STATUS_WEIGHTS)]!,
        Invests_Own_Time__c: rng.chance(0.5),
        Teaches_Us__c: rng.chance(0.4),
        Shows_Usefulness__c: rng.chance(0.4),
      },
      rng.int(1, 60),
    );
  }
}

function teamRole(member: SalesUser): string {
  return TEAM_ROLES_BY_DEPARTMENT[member.department] ?? 'Sales Rep';
}

export function syntheticAccount(
  ctx: OrgContext,
  rng: Random,
  pool: readonly SalesUser[],
  owners: readonly SalesUser[],
  size: AccountSize,
  extras?: AccountExtras,
): RecordsByObject {
  return new SyntheticAccount(ctx, rng, pool, owners).build(size, extras);
}
