// The word lists the synthetic org is made of. Seniority here is the truth a careful human would assign; records
// carry it in Seniority__c only sometimes, so the rest must be parsed from the (deliberately varied) titles.

export type SeniorityLevel = 'Executive' | 'VP' | 'Director' | 'Manager' | 'Staff';

export interface TitleEntry {
  title: string;
  department: string;
  seniority: SeniorityLevel;
}

const t = (title: string, department: string, seniority: SeniorityLevel): TitleEntry => ({
  title,
  department,
  seniority,
});

export const CONTACT_TITLES: readonly TitleEntry[] = [
  t('Chief Executive Officer', 'Executive', 'Executive'),
  t('CEO', 'Executive', 'Executive'),
  t('Co-Founder & CEO', 'Executive', 'Executive'),
  t('President', 'Executive', 'Executive'),
  t('Chief Financial Officer', 'Finance', 'Executive'),
  t('CFO', 'Finance', 'Executive'),
  t('Chief Operating Officer', 'Operations', 'Executive'),
  t('Chief Information Officer', 'IT', 'Executive'),
  t('CTO', 'Engineering', 'Executive'),
  t('Chief Procurement Officer', 'Procurement', 'Executive'),
  t('Managing Director', 'Executive', 'Executive'),
  t('Geschäftsführer', 'Executive', 'Executive'),
  t('Directeur Général', 'Executive', 'Executive'),
  t('Amministratore Delegato', 'Executive', 'Executive'),
  t('SVP, Global Supply Chain', 'Supply Chain', 'VP'),
  t('EVP Operations', 'Operations', 'VP'),
  t('Vice President, Finance', 'Finance', 'VP'),
  t('VP Procurement', 'Procurement', 'VP'),
  t('VP of Engineering', 'Engineering', 'VP'),
  t('Sr. Vice President - Sales', 'Sales', 'VP'),
  t('Vice-présidente Logistique', 'Logistics', 'VP'),
  t('Vicepresidente de Operaciones', 'Operations', 'VP'),
  t('Dir. of IT', 'IT', 'Director'),
  t('Director of Procurement', 'Procurement', 'Director'),
  t('Director, Customer Experience', 'Customer Service', 'Director'),
  t('Sr. Director, Finance', 'Finance', 'Director'),
  t('Head of Logistics', 'Logistics', 'Director'),
  t('Head of Data & Analytics', 'IT', 'Director'),
  t('Directrice des Achats', 'Procurement', 'Director'),
  t('Leiter Einkauf', 'Procurement', 'Director'),
  t('Director de Operaciones', 'Operations', 'Director'),
  t('Diretor de TI', 'IT', 'Director'),
  t('IT Manager', 'IT', 'Manager'),
  t('Procurement Manager', 'Procurement', 'Manager'),
  t('Sr. Manager, Logistics', 'Logistics', 'Manager'),
  t('Category Manager', 'Procurement', 'Manager'),
  t('Finance Manager', 'Finance', 'Manager'),
  t('Customer Service Manager', 'Customer Service', 'Manager'),
  t('Engineering Manager', 'Engineering', 'Manager'),
  t('Project Lead', 'IT', 'Manager'),
  t('Team Lead, Warehouse Operations', 'Operations', 'Manager'),
  t('Responsable Logistique', 'Logistics', 'Manager'),
  t('Gerente de Compras', 'Procurement', 'Manager'),
  t('Teamleiterin Disposition', 'Logistics', 'Manager'),
  t('Buyer', 'Procurement', 'Staff'),
  t('Senior Buyer', 'Procurement', 'Staff'),
  t('Financial Analyst', 'Finance', 'Staff'),
  t('Operations Coordinator', 'Operations', 'Staff'),
  t('Data Engineer', 'IT', 'Staff'),
  t('Systems Administrator', 'IT', 'Staff'),
  t('Warehouse Supervisor', 'Operations', 'Staff'),
  t('Procurement Specialist', 'Procurement', 'Staff'),
  t('Business Analyst', 'IT', 'Staff'),
  t('Software Engineer', 'Engineering', 'Staff'),
  t('Executive Assistant', 'Executive', 'Staff'),
  t('Assistant to the CFO', 'Finance', 'Staff'),
  t('Einkäufer', 'Procurement', 'Staff'),
  t('Analista de Sistemas', 'IT', 'Staff'),
  t('Acheteuse', 'Procurement', 'Staff'),
  t('Dispatcher', 'Logistics', 'Staff'),
  t('Accounts Payable Clerk', 'Finance', 'Staff'),
];

