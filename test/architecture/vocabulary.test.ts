import { findMissingPlaces } from './vocabulary-places';

describe("the planning core's vocabulary", () => {
  it('reaches every place that names it: picklists, schema export, LWC bundle, docs, tests and the demo', () => {
    const missing = findMissingPlaces();
    if (missing.length > 0)
      throw new Error(`Places that lag behind the planning core (${missing.length}):\n  ${missing.join('\n  ')}`);
  }, 60_000);
});
