import { PlanPager, appendPage, firstPageCursors, nextPageCursors } from '../planPages';
import { PAGE_CURSORS } from '../query';

const list = (ids, pageInfo) => ({ edges: ids.map((Id) => ({ node: { Id } })), pageInfo });
const done = (endCursor) => ({ hasNextPage: false, endCursor });
const more = (endCursor) => ({ hasNextPage: true, endCursor });
const ids = (connection) => connection.edges.map((edge) => edge.node.Id);

describe('planPages', () => {
  it('asks for every list from its start, with one cursor variable per paged list', () => {
    expect(Object.keys(PAGE_CURSORS)).toEqual([
      'Contact',
      'AccountTeamMember',
      'Relationship__c',
      'User',
      'Contact_Blueprint__c',
    ]);
    expect(Object.values(firstPageCursors()).every((cursor) => cursor === null)).toBe(true);
  });

  it('asks for the next page only while a list has one, keeping done lists at their end', () => {
    const first = {
      Relationship__c: list(['t1', 't2'], more('t-2')),
      Contact: list(['c1'], done('c-1')),
      Contact_Blueprint__c: list([], done(null)),
    };
    const next = nextPageCursors(firstPageCursors(), first);
    expect(next).toMatchObject({
      relationshipAfter: 't-2',
      contactAfter: 'c-1',
      blueprintAfter: null,
      teamAfter: null,
    });
    const second = {
      Relationship__c: list(['t3'], more('t-3')),
      Contact: list([], done(null)),
      Contact_Blueprint__c: list([], done(null)),
    };
    expect(nextPageCursors(next, second)).toMatchObject({ relationshipAfter: 't-3', contactAfter: 'c-1' });
    expect(nextPageCursors(next, { Relationship__c: list(['t4'], done('t-4')) })).toBeUndefined();
  });

  it('appends the rows of a page to each list once, and gives every reader the same merged answer', () => {
    const first = {
      Relationship__c: list(['t1', 't2'], more('t-2')),
      Contact: list(['c1'], done('c-1')),
      Coverage_Snapshot__c: 'old',
    };
    const second = {
      Relationship__c: list(['t2', 't3'], done('t-3')),
      Contact: list([], done(null)),
      Coverage_Snapshot__c: 'new',
    };
    const merged = appendPage(first, second);
    expect(ids(merged.Relationship__c)).toEqual(['t1', 't2', 't3']);
    expect(merged.Relationship__c.pageInfo).toEqual(done('t-3'));
    expect(ids(merged.Contact)).toEqual(['c1']);
    expect(merged.Coverage_Snapshot__c).toBe('new');
    expect(appendPage(first, second)).toBe(merged);
  });

  it('walks the pages, then reads afresh when the last page is delivered again', () => {
    const pager = new PlanPager();
    const page1 = { Relationship__c: list(['t1'], more('t-1')) };
    const page2 = { Relationship__c: list(['t2'], done('t-2')) };
    expect(pager.receive(page1)).toBeUndefined();
    expect(pager.cursors.relationshipAfter).toBe('t-1');
    expect(ids(pager.receive(page2).Relationship__c)).toEqual(['t1', 't2']);
    expect(pager.cursors.relationshipAfter).toBe('t-1');
    expect(pager.receive(page2)).toBeUndefined();
    expect(pager.cursors).toEqual(firstPageCursors());
    expect(pager.receive(page1)).toBeUndefined();
    expect(ids(pager.receive(page2).Relationship__c)).toEqual(['t1', 't2']);
  });

  it('hands back a one-page answer as it came', () => {
    const page = { Relationship__c: list(['t1'], done('t-1')) };
    const pager = new PlanPager();
    expect(pager.receive(page)).toBe(page);
    expect(pager.receive(page)).toBe(page);
  });
});
