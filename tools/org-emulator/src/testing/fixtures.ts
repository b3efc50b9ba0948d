import type { Dataset } from '../dataset';
import { makeId } from '../ids';
import { Catalog } from '../schema/catalog';
import { Store } from '../store/store';
import type { SchemaExport } from '../schema/types';

/** A slice of the package schema (docs/contracts.md shape), enough to exercise every enforcement rule. */
export const FIXTURE_SCHEMA: SchemaExport = {
  apiVersion: '64.0',
  objects: {
    Relationship__c: {
      custom: true,
      label: 'Relationship',
      pluralLabel: 'Relationships',
      nameField: { type: 'AutoNumber', label: 'Relationship Number', displayFormat: 'REL-{000000}' },
      fields: {
        Account__c: {
          type: 'MasterDetail',
          label: 'Account',
          referenceTo: 'Account',
          relationshipName: 'Relationships',
        },
        Contact__c: {
          type: 'Lookup',
          label: 'Contact',
          referenceTo: 'Contact',
          relationshipName: 'Relationships',
          required: true,
        },
        Team_Member__c: {
          type: 'Lookup',
          label: 'Team Member',
          referenceTo: 'User',
          relationshipName: 'Relationships',
          required: true,
        },
        Grade__c: { type: 'Picklist', label: 'Grade', values: ['T', 'O', 'S', 'I', 'D', 'M'], restricted: true },
        Touches_90d__c: { type: 'Number', label: 'Touches (90 days)', precision: 6, scale: 0 },
        Last_Touch__c: { type: 'Date', label: 'Last Touch' },
        Synced_At__c: { type: 'DateTime', label: 'Synced At' },
        Key_Intersection__c: { type: 'Checkbox', label: 'Key Intersection', defaultValue: false },
        Pair_Key__c: { type: 'Text', label: 'Pair Key', length: 80, externalId: true, unique: true },
      },
    },
    Contact_Blueprint__c: {
      custom: true,
      label: 'Contact Blueprint',
      pluralLabel: 'Contact Blueprints',
      nameField: { type: 'AutoNumber', label: 'Blueprint Number', displayFormat: 'CB-{000000}' },
      fields: {
        Relationship__c: {
          type: 'MasterDetail',
          label: 'Relationship',
          referenceTo: 'Relationship__c',
          relationshipName: 'Blueprints',
        },
        Status__c: {
          type: 'Picklist',
          label: 'Status',
          values: ['planned', 'active', 'done', 'dropped'],
          restricted: true,
        },
      },
    },
    Contact: {
      custom: false,
      fields: {
        Buyer_Roles__c: {
          type: 'MultiselectPicklist',
          label: 'Buyer Roles',
          values: ['Power', 'User', 'Advisor', 'Evangelist'],
          restricted: true,
        },
        Seniority__c: {
          type: 'Picklist',
          label: 'Seniority',
          values: ['Executive', 'VP', 'Director', 'Manager', 'Staff'],
          restricted: true,
        },
      },
    },
    Account: {
      custom: false,
      fields: { Coverage_Score__c: { type: 'Number', label: 'Coverage Score', precision: 3, scale: 0 } },
    },
  },
};

export const FIXTURE_AS_OF = '2025-06-30';

/**
 * A small hand-made org: 2 users, 3 accounts, `contactCount` contacts spread over them, an opportunity with a
 * contact role, an account team and dated tasks and events.
 */
export function fixtureDataset(contactCount = 30): Dataset {
  const users = [1, 2].map((n) => ({
    Id: makeId('005', n, 'FX'),
    Username: `rep${n}@example.com`,
    FirstName: `Rep`,
    LastName: `Number${n}`,
    Email: `rep${n}@example.com`,
    Title: n === 1 ? 'Account Executive' : 'Sales Engineer',
    IsActive: true,
  }));
  const accounts = ['Brightwater Logistics', 'Acme Corp', 'Globex'].map((name, i) => ({
    Id: makeId('001', i + 1, 'FX'),
    Name: name,
    OwnerId: users[0]?.Id,
    Industry: 'Logistics',
  }));
  const contacts = Array.from({ length: contactCount }, (_, i) => ({
    Id: makeId('003', i + 1, 'FX'),
    FirstName: `First${i}`,
    LastName: `Last${String(i).padStart(4, '0')}`,
    Title: i % 3 === 0 ? 'VP Operations' : 'Analyst',
    Email: `c${i}@example.com`,
    AccountId: accounts[i % 3]?.Id,
    Seniority__c: i % 3 === 0 ? 'VP' : 'Staff',
    Buyer_Roles__c: i % 4 === 0 ? 'Power;User' : null,
  }));
  const opportunity = {
    Id: makeId('006', 1, 'FX'),
    Name: 'Brightwater renewal',
    AccountId: accounts[0]?.Id,
    StageName: 'Closed Won',
    CloseDate: '2025-03-01',
    Amount: 120000,
  };
  const day = (offset: number): string =>
    new Date(Date.parse(`${FIXTURE_AS_OF}T00:00:00Z`) - offset * 86_400_000).toISOString().slice(0, 10);
  return {
    asOf: FIXTURE_AS_OF,
    records: {
      User: users,
      Account: accounts,
      Contact: contacts,
      Opportunity: [opportunity],
      OpportunityContactRole: [
        {
          Id: makeId('00K', 1, 'FX'),
          OpportunityId: opportunity.Id,
          ContactId: contacts[0]?.Id,
          Role: 'Economic Buyer',
          IsPrimary: true,
        },
      ],
      AccountTeamMember: users.map((u, i) => ({
        Id: makeId('01M', i + 1, 'FX'),
        AccountId: accounts[0]?.Id,
        UserId: u.Id,
        TeamMemberRole: i === 0 ? 'Account Manager' : 'Pre-Sales Consultant',
      })),
      Task: [5, 40, 200, 400].map((ago, i) => ({
        Id: makeId('00T', i + 1, 'FX'),
        Subject: `Call ${i}`,
        WhoId: contacts[0]?.Id,
        WhatId: accounts[0]?.Id,
        OwnerId: users[i % 2]?.Id,
        ActivityDate: day(ago),
        Status: 'Completed',
        TaskSubtype: 'Call',
      })),
      Event: [10, 100].map((ago, i) => ({
        Id: makeId('00U', i + 1, 'FX'),
        Subject: `Meeting ${i}`,
        WhoId: contacts[3]?.Id,
        WhatId: opportunity.Id,
        OwnerId: users[0]?.Id,
        ActivityDateTime: `${day(ago)}T15:00:00Z`,
        DurationInMinutes: 30,
      })),
    },
  };
}

/**
 * The fixture schema's catalog and a store holding fixtureDataset(contactCount), loaded as of 2025-06-01, its clock
 * `now` (by default a fixed instant on 2025-07-01), its records created by the fixture's first user.
 */
export function fixtureStore(
  contactCount: number,
  now: () => Date = () => new Date('2025-07-01T12:00:00Z'),
): { catalog: Catalog; store: Store } {
  const catalog = new Catalog(FIXTURE_SCHEMA);
  const store = new Store(catalog, now, () => makeId('005', 1, 'FX'));
  store.load(fixtureDataset(contactCount).records, '2025-06-01T00:00:00Z');
  return { catalog, store };
}
