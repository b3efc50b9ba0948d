// Groups the core's warnings for display: by severity (most severe first), then one entry per rule with the people it
// names, so eleven "build a second relationship" warnings read as one piece of advice with eleven names.
import { RULE_LABELS, RULE_SUMMARIES, SEVERITIES, entryOf, severityRank } from 'c/contactPlanData';

function nameOf(list, id) {
  const found = id ? entryOf(list, id) : undefined;
  return found ? found.name : undefined;
}

function describeTarget(contactName, memberName) {
  if (contactName && memberName) return `${memberName} and ${contactName}`;
  return contactName || memberName;
}

/** The severity's look, the same class names as the map's header badges (SLDS colour tokens in the CSS). */
export function severityBadgeClass(code) {
  return `slds-badge cp-badge cp-badge_${code}`;
}

function itemOf(warning, plan) {
  const target = describeTarget(nameOf(plan.contacts, warning.contactId), nameOf(plan.members, warning.memberId));
  return {
    key: `${warning.rule}:${warning.contactId || ''}:${warning.memberId || ''}`,
    message: warning.message,
    contactId: warning.contactId || '',
    memberId: warning.memberId || '',
    name: target || '',
    hasTarget: Boolean(target),
    // The accessible name starts with the visible label "Show in map" (WCAG 2.5.3), then says whose cell.
    linkLabel: target ? `Show in map: ${target}` : '',
    personLabel: target ? `Show ${target} in the map` : '',
  };
}

// Each warning's entry, for the plan names it was written with. A re-analysis after an edit keeps every warning the
// edit left alone as the same object, so a long rule group that gained or lost one warning is rebuilt from entries
// already made (it was ~2 ms of the edit's frame to write 1,500 of them again).
let itemNames = { contacts: undefined, members: undefined, items: new WeakMap() };

function itemOnce(warning, plan) {
  if (itemNames.contacts !== plan.contacts || itemNames.members !== plan.members) {
    itemNames = { contacts: plan.contacts, members: plan.members, items: new WeakMap() };
  }
  let item = itemNames.items.get(warning);
  if (!item) {
    item = itemOf(warning, plan);
    itemNames.items.set(warning, item);
  }
  return item;
}

/**
 * The group's entries, each keyed by its rule and cell, not by its place: a warning that leaves the group does not
 * change the keys of those after it, so the list's DOM keeps their rows. A second warning of the same rule and cell
 * (the core does not write one today) gets a numbered key. `limit` stops after that many entries `keep` accepts;
 * an entry's key is the same however many are asked for.
 */
function itemsOf(warnings, plan, keep = () => true, limit = Infinity) {
  const keys = new Set();
  const items = [];
  for (let i = 0; i < warnings.length && items.length < limit; i += 1) {
    const item = itemOnce(warnings[i], plan);
    let keyed = item;
    if (keys.has(item.key)) {
      let n = 2;
      while (keys.has(`${item.key}:${n}`)) n += 1;
      keyed = { ...item, key: `${item.key}:${n}` };
    }
    keys.add(keyed.key);
    if (keep(keyed)) items.push(keyed);
  }
  return items;
}

const named = (item) => item.hasTarget;

/** How many of the warnings name someone the plan knows by a name (as their entries would). */
function namedCount(warnings, plan) {
  let count = 0;
  for (const warning of warnings) {
    if (nameOf(plan.contacts, warning.contactId) || nameOf(plan.members, warning.memberId)) count += 1;
  }
  return count;
}

/**
 * One rule's warnings of one severity as a piece of advice. Its entries (`items`) and the people it names (`people`,
 * `firstPeople`) are written when first read: on a large account one rule holds well over a thousand warnings, while
 * the card shows a dozen names and the entries only once the rep opens them. Writing them all was most of the
 * warnings card's share of a grade edit's frame.
 */
class RuleGroup {
  constructor(rule, severity, warnings, plan) {
    const single = warnings.length === 1;
    const label = RULE_LABELS[rule] || rule;
    this.warnings = warnings;
    this.plan = plan;
    this.key = `${severity}:${rule}`;
    this.rule = rule;
    this.severity = severity;
    this.ruleLabel = label;
    this.count = warnings.length;
    this.isSingle = single;
    this.isGroup = !single;
    // One warning: its own sentence says what to do. Several: the rule in a sentence, then who it is about.
    this.title = single ? warnings[0].message : RULE_SUMMARIES[rule] || rule;
    this.badgeText = single ? label : `${label} × ${warnings.length}`;
    this.peopleCount = namedCount(warnings, plan);
    this.hasPeople = !single && this.peopleCount > 0;
    this.detailsLabel = `What to do for each (${warnings.length})`;
    this.single = itemOnce(warnings[0], plan);
    this.shown = new Map();
  }

  /** Every entry, in the order of the warnings. */
  get items() {
    return this.firstEntries(Infinity, false);
  }

  /** Every entry that names someone. */
  get people() {
    return this.firstPeople(Infinity);
  }

  /** The first `limit` entries that name someone. */
  firstPeople(limit) {
    return this.firstEntries(limit, true);
  }

