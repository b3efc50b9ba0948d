import { compositeQueries, compositeRows } from './composite';
import { fakeCompositeOrg as fakeOrg, queryPage as page, soqlOf } from './composite.test-helper';

describe('compositeQueries', () => {
  it('sends five query operations a call and batches query-more pages with the first pages still due', async () => {
    const { http, calls } = fakeOrg((sub) => {
      if (sub.url.endsWith('/query/cur-1')) return page([{ attributes: {}, Id: 'b' }], 2);
      const soql = soqlOf(sub);
      return soql === 'SELECT Id FROM Q0'
        ? page([{ attributes: { type: 'Q0' }, Id: 'a' }], 2, '/services/data/v64.0/query/cur-1')
        : page([{ Id: soql.slice(-2) }], 1);
    });
    const specs = Array.from({ length: 7 }, (_, i) => ({ soql: `SELECT Id FROM Q${i}` }));
    const rows = await compositeRows(http, specs);
    expect(rows[0]).toEqual([{ Id: 'a' }, { Id: 'b' }]);
    expect(rows[6]).toEqual([{ Id: 'Q6' }]);
    expect(calls.map((c) => c.length)).toEqual([5, 3]);
    expect(calls[1]?.[2]).toBe('/services/data/v64.0/query/cur-1');
    expect(http.calls).toEqual({ composite: 2 });
  });

  it('uses queryAll for deleted rows and reports a failed subrequest without failing the others', async () => {
    const { http, calls } = fakeOrg((sub) =>
      soqlOf(sub).includes('Bad')
        ? { httpStatusCode: 400, body: [{ errorCode: 'INVALID_TYPE', message: 'no such object' }] }
        : page([{ Id: 'x' }], 1),
    );
    const outcomes = await compositeQueries(http, [
      { soql: 'SELECT Id FROM Good', includeDeleted: true },
      { soql: 'SELECT Id FROM Bad' },
    ]);
    expect(calls[0]?.[0]).toMatch(/^\/services\/data\/v64\.0\/queryAll\?q=/);
    expect(outcomes[0]).toEqual({ rows: [{ Id: 'x' }] });
    expect((outcomes[1] as { error: Error }).error.message).toBe('INVALID_TYPE: no such object');
  });

  it('sends a subrequest that met a transient fault again in the next call', async () => {
    let faults = 1;
    const { http, calls } = fakeOrg(() =>
      faults-- > 0
        ? { httpStatusCode: 503, body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'busy' }] }
        : page([{ Id: 'ok' }], 1),
    );
    expect(await compositeRows(http, [{ soql: 'SELECT Id FROM A' }])).toEqual([[{ Id: 'ok' }]]);
    expect(calls).toHaveLength(2);
  });

  it('reads a query whose first page reports more rows than the bulk threshold through Bulk API 2.0', async () => {
    const json = (body: object): Response =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    const { http } = fakeOrg(
      () => page([{ Id: 'rest' }], 50_000, '/services/data/v64.0/query/cur-2000'),
      (url) => {
        if (url.endsWith('/jobs/query')) return json({ id: '750x', state: 'UploadComplete' });
        if (url.endsWith('/jobs/query/750x')) return json({ id: '750x', state: 'JobComplete' });
        return new Response('"Id"\n"bulk1"\n"bulk2"\n', {
          headers: { 'content-type': 'text/csv', 'sforce-locator': 'null' },
        });
      },
    );
    const rows = await compositeRows(http, [{ soql: 'SELECT Id FROM Big' }], {
      bulkThreshold: 10_000,
      pollIntervalMs: 1,
    });
    expect(rows).toEqual([[{ Id: 'bulk1' }, { Id: 'bulk2' }]]);
    expect(http.calls).toEqual({ composite: 1, 'bulk2-query': 1, 'bulk2-poll': 1, 'bulk2-results': 1 });
  });
});
