// Groups the core's warnings by severity for display, with the names of the people they point at.
import { RULE_LABELS, SEVERITIES, severityRank } from 'c/contactPlanData';

function nameOf(list, id) {
  const found = id ? list.find((entry) => entry.id === id) : undefined;
  return found ? found.name : undefined;
}

function describeTarget(contactName, memberName) {
  if (contactName && memberName) return `${memberName} and ${contactName}`;
  return contactName || memberName;
}

/**
 * Returns [{ code, label, count, items }] for the severities at or above `minSeverity`, most severe first.
 * Each item has the message (what to do) and, when it points at a contact or member, a link label.
 */
export function groupWarnings(warnings, plan, minSeverity = 'low', maxItems = 0) {
  const floor = severityRank(minSeverity);
  const sorted = warnings
    .filter((warning) => severityRank(warning.severity) <= floor)
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  const shown = maxItems > 0 ? sorted.slice(0, maxItems) : sorted;
  return SEVERITIES.map((severity) => {
    const items = shown
      .filter((warning) => warning.severity === severity.code)
      .map((warning, index) => {
        const target = describeTarget(nameOf(plan.contacts, warning.contactId), nameOf(plan.members, warning.memberId));
        return {
          key: `${warning.rule}:${warning.contactId || ''}:${warning.memberId || ''}:${index}`,
          rule: warning.rule,
          ruleLabel: RULE_LABELS[warning.rule] || warning.rule,
          message: warning.message,
          contactId: warning.contactId || '',
          memberId: warning.memberId || '',
          hasTarget: Boolean(target),
          linkLabel: target ? `Show ${target} in the map` : '',
        };
      });
    return {
      code: severity.code,
      label: severity.label,
      count: items.length,
      heading: `${severity.label} (${items.length})`,
      cssClass: `cp-severity cp-severity_${severity.code}`,
      items,
    };
  }).filter((group) => group.count > 0);
}
