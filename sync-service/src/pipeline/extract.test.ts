import { OrgHttp } from '../salesforce';
import { extractBatch } from './extract';

const A1 = '001000000000001AAA';
const A2 = '001000000000002AAA';
const A3 = '001000000000003AAA';

/** An org that answers every query from `answer(soql)` and records the SOQL it was sent. */
function fakeOrg(answer: (soql: string) => Record<string, unknown>[]): { http: OrgHttp; sent: string[] } {
  const sent: string[] = [];
  const fetchFn = (async (url: string) => {
    const soql = new URL(url).searchParams.get('q') ?? '';
    sent.push(soql);
    const records = answer(soql);
    return new Response(JSON.stringify({ totalSize: records.length, done: true, records }), {
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof fetch;
  const http = new OrgHttp({
    apiVersion: '64.0',
    session: async () => ({ instanceUrl: 'http://org', accessToken: 't' }),
    fetch: fetchFn,
  });
  return { http, sent };
}

describe('extractBatch', () => {
  it('reads a contiguous batch with one id-range query per object and child objects through semi-joins', async () => {
    const { http, sent } = fakeOrg((soql) =>
      soql.includes('FROM Account ') ? [{ Id: A1 }, { Id: A2 }, { Id: A3 }] : [],
    );
    const { sources, stats } = await extractBatch(http, [A1, A2, A3], '2026-11-22', { contiguous: true });
    expect(sources.accounts.map((a) => a.Id)).toEqual([A1, A2, A3]);
    expect(sent[0]).toBe(
      `SELECT Id, Coverage_Score__c, Coverage_Synced_At__c, Coverage_Review_On__c FROM Account WHERE Id >= '${A1}' AND Id <= '${A3}'`,
    );
    expect(sent).toHaveLength(13);
    expect(sent).toContain(
      `SELECT OpportunityId, ContactId, Role FROM OpportunityContactRole WHERE OpportunityId IN (SELECT Id FROM Opportunity WHERE AccountId >= '${A1}' AND AccountId <= '${A3}')`,
    );
    expect(sent.some((q) => q.includes("IN ('001"))).toBe(false);
    expect(stats.rowsRead).toBe(3);
  });

  it('falls back to id lists when the id order of the org puts other accounts in the range', async () => {
    const stranger = '001000000000002ZZZ';
    const { http, sent } = fakeOrg((soql) =>
      soql.includes('FROM Account WHERE Id >=')
        ? [{ Id: A1 }, { Id: stranger }, { Id: A3 }]
        : soql.includes('FROM Account ')
          ? [{ Id: A1 }, { Id: A3 }]
          : [],
    );
    const { sources, stats } = await extractBatch(http, [A1, A3], '2026-11-22', { contiguous: true });
    expect(sources.accounts.map((a) => a.Id)).toEqual([A1, A3]);
    expect(sent[1]).toBe(
      `SELECT Id, Coverage_Score__c, Coverage_Synced_At__c, Coverage_Review_On__c FROM Account WHERE Id IN ('${A1}','${A3}')`,
    );
    expect(sent.filter((q) => q.includes('>='))).toHaveLength(1);
    expect(stats.rowsRead).toBe(2);
  });

  it('refuses an id that is not a Salesforce id before sending anything', async () => {
    const { http, sent } = fakeOrg(() => []);
    await expect(extractBatch(http, ["001' OR Name != '"], '2026-11-22')).rejects.toThrow('not a Salesforce id');
    expect(sent).toEqual([]);
  });
});
