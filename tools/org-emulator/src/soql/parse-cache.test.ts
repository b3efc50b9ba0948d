import type { SfError } from '../errors';
import { fixtureStore } from '../testing/fixtures';
import { compileSoql, runQuery, type QueryEnvironment } from './query';

// compileSoql keeps the parse of short texts: a repeated text must still compile against the day and the semi-join
// rows of the moment it runs.
describe('SOQL texts asked again', () => {
  const { catalog, store } = fixtureStore(12);
  let today = '2025-06-30';
  const env: QueryEnvironment = { catalog, store, today: () => today, apiVersion: '64.0' };
  const count = (soql: string) => runQuery(compileSoql(soql, env), env, false).length;

  it('reads TODAY when the text compiles, not when it was first parsed', () => {
    const id = store.insert('Opportunity', { Name: 'Dated', StageName: 'Prospecting', CloseDate: '2025-07-02' });
    const soql = "SELECT Id FROM Opportunity WHERE CloseDate = TODAY AND Name = 'Dated'";
    expect(count(soql)).toBe(0);
    today = '2025-07-02';
    expect(count(soql)).toBe(1);
    today = '2025-07-03';
    expect(count(soql)).toBe(0);
    store.delete(id);
  });

  it('runs a semi-join of a repeated text over the rows of the moment', () => {
    const soql =
      "SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Contact WHERE LastName = 'Joined') ORDER BY Id";
    expect(count(soql)).toBe(0);
    const [account] = runQuery(compileSoql('SELECT Id FROM Account ORDER BY Id LIMIT 1', env), env, false);
    const id = store.insert('Contact', { LastName: 'Joined', AccountId: account?.Id });
    expect(count(soql)).toBe(1);
    store.delete(id);
    expect(count(soql)).toBe(0);
  });

  it('answers a repeated malformed text with the same error each time', () => {
    const errors = [0, 1].map(() => {
      try {
        count('SELECT Id FROM');
        return undefined;
      } catch (error) {
        return { code: (error as SfError).errorCode, message: (error as SfError).message };
      }
    });
    expect(errors[0]?.code).toBe('MALFORMED_QUERY');
    expect(errors[1]).toEqual(errors[0]);
  });
});
