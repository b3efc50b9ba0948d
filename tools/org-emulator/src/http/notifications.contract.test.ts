import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from '../index';

// The custom notification action against the deployed package's CustomNotificationType, through jsforce.
describe('custom notification action', () => {
  let org: Emulator;
  let conn: Connection;
  let typeId: string;
  let repId: string;
  const path = () => `/services/data/v${org.apiVersion}/actions/standard/customNotificationAction`;
  const send = (inputs: unknown[]) =>
    conn
      .request({
        method: 'POST',
        url: path(),
        body: JSON.stringify({ inputs }),
        headers: { 'Content-Type': 'application/json' },
      })
      .then(
        (body) => ({ ok: true, body }) as const,
        // jsforce keeps an error answer's body as its message.
        (error: { message: string }) => ({ ok: false, body: JSON.parse(error.message) as unknown }) as const,
      );
  const sent = async () => (await fetch(`${org.instanceUrl}/__admin/notifications`)).json() as Promise<unknown[]>;
  const pageRef = JSON.stringify({ type: 'standard__navItemPage', attributes: { apiName: 'My_Relationships' } });

  beforeAll(async () => {
    org = await startEmulator({ dataset: 'demo', seed: 1 });
    conn = new Connection({ loginUrl: org.loginUrl, version: org.apiVersion });
    await conn.login(org.credentials.username, org.credentials.password);
    const types = await conn.query<{ Id: string; DeveloperName: string }>(
      "SELECT Id, DeveloperName, MasterLabel FROM CustomNotificationType WHERE DeveloperName = 'Contact_Plan_Digest'",
    );
    typeId = types.records[0]!.Id;
    const reps = org.store.query("SELECT Id FROM User WHERE IsActive = true AND UserType = 'Standard'");
    repId = String(reps.find((u) => u.Id !== org.users.integrationId && u.Id !== org.users.adminId)!.Id);
  }, 60_000);
  afterAll(() => org.stop());

  it('the deployed package holds the notification type, with an 0ML id', () => {
    expect(typeId).toMatch(/^0ML[0-9A-Za-z]{15}$/);
  });

  it('sends to an active user and records what was sent', async () => {
    const answer = await send([
      { customNotifTypeId: typeId, recipientIds: [repId], title: 'T', body: 'B', targetPageRef: pageRef },
    ]);
    expect(answer).toEqual({
      ok: true,
      body: [
        {
          actionName: 'customNotificationAction',
          errors: null,
          isSuccess: true,
          outputValues: { SuccessMessage: 'Your custom notification is processed successfully.' },
        },
      ],
    });
    expect(await sent()).toEqual([
      expect.objectContaining({
        typeId,
        typeName: 'Contact_Plan_Digest',
        recipientId: repId,
        title: 'T',
        body: 'B',
        targetPageRef: pageRef,
        senderId: org.users.integrationId,
      }),
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no type', { customNotifTypeId: undefined }, 'Missing required input parameter: customNotifTypeId'],
    ['an unknown type', { customNotifTypeId: '0MLEM0000000999AAA' }, 'invalid cross reference id: 0MLEM0000000999AAA'],
    ['no recipients', { recipientIds: [] }, 'Missing required input parameter: recipientIds'],
    [
      'a recipient who is no user',
      { recipientIds: ['001EM0000000001AAA'] },
      'invalid cross reference id: 001EM0000000001AAA',
    ],
    ['no title', { title: '' }, 'Missing required input parameter: title'],
    ['no body', { body: undefined }, 'Missing required input parameter: body'],
    ['no target', { targetPageRef: undefined }, 'Missing required input parameter: targetId'],
    ['a title too long', { title: 'x'.repeat(251) }, 'title: data value too large (max 250)'],
    ['a body too long', { body: 'x'.repeat(751) }, 'body: data value too large (max 750)'],
  ])('refuses an input with %s and sends nothing', async (_label, change, message) => {
    const before = (await sent()).length;
    const input = {
      customNotifTypeId: typeId,
      recipientIds: [repId],
      title: 'T',
      body: 'B',
      targetPageRef: pageRef,
      ...change,
    };
    const answer = await send([input]);
    expect(answer.ok).toBe(false);
    expect(answer.body).toEqual([
      expect.objectContaining({ isSuccess: false, errors: [expect.objectContaining({ message })] }),
    ]);
    expect((await sent()).length).toBe(before);
  });

  it('refuses a sender without the Send Custom Notifications permission', async () => {
    const [assignment] = org.store.query(
      `SELECT Id, AssigneeId, PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${org.users.integrationId}'`,
    );
    const { attributes: _attributes, ...row } = assignment!;
    const stamp = new Date().toISOString();
    org.store.raw.load({ PermissionSetAssignment: [{ ...row, IsActive: false }] }, stamp);
    try {
      const answer = await send([
        { customNotifTypeId: typeId, recipientIds: [repId], title: 'T', body: 'B', targetId: repId },
      ]);
      expect(answer).toEqual({
        ok: false,
        body: [
          expect.objectContaining({
            errors: [expect.objectContaining({ statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY' })],
          }),
        ],
      });
    } finally {
      org.store.raw.load({ PermissionSetAssignment: [{ ...row, IsActive: true }] }, stamp);
    }
  });

  it('sends nothing to an inactive user, as documented', async () => {
    const before = (await sent()).length;
    org.store.raw.update('User', repId, { IsActive: false });
    try {
      const answer = await send([
        { customNotifTypeId: typeId, recipientIds: [repId], title: 'T', body: 'B', targetId: repId },
      ]);
      expect(answer.ok).toBe(true);
      expect((await sent()).length).toBe(before);
    } finally {
      org.store.raw.update('User', repId, { IsActive: true });
    }
  });
});
