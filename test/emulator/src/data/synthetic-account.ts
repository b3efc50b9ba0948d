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

export function syntheticAccount(
  ctx: OrgContext,
  rng: Random,
  pool: readonly SalesUser[],
  owners: readonly SalesUser[],
  size: AccountSize,
): RecordsByObject {
  const writer = AccountWriter.forNewAccount(ctx, rng);
  const { out, accountId } = writer;

  const { industry, words } = rng.pick(INDUSTRIES);
  const stem = rng.pick(ACCOUNT_NAME_STEMS);
  const word = rng.pick(words);
  const location = rng.pick(LOCATIONS);
  const domain = `${emailLocalPart(stem + word)}.example`;
  const owner = rng.pick(owners);
  const accountCreatedDaysAgo = rng.int(400, 2500);
  const employees = rng.int(2, 400) * 50;
  out.Account.push(
    accountRecord(
      {
        Id: accountId,
        Name: `${stem} ${word} ${rng.pick(location.suffixes)}`,
        Industry: industry,
        Type: rng.pick(ACCOUNT_TYPES),
        BillingCity: location.city,
        BillingCountry: location.country,
        Website: `https://www.${domain}`,
        NumberOfEmployees: employees,
        AnnualRevenue: employees * rng.int(80, 400) * 1000,
        OwnerId: owner.id,
      },
      ctx.audit(rng, accountCreatedDaysAgo, rng.int(0, 60)),
    ),
  );

  const members = [owner, ...pickTeam(rng, pool, owner, rng.weightedIndex(TEAM_SIZE_WEIGHTS))];
  for (const member of members) {
    const role = member === owner ? 'Account Manager' : (TEAM_ROLES_BY_DEPARTMENT[member.department] ?? 'Sales Rep');
    writer.teamMember(member.id, role, rng.int(30, accountCreatedDaysAgo));
  }

  const contactIds: string[] = [];
  const contactRoles: (string | null)[] = [];
  for (let i = 0; i < size.contacts; i++) {
    const entry = rng.pick(CONTACT_TITLES);
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const id = ctx.ids.id('Contact');
    const roles = rng.chance(0.45) ? buyerRolesFor(rng, entry.seniority) : null;
    const createdDaysAgo = rng.int(20, accountCreatedDaysAgo);
    out.Contact.push(
      contactRecord(
        {
          Id: id,
          AccountId: accountId,
          OwnerId: owner.id,
          FirstName: firstName,
          LastName: lastName,
          Title: entry.title,
          Department: entry.department,
          Email: `${emailLocalPart(firstName)}.${emailLocalPart(lastName)}@${domain}`,
          Phone: phoneNumber(rng),
          Buyer_Roles__c: roles,
          Seniority__c: rng.chance(0.08) ? entry.seniority : null,
        },
        ctx.audit(rng, createdDaysAgo, rng.int(0, createdDaysAgo)),
      ),
    );
    contactIds.push(id);
    contactRoles.push(roles);
  }

  const opportunityIds: string[] = [];
  const opportunityCount = size.contacts > 0 ? rng.weightedIndex(OPPORTUNITY_COUNT_WEIGHTS) : 0;
  for (let i = 0; i < opportunityCount; i++) {
    const roll = rng.next();
    const outcome = roll < 0.4 ? 'won' : roll < 0.65 ? 'lost' : 'open';
    const openStage = rng.pick(OPEN_STAGES);
    const closeDaysAgo = outcome === 'open' ? -rng.int(10, 200) : rng.int(0, 360);
    const dealOwner = rng.chance(0.8) ? owner : rng.pick(members);
    const opportunityId = writer.opportunity({
      name: `${stem} ${word} – ${rng.pick(DEAL_NAMES)}`,
      ownerId: dealOwner.id,
      stage: outcome === 'won' ? 'Closed Won' : outcome === 'lost' ? 'Closed Lost' : openStage.stage,
      probability: outcome === 'won' ? 100 : outcome === 'lost' ? 0 : openStage.probability,
      outcome,
      closeDaysAgo,
      amount: rng.int(10, 1000) * 500,
      createdDaysAgo: Math.max(closeDaysAgo, 0) + rng.int(30, 180),
    });
    opportunityIds.push(opportunityId);
    const roleHolders = rng.sampleIndexes(contactIds.length, rng.int(1, 4));
    roleHolders.forEach((c, n) =>
      writer.contactRole(opportunityId, contactIds[c]!, opportunityRoleFor(rng, contactRoles[c]!), n === 0, 30),
    );
    for (const member of rng.sample(members, rng.int(0, 2))) {
      if (member === dealOwner) continue;
      writer.opportunityTeamMember(
        opportunityId,
        member.id,
        TEAM_ROLES_BY_DEPARTMENT[member.department] ?? 'Sales Rep',
        30,
      );
    }
  }

  // Who on our team knows whom, and whether that relationship is warm or cooling.
  const pairContact: number[] = [];
  const pairMember: number[] = [];
  const pairWarm: boolean[] = [];
  const pairWeight: number[] = [];
  for (let c = 0; c < size.contacts; c++) {
    const knownBy = Math.min(rng.weightedIndex(PAIRS_PER_CONTACT_WEIGHTS), members.length);
    for (const m of rng.sampleIndexes(members.length, knownBy)) {
      const warm = rng.chance(WARM_SHARE);
      pairContact.push(c);
      pairMember.push(m);
      pairWarm.push(warm);
      pairWeight.push(warm ? WARM_WEIGHT : COOLING_WEIGHT);
    }
  }
  if (pairContact.length === 0 && size.contacts > 0) {
    pairContact.push(0);
    pairMember.push(0);
    pairWarm.push(true);
    pairWeight.push(WARM_WEIGHT);
  }
  const pairsOfContact: number[][] = contactIds.map(() => []);
  const pairsOfMember: number[][] = members.map(() => []);
  for (let p = 0; p < pairContact.length; p++) {
    pairsOfContact[pairContact[p]!]!.push(p);
    pairsOfMember[pairMember[p]!]!.push(p);
  }
  /** Another pair from `pairs` that may join a meeting of pair `p` without warming a cooling relationship. */
  const companion = (pairs: readonly number[], p: number): number | undefined => {
    const candidate = pairs[rng.int(0, pairs.length - 1)]!;
    return candidate !== p && (pairWarm[candidate] || !pairWarm[p]) ? candidate : undefined;
  };

  for (let a = 0; a < size.activities; a++) {
    if (pairContact.length === 0 || rng.chance(ACCOUNT_LEVEL_TASK_SHARE)) {
      writer.task({
        subject: rng.pick(TASK_SUBJECTS),
        subtype: 'Task',
        daysAgo: rng.int(0, 364),
        whoId: null,
        ownerId: rng.pick(members).id,
      });
      continue;
    }
    const p = rng.weightedIndex(pairWeight);
    const contact = pairContact[p]!;
    const member = members[pairMember[p]!]!;
    // Warm pairs are touched all year, more often lately; cooling ones only more than six months ago.
    const daysAgo = pairWarm[p] ? Math.floor(365 * rng.next() ** 2) : rng.int(181, 364);
    const whatId = opportunityIds.length > 0 && rng.chance(0.3) ? rng.pick(opportunityIds) : accountId;
    const kind = rng.next();
    if (kind < MEETING_SHARE) {
      // Colleagues who also know the contact join some meetings; the contact brings a colleague we know to some.
      const invitees: string[] = [];
      const colleague = rng.chance(0.4) ? companion(pairsOfContact[contact]!, p) : undefined;
      if (colleague !== undefined) invitees.push(members[pairMember[colleague]!]!.id);
      const guest = rng.chance(0.2) ? companion(pairsOfMember[pairMember[p]!]!, p) : undefined;
      if (guest !== undefined) invitees.push(contactIds[pairContact[guest]!]!);
      writer.event({
        subject: rng.pick(EVENT_SUBJECTS),
        daysAgo,
        startMinute: rng.int(16, 35) * 30,
        durationMinutes: rng.pick(MEETING_DURATIONS),
        whoId: contactIds[contact]!,
        whatId,
        ownerId: member.id,
        invitees,
      });
    } else {
      const subtype = kind < MEETING_SHARE + 0.3 ? 'Call' : kind < 0.95 ? 'Email' : 'Task';
      const subjects = subtype === 'Call' ? CALL_SUBJECTS : subtype === 'Email' ? EMAIL_SUBJECTS : TASK_SUBJECTS;
      writer.task({
        subject: rng.pick(subjects),
        subtype,
        daysAgo,
        whoId: contactIds[contact]!,
        whatId,
        ownerId: member.id,
      });
    }
  }

  // The team's own view: manual grades on some pairs, key intersections and blueprints on a few.
  for (let p = 0; p < pairContact.length; p++) {
    if (!rng.chance(0.35)) continue;
    const warm = pairWarm[p]!;
    const grade = GRADES[rng.weightedIndex(warm ? WARM_GRADE_WEIGHTS : COOLING_GRADE_WEIGHTS)]!;
    const key = rng.chance(0.15);
    const horizon = key ? rng.pick(HORIZONS) : null;
    const relationshipId = writer.relationship({
      contactId: contactIds[pairContact[p]!]!,
      memberId: members[pairMember[p]!]!.id,
      grade,
      gradedDaysAgo: warm ? rng.int(5, 120) : rng.int(150, 420),
      key,
      horizon,
    });
    if (key && rng.chance(0.4)) {
      const current = GRADES.indexOf(grade);
      const goal = GRADES[Math.max(0, current - (rng.chance(0.8) ? 1 : 2))]!;
      writer.blueprint(
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
  return out;
}