export interface SalesTitle {
  title: string;
  department: string;
  seniority: SeniorityLevel;
  /** Relative frequency in a sales organisation. */
  weight: number;
  /** Whether people with this title own accounts. */
  ownsAccounts: boolean;
}

const s = (
  title: string,
  department: string,
  seniority: SeniorityLevel,
  weight: number,
  ownsAccounts: boolean,
): SalesTitle => ({ title, department, seniority, weight, ownsAccounts });

export const SALES_TITLES: readonly SalesTitle[] = [
  s('Account Executive', 'Sales', 'Staff', 10, true),
  s('Senior Account Executive', 'Sales', 'Staff', 8, true),
  s('Enterprise Account Director', 'Sales', 'Director', 5, true),
  s('Key Account Manager', 'Sales', 'Manager', 4, true),
  s('Solutions Engineer', 'Solutions Engineering', 'Staff', 7, false),
  s('Customer Success Manager', 'Customer Success', 'Manager', 7, false),
  s('Sales Development Representative', 'Sales', 'Staff', 5, false),
  s('Technical Account Manager', 'Customer Success', 'Manager', 3, false),
  s('Sales Manager', 'Sales', 'Manager', 3, false),
  s('Head of Enterprise Sales', 'Sales', 'Director', 2, false),
  s('Director, Solutions Consulting', 'Solutions Engineering', 'Director', 2, false),
  s('Regional Vice President, Sales', 'Sales', 'VP', 2, false),
  s('VP Customer Success', 'Customer Success', 'VP', 1, false),
  s('SVP Partnerships', 'Partnerships', 'VP', 1, false),
  s('Chief Revenue Officer', 'Executive', 'Executive', 1, false),
];

export const FIRST_NAMES: readonly string[] = [
  'Aisha',
  'Aleksander',
  'Amara',
  'Ana',
  'Andrea',
  'Arjun',
  'Beatriz',
  'Ben',
  'Carlos',
  'Chen',
  'Chiara',
  'Chloé',
  'Daniel',
  'Dmitri',
  'Elena',
  'Emeka',
  'Emma',
  'Erik',
  'Fatima',
  'Felix',
  'Grace',
  'Hana',
  'Hannah',
  'Hiroshi',
  'Ines',
  'Ingrid',
  'Isaac',
  'Jamal',
  'Jana',
  'Javier',
  'Jonas',
  'José',
  'Julia',
  'Kai',
  'Karin',
  'Kofi',
  'Laura',
  'Leila',
  'Liam',
  'Lucas',
  'Maja',
  'Marco',
  'María',
  'Mateo',
  'Mei',
  'Mohammed',
  'Nadia',
  'Niamh',
  'Noah',
  'Olga',
  'Olivia',
  'Omar',
  'Paolo',
  'Priya',
  'Rafael',
  'Rania',
  'Ravi',
  'Rosa',
  'Samuel',
  'Sara',
  'Siobhan',
  'Sofia',
  'Søren',
  'Tariq',
  'Thomas',
  'Valentina',
  'Wei',
  'Yara',
  'Yusuf',
  'Zoë',
];

