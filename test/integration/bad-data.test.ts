import type { Emulator } from '@contact-plan/emulator';
import { capturingLog, orgConfigFor, predictState, readState, startDemoOrg, sync, today } from './support';

jest.setTimeout(180_000);

let org: Emulator;
beforeAll(async () => {
  org = await startDemoOrg();
});
afterAll(async () => {
  await org.stop();
});

describe('bad source data', () => {
  it('is analyzed or skipped with a logged reason, never a crashed run', async () => {
    const [account, other] = org.store.query('SELECT Id FROM Account ORDER BY Id LIMIT 2');
    const accountId = String(account!.Id);
    const [member] = org.store.query(`SELECT UserId FROM AccountTeamMember WHERE AccountId = '${accountId}' LIMIT 1`);
    const userId = String(member!.UserId);
    const [stranger] = org.store.query(`SELECT Id FROM Contact WHERE AccountId = '${String(other!.Id)}' LIMIT 1`);
    const [opportunity] = org.store.query(`SELECT Id FROM Opportunity WHERE AccountId = '${accountId}' LIMIT 1`);

    // A contact without title, with a unicode name, on 5,000 calls.
    const busy = org.store.insert('Contact', { AccountId: accountId, FirstName: 'Zoë', LastName: 'Ñúñez 李雷 🚀' });
    for (let i = 0; i < 5_000; i++) {
      org.store.insert('Task', {
        WhoId: busy,
        WhatId: accountId,
        OwnerId: userId,
        Subject: 'Call',
        TaskSubtype: 'Call',
        ActivityDate: today(),
        Status: 'Completed',
      });
    }
    // An activity without a date and one on a contact of another account.
    org.store.insert('Task', {
      WhoId: busy,
      WhatId: accountId,
      OwnerId: userId,
      Subject: 'Email',
      TaskSubtype: 'Email',
      Status: 'Completed',
    });
    org.store.insert('Task', {
      WhoId: stranger!.Id,
      WhatId: accountId,
      OwnerId: userId,
      Subject: 'Call',
      TaskSubtype: 'Call',
      ActivityDate: today(),
      Status: 'Completed',
    });
    // A team member without title, a duplicate team entry, an orphaned contact role.
    org.store.update('User', userId, { Title: null, Seniority__c: null });
    org.store.insert('AccountTeamMember', { AccountId: accountId, UserId: userId, TeamMemberRole: 'Account Manager' });
    if (opportunity)
      org.store.insert('OpportunityContactRole', {
        OpportunityId: opportunity.Id,
        ContactId: stranger!.Id,
        Role: 'Decision Maker',
      });

    const { log, lines } = capturingLog('info');
    const summary = await sync(org, orgConfigFor(org), { full: true, log });
    expect(summary.stoppedBy).toBeUndefined();
    expect(readState(org)).toEqual(predictState(org));
    expect(readState(org).relationships[`${accountId}:${busy}:${userId}`]).toMatchObject({
      Touches_90d__c: 5_000,
      Last_Touch__c: today(),
    });

    const skippedLines = lines
      .map((l) => JSON.parse(l) as { msg: string; skipped?: Record<string, number> })
      .filter((l) => l.msg === 'source rows left out');
    const reasons = Object.assign({}, ...skippedLines.map((l) => l.skipped)) as Record<string, number>;
    // The undated task is not read at all: the extract reads activities dated within the evidence horizon.
    expect(reasons).toMatchObject({ 'activity without a contact of this account': 1 });
    expect(reasons['activity without a date']).toBeUndefined();
  });
});
