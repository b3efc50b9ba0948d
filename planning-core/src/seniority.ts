import { SENIORITIES, type Seniority } from './types';

// Titles are matched on lower-case words with accents and punctuation removed ("Directeur Général" → "directeur
// general"). Checks run from the most senior level down, so "VP & CFO" is Executive and "Sr. Director" is Director.

const C_LEVEL_ABBREVIATIONS = new Set([
  'ceo',
  'cfo',
  'cto',
  'coo',
  'cio',
  'cro',
  'cmo',
  'cso',
  'cpo',
  'cdo',
  'cco',
  'cao',
  'chro',
  'ciso',
  'cxo',
  'pdg',
]);
const EXECUTIVE_WORDS = new Set([
  'chief',
  'founder',
  'cofounder',
  'chairman',
  'chairwoman',
  'chairperson',
  'presidente',
  'geschaftsfuhrer',
  'geschaftsfuhrerin',
  'vorstand',
  'vorstandsvorsitzender',
]);
const EXECUTIVE_PHRASES = [
  'managing director',
  'managing partner',
  'general manager',
  'directeur general',
  'directrice generale',
  'director general',
  'directora general',
  'director general',
  'amministratore delegato',
  'board member',
];
const VP_WORDS = new Set(['vp', 'evp', 'svp', 'avp', 'vicepresident', 'vicepresidente', 'vizeprasident']);
const VP_PHRASES = ['vice president', 'vice presidente', 'vice chair'];
const DIRECTOR_WORDS = new Set(['director', 'directeur', 'directrice', 'directora', 'direttore', 'dir', 'head']);
const MANAGER_WORDS = new Set([
  'manager',
  'mgr',
  'mngr',
  'lead',
  'leader',
  'supervisor',
  'gerente',
  'responsable',
  'jefe',
  'jefa',
  'chef',
  'foreman',
  'coordinator',
]);
const ASSISTANT_PHRASES = ['assistant to', 'executive assistant', 'assistant of', 'ea to'];

function words(title: string): string[] {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(co|vice)-/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

function hasPhrase(joined: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => joined.includes(` ${phrase} `));
}

function isExecutive(list: string[], joined: string): boolean {
  if (hasPhrase(joined, ['chief of staff'])) return false;
  if (list.some((word) => C_LEVEL_ABBREVIATIONS.has(word) || EXECUTIVE_WORDS.has(word))) return true;
  if (hasPhrase(joined, EXECUTIVE_PHRASES)) return true;
  // "President" unless it is a vice president; "Owner" only for a business owner, not a "Product Owner".
  const presidentAt = list.indexOf('president');
  if (presidentAt >= 0 && list[presidentAt - 1] !== 'vice') return true;
  return list[0] === 'owner' || list[0] === 'coowner';
}

function isVp(list: string[], joined: string): boolean {
  return list.some((word) => VP_WORDS.has(word)) || hasPhrase(joined, VP_PHRASES);
}

function isDirector(list: string[], joined: string): boolean {
  if (hasPhrase(joined, ['chief of staff'])) return true;
  return list.some(
    (word) => DIRECTOR_WORDS.has(word) || (/(leiter|leiterin)$/.test(word) && !/^(team|gruppen|projekt)/.test(word)),
  );
}

function isManager(list: string[]): boolean {
  return list.some((word) => MANAGER_WORDS.has(word) || /(leiter|leiterin)$/.test(word));
}

// Accounts repeat the same titles; the memo is bounded and invisible to callers.
const parsed = new Map<string, Seniority>();
const MAX_MEMO = 20_000;

/** The seniority a job title implies; unknown, empty and junk titles are Staff. */
export function parseSeniority(title: string | null | undefined): Seniority {
  if (!title) return 'Staff';
  let seniority = parsed.get(title);
  if (seniority === undefined) {
    seniority = parseTitle(title);
    if (parsed.size >= MAX_MEMO) parsed.clear();
    parsed.set(title, seniority);
  }
  return seniority;
}

function parseTitle(title: string): Seniority {
  const list = words(title);
  if (list.length === 0) return 'Staff';
  const joined = ` ${list.join(' ')} `;
  if (hasPhrase(joined, ASSISTANT_PHRASES)) return 'Staff';
  if (isExecutive(list, joined)) return 'Executive';
  if (isVp(list, joined)) return 'VP';
  if (isDirector(list, joined)) return 'Director';
  if (isManager(list)) return 'Manager';
  return 'Staff';
}

/** An explicit seniority wins; otherwise the title decides. */
export function resolveSeniority(person: { seniority?: Seniority; title?: string }): Seniority {
  return person.seniority ?? parseSeniority(person.title);
}

/** 0 for Executive (most senior) up to 4 for Staff. */
export function seniorityRank(seniority: Seniority): number {
  return SENIORITIES.indexOf(seniority);
}

export function isSeniorLeader(seniority: Seniority): boolean {
  return seniority === 'Executive' || seniority === 'VP';
}
