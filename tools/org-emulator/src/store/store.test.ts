import { SfError } from '../errors';
import { makeId } from '../ids';
import { fixtureStore } from '../testing/fixtures';

describe('store', () => {
  const setup = () => {
    let clock = Date.parse('2025-07-01T12:00:00Z');
    const { store } = fixtureStore(6, () => new Date((clock += 1000)));
    return { store };
  };
  const accountId = makeId('001', 1, 'FX');
  const contactId = makeId('003', 1, 'FX');
  const userId = makeId('005', 1, 'FX');
  const relationship = (key: string) => ({
    Account__c: accountId,
    Contact__c: contactId,
    Team_Member__c: userId,
    Pair_Key__c: key,
  });

  it('stamps audit fields and bumps SystemModstamp on every write', () => {
    const { store } = setup();
    const id = store.insert('Account', { Name: 'Stamped' });
    const created = store.live(id);
    expect(created).toMatchObject({ IsDeleted: false, CreatedById: userId, OwnerId: userId });
    store.update('Account', id, { Industry: 'Finance' });
    const updated = store.live(id);
    expect(String(updated?.SystemModstamp) > String(created?.SystemModstamp)).toBe(true);
    expect(updated?.CreatedDate).toBe(created?.CreatedDate);
  });

  it("loads no record as changed after the org's now: later audit stamps move back to an hour before it", () => {
    const { store } = setup();
    const past = makeId('001', 90, 'FX');
    const later = makeId('001', 91, 'FX');
    store.load(
      {
        Account: [
          {
            Id: past,
            Name: 'Edited this morning',
            CreatedDate: '2025-06-01T09:00:00.000Z',
            LastModifiedDate: '2025-07-01T09:00:00.000Z',
            SystemModstamp: '2025-07-01T09:00:00.000Z',
          },
          {
            Id: later,
            Name: "Stamped at this afternoon's working hour",
            CreatedDate: '2025-07-01T11:30:00.000Z',
            LastModifiedDate: '2025-07-01T17:00:00.000Z',
            SystemModstamp: '2025-07-01T17:00:00.000Z',
          },
        ],
      },
      '2025-07-01T00:00:00.000Z',
    );
    expect(store.live(past)).toMatchObject({
      CreatedDate: '2025-06-01T09:00:00.000Z',
      LastModifiedDate: '2025-07-01T09:00:00.000Z',
      SystemModstamp: '2025-07-01T09:00:00.000Z',
    });
    // An hour before the clock's reading at load (it reads a few seconds past noon by then), all three alike.
    const moved = store.live(later)!;
    expect(String(moved.CreatedDate)).toMatch(/^2025-07-01T11:00:0\d\.000Z$/);
    expect([moved.LastModifiedDate, moved.SystemModstamp]).toEqual([moved.CreatedDate, moved.CreatedDate]);
  });

  it('undoes every write of a failed transaction', () => {
    const { store } = setup();
    const before = store.count('Relationship__c');
    expect(() =>
      store.transaction(() => {
        store.insert('Relationship__c', relationship('a'));
        store.insert('Relationship__c', relationship('a'));
      }),
    ).toThrow(SfError);
    expect(store.count('Relationship__c')).toBe(before);
    expect(store.table('Relationship__c').findUnique('Pair_Key__c', 'a')).toBeUndefined();
  });

  it('frees a unique value when its record is deleted and cascades master-detail deletes', () => {
    const { store } = setup();
    const rel = store.insert('Relationship__c', relationship('k'));
    const blueprint = store.insert('Contact_Blueprint__c', { Relationship__c: rel, Status__c: 'planned' });
    store.delete(accountId);
    expect(store.getById(rel)?.row.IsDeleted).toBe(true);
    expect(store.getById(blueprint)?.row.IsDeleted).toBe(true);
    expect(() => store.delete(accountId)).toThrow('entity is deleted');
    // Salesforce deletes an account's contacts with it.
    expect(store.getById(contactId)?.row.IsDeleted).toBe(true);
    const otherAccount = makeId('001', 2, 'FX');
    const otherContact = store.insert('Contact', { LastName: 'Moved', AccountId: otherAccount });
    expect(() =>
      store.insert('Relationship__c', { ...relationship('k'), Account__c: otherAccount, Contact__c: otherContact }),
    ).not.toThrow();
  });

  it('deletes the activities and contact roles of a deleted contact', () => {
    const { store } = setup();
    const whoId = store.catalog.field(store.catalog.get('Task'), 'WhoId');
    const taskIds = whoId ? store.table('Task').idsWhere(whoId, [contactId]) : [];
    expect(taskIds).toHaveLength(4);
    store.delete(contactId);
    expect(taskIds.every((id) => store.getById(id)?.row.IsDeleted === true)).toBe(true);
    expect(store.getById(makeId('00K', 1, 'FX'))?.row.IsDeleted).toBe(true);
    expect(store.count('Task')).toBe(0);
  });

  it('merges contacts as the API merge call does: related records move to the master, losers are deleted', () => {
    const { store } = setup();
    const loser = store.insert('Contact', { LastName: 'Duplicate', AccountId: makeId('001', 2, 'FX') });
    const rel = store.insert('Relationship__c', { ...relationship('m'), Contact__c: loser });
    const task = store.insert('Task', { Subject: 'Call', WhoId: loser, OwnerId: userId });
    const before = String(store.live(rel)?.SystemModstamp);
    const result = store.merge(contactId, [loser]);
    expect(result.mergedIds).toEqual([loser]);
    expect(result.updatedRelatedIds).toEqual(expect.arrayContaining([rel, task]));
    expect(store.live(rel)).toMatchObject({ Contact__c: contactId, Pair_Key__c: 'm' });
    expect(String(store.live(rel)?.SystemModstamp) > before).toBe(true);
    expect(store.live(task)).toMatchObject({ WhoId: contactId });
    expect(store.getById(loser)?.row).toMatchObject({ IsDeleted: true, MasterRecordId: contactId });
    expect(() => store.merge(contactId, [loser])).toThrow('invalid record id to merge');
    expect(() => store.merge(contactId, [])).toThrow('one or two records');
  });

  it('derives names, activity accounts and opportunity flags', () => {
    const { store } = setup();
    const contact = store.insert('Contact', { FirstName: 'Ada', LastName: 'Lovelace', AccountId: accountId });
    expect(store.live(contact)?.Name).toBe('Ada Lovelace');
    const task = store.insert('Task', { WhoId: contact, Subject: 'Intro', Status: 'Completed' });
    expect(store.live(task)).toMatchObject({ AccountId: accountId, IsClosed: true });
    const opp = store.insert('Opportunity', { Name: 'X', StageName: 'Closed Lost', CloseDate: '2025-01-01' });
    expect(store.live(opp)).toMatchObject({ IsClosed: true, IsWon: false });
  });

  it('rejects read-only fields and wrongly typed values', () => {
    const { store } = setup();
    expect(() =>
      store.insert('Opportunity', { Name: 'X', StageName: 'Prospecting', CloseDate: '2025-01-01', IsWon: true }),
    ).toThrow(/Unable to create\/update fields: IsWon/);
    expect(() => store.insert('Account', { Name: 'X', NumberOfEmployees: 'many' })).toThrow(
      /value not of required type/,
    );
    expect(() => store.insert('Account', { Name: 'X', NumberOfEmployees: 123456789 })).toThrow(
      /outside of valid range/,
    );
  });
});