export const LAST_NAMES: readonly string[] = [
  'Abebe',
  'Andersson',
  'Bakker',
  'Bianchi',
  'Brown',
  'Castillo',
  'Chen',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Fernández',
  'García',
  'Gupta',
  'Hansen',
  'Hoffmann',
  'Ibrahim',
  'Ivanova',
  'Jansen',
  'Jones',
  'Kaur',
  'Kim',
  'Kowalski',
  'Larsen',
  'Lefèvre',
  'Li',
  'López',
  'Martin',
  'Meyer',
  'Müller',
  'Murphy',
  'Nakamura',
  'Nguyen',
  'Novak',
  'Nowak',
  "O'Brien",
  'Okafor',
  'Olsen',
  'Park',
  'Patel',
  'Pereira',
  'Petrov',
  'Rossi',
  'Sato',
  'Schmidt',
  'Schneider',
  'Silva',
  'Singh',
  'Smith',
  'Suzuki',
  'Tanaka',
  'Taylor',
  'Van den Berg',
  'Wagner',
  'Walsh',
  'Wang',
  'Weber',
  'Williams',
  'Yilmaz',
  'Zhang',
];

/** Standard Account.Industry picklist values, with name words that fit them. */
export const INDUSTRIES: readonly { industry: string; words: readonly string[] }[] = [
  { industry: 'Transportation', words: ['Logistics', 'Freight', 'Shipping Lines', 'Transport'] },
  { industry: 'Food & Beverage', words: ['Foods', 'Beverages', 'Dairy', 'Provisions'] },
  { industry: 'Healthcare', words: ['Health', 'Clinics', 'Medical'] },
  { industry: 'Energy', words: ['Energy', 'Power', 'Renewables'] },
  { industry: 'Technology', words: ['Systems', 'Software', 'Analytics', 'Networks'] },
  { industry: 'Banking', words: ['Bank', 'Capital', 'Financial'] },
  { industry: 'Manufacturing', words: ['Manufacturing', 'Industries', 'Components', 'Works'] },
  { industry: 'Retail', words: ['Retail', 'Stores', 'Outfitters'] },
  { industry: 'Telecommunications', words: ['Telecom', 'Communications'] },
  { industry: 'Chemicals', words: ['Chemicals', 'Materials'] },
  { industry: 'Insurance', words: ['Insurance', 'Assurance', 'Mutual'] },
  { industry: 'Construction', words: ['Construction', 'Builders'] },
];

export const ACCOUNT_NAME_STEMS: readonly string[] = [
  'Northwind',
  'Bluepeak',
  'Cedar',
  'Ironwood',
  'Silverline',
  'Summit',
  'Harborview',
  'Redstone',
  'Evergreen',
  'Granite',
  'Lakeshore',
  'Pinecrest',
  'Oakridge',
  'Starling',
  'Meridian',
  'Crescent',
  'Falcon',
  'Horizon',
  'Juniper',
  'Keystone',
  'Larkspur',
  'Maple',
  'Nimbus',
  'Orion',
  'Polaris',
  'Quarry',
  'Riverbend',
  'Sable',
  'Tidewater',
  'Upland',
  'Vantage',
  'Willow',
  'Zephyr',
  'Alder',
  'Beacon',
  'Cobalt',
  'Driftwood',
  'Ember',
  'Fjord',
  'Glacier',
];

export const LOCATIONS: readonly { city: string; country: string; suffixes: readonly string[] }[] = [
  { city: 'Chicago', country: 'United States', suffixes: ['Inc.', 'Corp.', 'LLC'] },
  { city: 'Austin', country: 'United States', suffixes: ['Inc.', 'Group'] },
  { city: 'Toronto', country: 'Canada', suffixes: ['Ltd.', 'Inc.'] },
  { city: 'London', country: 'United Kingdom', suffixes: ['Ltd', 'plc', 'Group'] },
  { city: 'Hamburg', country: 'Germany', suffixes: ['GmbH', 'AG'] },
  { city: 'Munich', country: 'Germany', suffixes: ['GmbH', 'AG'] },
  { city: 'Lyon', country: 'France', suffixes: ['S.A.', 'SAS'] },
  { city: 'Madrid', country: 'Spain', suffixes: ['S.A.', 'S.L.'] },
  { city: 'Milan', country: 'Italy', suffixes: ['S.p.A.', 'S.r.l.'] },
  { city: 'Rotterdam', country: 'Netherlands', suffixes: ['B.V.', 'N.V.'] },
  { city: 'São Paulo', country: 'Brazil', suffixes: ['Ltda.', 'S.A.'] },
  { city: 'Singapore', country: 'Singapore', suffixes: ['Pte. Ltd.'] },
];

