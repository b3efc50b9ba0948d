// The admin's path, for real: Salesforce's own sf CLI logs in to an empty emulated org, deploys the package,
// assigns the permission sets and imports the sample data (directly and through scripts/deploy.sh); the sync then
// runs as the integration user under the permission set it was given. Broken packages fail as a real org fails them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '@contact-plan/emulator';
import { createLogger, loadConfig, OrgClients, syncOrg } from '@contact-plan/sync-service';
import { REPO_ROOT, SfCli, sfBin, tableRows } from './support';

jest.setTimeout(600_000);

const ALIAS = 'cp-emu';
const REP = 'ana.silva@sellerco.example';
const CUSTOM_OBJECTS = ['Relationship__c', 'Contact_Blueprint__c', 'Coverage_Warning__c', 'Coverage_Snapshot__c'];

let org: Emulator;
let sf: SfCli;
let keyFile: string;

/** A copy of the project with some files changed, for deploys that must fail. */
function projectWith(changes: Array<{ file: string; change: (text: string) => string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-sf-project-'));
  for (const name of ['force-app', 'sfdx-project.json', '.forceignore'])
    cpSync(join(REPO_ROOT, name), join(dir, name), { recursive: true });
  for (const { file, change } of changes) {
    const path = join(dir, 'force-app/main/default', file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the planted error did not change ${file}`);
    writeFileSync(path, after);
  }
  return dir;
}

/** The package's part of the org's schema, comparable between two orgs. */
function packageSchema(target: Emulator): Record<string, unknown> {
  const catalog = target.store.raw.catalog;
  const out: Record<string, unknown> = {};
  for (const name of [...CUSTOM_OBJECTS, 'Account', 'Contact', 'User']) {
    const def = catalog.find(name);
    if (!def) continue;
    out[name] = def.fields
      .filter((f) => f.custom)
      .map((f) => ({
        name: f.name,
        type: f.type,
        length: f.length,
        precision: f.precision,
        scale: f.scale,
        values: f.picklistValues,
        restricted: f.restricted,
        required: f.required,
        externalId: f.externalId,
        unique: f.unique,
        referenceTo: f.referenceTo,
        deleteConstraint: f.deleteConstraint,
        masterDetail: f.masterDetail,
      }));
  }
  return out;
}

const assignments = (target: Emulator): string[] =>
  target.store
    .query('SELECT Assignee.Username, PermissionSet.Name FROM PermissionSetAssignment')
    .map((r) => `${(r.Assignee as { Username: string }).Username}:${(r.PermissionSet as { Name: string }).Name}`)
    .sort();

const deployScript = (args: string[]) =>
  sf.run([join(REPO_ROOT, 'scripts', 'deploy.sh'), ...args], { program: 'bash' });

beforeAll(async () => {
  const bin = sfBin();
  org = await startEmulator({ package: false });
  org.store.insert('User', {
    Username: REP,
    FirstName: 'Ana',
    LastName: 'Silva',
    Email: REP,
    Title: 'Account Executive',
    ProfileId: org.access.profileId('Standard User'),
  });
  sf = new SfCli(bin);
  keyFile = sf.writeFile('server.key', org.credentials.privateKeyPem as string);
});

afterAll(async () => {
  sf?.cleanup();
  await org?.stop();
});

describe('the sf CLI against an empty emulated org', () => {
  it('sf org login jwt authorizes the admin against the emulator, on its first try', async () => {
    const before = org.calls().byKind.oauth ?? 0;
    const login = await sf.run([
      'org',
      'login',
      'jwt',
      '--username',
      org.users.adminUsername,
      '--jwt-key-file',
      keyFile,
      '--client-id',
      org.credentials.clientId,
      '--instance-url',
      org.loginUrl,
      '--alias',
      ALIAS,
    ]);
    expect(login.stderr + login.stdout).toContain(`Successfully authorized ${org.users.adminUsername}`);
    expect(login.code).toBe(0);
    // One token request: the CLI never had to fall back to Salesforce's own login hosts.
    expect((org.calls().byKind.oauth ?? 0) - before).toBe(1);
  });

  it('sf org display shows the connected org', async () => {
    const { code, body } = await sf.json<{ result: Record<string, string> }>(['org', 'display', '--target-org', ALIAS]);
    expect(code).toBe(0);
    expect(body.result).toMatchObject({
      username: org.users.adminUsername,
      instanceUrl: org.instanceUrl,
      connectedStatus: 'Connected',
      alias: ALIAS,
    });
    expect(body.result.id).toBe(org.store.query('SELECT Id FROM Organization')[0]!.Id);
  });

  it('the org starts without the package', () => {
    expect(org.store.raw.catalog.find('Relationship__c')).toBeUndefined();
    expect(org.access.permissionSetId('Contact_Plan_User')).toBeUndefined();
  });

  it('a deploy with planted errors (unknown field in a permission set, bad picklist value, XML that does not parse) fails with each in Component Failures, exit 1, and changes nothing', async () => {
    const planted = [
      {
        file: 'permissionsets/Contact_Plan_User.permissionset-meta.xml',
        change: (t: string) =>
          t.replace('<field>Account.Coverage_Score__c</field>', '<field>Account.Coverage_Scor__c</field>'),
        row: ['PermissionSet', 'Contact_Plan_User', 'no CustomField named Account.Coverage_Scor__c found'],
      },
      {
        file: 'objects/Relationship__c/fields/Grade__c.field-meta.xml',
        change: (t: string) => t.replace('<fullName>T</fullName>', '<fullName>O</fullName>'),
        row: ['CustomField', 'Relationship__c.Grade__c', 'Duplicate picklist value: O'],
      },
      {
        file: 'tabs/Relationship__c.tab-meta.xml',
        change: (t: string) => t.replace('</CustomTab>', '<motif>broken</CustomTab>'),
        row: ['CustomTab', 'Relationship__c', 'Error parsing file'],
      },
    ];
    const dir = projectWith(planted);
    try {
      const table = await sf.run(
        ['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', ALIAS, '--wait', '5'],
        { cwd: dir },
      );
      expect(table.code).toBe(1);
      expect(table.stdout).toContain('Component Failures [3]');
      for (const { row } of planted) expect(tableRows(table.stdout, ...row)).toHaveLength(1);
      const json = await sf.json<{ result: { files: Array<{ state: string; filePath: string; error?: string }> } }>(
        ['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', ALIAS, '--wait', '5'],
        dir,
      );
      expect(json.code).toBe(1);
      const failed = json.body.result.files.filter((f) => f.state === 'Failed');
      expect(failed.map((f) => f.filePath).sort()).toEqual(
        planted.map((p) => join(dir, 'force-app/main/default', p.file)).sort(),
      );
      for (const { file, row } of planted) {
        expect(failed.find((f) => f.filePath.endsWith(file))!.error).toContain(row[2]);
      }
      expect(org.store.raw.catalog.find('Relationship__c')).toBeUndefined();
      expect(org.access.permissionSetId('Contact_Plan_User')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sf project deploy start --dry-run validates the package and saves nothing', async () => {
    const { code, body } = await sf.json<{
      result: { status: string; checkOnly: boolean; numberComponentsDeployed: number };
    }>(['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', ALIAS, '--dry-run', '--wait', '5']);
    expect(code).toBe(0);
    expect(body.result).toMatchObject({ status: 'Succeeded', checkOnly: true });
    expect(org.store.raw.catalog.find('Relationship__c')).toBeUndefined();
  });

  it('deploy.sh rejects bad input with one line and its exit code, before changing anything', async () => {
    const metadataCalls = org.calls().byKind.metadata ?? 0;
    const cases: Array<[string[], number, RegExp]> = [
      [[], 2, /^deploy\.sh: no target org alias given/],
      [['-o', '--dry-run'], 2, /^deploy\.sh: -o needs an org alias$/],
      [
        ['-o', 'nobody-knows-this-alias'],
        2,
        /^deploy\.sh: the sf CLI knows no authenticated org 'nobody-knows-this-alias'/,
      ],
      [
        ['-o', ALIAS, '--rep', 'ghost@sellerco.example'],
        4,
        /^deploy\.sh: no active user 'ghost@sellerco\.example' in the org/,
      ],
    ];
    for (const [args, code, line] of cases) {
      const result = await deployScript(args);
      const lines = result.stderr.trim().split('\n');
      expect({ args, code: result.code }).toEqual({ args, code });
      expect(lines.at(-1)).toMatch(line);
      expect(result.stdout + result.stderr).not.toMatch(/^› done/m);
    }
    expect(org.calls().byKind.metadata ?? 0).toBe(metadataCalls);
  });

  it('deploy.sh against a dead org fails with exit 3', async () => {
    // Its own HOME: the CLI keys logins by username, and every emulated org has the same admin.
    const other = new SfCli(sfBin());
    const dead = await startEmulator({ package: false });
    const login = await other.run([
      'org',
      'login',
      'jwt',
      '--username',
      dead.users.adminUsername,
      '--jwt-key-file',
      other.writeFile('dead.key', dead.credentials.privateKeyPem as string),
      '--client-id',
      dead.credentials.clientId,
      '--instance-url',
      dead.loginUrl,
      '--alias',
      'cp-dead',
    ]);
    expect(login.code).toBe(0);
    await dead.stop();
    try {
      const result = await other.run([join(REPO_ROOT, 'scripts', 'deploy.sh'), '-o', 'cp-dead'], { program: 'bash' });
      expect(result.code).toBe(3);
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^deploy\.sh: the org 'cp-dead' does not answer/);
    } finally {
      other.cleanup();
    }
  });

  let firstRun: { code: number; ms: number; stderr: string };

  it('bash scripts/deploy.sh deploys, assigns and imports the sample data', async () => {
    const started = Date.now();
    const result = await deployScript([
      '-o',
      ALIAS,
      '--rep',
      REP,
      '--integration-user',
      org.users.integrationUsername,
      '--sample-data',
    ]);
    firstRun = { code: result.code, ms: Date.now() - started, stderr: result.stderr };
    expect({ code: result.code, stderr: result.code ? result.stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(result.stderr).toMatch(/^› done/m);
    const reference = await startEmulator();
    try {
      expect(packageSchema(org)).toEqual(packageSchema(reference));
    } finally {
      await reference.stop();
    }
    expect(assignments(org)).toEqual(
      [
        `${org.users.adminUsername}:Contact_Plan_Admin`,
        `${org.users.adminUsername}:Contact_Plan_User`,
        `${REP}:Contact_Plan_User`,
        `${org.users.integrationUsername}:Contact_Plan_Integration`,
      ].sort(),
    );
    expect(org.store.query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'")).toHaveLength(1);
    expect(org.store.count('Contact')).toBe(8);
    expect(
      org.store
        .query('SELECT StartDateTime, ActivityDate, DurationInMinutes FROM Event ORDER BY StartDateTime')
        .map((e) => e.DurationInMinutes),
    ).toEqual([60, 60, 90]);
  });

  it('sf data query reads the imported account with parent fields and subqueries', async () => {
    const result = await sf.run([
      'data',
      'query',
      '--query',
      'SELECT Name, Account.Name, Buyer_Roles__c FROM Contact ORDER BY LastName LIMIT 3',
      '--target-org',
      ALIAS,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ACCOUNT.NAME');
    expect(tableRows(result.stdout, 'Brightwater Logistics')).toHaveLength(3);
    const nested = await sf.json<{ result: { records: Array<{ Contacts: { records: unknown[] } }> } }>([
      'data',
      'query',
      '--query',
      "SELECT Name, (SELECT LastName FROM Contacts) FROM Account WHERE Name = 'Brightwater Logistics'",
      '--target-org',
      ALIAS,
    ]);
    expect(nested.body.result.records[0]!.Contacts.records).toHaveLength(8);
  });

  it('sf org assign permset answers a duplicate assignment with DUPLICATE_VALUE and exit 1', async () => {
    const again = await sf.json<{
      result: { failures: Array<{ message: string; details?: Array<{ errorCode?: string }> }> };
    }>(['org', 'assign', 'permset', '--name', 'Contact_Plan_User', '--on-behalf-of', REP, '--target-org', ALIAS]);
    expect(again.code).toBe(1);
    expect(again.body.result.failures[0]!.message).toMatch(/^duplicate value found/);
    expect(assignments(org)).toHaveLength(4);
  });

  it('the sync runs as the integration user, under its permission set', async () => {
    org.store.insert('AccountTeamMember', {
      AccountId: org.store.query("SELECT Id FROM Account WHERE Name = 'Brightwater Logistics'")[0]!.Id,
      UserId: org.users.adminId,
      TeamMemberRole: 'Account Manager',
    });
    const config = loadConfig({
      env: {
        CP_ORG_NAME: 'emu',
        CP_ORG_LOGIN_URL: org.loginUrl,
        CP_ORG_AUTH: 'jwt',
        CP_ORG_CLIENT_ID: org.credentials.clientId,
        CP_ORG_USERNAME: org.users.integrationUsername,
        CP_ORG_PRIVATE_KEY_FILE: keyFile,
      },
    }).orgs[0]!;
    const summary = await syncOrg({
      org: config,
      http: new OrgClients().http(config),
      log: createLogger({ level: 'silent' }),
      full: true,
    });
    expect(summary.accounts).toBe(1);
    const written = org.store.query('SELECT CreatedById, Rule__c FROM Coverage_Warning__c');
    expect(written.length).toBeGreaterThan(0);
    expect(new Set(written.map((w) => w.CreatedById))).toEqual(new Set([org.users.integrationId]));
    const [account] = org.store.query(
      "SELECT Coverage_Score__c, LastModifiedById FROM Account WHERE Name = 'Brightwater Logistics'",
    );
    expect(account).toMatchObject({ LastModifiedById: org.users.integrationId });
    expect(typeof account!.Coverage_Score__c).toBe('number');
    // The integration user's own access: it cannot touch what reps own.
    const access = org.access.forUser(org.users.integrationId);
    const relationship = org.store.raw.catalog.get('Relationship__c');
    expect(access.fieldEditable(relationship, org.store.raw.catalog.field(relationship, 'Grade__c')!)).toBe(false);
    expect(access.fieldEditable(relationship, org.store.raw.catalog.field(relationship, 'Suggested_Grade__c')!)).toBe(
      true,
    );
  });

  it('a second deploy.sh run succeeds and changes nothing', async () => {
    expect(firstRun.code).toBe(0);
    const before = {
      assignments: assignments(org),
      accounts: org.store.count('Account'),
      contacts: org.store.count('Contact'),
      events: org.store.count('Event'),
      schema: packageSchema(org),
    };
    const result = await deployScript([
      '-o',
      ALIAS,
      '--rep',
      REP,
      '--integration-user',
      org.users.integrationUsername,
      '--sample-data',
    ]);
    expect({ code: result.code, stderr: result.code ? result.stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(result.stderr).toContain('Contact_Plan_Integration: already assigned');
    expect(result.stderr).toContain('already in the org: not imported again');
    expect({
      assignments: assignments(org),
      accounts: org.store.count('Account'),
      contacts: org.store.count('Contact'),
      events: org.store.count('Event'),
      schema: packageSchema(org),
    }).toEqual(before);
  });
});
