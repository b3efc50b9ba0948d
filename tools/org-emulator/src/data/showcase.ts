// The demo's hand-made accounts. "Brightwater Logistics" is designed so that its plan fires every coverage rule of
// docs/method.md §1.5 except NO_POWER_BUYER, which "Harbor Point Foods" (contacts, but no Power buyer) fires. The comment on
// each pair says which rule it is there for. Days are counted back from the dataset's asOf.

import { emailLocalPart, OrgContext, RecordsByObject, SalesUser } from './org';
import { Random } from './random';
import { makeSalesforceId } from './ids';
import { accountRecord, contactRecord, relationshipRecord, Row } from './records';
import { salesUser } from './users';
import { SeniorityLevel } from './vocabulary';
import { AccountWriter } from './writers';

export const SHOWCASE_ACCOUNT_NAME = 'Brightwater Logistics';
export const NO_POWER_ACCOUNT_NAME = 'Harbor Point Foods';

interface MemberSpec {
  firstName: string;
  lastName: string;
  title: string;
  department: string;
  seniority: SeniorityLevel;
  seniorityOnRecord: boolean;
  teamRole: string;
}

const MEMBERS = {
  dana: m('Dana', 'Whitfield', 'Enterprise Account Director', 'Sales', 'Director', false, 'Account Manager'),
  marcus: m('Marcus', 'Okafor', 'Chief Revenue Officer', 'Executive', 'Executive', true, 'Executive Sponsor'),
  ravi: m('Ravi', 'Patel', 'Regional VP, Sales', 'Sales', 'VP', true, 'Sales Manager'),
  priya: m('Priya', 'Raman', 'Solutions Engineer', 'Solutions Engineering', 'Staff', false, 'Pre-Sales Consultant'),
  tom: m('Tom', 'Becker', 'Customer Success Manager', 'Customer Success', 'Manager', false, 'Account Manager'),
  lena: m('Lena', 'Fischer', 'Sales Development Rep', 'Sales', 'Staff', false, 'Lead Qualifier'),
} satisfies Record<string, MemberSpec>;

type MemberKey = keyof typeof MEMBERS;

function m(
  firstName: string,
  lastName: string,
  title: string,
  department: string,
  seniority: SeniorityLevel,
  seniorityOnRecord: boolean,
  teamRole: string,
): MemberSpec {
  return { firstName, lastName, title, department, seniority, seniorityOnRecord, teamRole };
}

interface ContactSpec {
  firstName: string;
  lastName: string;
  title: string;
  department: string;
  roles: string | null;
  seniority?: SeniorityLevel;
}

const c = (
  firstName: string,
  lastName: string,
  title: string,
  department: string,
  roles: string | null,
  seniority?: SeniorityLevel,
): ContactSpec => ({ firstName, lastName, title, department, roles, seniority });