export const ACCOUNT_TYPES: readonly string[] = ['Customer - Direct', 'Customer - Channel', 'Prospect', 'Partner'];

/** Standard Opportunity stages with their default probabilities. */
export const OPEN_STAGES: readonly { stage: string; probability: number }[] = [
  { stage: 'Prospecting', probability: 10 },
  { stage: 'Qualification', probability: 10 },
  { stage: 'Needs Analysis', probability: 20 },
  { stage: 'Value Proposition', probability: 50 },
  { stage: 'Id. Decision Makers', probability: 60 },
  { stage: 'Perception Analysis', probability: 70 },
  { stage: 'Proposal/Price Quote', probability: 75 },
  { stage: 'Negotiation/Review', probability: 90 },
];

export const DEAL_NAMES: readonly string[] = [
  'Platform Subscription',
  'Renewal FY27',
  'Analytics Add-on',
  'EMEA Expansion',
  'Pilot',
  'Data Integration Services',
  'Premium Support Upgrade',
  'Fleet Telematics Rollout',
  'Procurement Suite',
  'Multi-year Enterprise Agreement',
];

/** Salesforce's standard OpportunityContactRole.Role values. */
export const CONTACT_ROLES = {
  power: ['Decision Maker', 'Economic Buyer', 'Executive Sponsor'],
  user: ['Business User'],
  advisor: ['Technical Buyer', 'Evaluator', 'Influencer'],
  other: ['Other'],
} as const;

/** Standard team roles (AccountTeamMember and OpportunityTeamMember share the picklist). */
export const TEAM_ROLES_BY_DEPARTMENT: Readonly<Record<string, string>> = {
  Sales: 'Account Manager',
  'Solutions Engineering': 'Pre-Sales Consultant',
  'Customer Success': 'Account Manager',
  Partnerships: 'Channel Manager',
  Executive: 'Executive Sponsor',
};

export const CALL_SUBJECTS: readonly string[] = [
  'Call: quarterly check-in',
  'Discovery call',
  'Follow-up call on proposal',
  'Call: renewal terms',
  'Call: pricing questions',
  'Intro call',
];

export const EMAIL_SUBJECTS: readonly string[] = [
  'Email: meeting recap',
  'Email: proposal sent',
  'Email: customer story you asked for',
  'Re: implementation timeline',
  'Email: pricing follow-up',
  'Email: agenda for next week',
];

export const TASK_SUBJECTS: readonly string[] = [
  'Send contract draft',
  'Prepare QBR deck',
  'Update mutual action plan',
  'Share reference customer contact',
];

export const EVENT_SUBJECTS: readonly string[] = [
  'Quarterly business review',
  'Onsite workshop',
  'Executive briefing',
  'Product demo',
  'Lunch meeting',
  'Implementation steering committee',
  'Kick-off meeting',
];

export const STRATEGY_CODES: readonly string[] = [
  'RECIPROCITY',
  'COMMITMENT',
  'SOCIAL_PROOF',
  'LIKING',
  'AUTHORITY',
  'SCARCITY',
];

export const TACTICS: readonly string[] = [
  'Offer a short working session on their top operational pain, no pitch.',
  'Agree one small, visible next step and follow through within the week.',
  'Introduce them to a peer at a reference customer in the same industry.',
  'Bring our executive sponsor to the next steering meeting.',
  'Share the benchmark report before it is published.',
  'Invite them to the customer advisory board.',
];

export const RESOURCES: readonly string[] = [
  'Executive sponsor; reference customer in logistics',
  'Solutions engineer for a half-day workshop',
  'Benchmark report draft; customer success lead',
];
