// The map, the warnings and the blueprint read the same GraphQL answer; building and analyzing it once per answer
// keeps a page with all three as fast as the map alone.
import { buildPlan } from './planBuilder';
import { analyzeReadPlan } from './analysis';

const cache = new WeakMap();

/** buildPlan + analyzeReadPlan, remembered per answer object (LDS hands the same answer to every wire of a query). */
export function loadPlan(query, accountId, asOf) {
  const key = `${accountId}|${asOf}`;
  const entry = cache.get(query);
  if (entry && entry.key === key) return entry.value;
  const built = buildPlan(query, accountId, asOf);
  const value = { ...built, ...analyzeReadPlan(built.plan) };
  cache.set(query, { key, value });
  return value;
}
