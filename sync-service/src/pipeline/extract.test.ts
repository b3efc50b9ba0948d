import type { OrgHttp } from '../salesforce';
import { fakeCompositeOrg, queryPage, soqlOf } from '../salesforce/composite.test-helper';
import { extractBatch } from './extract';

const A1 = '001000000000001AAA';
const A2 = '001000000000002AAA';
const A3 = '001000000000003AAA';

type Answer = Record<string, unknown>[] | { errorCode: string };

/**
 * An org whose composite resource answers every query subrequest from `answer(soql)`; it records the SOQL it was
 * sent and the number of calls.
 */
function fakeOrg(answer: (soql: string) => Answer): { http: OrgHttp; sent: string[]; calls: () => number } {
  const sent: string[] = [];
  const { http, calls } = fakeCompositeOrg((sub) => {
    const soql = soqlOf(sub);
    sent.push(soql);
    const a = answer(soql);
    return Array.isArray(a) ? queryPage(a) : { httpStatusCode: 400, body: [{ errorCode: a.errorCode, message: 'no' }] };
  });
  return { http, sent, calls: () => calls.length };
}

describe('extractBatch', () => {
  it('reads a contiguous batch with one id-range query per object and child objects through semi-joins', async () => {
    const { http, sent, calls } = fakeOrg((soql) =>
      soql.includes('FROM Account ') ? [{ Id: A1 }, { Id: A2 }, { Id: A3 }] : [],
    );
    const { sources, stats } = await extractBatch(http, [A1, A2, A3], '2026-11-22', { contiguous: true });
    expect(sources.accounts.map((a) => a.Id)).toEqual([A1, A2, A3]);
    expect(sent[0]).toBe(
      `SELECT Id, Coverage_Score__c, Coverage_Synced_At__c, Coverage_Review_On__c FROM Account WHERE Id >= '${A1}' AND Id <= '${A3}'`,
    );
    expect(sent).toHaveLength(15);
    // five queries a composite call
    expect(calls()).toBe(3);
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
    // the range read is discarded whole, then every object is read again by id list
    expect(sent.filter((q) => q.includes(">= '001"))).toHaveLength(15);
    expect(sent[15]).toBe(
      `SELECT Id, Coverage_Score__c, Coverage_Synced_At__c, Coverage_Review_On__c FROM Account WHERE Id IN ('${A1}','${A3}')`,
    );
    expect(stats.rowsRead).toBe(2);
  });

  it('reads completed tasks and events within the evidence horizon through queryAll, with their relations', async () => {
    const urls: string[] = [];
    const { http } = fakeCompositeOrg((sub) => {
      urls.push(String((sub as { url?: string }).url));
      const soql = soqlOf(sub);
      if (soql.includes('FROM AccountContactRelation')) {
        return queryPage([{ AccountId: A1, ContactId: '003000000000009AAA', IsDirect: false, IsActive: true }]);
      }
      if (soql.includes('FROM Contact WHERE Id IN')) return queryPage([{ Id: '003000000000009AAA', AccountId: A2 }]);
      return queryPage([]);
    });
    const { sources } = await extractBatch(http, [A1], '2026-11-22', { horizonDays: 365 });
    const sentFor = (object: string) => urls.filter((u) => decodeURIComponent(u).includes(`FROM ${object} `));
    const window = /ActivityDate >= 2025-11-22 AND (Event\.|Task\.)?ActivityDate <= 2026-11-22/;
    for (const object of ['Task', 'Event', 'EventRelation', 'TaskRelation']) {
      const [url] = sentFor(object);
      expect([object, url?.includes('/queryAll?')]).toEqual([object, true]);
      expect(decodeURIComponent(url!)).toMatch(window);
      expect(decodeURIComponent(url!)).toContain('IsDeleted = false');
    }
    expect(decodeURIComponent(sentFor('Task')[0]!)).toContain('IsClosed = true');
    expect(sentFor('AccountContactRelation')[0]).toContain('/query?');
    // The related contact, homed on another account, is read by id.
    expect(sources.relatedContacts).toEqual([{ Id: '003000000000009AAA', AccountId: A2 }]);
  });

  it('notes an optional object the org lacks and reads the rest', async () => {
    const { http } = fakeOrg((soql) =>
      soql.includes('FROM AccountTeamMember')
        ? { errorCode: 'INVALID_TYPE' }
        : soql.includes('FROM Contact ')
          ? [{ Id: '003000000000001AAA', AccountId: A1 }]
          : [],
    );
    const { sources, stats } = await extractBatch(http, [A1], '2026-11-22');
    expect(stats.missingObjects).toEqual(['AccountTeamMember']);
    expect(sources.contacts).toEqual([{ Id: '003000000000001AAA', AccountId: A1 }]);
  });

  it('fails on an error from a required object', async () => {
    const { http } = fakeOrg((soql) => (soql.includes('FROM Task') ? { errorCode: 'INVALID_FIELD' } : []));
    await expect(extractBatch(http, [A1], '2026-11-22')).rejects.toThrow('INVALID_FIELD');
  });

  it('refuses an id that is not a Salesforce id before sending anything', async () => {
    const { http, sent } = fakeOrg(() => []);
    await expect(extractBatch(http, ["001' OR Name != '"], '2026-11-22')).rejects.toThrow('not a Salesforce id');
    expect(sent).toEqual([]);
  });
});
