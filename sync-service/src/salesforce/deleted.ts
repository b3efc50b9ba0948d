import type { OrgHttp } from './http';

/** The answer of the sObject Get Deleted resource (REST API Developer Guide, "sObject Get Deleted"). */
interface DeletedAnswer {
  deletedRecords?: Array<{ id?: string; deletedDate?: string }>;
}

/**
 * The ids of an object's records deleted between `start` and `end`, from the org's delete log: the way to see
 * deletions of an object whose Supported Calls list getDeleted() but not queryAll(). One API call. Salesforce keeps
 * the log for 15 days; a window reaching back further fails with INVALID_REPLICATION_DATE.
 */
export async function getDeleted(http: OrgHttp, object: string, start: Date, end: Date): Promise<string[]> {
  const range = `start=${encodeURIComponent(start.toISOString())}&end=${encodeURIComponent(end.toISOString())}`;
  const res = await http.request<DeletedAnswer>({
    kind: 'getDeleted',
    method: 'GET',
    path: `/sobjects/${object}/deleted/?${range}`,
  });
  return (res.body.deletedRecords ?? []).map((r) => String(r.id));
}
