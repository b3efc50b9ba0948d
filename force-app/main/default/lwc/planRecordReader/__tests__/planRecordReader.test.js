// The reader bundle (its freshness is checked with planningCore's) must reach the core through c/planningCore, so
// the browser holds one copy of the rules, and must read a GraphQL answer the way the sync reads REST rows.
const fs = require('node:fs');
const path = require('node:path');
import { readAccountPlan, recordsFromUiApi } from 'c/planRecordReader';

const bundle = fs.readFileSync(path.resolve(__dirname, '../planRecordReader.js'), 'utf8');

describe('planRecordReader bundle', () => {
  it('imports the planning core from c/planningCore and nothing else', () => {
    const imports = [...bundle.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]);
    expect([...new Set(imports)]).toEqual(['c/planningCore']);
    expect(bundle).not.toMatch(/planning-core\/src/);
  });

  it('reads a plan from GraphQL nodes', () => {
    const field = (value) => ({ value });
    const query = {
      Contact: { edges: [{ node: { Id: '003000000000001AAA', Name: field('Ada'), Buyer_Roles__c: field('Power') } }] },
      AccountTeamMember: {
        edges: [
          { node: { UserId: field('005000000000001AAA'), User: { Name: field('Uma'), Seniority__c: field('VP') } } },
        ],
      },
    };
    const { plan } = readAccountPlan('001000000000001AAA', recordsFromUiApi(query), { asOf: '2026-11-20' });
    expect(plan.contacts).toEqual([{ id: '003000000000001AAA', name: 'Ada', roles: ['Power'] }]);
    expect(plan.members).toEqual([{ id: '005000000000001AAA', name: 'Uma', seniority: 'VP' }]);
  });
});
