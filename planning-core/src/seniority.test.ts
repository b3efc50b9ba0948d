import { parseSeniority, resolveSeniority } from './seniority';
import type { Seniority } from './types';

const cases: Array<[string | undefined, Seniority]> = [
  ['Chief Revenue Officer', 'Executive'],
  ['CEO', 'Executive'],
  ['Co-Founder & CTO', 'Executive'],
  ['President and CEO', 'Executive'],
  ['President, North America', 'Executive'],
  ['Managing Director, EMEA', 'Executive'],
  ['Directeur Général', 'Executive'],
  ['DIRECTEUR GENERAL ADJOINT', 'Executive'],
  ['Geschäftsführer', 'Executive'],
  ['Founder', 'Executive'],
  ['Owner', 'Executive'],
  ['VP & CFO', 'Executive'],
  ['Chairman of the Board', 'Executive'],
  ['chief information security officer', 'Executive'],
  ['SVP, Global Supply Chain', 'VP'],
  ['VP Eng', 'VP'],
  ['Vice President of Sales', 'VP'],
  ['Vice-President, Finance', 'VP'],
  ['EVP Operations', 'VP'],
  ['Senior Vice President', 'VP'],
  ['Vicepresidente de Ventas', 'VP'],
  ['vp', 'VP'],
  ['Dir. of IT', 'Director'],
  ['Director', 'Director'],
  ['Head of Procurement', 'Director'],
  ['Sr. Director, Product', 'Director'],
  ['Directrice des Achats', 'Director'],
  ['Directora de Finanzas', 'Director'],
  ['Leiter Einkauf', 'Director'],
  ['Abteilungsleiterin Logistik', 'Director'],
  ['Chief of Staff', 'Director'],
  ['Sr. Manager', 'Manager'],
  ['Team Lead', 'Manager'],
  ['IT Manager', 'Manager'],
  ['Procurement Mgr', 'Manager'],
  ['Lead Engineer', 'Manager'],
  ['Teamleiter Support', 'Manager'],
  ['Responsable Achats', 'Manager'],
  ['Jefe de Compras', 'Manager'],
  ['Supervisor, Warehouse', 'Manager'],
  ['Product Owner', 'Staff'],
  ['Software Engineer', 'Staff'],
  ['Executive Assistant to the CEO', 'Staff'],
  ['Leadership Development Specialist', 'Staff'],
  ['Analyst', 'Staff'],
  ['', 'Staff'],
  ['   ', 'Staff'],
  ['???', 'Staff'],
  ['asdf qwerty 1234', 'Staff'],
  [undefined, 'Staff'],
];

describe('parseSeniority', () => {
  it.each(cases)('%p → %s', (title, expected) => {
    expect(parseSeniority(title)).toBe(expected);
  });

  it('covers at least 40 titles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
});

describe('resolveSeniority', () => {
  it('prefers the explicit seniority over the title', () => {
    expect(resolveSeniority({ seniority: 'VP', title: 'Software Engineer' })).toBe('VP');
  });

  it('parses the title when no seniority is set', () => {
    expect(resolveSeniority({ title: 'Head of Legal' })).toBe('Director');
  });
});