const BRIGHTWATER_CONTACTS = {
  helena: c('Helena', 'Marsh', 'Chief Executive Officer', 'Executive', 'Power'),
  gregor: c('Gregor', 'Lindqvist', 'Chief Financial Officer', 'Finance', 'Power'),
  amara: c('Amara', 'Nwosu', 'SVP, Global Supply Chain', 'Supply Chain', 'Power;Evangelist'),
  jonas: c('Jonas', 'Weber', 'Chief Operating Officer', 'Operations', 'Power;User'),
  sofia: c('Sofia', 'Castellano', 'Dir. of IT', 'IT', 'Advisor'),
  pieter: c('Pieter', 'van Dijk', 'VP Procurement', 'Procurement', 'Power'),
  claire: c('Claire', 'Dubois', 'Directrice des Opérations', 'Operations', 'User'),
  mateo: c('Mateo', 'Ruiz', 'Jefe de Almacén', 'Operations', 'User'),
  ingrid: c('Ingrid', 'Sørensen', 'Head of Transport Planning', 'Logistics', 'Advisor'),
  oliver: c('Oliver', 'Grant', 'IT Project Manager', 'IT', null),
  yuki: c('Yuki', 'Tanaka', 'Sr. Manager, Logistics Analytics', 'Logistics', 'Evangelist'),
  fatima: c('Fatima', 'Al-Sayed', 'Procurement Lead', 'Procurement', 'Advisor'),
  bernd: c('Bernd', 'Hoffmann', 'Geschäftsführer Deutschland', 'Executive', null, 'Executive'),
  lucy: c('Lucy', 'Chen', 'Financial Analyst', 'Finance', 'Advisor'),
  noah: c('Noah', 'Williams', 'Warehouse Supervisor', 'Operations', null),
  elena: c('Elena', 'Petrova', 'Customer Service Manager', 'Customer Service', 'User'),
  kwame: c('Kwame', 'Mensah', 'Fleet Operations Director', 'Operations', 'User'),
  hannah: c('Hannah', 'Schmidt', 'Leiterin Einkauf', 'Procurement', 'Advisor', 'Director'),
  ahmed: c('Ahmed', 'Rahman', 'Data Engineer', 'IT', null),
  isabelle: c('Isabelle', 'Moreau', 'General Counsel', 'Legal', 'Advisor'),
  diego: c('Diego', 'Fernández', 'Coordinador de Transporte', 'Logistics', null),
  grace: c('Grace', "O'Neill", 'VP, Finance', 'Finance', 'Advisor'),
  liam: c('Liam', 'Kelly', 'Operations Analyst', 'Operations', null),
  mei: c('Mei', 'Lin', 'Head of Customer Experience', 'Customer Service', 'Evangelist'),
  rafael: c('Rafael', 'Costa', 'Diretor de TI', 'IT', 'Advisor'),
} satisfies Record<string, ContactSpec>;

type BrightwaterContact = keyof typeof BRIGHTWATER_CONTACTS;

/**
 * Touch patterns: `warm` = a meeting 20 days ago plus a call and an email inside 90 days and older touches (evidence
 * suggests S); `cooling` = a call and an email 7–10 months ago only (suggests I); `none` = no activity.
 */
type TouchPattern = 'warm' | 'cooling' | 'none';

interface PairSpec {
  contact: BrightwaterContact;
  member: MemberKey;
  touches: TouchPattern;
  /** A Relationship__c row: manual grade (null = none) graded `daysAgo`, key intersection, focus horizon. */
  row?: {
    grade: 'T' | 'O' | 'S' | 'I' | 'D' | 'M' | null;
    daysAgo?: number;
    key?: boolean;
    horizon?: '30' | '60' | '90';
  };
  blueprint?: { goal: 'T' | 'O' | 'S' | 'I'; status: 'planned' | 'active' | 'done' | 'dropped'; strategies: string };
}

/*
 * Effective grades: T ×9 (share 9/32 > 25 % → TRUST_INFLATION), O ×5 (share < 30 % → FEW_OPEN), S ×13, I ×3, D, M.
 * Eight key intersections (> 6 → TOO_MANY_KEYS).
 */