  firstEntries(limit, onlyNamed) {
    const key = `${limit}|${onlyNamed}`;
    let entries = this.shown.get(key);
    if (!entries) {
      entries = itemsOf(this.warnings, this.plan, onlyNamed ? named : undefined, limit);
      this.shown.set(key, entries);
    }
    return entries;
  }
}

const grouped = new WeakMap();

/**
 * Returns [{ code, label, heading, count, ruleCount, badgeClass, rules }] for the severities at or above
 * `minSeverity`, most severe first; inside each, one group per rule, the one naming the most people first.
 * `maxGroups` > 0 keeps only the first that many rule groups (the most important ones).
 */
export function groupWarnings(warnings, plan, minSeverity = 'low', maxGroups = 0) {
  // The card's getters ask for the same grouping several times a render: built once per warnings list and options.
  const key = `${minSeverity}|${maxGroups}`;
  // A warnings list belongs to one analysis, and so to one plan's names.
  if (!grouped.has(warnings)) grouped.set(warnings, new Map());
  const byOptions = grouped.get(warnings);
  if (!byOptions.has(key)) {
    // The cut list is the whole one's first groups: the rule groups are built once for both.
    const all = `${minSeverity}|0`;
    if (!byOptions.has(all)) byOptions.set(all, cutGroups(bySeverity(warnings, plan, minSeverity), 0));
    if (key !== all) byOptions.set(key, cutGroups(bySeverity(warnings, plan, minSeverity), maxGroups));
  }
  return byOptions.get(key);
}

// The rule groups last built, by severity and rule, with the warnings and names they were built from: a grade edit
// changes a few warnings of a long list, and the groups whose warnings read the same are kept as they are.
const lastRuleGroups = new Map();

function sameWarnings(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (a[i].contactId !== b[i].contactId || a[i].memberId !== b[i].memberId || a[i].message !== b[i].message) {
      return false;
    }
  }
  return true;
}

function ruleGroupOnce(rule, severity, warnings, plan) {
  const key = `${severity}:${rule}`;
  const last = lastRuleGroups.get(key);
  if (
    last &&
    last.contacts === plan.contacts &&
    last.members === plan.members &&
    sameWarnings(last.warnings, warnings)
  ) {
    return last.group;
  }
  const group = new RuleGroup(rule, severity, warnings, plan);
  lastRuleGroups.set(key, { contacts: plan.contacts, members: plan.members, warnings, group });
  return group;
}

const severities = new WeakMap();

/** Every rule group of the severities at or above `minSeverity`, by severity: once per warnings list. */
function bySeverity(warnings, plan, minSeverity) {
  if (!severities.has(warnings)) severities.set(warnings, new Map());
  const byFloor = severities.get(warnings);
  if (byFloor.has(minSeverity)) return byFloor.get(minSeverity);
  const floor = severityRank(minSeverity);
  const shown = SEVERITIES.filter((severity) => severityRank(severity.code) <= floor);
  // One pass over the list (an edit's list holds thousands of warnings): severity → rule → its warnings, each in
  // the order it first appears.
  const rulesBySeverity = new Map(shown.map((severity) => [severity.code, new Map()]));
  for (const warning of warnings) {
    const byRule = rulesBySeverity.get(warning.severity);
    if (!byRule) continue;
    const list = byRule.get(warning.rule);
    if (list) list.push(warning);
    else byRule.set(warning.rule, [warning]);
  }
  const entries = [];
  for (const severity of shown) {
    const byRule = rulesBySeverity.get(severity.code);
    let count = 0;
    const rules = [];
    for (const [rule, list] of byRule) {
      count += list.length;
      rules.push(ruleGroupOnce(rule, severity.code, list, plan));
    }
    if (count > 0) entries.push({ severity, rules: rules.sort((a, b) => b.count - a.count), count });
  }
  byFloor.set(minSeverity, entries);
  return entries;
}

/** The severity groups holding the first `maxGroups` rule groups (all when 0). */
function cutGroups(entries, maxGroups) {
  let budget = maxGroups > 0 ? maxGroups : Infinity;
  const groups = [];
  for (const entry of entries) {
    const rules = entry.rules.slice(0, Math.max(0, budget));
    budget -= rules.length;
    if (rules.length === 0) continue;
    const count = rules.reduce((sum, rule) => sum + rule.count, 0);
    groups.push({
      code: entry.severity.code,
      label: entry.severity.label,
      count,
      ruleCount: rules.length,
      heading: `${entry.severity.label} (${count})`,
      cssClass: `cp-severity cp-severity_${entry.severity.code}`,
      badgeClass: severityBadgeClass(entry.severity.code),
      rules,
    });
  }
  return groups;
}

/** The one-line summary for the top of the page: counts by severity and the most important advice. */
export function summarize(warnings, plan) {
  const all = groupWarnings(warnings, plan);
  const counts = all.map((group) => ({
    key: group.code,
    text: `${group.count} ${group.label.toLowerCase()}`,
    badgeClass: severityBadgeClass(group.code),
  }));
  const top = all.length ? all[0].rules[0] : undefined;
  return { counts, top, total: warnings.length };
}
