// The blueprint form's data: a draft from a record or a fresh one, and the record fields to save.

/** A fresh draft for a pair: goal one level up is the usual plan, so it starts there when the core allows. */
export function newDraft(pair, suggestedGoal, dueDate) {
  return {
    id: undefined,
    relationshipId: pair.relationshipId,
    contactId: pair.contactId,
    memberId: pair.memberId,
    goal: suggestedGoal,
    strategies: [],
    tactics: '',
    resources: '',
    horizonDays: pair.horizonDays || 90,
    dueDate,
    status: 'planned',
    investsOwnTime: false,
    teachesUs: false,
    showsUsefulness: false,
  };
}

/** A draft copied from a saved blueprint record (as built by contactPlanData's buildPlan). */
export function draftFromRecord(record) {
  return {
    tactics: '',
    resources: '',
    investsOwnTime: false,
    teachesUs: false,
    showsUsefulness: false,
    ...record,
    strategies: [...(record.strategies || [])],
  };
}

/**
 * The Contact_Blueprint__c fields for a draft (picklists as their API values, multi-select joined by ';'). The horizon
 * is not among them: it lives on the key intersection (Relationship__c.Focus_Horizon__c, docs/method.md §1.6.5).
 */
export function toFields(draft) {
  return {
    Goal_Grade__c: draft.goal,
    Influence_Strategies__c: draft.strategies.length ? draft.strategies.join(';') : null,
    Tactics__c: draft.tactics || null,
    Resources__c: draft.resources || null,
    Due_Date__c: draft.dueDate || null,
    Status__c: draft.status,
    Invests_Own_Time__c: Boolean(draft.investsOwnTime),
    Teaches_Us__c: Boolean(draft.teachesUs),
    Shows_Usefulness__c: Boolean(draft.showsUsefulness),
  };
}

/** Adds `days` to a YYYY-MM-DD date. */
export function addDays(date, days) {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return next.toISOString().slice(0, 10);
}

/** Problems that stop a save, as [{ field, message }]; the goal rule itself comes from the planning core. */
export function draftProblems(draft, goalMessage) {
  const problems = [];
  if (!draft.goal) problems.push({ field: 'goal', message: 'Choose a goal grade.' });
  else if (goalMessage) problems.push({ field: 'goal', message: goalMessage });
  if (draft.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate)) {
    problems.push({ field: 'dueDate', message: 'Enter the due date as a date.' });
  }
  return problems;
}