const BRIGHTWATER_PAIRS: readonly PairSpec[] = [
  { contact: 'gregor', member: 'marcus', touches: 'warm', row: { grade: 'T', daysAgo: 40 } },
  { contact: 'gregor', member: 'ravi', touches: 'warm', row: { grade: 'O', daysAgo: 60 } },
  // KEY_WITHOUT_BLUEPRINT: a key at T with no blueprint.
  { contact: 'amara', member: 'dana', touches: 'warm', row: { grade: 'T', daysAgo: 30, key: true, horizon: '90' } },
  // SENIOR_GAP (VP): Amara knows only a Director and a Manager.
  { contact: 'amara', member: 'tom', touches: 'warm' },
  // SENIOR_GAP (Executive): the COO knows only a Staff and a Manager member; the key with Ravi is still blank.
  { contact: 'jonas', member: 'priya', touches: 'warm' },
  { contact: 'jonas', member: 'tom', touches: 'warm', row: { grade: 'O', daysAgo: 20 } },
  {
    contact: 'jonas',
    member: 'ravi',
    touches: 'none',
    row: { grade: null, key: true, horizon: '60' },
    blueprint: { goal: 'S', status: 'planned', strategies: 'RECIPROCITY;SOCIAL_PROOF' },
  },
  // SINGLE_THREADED (Advisor, medium).
  { contact: 'sofia', member: 'priya', touches: 'warm' },
  // SINGLE_THREADED (Power, high).
  {
    contact: 'pieter',
    member: 'ravi',
    touches: 'warm',
    row: { grade: 'O', daysAgo: 50, key: true, horizon: '90' },
    blueprint: { goal: 'T', status: 'active', strategies: 'LIKING' },
  },
  // OVER_COVERED: four relationships on Claire.
  { contact: 'claire', member: 'dana', touches: 'warm', row: { grade: 'S', daysAgo: 45 } },
  { contact: 'claire', member: 'priya', touches: 'warm' },
  { contact: 'claire', member: 'tom', touches: 'warm', row: { grade: 'O', daysAgo: 15 } },
  { contact: 'claire', member: 'lena', touches: 'warm' },
  // BELOW_SATISFIED (D, high); a key with a one-level blueprint.
  {
    contact: 'mateo',
    member: 'tom',
    touches: 'warm',
    row: { grade: 'D', daysAgo: 80, key: true, horizon: '30' },
    blueprint: { goal: 'I', status: 'active', strategies: 'COMMITMENT' },
  },
  // BELOW_SATISFIED (M, critical); KEY_WITHOUT_BLUEPRINT.
  { contact: 'ingrid', member: 'dana', touches: 'none', row: { grade: 'M', daysAgo: 30, key: true, horizon: '30' } },
  { contact: 'ingrid', member: 'lena', touches: 'warm' },
  // BELOW_SATISFIED (I, medium) from cooling evidence; a key with a one-level blueprint.
  {
    contact: 'oliver',
    member: 'priya',
    touches: 'cooling',
    row: { grade: null, key: true, horizon: '60' },
    blueprint: { goal: 'S', status: 'active', strategies: 'RECIPROCITY' },
  },
  { contact: 'yuki', member: 'dana', touches: 'warm', row: { grade: 'T', daysAgo: 25 } },
  { contact: 'yuki', member: 'lena', touches: 'warm' },
  // STALE_GRADE: O graded 354 days ago, untouched since → I; KEY_WITHOUT_BLUEPRINT (its blueprint is done).
  {
    contact: 'fatima',
    member: 'dana',
    touches: 'none',
    row: { grade: 'O', daysAgo: 354, key: true, horizon: '90' },
    blueprint: { goal: 'T', status: 'done', strategies: 'AUTHORITY' },
  },
  { contact: 'fatima', member: 'ravi', touches: 'warm', row: { grade: 'S', daysAgo: 20 } },
  { contact: 'bernd', member: 'marcus', touches: 'warm', row: { grade: 'T', daysAgo: 10 } },
  // STALE_GRADE: O graded 120 days ago, untouched → S.
  { contact: 'lucy', member: 'ravi', touches: 'none', row: { grade: 'O', daysAgo: 120 } },
  { contact: 'elena', member: 'tom', touches: 'warm' },
  { contact: 'kwame', member: 'dana', touches: 'warm', row: { grade: 'O', daysAgo: 30 } },
  { contact: 'hannah', member: 'priya', touches: 'warm', row: { grade: 'T', daysAgo: 35 } },
  { contact: 'ahmed', member: 'lena', touches: 'warm' },
  { contact: 'isabelle', member: 'marcus', touches: 'warm', row: { grade: 'T', daysAgo: 50 } },
  { contact: 'grace', member: 'ravi', touches: 'warm', row: { grade: 'T', daysAgo: 15 } },
  // BELOW_SATISFIED (I) from cooling evidence, no row.
  { contact: 'liam', member: 'tom', touches: 'cooling' },
  { contact: 'mei', member: 'dana', touches: 'warm', row: { grade: 'S', daysAgo: 70 } },
  { contact: 'mei', member: 'lena', touches: 'warm', row: { grade: 'T', daysAgo: 10 } },
  { contact: 'rafael', member: 'priya', touches: 'warm', row: { grade: 'T', daysAgo: 40 } },
  // UNCOVERED_BUYER (Power, critical) and GOAL_TOO_FAR: a blank key whose blueprint aims at O (two above I).
  {
    contact: 'helena',
    member: 'marcus',
    touches: 'none',
    row: { grade: null, key: true, horizon: '30' },
    blueprint: { goal: 'O', status: 'active', strategies: 'AUTHORITY;SOCIAL_PROOF' },
  },
];

