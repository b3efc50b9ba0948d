import type { Emulator } from '@contact-plan/emulator';
import { addDays } from '@contact-plan/planning-core';
import { MemoryDigestLedger } from '@contact-plan/sync-service';
import { orgConfigFor, startDemoOrg, sync, today } from './support';

jest.setTimeout(120_000);

interface Sent {
  typeName: string;
  recipientId: string;
  title: string;
  body: string;
  targetPageRef?: string;
}

/** The morning digest end to end: a real sync against the emulator, the notifications it recorded. */
describe('morning digest', () => {
  let org: Emulator;
  const sent = async (): Promise<Sent[]> =>
    (await fetch(`${org.instanceUrl}/__admin/notifications`)).json() as Promise<Sent[]>;
  const optIn = (userId: string, on: boolean) => org.store.raw.update('User', userId, { Contact_Plan_Digest__c: on });
  const contactName = (relationshipId: string): string => {
    const [r] = org.store.query(`SELECT Contact__r.Name FROM Relationship__c WHERE Id = '${relationshipId}'`);
    return String((r!.Contact__r as { Name: string }).Name);
  };

  beforeAll(async () => {
    org = await startDemoOrg();
  });
  afterAll(async () => {
    await org.stop();
  });

  it('sends exactly the digests due, none to a rep who opted out, and none again the same day', async () => {
    // Two reps with a blueprint due in two days; one opted in, one not. The admin opts in with nothing due.
    const rels = org.store.query('SELECT Id, Team_Member__c FROM Relationship__c ORDER BY Id');
    const reps = [...new Set(rels.map((r) => String(r.Team_Member__c)))].filter((id) => id !== org.users.adminId);
    const [optedIn, optedOut] = reps as [string, string];
    const relOf = (userId: string): string => String(rels.find((r) => r.Team_Member__c === userId)!.Id);
    const due = addDays(today(), 2);
    for (const userId of [optedIn, optedOut]) {
      org.store.raw.insert('Contact_Blueprint__c', {
        Relationship__c: relOf(userId),
        Goal_Grade__c: 'O',
        Status__c: 'active',
        Due_Date__c: due,
      });
    }
    optIn(optedIn, true);
    optIn(optedOut, false);
    optIn(org.users.adminId, true);

    const ledger = new MemoryDigestLedger();
    const config = orgConfigFor(org);
    const first = await sync(org, config, { full: true, digest: { ledger } });
    expect(first.digests).toMatchObject({ optedIn: 2, sent: 1, alreadySent: 0 });
    const digests = await sent();
    expect(digests.map((d) => d.recipientId)).toEqual([optedIn]);
    const [digest] = digests;
    expect(digest).toMatchObject({
      typeName: 'Contact_Plan_Digest',
      targetPageRef: JSON.stringify({ type: 'standard__navItemPage', attributes: { apiName: 'My_Relationships' } }),
    });
    expect(digest!.title).toMatch(/^Contact Plan today: .*\d+ blueprints? due/);
    expect(digest!.body).toContain(`blueprint for ${contactName(relOf(optedIn))}`);
    expect(digest!.body).toContain(`due ${due}`);

    const second = await sync(org, config, { full: true, digest: { ledger } });
    expect(second.digests).toMatchObject({ optedIn: 2, sent: 0, alreadySent: 1 });
    expect(await sent()).toHaveLength(1);
  });

  it('logs a notice and still syncs when the org lacks the notification type', async () => {
    const bare = await startDemoOrg();
    try {
      const [type] = bare.store.query(
        "SELECT Id FROM CustomNotificationType WHERE DeveloperName = 'Contact_Plan_Digest'",
      );
      bare.store.raw.load({ CustomNotificationType: [{ Id: type!.Id, IsDeleted: true }] }, new Date().toISOString());
      const summary = await sync(bare, orgConfigFor(bare), {
        full: true,
        digest: { ledger: new MemoryDigestLedger() },
      });
      expect(summary.written).toBeGreaterThan(0);
      expect(summary.digests).toEqual({
        optedIn: 0,
        sent: 0,
        alreadySent: 0,
        notice: 'no morning digests: the notification type Contact_Plan_Digest is not in the org',
      });
    } finally {
      await bare.stop();
    }
  });
});
