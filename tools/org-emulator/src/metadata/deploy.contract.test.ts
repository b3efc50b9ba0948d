import JSZip from 'jszip';
import { Connection } from 'jsforce';
import { startEmulator, type Emulator } from '../server';
import { packageZipFromSource } from './source';

/** The force-app package with one file of it replaced (or removed, with `null`). */
async function packageWith(changes: Record<string, ((text: string) => string) | null>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await packageZipFromSource());
  for (const [name, change] of Object.entries(changes)) {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the package`);
    if (change === null) zip.remove(name);
    else zip.file(name, change(await file.async('string')));
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

const replaceIn = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing to replace: ${String(from)}`);
  return next;
};

const problems = (result: Awaited<ReturnType<Emulator['deploy']>>) =>
  result.details.componentFailures.map((f) => `${f.componentType} ${f.fullName} (${f.fileName}): ${f.problem}`);

// Each case zips and deploys the whole package: seconds on a busy machine, beyond jest's 5 s default.
jest.setTimeout(60_000);

describe('Metadata API deploy', () => {
  let org: Emulator;
  beforeEach(async () => {
    org = await startEmulator({ package: false });
  }, 60_000);
  afterEach(() => org.stop());

  it('deploys force-app into an empty org: objects, fields on standard objects, permission sets', async () => {
    const result = await org.deploy(await packageZipFromSource());
    expect(problems(result)).toEqual([]);
    expect(result).toMatchObject({ status: 'Succeeded', success: true, done: true, checkOnly: false });
    const catalog = org.store.raw.catalog;
    expect(catalog.field(catalog.get('Contact'), 'Buyer_Roles__c')).toMatchObject({
      type: 'multipicklist',
      restricted: true,
    });
    expect(catalog.field(catalog.get('Relationship__c'), 'Contact__c')).toMatchObject({
      deleteConstraint: 'SetNull',
      required: false,
    });
    expect(catalog.field(catalog.get('Relationship__c'), 'Account__c')).toMatchObject({
      masterDetail: true,
      cascadeDelete: true,
    });
    expect(org.access.grantOf('Contact_Plan_Integration')?.objects.Relationship__c).toMatchObject({
      allowCreate: true,
    });
    const names = result.details.componentSuccesses.map((s) => `${s.componentType}:${s.fullName}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'CustomObject:Relationship__c',
        'CustomField:Contact.Buyer_Roles__c',
        'PermissionSet:Contact_Plan_User',
        'LightningComponentBundle:contactMap',
      ]),
    );
    expect(names).not.toContain('CustomObject:Contact');
    const again = await org.deploy(await packageZipFromSource());
    expect(again.details.componentSuccesses.filter((s) => s.created || s.changed).map((s) => s.fullName)).toEqual([
      'package.xml',
    ]);
  });

  it('checkOnly validates without saving', async () => {
    const result = await org.deploy(await packageZipFromSource(), { checkOnly: true });
    expect(result).toMatchObject({ status: 'Succeeded', checkOnly: true });
    expect(org.store.raw.catalog.find('Relationship__c')).toBeUndefined();
  });

  it.each([
    [
      'a field permission on a required field',
      'permissionsets/Contact_Plan_User.permissionset',
      replaceIn('<field>Account.Coverage_Review_On__c</field>', '<field>Relationship__c.Team_Member__c</field>'),
      'PermissionSet Contact_Plan_User (permissionsets/Contact_Plan_User.permissionset): You cannot deploy to a required field: Relationship__c.Team_Member__c',
    ],
    [
      'a field permission on a master-detail field',
      'permissionsets/Contact_Plan_User.permissionset',
      replaceIn('<field>Account.Coverage_Review_On__c</field>', '<field>Relationship__c.Account__c</field>'),
      'PermissionSet Contact_Plan_User (permissionsets/Contact_Plan_User.permissionset): You cannot deploy to a required field: Relationship__c.Account__c',
    ],
    [
      'a master-detail the master cannot hold (User)',
      'objects/Coverage_Snapshot__c.object',
      replaceIn(/<referenceTo>Account<\/referenceTo>/, '<referenceTo>User</referenceTo>'),
      'CustomField Coverage_Snapshot__c.Account__c (objects/Coverage_Snapshot__c.object): User cannot be the master of a master-detail relationship',
    ],
    [
      'a lookup to an object that does not exist',
      'objects/Relationship__c.object',
      replaceIn('<referenceTo>Contact</referenceTo>', '<referenceTo>Kontakt__c</referenceTo>'),
      "CustomField Relationship__c.Contact__c (objects/Relationship__c.object): referenceTo value of 'Kontakt__c' does not resolve to a valid sObject type",
    ],
    [
      'a required lookup that would be cleared when its parent is deleted',
      'objects/Relationship__c.object',
      replaceIn(/(<fullName>Contact__c<\/fullName>[\s\S]*?<required>)false(<\/required>)/, '$1true$2'),
      'CustomField Relationship__c.Contact__c (objects/Relationship__c.object): A required lookup field cannot clear its value when the parent is deleted: use deleteConstraint Restrict',
    ],
    [
      'an object permission without the read it depends on',
      'permissionsets/Contact_Plan_Integration.permissionset',
      replaceIn(
        /<allowRead>true<\/allowRead>(\s*<modifyAllRecords>false<\/modifyAllRecords>\s*<object>Coverage_Warning__c)/,
        '<allowRead>false</allowRead>$1',
      ),
      'PermissionSet Contact_Plan_Integration (permissionsets/Contact_Plan_Integration.permissionset): Permission Create Coverage_Warning__c depends on permission(s): Read Coverage_Warning__c',
    ],
    [
      'a text field longer than 255',
      'objects/Relationship__c.object',
      replaceIn(/<length>80<\/length>/, '<length>300</length>'),
      'CustomField Relationship__c.Pair_Key__c (objects/Relationship__c.object): Length must be between 1 and 255 for a Text field',
    ],
    [
      'an app page placing a component that does not target app pages',
      'lwc/myRelationships/myRelationships.js-meta.xml',
      replaceIn(/\s*<target>lightning__AppPage<\/target>/, ''),
      'FlexiPage My_Relationships (flexipages/My_Relationships.flexipage): Component [c:myRelationships] is not available for the page type AppPage: its targets are lightning__HomePage.',
    ],
    [
      'a page placing a component that is not exposed',
      'lwc/coverageWarnings/coverageWarnings.js-meta.xml',
      replaceIn('<isExposed>true</isExposed>', '<isExposed>false</isExposed>'),
      'FlexiPage Account_Contact_Plan (flexipages/Account_Contact_Plan.flexipage): Component [c:coverageWarnings] is not exposed (isExposed is false), so no page can place it.',
    ],
    [
      'a Lightning page tab naming a page that does not exist',
      'tabs/My_Relationships.tab',
      replaceIn('<flexiPage>My_Relationships</flexiPage>', '<flexiPage>No_Such_Page</flexiPage>'),
      'CustomTab My_Relationships (tabs/My_Relationships.tab): In field: flexiPage - no FlexiPage named No_Such_Page found',
    ],
    [
      'a CSS import of a module the package does not hold',
      'lwc/myRelationships/myRelationships.css',
      replaceIn("@import 'c/contactPlanGrades';", "@import 'c/noSuchModule';"),
      'LightningComponentBundle myRelationships (lwc/myRelationships/myRelationships.css): Invalid import statement: no CSS module c/noSuchModule in the package (c/moduleName)',
    ],
    [
      'a CSS import after a rule',
      'lwc/myRelationships/myRelationships.css',
      replaceIn("@import 'c/contactPlanGrades';", ".cp-first { color: red; }\n@import 'c/contactPlanGrades';"),
      'LightningComponentBundle myRelationships (lwc/myRelationships/myRelationships.css): @import must precede all other statements',
    ],
    [
      'a template using an Aura-only base component (lightning:select has no LWC module)',
      'lwc/contactMap/contactMap.html',
      replaceIn('<lightning-card ', '<lightning-select label="x"></lightning-select><lightning-card '),
      'LightningComponentBundle contactMap (lwc/contactMap): No MODULE named markup://lightning:select found',
    ],
    [
      'a script importing a component the package does not hold',
      'lwc/coverageWarnings/coverageWarnings.js',
      replaceIn("from 'c/contactPlanData';", "from 'c/noSuchModule';"),
      'LightningComponentBundle coverageWarnings (lwc/coverageWarnings): No MODULE named markup://c:noSuchModule found',
    ],
  ])('rejects %s and saves nothing (rollbackOnError)', async (_what, file, change, expected) => {
    const result = await org.deploy(await packageWith({ [file]: change }));
    expect(result).toMatchObject({ status: 'Failed', success: false, numberComponentsDeployed: 0 });
    expect(problems(result)).toContain(expected);
    expect(org.store.raw.catalog.find('Relationship__c')).toBeUndefined();
    expect(org.access.permissionSetId('Contact_Plan_User')).toBeUndefined();
  });

  it('a component named in package.xml but missing from the zip fails the deploy', async () => {
    const result = await org.deploy(await packageWith({ 'tabs/Coverage_Snapshot__c.tab': null }));
    expect(problems(result)).toContain(
      "CustomTab Coverage_Snapshot__c (package.xml): An object 'Coverage_Snapshot__c' of type CustomTab was named in package.xml, but was not found in zipped directory",
    );
  });

  it('rollbackOnError false saves what succeeded (SucceededPartial)', async () => {
    const zip = await packageWith({
      'permissionsets/Contact_Plan_User.permissionset': replaceIn(
        '<field>Account.Coverage_Score__c</field>',
        '<field>Account.Nope__c</field>',
      ),
    });
    const result = await org.deploy(zip, { rollbackOnError: false });
    expect(result.status).toBe('SucceededPartial');
    expect(org.store.raw.catalog.find('Relationship__c')).toBeDefined();
    expect(org.access.permissionSetId('Contact_Plan_User')).toBeUndefined();
    expect(org.access.permissionSetId('Contact_Plan_Admin')).toBeDefined();
  });

  it('serves deploy and checkDeployStatus over SOAP and deployRequest over REST to jsforce', async () => {
    const conn = new Connection({ loginUrl: org.loginUrl, version: '64.0' });
    await conn.login(org.users.adminUsername, org.credentials.password);
    const zip = await packageZipFromSource();
    const soap = await conn.metadata.deploy(zip, { checkOnly: true, singlePackage: true }).complete(true);
    expect(soap).toMatchObject({ status: 'Succeeded', checkOnly: true, success: true });
    const rest = await conn.metadata.deployRest(zip, { rollbackOnError: true, singlePackage: true }).complete(true);
    expect(rest).toMatchObject({ status: 'Succeeded', success: true });
    expect(org.store.raw.catalog.find('Relationship__c')).toBeDefined();
    const integration = new Connection({ loginUrl: org.loginUrl, version: '64.0' });
    await integration.login(org.users.integrationUsername, org.credentials.password);
    await expect(integration.metadata.deploy(zip, {}).complete()).rejects.toThrow(/INSUFFICIENT_ACCESS/);
    const expired = new Connection({ instanceUrl: org.instanceUrl, accessToken: 'not-a-session', version: '64.0' });
    await expect(expired.metadata.checkDeployStatus('0AfEM0000000001AAA')).rejects.toMatchObject({
      errorCode: 'sf:INVALID_SESSION_ID',
    });
  }, 60_000);
});

describe('access and delete rules from the deployed package', () => {
  let org: Emulator;
  beforeAll(async () => {
    org = await startEmulator({ dataset: 'demo' });
  }, 60_000);
  afterAll(() => org.stop());

  const as = async (username: string) => {
    const conn = new Connection({ loginUrl: org.loginUrl, version: '64.0' });
    await conn.login(username, org.credentials.password);
    return conn;
  };

  it('the integration user cannot write what reps own, nor read objects its permission set lacks', async () => {
    const conn = await as(org.users.integrationUsername);
    const [rel] = org.store.query("SELECT Id FROM Relationship__c WHERE Grade__c != 'T' LIMIT 1");
    await expect(conn.sobject('Relationship__c').update({ Id: String(rel!.Id), Grade__c: 'T' })).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
    });
    await conn.sobject('Relationship__c').update({ Id: String(rel!.Id), Suggested_Grade__c: 'S' });
    await expect(conn.query('SELECT Id FROM Contact_Blueprint__c LIMIT 1')).resolves.toBeDefined();
    await expect(conn.sobject('Contact').create({ LastName: 'Nope' })).rejects.toMatchObject({
      errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
    });
  });

  it('a rep cannot see the service-only objects it has no permission for, and no field its set hides', async () => {
    const rep = org.store.query("SELECT Username FROM User WHERE Username LIKE 'dana%' LIMIT 1")[0]!.Username as string;
    const conn = await as(rep);
    const [rel] = org.store.query("SELECT Id FROM Relationship__c WHERE Suggested_Grade__c != 'I' LIMIT 1");
    await expect(
      conn.sobject('Relationship__c').update({ Id: String(rel!.Id), Suggested_Grade__c: 'I' }),
    ).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
    });
    const describe = await conn.sobject('Relationship__c').describe();
    expect(describe.fields.find((f) => f.name === 'Grade__c')).toMatchObject({ updateable: true });
    expect(describe.fields.find((f) => f.name === 'Suggested_Grade__c')).toMatchObject({ updateable: false });
  });

  it('deleteConstraint SetNull lets a contact with relationships be deleted (privacy): they keep their rep data', async () => {
    const [rel] = org.store.query(
      'SELECT Id, Contact__c, Grade__c FROM Relationship__c WHERE Grade__c != null LIMIT 1',
    );
    const conn = await as(org.users.adminUsername);
    await conn.sobject('Contact').destroy(String(rel!.Contact__c));
    expect(org.store.get(String(rel!.Contact__c))!.IsDeleted).toBe(true);
    expect(org.store.get(String(rel!.Id))).toMatchObject({
      Contact__c: null,
      Grade__c: rel!.Grade__c,
      IsDeleted: false,
    });
  });

  it('deleting an account cascades to its master-detail children, contacts and opportunities', async () => {
    const [account] = org.store.query('SELECT Id FROM Account ORDER BY Id DESC LIMIT 1');
    const id = String(account!.Id);
    const conn = await as(org.users.adminUsername);
    await conn.sobject('Account').destroy(id);
    expect(org.store.query(`SELECT Id FROM Relationship__c WHERE Account__c = '${id}'`)).toEqual([]);
    expect(org.store.query(`SELECT Id FROM Contact WHERE AccountId = '${id}'`)).toEqual([]);
    expect(
      org.store.query(`SELECT Id FROM Relationship__c WHERE Account__c = '${id}'`, { includeDeleted: true }).length,
    ).toBeGreaterThan(0);
  });
});