export interface ShowcaseResult {
  users: Row[];
  accounts: RecordsByObject[];
  /** Active users for the random accounts that follow. */
  team: SalesUser[];
}

function contactRow(
  ctx: OrgContext,
  rng: Random,
  accountId: string,
  ownerId: string,
  domain: string,
  spec: ContactSpec,
  phone: string,
): Row {
  return contactRecord(
    {
      Id: ctx.ids.id('Contact'),
      AccountId: accountId,
      OwnerId: ownerId,
      FirstName: spec.firstName,
      LastName: spec.lastName,
      Title: spec.title,
      Department: spec.department,
      Email: `${emailLocalPart(spec.firstName)}.${emailLocalPart(spec.lastName)}@${domain}`,
      Phone: phone,
      Buyer_Roles__c: spec.roles,
      Seniority__c: spec.seniority ?? null,
    },
    ctx.audit(rng, 400, 30),
  );
}

function writeTouches(writer: AccountWriter, whoId: string, ownerId: string, pattern: TouchPattern): void {
  if (pattern === 'warm') {
    writer.event({
      subject: 'Quarterly business review',
      daysAgo: 20,
      startMinute: 600,
      durationMinutes: 60,
      whoId,
      ownerId,
    });
    writer.task({ subject: 'Call: quarterly check-in', subtype: 'Call', daysAgo: 45, whoId, ownerId });
    writer.task({ subject: 'Email: meeting recap', subtype: 'Email', daysAgo: 70, whoId, ownerId });
    writer.event({ subject: 'Onsite workshop', daysAgo: 160, startMinute: 540, durationMinutes: 90, whoId, ownerId });
    writer.task({ subject: 'Email: agenda for next week', subtype: 'Email', daysAgo: 250, whoId, ownerId });
  } else if (pattern === 'cooling') {
    writer.task({ subject: 'Intro call', subtype: 'Call', daysAgo: 220, whoId, ownerId });
    writer.task({ subject: 'Email: customer story you asked for', subtype: 'Email', daysAgo: 300, whoId, ownerId });
  }
}

