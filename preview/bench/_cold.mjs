import { register } from 'node:module';
import fs from 'node:fs';
register('./_hooks.mjs', import.meta.url);
const { buildPlan } = await import('../../force-app/main/default/lwc/contactPlanData/planBuilder.js');
const { analyzePlan } = await import('../../force-app/main/default/lwc/contactPlanData/analysis.js');
const answer = JSON.parse(fs.readFileSync('/tmp/scratch/answer-0.json', 'utf8')).data.uiapi.query;
const accountId = answer.Account.edges[0].node.Id;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const out = [];
for (let i = 0; i < 6; i++) {
  const q = structuredClone(answer);
  let t = cpu();
  const built = buildPlan(q, accountId, new Date().toISOString().slice(0, 10));
  const b = cpu() - t;
  t = cpu();
  const a = analyzePlan(built.plan);
  const c = cpu() - t;
  t = cpu();
  a.nextMoves;
  a.keySuggestions;
  a.leverage;
  const d = cpu() - t;
  out.push(`${b.toFixed(1)}/${c.toFixed(1)}/${d.toFixed(1)}`);
}
console.log('buildPlan/analysis/lazy (cpu ms) runs:', out.join('  '));
