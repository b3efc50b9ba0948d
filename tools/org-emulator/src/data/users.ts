// Our own sales organisation: the users who sit on account and opportunity teams and own activities.

import { emailLocalPart, OrgContext, SalesUser } from './org';
import { Random } from './random';
import { Row, userRecord } from './records';
import { FIRST_NAMES, LAST_NAMES, SALES_TITLES, SeniorityLevel } from './vocabulary';

export const SELLER_DOMAIN = 'sellerco.example';
export const INTEGRATION_USERNAME = `integration@${SELLER_DOMAIN}`;

export interface GeneratedUsers {
  rows: Row[];
  /** Active sales users, the pool account teams are drawn from. */
  team: SalesUser[];
}

export function integrationUser(ctx: OrgContext, rng: Random): Row {
  return userRecord(
    {
      Id: ctx.ids.id('User'),
      FirstName: 'Contact Plan',
      LastName: 'Integration',
      Title: 'Integration User',
      Department: 'IT',
      Email: ctx.uniqueUsername('integration', SELLER_DOMAIN),
      IsActive: true,
      Seniority__c: null,
    },
    ctx.audit(rng, 900),
  );
}

export interface SalesUserSpec {
  firstName: string;
  lastName: string;
  title: string;
  department: string;
  seniority: SeniorityLevel;
  /** Whether Seniority__c is filled in (otherwise only the title tells). */
  seniorityOnRecord: boolean;
  ownsAccounts: boolean;
  isActive: boolean;
}

export function salesUser(ctx: OrgContext, rng: Random, spec: SalesUserSpec): { row: Row; user: SalesUser } {
  const id = ctx.ids.id('User');
  const email = ctx.uniqueUsername(`${emailLocalPart(spec.firstName)}.${emailLocalPart(spec.lastName)}`, SELLER_DOMAIN);
  const createdDaysAgo = rng.int(200, 1800);
  const row = userRecord(
    {
      Id: id,
      FirstName: spec.firstName,
      LastName: spec.lastName,
      Title: spec.title,
      Department: spec.department,
      Email: email,
      IsActive: spec.isActive,
      Seniority__c: spec.seniorityOnRecord ? spec.seniority : null,
    },
    ctx.audit(rng, createdDaysAgo, rng.int(0, createdDaysAgo)),
  );
  return {
    row,
    user: { id, seniority: spec.seniority, department: spec.department, ownsAccounts: spec.ownsAccounts },
  };
}

const TITLE_WEIGHTS = SALES_TITLES.map((title) => title.weight);

/** `count` random sales users; a few are inactive (people who left) and are kept out of the team pool. */
export function randomSalesUsers(ctx: OrgContext, rng: Random, count: number): GeneratedUsers {
  const rows: Row[] = [];
  const team: SalesUser[] = [];
  for (let i = 0; i < count; i++) {
    const title = SALES_TITLES[rng.weightedIndex(TITLE_WEIGHTS)]!;
    // Guarantee account owners exist even in a tiny org.
    const ownerTitle = i % 4 === 0 ? SALES_TITLES[0]! : title;
    const { row, user } = salesUser(ctx, rng, {
      firstName: rng.pick(FIRST_NAMES),
      lastName: rng.pick(LAST_NAMES),
      title: ownerTitle.title,
      department: ownerTitle.department,
      seniority: ownerTitle.seniority,
      seniorityOnRecord: rng.chance(0.3),
      ownsAccounts: ownerTitle.ownsAccounts,
      isActive: i % 4 === 0 || rng.chance(0.97),
    });
    rows.push(row);
    if (row.IsActive) team.push(user);
  }
  return { rows, team };
}
