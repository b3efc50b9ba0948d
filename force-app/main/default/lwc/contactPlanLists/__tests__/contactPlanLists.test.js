import { ListPager, listText, queryText, receivePages } from 'c/contactPlanLists';

describe('query text', () => {
  it('selects fields in the UI API shape, with pageInfo only for a list that pages', () => {
    expect(
      listText('Relationship__c', {
        where: '{ Account__c: { eq: $accountId } }',
        cursor: 'relationshipAfter',
        fields: ['Id', 'Contact__c', 'Team_Member__r.Name', 'Team_Member__r.Title'],
      }),
    ).toBe(
      'Relationship__c(where: { Account__c: { eq: $accountId } }, first: 2000, after: $relationshipAfter) ' +
        '{ edges { node { Id Contact__c { value } Team_Member__r { Name { value } Title { value } } } } ' +
        'pageInfo { hasNextPage endCursor } }',
    );
    expect(
      listText('Coverage_Snapshot__c', { first: 91, orderBy: '{ As_Of__c: { order: DESC } }', fields: ['Id'] }),
    ).toBe('Coverage_Snapshot__c(orderBy: { As_Of__c: { order: DESC } }, first: 91) { edges { node { Id } } }');
  });

  it('declares the parameters and a String variable per paged list', () => {
    expect(queryText('trend', ['$accountId: ID'], { Coverage_Warning__c: 'warningAfter' }, ['A', 'B'])).toBe(
      'query trend($accountId: ID, $warningAfter: String) { uiapi { query { A B } } }',
    );
  });
});

describe('receivePages', () => {
  const page = (ids, next) => ({
    data: {
      uiapi: {
        query: {
          Contact: {
            edges: ids.map((Id) => ({ node: { Id } })),
            pageInfo: { hasNextPage: Boolean(next), endCursor: next || null },
          },
        },
      },
    },
  });

  it('builds once the last page is in, with the cursors for the next page in between', () => {
    const card = { pager: new ListPager({ Contact: 'contactAfter' }), loaded: false };
    const built = [];
    receivePages(card, page(['003A'], 'c1'), (answer) => built.push(answer));
    expect({ cursors: card.cursors, loaded: card.loaded, built: built.length }).toEqual({
      cursors: { contactAfter: 'c1' },
      loaded: false,
      built: 0,
    });
    receivePages(card, page(['003B']), (answer) => built.push(answer));
    expect(built.map((answer) => answer.Contact.edges.map((edge) => edge.node.Id))).toEqual([['003A', '003B']]);
    expect(card.loaded).toBe(true);
  });

  it('an error ends the load with the errors and builds nothing', () => {
    const card = { pager: new ListPager({ Contact: 'contactAfter' }), loaded: false };
    const build = jest.fn();
    receivePages(card, { errors: [{ message: 'No access' }] }, build);
    expect(card).toMatchObject({ errors: [{ message: 'No access' }], loaded: true });
    expect(build).not.toHaveBeenCalled();
  });
});