function brightwater(ctx: OrgContext, rng: Random, members: Record<MemberKey, string>): RecordsByObject {
  const writer = AccountWriter.forNewAccount(ctx, rng);
  const out = writer.out;
  out.Account.push(
    accountRecord(
      {
        Id: writer.accountId,
        Name: SHOWCASE_ACCOUNT_NAME,
        Industry: 'Transportation',
        Type: 'Customer - Direct',
        BillingCity: 'Rotterdam',
        BillingCountry: 'Netherlands',
        Website: 'https://www.brightwater-logistics.example',
        NumberOfEmployees: 8400,
        AnnualRevenue: 2_150_000_000,
        OwnerId: members.dana,
      },
      ctx.audit(rng, 1300, 12),
    ),
  );
  for (const key of Object.keys(MEMBERS) as MemberKey[]) {
    writer.teamMember(members[key], MEMBERS[key].teamRole, 300);
  }
  const contacts = {} as Record<BrightwaterContact, string>;
  let phone = 100;
  for (const key of Object.keys(BRIGHTWATER_CONTACTS) as BrightwaterContact[]) {
    const row = contactRow(
      ctx,
      rng,
      writer.accountId,
      members.dana,
      'brightwater-logistics.example',
      BRIGHTWATER_CONTACTS[key],
      `+31 10 555 0${phone++}`,
    );
    out.Contact.push(row);
    contacts[key] = row.Id as string;
  }

  const platform = writer.opportunity({
    name: 'Brightwater Logistics – Network Visibility Platform',
    ownerId: members.dana,
    stage: 'Proposal/Price Quote',
    probability: 75,
    outcome: 'open',
    closeDaysAgo: -70,
    amount: 840_000,
    createdDaysAgo: 120,
  });
  writer.contactRole(platform, contacts.gregor, 'Economic Buyer', true, 100);
  writer.contactRole(platform, contacts.amara, 'Decision Maker', false, 100);
  writer.contactRole(platform, contacts.sofia, 'Technical Buyer', false, 90);
  writer.contactRole(platform, contacts.claire, 'Business User', false, 90);
  writer.opportunityTeamMember(platform, members.ravi, 'Sales Manager', 110);
  writer.opportunityTeamMember(platform, members.priya, 'Pre-Sales Consultant', 110);
  // Won within the year: evidence for Kwame and Yuki with Dana, who already grade them by hand.
  const pilot = writer.opportunity({
    name: 'Brightwater Logistics – Warehouse Analytics Pilot',
    ownerId: members.dana,
    stage: 'Closed Won',
    probability: 100,
    outcome: 'won',
    closeDaysAgo: 140,
    amount: 96_000,
    createdDaysAgo: 260,
  });
  writer.contactRole(pilot, contacts.kwame, 'Business User', true, 240);
  writer.contactRole(pilot, contacts.yuki, 'Influencer', false, 240);
  const yard = writer.opportunity({
    name: 'Brightwater Logistics – Yard Management',
    ownerId: members.ravi,
    stage: 'Closed Lost',
    probability: 0,
    outcome: 'lost',
    closeDaysAgo: 270,
    amount: 310_000,
    createdDaysAgo: 400,
  });
  writer.contactRole(yard, contacts.pieter, 'Decision Maker', true, 390);

  for (const pair of BRIGHTWATER_PAIRS) {
    writeTouches(writer, contacts[pair.contact], members[pair.member], pair.touches);
  }
  // Meetings with an invitee and with a second contact, between people who already know each other.
  writer.event({
    subject: 'Executive briefing',
    daysAgo: 12,
    startMinute: 840,
    durationMinutes: 45,
    whoId: contacts.gregor,
    whatId: platform,
    ownerId: members.marcus,
    invitees: [members.ravi],
  });
  writer.event({
    subject: 'Lunch meeting',
    daysAgo: 33,
    startMinute: 720,
    durationMinutes: 90,
    whoId: contacts.grace,
    ownerId: members.ravi,
    invitees: [contacts.pieter],
  });
  // Account-level work with no contact.
  writer.task({ subject: 'Prepare QBR deck', subtype: 'Task', daysAgo: 25, whoId: null, ownerId: members.dana });

  for (const pair of BRIGHTWATER_PAIRS) {
    if (!pair.row) continue;
    const daysAgo = pair.row.daysAgo ?? null;
    const relationshipId = writer.relationship({
      contactId: contacts[pair.contact],
      memberId: members[pair.member],
      grade: pair.row.grade,
      gradedDaysAgo: pair.row.grade === null ? null : daysAgo,
      key: pair.row.key ?? false,
      horizon: pair.row.horizon ?? null,
    });
    if (pair.blueprint) {
      const horizon = pair.row.horizon ?? '60';
      writer.blueprint(
        relationshipId,
        {
          Goal_Grade__c: pair.blueprint.goal,
          Influence_Strategies__c: pair.blueprint.strategies,
          Tactics__c: 'Agree one small, visible next step and follow through within the week.',
          Resources__c: 'Executive sponsor; reference customer in logistics',
          Horizon__c: horizon,
          dueInDays: Number(horizon),
          Status__c: pair.blueprint.status,
          Invests_Own_Time__c: true,
          Teaches_Us__c: pair.blueprint.status === 'active',
          Shows_Usefulness__c: false,
        },
        14,
      );
    }
  }
  // A contact deleted on a privacy request: SetNull cleared Contact__c, the key still names them, and the sync
  // closed Dana's Trust relationship with them, so the account raises CONTACT_LEFT (docs/method.md §1.5.3). Built
  // without the generator's random stream and id sequence, so every other record stays as it was.
  const deletedContact = makeSalesforceId('003', 900_000);
  out.Relationship__c.push({
    ...relationshipRecord(
      {
        Id: makeSalesforceId('a00', 900_000),
        Name: 'REL-900000',
        Account__c: writer.accountId,
        Contact__c: null,
        Team_Member__c: members.dana,
        Grade__c: 'T',
        Graded_On__c: ctx.calendar.date(40),
        Key_Intersection__c: false,
        Focus_Horizon__c: null,
      },
      { created: ctx.calendar.dateTime(400, 540), modified: ctx.calendar.dateTime(6, 540) },
    ),
    Pair_Key__c: `${writer.accountId}:${deletedContact}:${members.dana}`,
    Closed_On__c: ctx.calendar.date(6),
    Closed_Reason__c: 'deleted',
  });
  return out;
}

const HARBOR_POINT_CONTACTS = [
  c('Ruth', 'Abebe', 'Operations Manager', 'Operations', 'User'),
  c('Tariq', 'Yilmaz', 'Food Safety Lead', 'Quality', 'Advisor'),
  c('Nadia', 'Kowalski', 'Plant Controller', 'Finance', null),
  c('Samuel', 'Okafor', 'Senior Buyer', 'Procurement', 'Advisor;Evangelist'),
];

/** A small account with contacts and relationships but no Power buyer (NO_POWER_BUYER). */
function harborPoint(ctx: OrgContext, rng: Random, members: Record<MemberKey, string>): RecordsByObject {
  const writer = AccountWriter.forNewAccount(ctx, rng);
  const out = writer.out;
  out.Account.push(
    accountRecord(
      {
        Id: writer.accountId,
        Name: NO_POWER_ACCOUNT_NAME,
        Industry: 'Food & Beverage',
        Type: 'Prospect',
        BillingCity: 'Chicago',
        BillingCountry: 'United States',
        Website: 'https://www.harborpointfoods.example',
        NumberOfEmployees: 950,
        AnnualRevenue: 180_000_000,
        OwnerId: members.tom,
      },
      ctx.audit(rng, 500, 40),
    ),
  );
  writer.teamMember(members.tom, 'Account Manager', 200);
  writer.teamMember(members.priya, 'Pre-Sales Consultant', 200);
  const ids = HARBOR_POINT_CONTACTS.map((spec, i) => {
    const row = contactRow(
      ctx,
      rng,
      writer.accountId,
      members.tom,
      'harborpointfoods.example',
      spec,
      `+1 312 555 01${i}0`,
    );
    out.Contact.push(row);
    return row.Id as string;
  });
  const [ruth, tariq] = ids as [string, string];
  const deal = writer.opportunity({
    name: 'Harbor Point Foods – Cold Chain Monitoring',
    ownerId: members.tom,
    stage: 'Needs Analysis',
    probability: 20,
    outcome: 'open',
    closeDaysAgo: -120,
    amount: 120_000,
    createdDaysAgo: 40,
  });
  writer.contactRole(deal, ruth, 'Business User', true, 35);
  writer.contactRole(deal, tariq, 'Technical Buyer', false, 35);
  writeTouches(writer, ruth, members.tom, 'warm');
  writeTouches(writer, tariq, members.priya, 'warm');
  writer.relationship({
    contactId: ruth,
    memberId: members.tom,
    grade: 'S',
    gradedDaysAgo: 30,
    key: false,
    horizon: null,
  });
  return out;
}

/** The showcase team's users and the two hand-made accounts. */
export function showcaseAccounts(ctx: OrgContext, rng: Random): ShowcaseResult {
  const users: Row[] = [];
  const team: SalesUser[] = [];
  const members = {} as Record<MemberKey, string>;
  for (const key of Object.keys(MEMBERS) as MemberKey[]) {
    const spec = MEMBERS[key];
    const { row, user } = salesUser(ctx, rng, { ...spec, ownsAccounts: key === 'dana', isActive: true });
    users.push(row);
    team.push(user);
    members[key] = user.id;
  }
  return { users, team, accounts: [brightwater(ctx, rng, members), harborPoint(ctx, rng, members)] };
}
