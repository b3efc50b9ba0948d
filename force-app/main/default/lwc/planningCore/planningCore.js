// GENERATED FILE, do not edit: built from planning-core/src by scripts/build-planning-core-lwc.js.
// Rebuild with `npm run build:lwc-core`; the LWC tests fail while this file is stale.
var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);

// planning-core/src/types.ts
var GRADES = ["T", "O", "S", "I", "D", "M"];
var BUYER_ROLES = ["Power", "User", "Advisor", "Evangelist"];
var SENIORITIES = ["Executive", "VP", "Director", "Manager", "Staff"];
var STRATEGIES = ["RECIPROCITY", "COMMITMENT", "SOCIAL_PROOF", "LIKING", "AUTHORITY", "SCARCITY"];
var TOUCH_KINDS = ["meeting", "call", "email", "other"];
var BLUEPRINT_STATUSES = ["planned", "active", "done", "dropped"];
var OPPORTUNITY_STAGES = ["open", "won", "lost"];
var HORIZONS = [30, 60, 90];
var DEPARTURE_REASONS = ["moved", "merged", "deleted"];
var SEVERITIES = ["critical", "high", "medium", "low"];
var RULES = [
  "BELOW_SATISFIED",
  "UNCOVERED_BUYER",
  "SINGLE_THREADED",
  "OVER_COVERED",
  "SENIOR_GAP",
  "TRUST_INFLATION",
  "FEW_OPEN",
  "NO_POWER_BUYER",
  "STALE_GRADE",
  "KEY_WITHOUT_BLUEPRINT",
  "GOAL_TOO_FAR",
  "TOO_MANY_KEYS",
  "CONTACT_LEFT"
];

// planning-core/src/roles.ts
var ROLE_INFO = {
  Power: {
    name: "Power Buyer",
    who: "Owns the budget or the function and can say yes on their own (the economic buyer).",
    watch: "Tie every conversation to the business result they answer for, and meet them at their own level.",
    watchOutFor: "Being handed down to their staff and never hearing their view until the decision is made."
  },
  User: {
    name: "User Buyer",
    who: "Works with what we deliver day to day and puts it in place with us.",
    watch: "How the change lands in their daily work: effort, training, the first weeks after go-live.",
    watchOutFor: "Quiet resistance: a user who feels ignored can stall a deal the executives already like."
  },
  Advisor: {
    name: "Advisor Buyer",
    who: "Checks the proposal on behalf of others: technical, purchasing, legal or finance.",
    watch: "Their checklist and criteria; give them clear, complete answers early.",
    watchOutFor: "Treating them as a formality: they rarely win a deal for us but can easily block one."
  },
  Evangelist: {
    name: "Evangelist",
    who: "Wants the change to happen and pushes the decision forward inside the client.",
    watch: "Give them the material and the story they need to sell the idea internally.",
    watchOutFor: "Mistaking enthusiasm for authority, and letting them spend credibility on our behalf."
  }
};
var DEFAULT_ROLE_MAPPING = Object.freeze({
  "decision maker": "Power",
  "economic buyer": "Power",
  "economic decision maker": "Power",
  "executive sponsor": "Power",
  "business user": "User",
  "technical buyer": "Advisor",
  evaluator: "Advisor",
  influencer: "Advisor",
  other: null,
  champion: "Evangelist",
  evangelist: "Evangelist",
  advocate: "Evangelist",
  "internal champion": "Evangelist"
});
function normalizeRole(role2) {
  return role2.trim().toLowerCase().replace(/\s+/g, " ");
}
var normalizedMappings = /* @__PURE__ */ new WeakMap();
function normalizedMapping(mapping) {
  let normalized = normalizedMappings.get(mapping);
  if (!normalized) {
    normalized = new Map(Object.entries(mapping).map(([role2, buyerRole]) => [normalizeRole(role2), buyerRole]));
    normalizedMappings.set(mapping, normalized);
  }
  return normalized;
}
function mapOpportunityRole(role2, mapping = DEFAULT_ROLE_MAPPING) {
  return normalizedMapping(mapping).get(normalizeRole(role2)) ?? void 0;
}

// planning-core/src/seniority.ts
var C_LEVEL_ABBREVIATIONS = /* @__PURE__ */ new Set([
  "ceo",
  "cfo",
  "cto",
  "coo",
  "cio",
  "cro",
  "cmo",
  "cso",
  "cpo",
  "cdo",
  "cco",
  "cao",
  "chro",
  "ciso",
  "cxo",
  "pdg"
]);
var EXECUTIVE_WORDS = /* @__PURE__ */ new Set([
  "chief",
  "founder",
  "cofounder",
  "chairman",
  "chairwoman",
  "chairperson",
  "presidente",
  "geschaftsfuhrer",
  "geschaftsfuhrerin",
  "vorstand",
  "vorstandsvorsitzender"
]);
var EXECUTIVE_PHRASES = [
  "managing director",
  "managing partner",
  "general manager",
  "directeur general",
  "directrice generale",
  "director general",
  "directora general",
  "director general",
  "amministratore delegato",
  "board member"
];
var VP_WORDS = /* @__PURE__ */ new Set(["vp", "evp", "svp", "avp", "vicepresident", "vicepresidente", "vizeprasident"]);
var VP_PHRASES = ["vice president", "vice presidente", "vice chair"];
var DIRECTOR_WORDS = /* @__PURE__ */ new Set(["director", "directeur", "directrice", "directora", "direttore", "dir", "head"]);
var MANAGER_WORDS = /* @__PURE__ */ new Set([
  "manager",
  "mgr",
  "mngr",
  "lead",
  "leader",
  "supervisor",
  "gerente",
  "responsable",
  "jefe",
  "jefa",
  "chef",
  "foreman",
  "coordinator"
]);
var ASSISTANT_PHRASES = ["assistant to", "executive assistant", "assistant of", "ea to"];
function words(title) {
  return title.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\b(co|vice)-/g, "$1").split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}
function hasPhrase(joined, phrases) {
  return phrases.some((phrase) => joined.includes(` ${phrase} `));
}
function isExecutive(list2, joined) {
  if (hasPhrase(joined, ["chief of staff"])) return false;
  if (list2.some((word) => C_LEVEL_ABBREVIATIONS.has(word) || EXECUTIVE_WORDS.has(word))) return true;
  if (hasPhrase(joined, EXECUTIVE_PHRASES)) return true;
  const presidentAt = list2.indexOf("president");
  if (presidentAt >= 0 && list2[presidentAt - 1] !== "vice") return true;
  return list2[0] === "owner" || list2[0] === "coowner";
}
function isVp(list2, joined) {
  return list2.some((word) => VP_WORDS.has(word)) || hasPhrase(joined, VP_PHRASES);
}
function isDirector(list2, joined) {
  if (hasPhrase(joined, ["chief of staff"])) return true;
  return list2.some(
    (word) => DIRECTOR_WORDS.has(word) || /(leiter|leiterin)$/.test(word) && !/^(team|gruppen|projekt)/.test(word)
  );
}
function isManager(list2) {
  return list2.some((word) => MANAGER_WORDS.has(word) || /(leiter|leiterin)$/.test(word));
}
var parsed = /* @__PURE__ */ new Map();
var MAX_MEMO = 2e4;
function parseSeniority(title) {
  if (!title) return "Staff";
  let seniority2 = parsed.get(title);
  if (seniority2 === void 0) {
    seniority2 = parseTitle(title);
    if (parsed.size >= MAX_MEMO) parsed.clear();
    parsed.set(title, seniority2);
  }
  return seniority2;
}
function parseTitle(title) {
  const list2 = words(title);
  if (list2.length === 0) return "Staff";
  const joined = ` ${list2.join(" ")} `;
  if (hasPhrase(joined, ASSISTANT_PHRASES)) return "Staff";
  if (isExecutive(list2, joined)) return "Executive";
  if (isVp(list2, joined)) return "VP";
  if (isDirector(list2, joined)) return "Director";
  if (isManager(list2)) return "Manager";
  return "Staff";
}
function resolveSeniority(person) {
  return person.seniority ?? parseSeniority(person.title);
}
function seniorityRank(seniority2) {
  return SENIORITIES.indexOf(seniority2);
}
function isSeniorLeader(seniority2) {
  return seniority2 === "Executive" || seniority2 === "VP";
}

// planning-core/src/account.ts
function pairNumber(people, contactId, memberId) {
  const contactRank = people.contactRank.get(contactId);
  const memberRank = people.memberRank.get(memberId);
  if (contactRank === void 0 || memberRank === void 0) return void 0;
  return contactRank * people.memberIds.length + memberRank;
}
function pairIds(people, pair) {
  const width = people.memberIds.length;
  return {
    contactId: people.contactIds[Math.floor(pair / width)] ?? "",
    memberId: people.memberIds[pair % width] ?? ""
  };
}
function ascending(ids) {
  return [...ids].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function rolesFromOpportunities(plan, settings) {
  const implied = /* @__PURE__ */ new Map();
  for (const opportunity2 of plan.opportunities) {
    for (const { contactId, role: role2 } of opportunity2.contactRoles) {
      const buyerRole = mapOpportunityRole(role2, settings.roleMapping);
      if (!buyerRole) continue;
      let roles2 = implied.get(contactId);
      if (!roles2) implied.set(contactId, roles2 = /* @__PURE__ */ new Set());
      roles2.add(buyerRole);
    }
  }
  return implied;
}
function resolvePeople(plan, settings) {
  const implied = rolesFromOpportunities(plan, settings);
  const contacts = /* @__PURE__ */ new Map();
  for (const contact2 of plan.contacts) {
    const own2 = contact2.roles.length > 0 ? new Set(contact2.roles) : implied.get(contact2.id) ?? /* @__PURE__ */ new Set();
    const roles2 = BUYER_ROLES.filter((role2) => own2.has(role2));
    contacts.set(contact2.id, { contact: contact2, roles: roles2, seniority: resolveSeniority(contact2) });
  }
  const members2 = /* @__PURE__ */ new Map();
  for (const member2 of plan.members) members2.set(member2.id, { member: member2, seniority: resolveSeniority(member2) });
  const contactIds = ascending(contacts.keys());
  const memberIds = ascending(members2.keys());
  return {
    contacts,
    members: members2,
    contactIds,
    memberIds,
    contactRank: new Map(contactIds.map((id3, rank) => [id3, rank])),
    memberRank: new Map(memberIds.map((id3, rank) => [id3, rank]))
  };
}
function resolveBuyerRoles(plan, settings) {
  const people = resolvePeople(plan, settings);
  return new Map([...people.contacts].map(([id3, view]) => [id3, view.roles]));
}

// planning-core/src/dates.ts
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function digits(text2, start, end) {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const code = text2.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}
function isIsoDate(text2) {
  if (text2.length !== 10 || text2.charCodeAt(4) !== 45 || text2.charCodeAt(7) !== 45) return false;
  const year = digits(text2, 0, 4);
  const month = digits(text2, 5, 7);
  const day = digits(text2, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
function toDayNumber(date3) {
  let year = digits(date3, 0, 4);
  let month = digits(date3, 5, 7);
  let day = digits(date3, 8, 10);
  if (year < 0 || month < 0 || day < 0 || date3.length > 10) {
    year = Number(date3.slice(0, 4));
    month = Number(date3.slice(5, 7));
    day = Number(date3.slice(8, 10));
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
var dayNumbers = /* @__PURE__ */ new Map();
var MAX_DAY_MEMO = 5e4;
function memoDayNumber(date3) {
  let day = dayNumbers.get(date3);
  if (day === void 0) {
    day = toDayNumber(date3);
    if (dayNumbers.size >= MAX_DAY_MEMO) dayNumbers.clear();
    dayNumbers.set(date3, day);
  }
  return day;
}
var formatted = /* @__PURE__ */ new Map();
var MAX_MEMO2 = 5e4;
function fromDayNumber(dayNumber) {
  let date3 = formatted.get(dayNumber);
  if (date3 === void 0) {
    date3 = formatDayNumber(dayNumber);
    if (formatted.size >= MAX_MEMO2) formatted.clear();
    formatted.set(dayNumber, date3);
  }
  return date3;
}
function formatDayNumber(dayNumber) {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function daysBetween(from, to) {
  return toDayNumber(to) - toDayNumber(from);
}
function addDays(date3, days) {
  return fromDayNumber(toDayNumber(date3) + days);
}

// planning-core/src/evidence.ts
function emptyEvidence() {
  return { touchDays: [] };
}
function inTouchWindow(day, asOfDay, settings) {
  return day <= asOfDay && asOfDay - day <= settings.touchWindowDays;
}
function plural(count2, word) {
  return `${count2} ${word}${count2 === 1 ? "" : "es"}`;
}
function earliest(a, b) {
  return b === void 0 ? a : Math.min(a, b);
}
function newest(days, rank) {
  if (days.length < rank) return void 0;
  if (rank === 1) return maxOf(days);
  const sorted = Float64Array.from(days).sort();
  return sorted[sorted.length - rank];
}
function maxOf(days) {
  let last;
  for (const day of days) if (last === void 0 || day > last) last = day;
  return last;
}
function countInTouchWindow(days, asOfDay, settings) {
  let count2 = 0;
  for (const day of days) if (inTouchWindow(day, asOfDay, settings)) count2 += 1;
  return count2;
}
function suggestGrade(evidence2, asOfDay, settings) {
  if (evidence2.stored) return { grade: evidence2.stored.grade, reasons: [...evidence2.stored.reasons] };
  const lastTouchDay = evidence2.counted ? evidence2.counted.lastTouchDay : maxOf(evidence2.touchDays);
  const recentTouches = evidence2.counted ? evidence2.counted.recentTouches : countInTouchWindow(evidence2.touchDays, asOfDay, settings);
  const meetingAge = evidence2.lastMeetingDay === void 0 ? void 0 : asOfDay - evidence2.lastMeetingDay;
  const byTouches = meetingAge !== void 0 && meetingAge <= settings.meetingWindowDays && recentTouches >= settings.minRecentTouches;
  const byWin = evidence2.lastWon !== void 0 && asOfDay - evidence2.lastWon.day <= settings.wonWindowDays;
  if (byTouches || byWin) {
    const reasons = [];
    let expiresOn = -Infinity;
    if (byTouches && evidence2.lastMeetingDay !== void 0) {
      reasons.push(`last meeting ${fromDayNumber(evidence2.lastMeetingDay)}`);
      reasons.push(`${plural(recentTouches, "touch")} in the last ${settings.touchWindowDays} days`);
      const supportingTouch = evidence2.counted ? evidence2.lastMeetingDay : newest(evidence2.touchDays, settings.minRecentTouches) ?? evidence2.lastMeetingDay;
      const meetingExpires = evidence2.lastMeetingDay + settings.meetingWindowDays + 1;
      expiresOn = Math.max(expiresOn, Math.min(meetingExpires, supportingTouch + settings.touchWindowDays + 1));
    }
    if (byWin && evidence2.lastWon) {
      reasons.push(
        `Closed Won opportunity ${evidence2.lastWon.opportunityId} on ${fromDayNumber(evidence2.lastWon.day)}`
      );
      expiresOn = Math.max(expiresOn, evidence2.lastWon.day + settings.wonWindowDays + 1);
    }
    return { grade: "S", reasons, changesOn: earliest(expiresOn, evidence2.nextFutureTouchDay) };
  }
  if (lastTouchDay === void 0) {
    return { reasons: [], changesOn: evidence2.nextFutureTouchDay };
  }
  const lastTouch = fromDayNumber(lastTouchDay);
  let reason;
  if (asOfDay - lastTouchDay > settings.noMeetingWindowDays) {
    reason = `only touches older than ${settings.noMeetingWindowDays} days (last ${lastTouch})`;
  } else if (meetingAge === void 0 || meetingAge > settings.noMeetingWindowDays) {
    reason = `no meeting in the last ${settings.noMeetingWindowDays} days (last touch ${lastTouch})`;
  } else if (meetingAge > settings.meetingWindowDays) {
    reason = `last meeting ${fromDayNumber(asOfDay - meetingAge)}, over ${settings.meetingWindowDays} days ago`;
  } else {
    reason = `last meeting ${fromDayNumber(asOfDay - meetingAge)} but only ${plural(recentTouches, "touch")} in the last ${settings.touchWindowDays} days (S needs ${settings.minRecentTouches})`;
  }
  return { grade: "I", reasons: [reason], changesOn: evidence2.nextFutureTouchDay };
}
function lastTouchOf(evidence2) {
  if (!evidence2) return void 0;
  if (evidence2.counted) return evidence2.counted.lastTouchDay;
  return maxOf(evidence2.touchDays);
}
function evidenceFromSummary(summary, dayOf) {
  const evidence2 = {
    touchDays: [],
    counted: {
      recentTouches: summary.recentTouches,
      ...summary.lastTouch ? { lastTouchDay: dayOf(summary.lastTouch) } : {}
    }
  };
  if (summary.lastMeeting) evidence2.lastMeetingDay = dayOf(summary.lastMeeting);
  if (summary.suggested) evidence2.stored = { grade: summary.suggested, reasons: summary.reasons ?? [] };
  if (summary.scheduledTouches?.length) {
    evidence2.scheduledTouchDays = summary.scheduledTouches.map(dayOf);
    evidence2.nextFutureTouchDay = Math.min(...evidence2.scheduledTouchDays);
  }
  return evidence2;
}
function summarize(ids, evidence2, asOfDay, settings) {
  const lastTouchDay = lastTouchOf(evidence2);
  const recentTouches = evidence2.counted ? evidence2.counted.recentTouches : countInTouchWindow(evidence2.touchDays, asOfDay, settings);
  const suggestion = suggestGrade(evidence2, asOfDay, settings);
  const summary = { contactId: ids.contactId, memberId: ids.memberId, recentTouches };
  if (lastTouchDay !== void 0) summary.lastTouch = fromDayNumber(lastTouchDay);
  if (evidence2.lastMeetingDay !== void 0) summary.lastMeeting = fromDayNumber(evidence2.lastMeetingDay);
  if (suggestion.grade) {
    summary.suggested = suggestion.grade;
    summary.reasons = suggestion.reasons;
  }
  if (evidence2.scheduledTouchDays?.length) summary.scheduledTouches = evidence2.scheduledTouchDays.map(fromDayNumber);
  return summary;
}

// planning-core/src/grades.ts
var GRADE_INFO = {
  T: { name: "Trust", meaning: "They come to us for advice before they decide." },
  O: { name: "Open", meaning: "Pleased with us and ready to hear new ideas and proposals." },
  S: { name: "Satisfied", meaning: "Content with the work we have delivered so far." },
  I: { name: "Indifferent", meaning: "Sees no real reason to work with us rather than anyone else." },
  D: { name: "Dissatisfied", meaning: "Unhappy with something we did or failed to do." },
  M: { name: "Motivated to change", meaning: "Actively working to replace or remove us." }
};
var GRADE_RANKS = Object.fromEntries(GRADES.map((grade2, rank) => [grade2, rank]));
function gradeRank(grade2) {
  return GRADE_RANKS[grade2] ?? -1;
}
function isBetter(a, b) {
  return gradeRank(a) < gradeRank(b);
}
function oneLevelUp(grade2) {
  const rank = gradeRank(grade2);
  return rank > 0 ? GRADES[rank - 1] : void 0;
}
function lowerBy(grade2, levels, floor) {
  const rank = gradeRank(grade2);
  const floorRank = gradeRank(floor);
  if (rank >= floorRank) return grade2;
  return GRADES[Math.min(rank + levels, floorRank)];
}
function gradeName(grade2) {
  return GRADE_INFO[grade2].name;
}

// planning-core/src/gravity.ts
function applyGravity(manual, gradedOnDay, lastTouchDay, asOfDay, settings) {
  const graded = gradedOnDay === void 0 ? `graded ${manual}` : `graded ${manual} on ${fromDayNumber(gradedOnDay)}`;
  const referenceDay = gradedOnDay === void 0 ? lastTouchDay : lastTouchDay === void 0 ? gradedOnDay : Math.max(gradedOnDay, lastTouchDay);
  if (referenceDay === void 0) {
    return { effective: manual, reasons: [`${graded}; no date to measure gravity from`] };
  }
  const quietDays = Math.max(0, asOfDay - referenceDay);
  const steps = Math.floor(quietDays / settings.gravityStepDays);
  const effective = lowerBy(manual, steps, settings.gravityFloor);
  const reasons = effective === manual ? [graded] : [`${graded}; no touch for ${quietDays} days → ${effective}`];
  if (effective === manual && lastTouchDay !== void 0 && (gradedOnDay === void 0 || lastTouchDay > gradedOnDay)) {
    reasons.push(`last touch ${fromDayNumber(lastTouchDay)}`);
  }
  const canDropFurther = gradeRank(effective) < gradeRank(settings.gravityFloor);
  const changesOn = canDropFurther ? referenceDay + (steps + 1) * settings.gravityStepDays : void 0;
  return { effective, reasons, quietDays, changesOn };
}
var NONE_AHEAD = new Float64Array(0);
function touchesAhead(days, asOfDay) {
  return Float64Array.from(days.filter((day) => day > asOfDay)).sort();
}
function later(a, b) {
  return a === void 0 ? b : b === void 0 ? a : Math.max(a, b);
}
function nextGravityDrop(manual, gradedOnDay, lastTouchDay, scheduledTouchDays, asOfDay, settings) {
  const floorRank = gradeRank(settings.gravityFloor);
  if (gradeRank(manual) >= floorRank) return void 0;
  const step = settings.gravityStepDays;
  const ahead = scheduledTouchDays.length === 0 ? NONE_AHEAD : touchesAhead(scheduledTouchDays, asOfDay);
  let reference = later(gradedOnDay, lastTouchDay);
  let from = asOfDay;
  for (let i = 0; ; i++) {
    const touch2 = ahead[i];
    if (reference !== void 0) {
      const steps = Math.floor(Math.max(0, from - reference) / step);
      if (gradeRank(lowerBy(manual, steps, settings.gravityFloor)) < floorRank) {
        const dropDay = reference + (steps + 1) * step;
        if (touch2 === void 0 || dropDay < touch2) {
          return { day: dropDay, to: lowerBy(manual, steps + 1, settings.gravityFloor) };
        }
      }
    }
    if (touch2 === void 0) return void 0;
    reference = later(reference, touch2);
    from = touch2;
  }
}

// planning-core/src/cells.ts
var capAtSatisfied = (grade2) => gradeRank(grade2) < gradeRank("S") ? "S" : grade2;
function firstAtOrAfter(details, pair) {
  let low = 0;
  let high = details.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (details[middle].pair < pair) low = middle + 1;
    else high = middle;
  }
  return low;
}
function ascendingPairs(byPair) {
  const pairs = new Float64Array(byPair.size);
  let index = 0;
  for (const pair of byPair.keys()) pairs[index++] = pair;
  return pairs.sort();
}
function collectInputs(plan, people, asOfDay, settings, dayOf = memoDayNumber) {
  const byPair = /* @__PURE__ */ new Map();
  const inputsFor = (pair) => {
    let inputs = byPair.get(pair);
    if (!inputs) byPair.set(pair, inputs = {});
    return inputs;
  };
  const evidenceFor = (pair) => {
    const inputs = inputsFor(pair);
    return inputs.evidence ?? (inputs.evidence = emptyEvidence());
  };
  for (const relationship2 of plan.relationships) {
    const pair = pairNumber(people, relationship2.contactId, relationship2.memberId);
    if (pair !== void 0) inputsFor(pair).relationship = relationship2;
  }
  for (const contact2 of plan.contacts) {
    for (const entry of contact2.history ?? []) {
      const pair = pairNumber(people, contact2.id, entry.memberId);
      const day = dayOf(entry.date);
      if (pair === void 0 || day > asOfDay || asOfDay - day > settings.historyWindowDays) continue;
      const grade2 = capAtSatisfied(entry.grade);
      const inputs = inputsFor(pair);
      const best = inputs.inherited;
      if (!best || isBetter(grade2, best.grade) || grade2 === best.grade && day > best.day) {
        inputs.inherited = { entry, grade: grade2, day };
      }
    }
  }
  if (plan.evidence) {
    for (const summary of plan.evidence) {
      const pair = pairNumber(people, summary.contactId, summary.memberId);
      if (pair !== void 0) inputsFor(pair).evidence = evidenceFromSummary(summary, dayOf);
    }
    return byPair;
  }
  for (const touch2 of plan.touches) {
    const pair = pairNumber(people, touch2.contactId, touch2.memberId);
    if (pair === void 0) continue;
    const day = dayOf(touch2.date);
    const evidence2 = evidenceFor(pair);
    if (day > asOfDay) {
      if (evidence2.nextFutureTouchDay === void 0 || day < evidence2.nextFutureTouchDay)
        evidence2.nextFutureTouchDay = day;
      (evidence2.scheduledTouchDays ?? (evidence2.scheduledTouchDays = [])).push(day);
      continue;
    }
    evidence2.touchDays.push(day);
    if (touch2.kind === "meeting" && (evidence2.lastMeetingDay === void 0 || day > evidence2.lastMeetingDay)) {
      evidence2.lastMeetingDay = day;
    }
  }
  for (const opportunity2 of plan.opportunities) {
    if (opportunity2.stage !== "won") continue;
    const day = dayOf(opportunity2.closeDate);
    if (day > asOfDay) continue;
    for (const { contactId } of opportunity2.contactRoles) {
      for (const memberId of opportunity2.memberIds) {
        const pair = pairNumber(people, contactId, memberId);
        if (pair === void 0) continue;
        const evidence2 = evidenceFor(pair);
        const last = evidence2.lastWon;
        if (!last || day > last.day || day === last.day && opportunity2.id < last.opportunityId) {
          evidence2.lastWon = { day, opportunityId: opportunity2.id };
        }
      }
    }
  }
  return byPair;
}
var NO_DAYS = [];
var NO_EVIDENCE = Object.freeze(emptyEvidence());
function gradedCell(pair, ids, relationship2, evidence2, asOfDay, settings, dayOf) {
  const gradedOnDay = relationship2.gradedOn === void 0 ? void 0 : dayOf(relationship2.gradedOn);
  const lastTouch = lastTouchOf(evidence2);
  const gravity = applyGravity(relationship2.grade, gradedOnDay, lastTouch, asOfDay, settings);
  const cell = {
    contactId: ids.contactId,
    memberId: ids.memberId,
    manual: relationship2.grade,
    effective: gravity.effective,
    reasons: gravity.reasons,
    key: relationship2.key === true
  };
  const scheduled = evidence2?.scheduledTouchDays ?? NO_DAYS;
  const drop = nextGravityDrop(relationship2.grade, gradedOnDay, lastTouch, scheduled, asOfDay, settings);
  if (drop) {
    cell.dropsOn = fromDayNumber(drop.day);
    cell.dropsTo = drop.to;
  }
  const detail = { cell, pair };
  if (gravity.effective !== relationship2.grade) {
    detail.slipped = { from: relationship2.grade, to: gravity.effective, quietDays: gravity.quietDays ?? 0 };
  }
  const future = evidence2?.nextFutureTouchDay;
  const changesOn = gravity.changesOn === void 0 ? future : Math.min(gravity.changesOn, future ?? Infinity);
  if (changesOn !== void 0) detail.changesOn = changesOn;
  return detail;
}
function pairCell(pair, inputs, people, settings, asOfDay, dayOf) {
  const { relationship: relationship2, evidence: evidence2, inherited } = inputs;
  const ids = pairIds(people, pair);
  const { contactId, memberId } = ids;
  if (relationship2?.grade) {
    const graded = relationship2;
    return { detail: gradedCell(pair, ids, graded, evidence2, asOfDay, settings, dayOf) };
  }
  const suggestion = suggestGrade(evidence2 ?? NO_EVIDENCE, asOfDay, settings);
  if (inherited) {
    const { entry, grade: grade2, day } = inherited;
    const member2 = people.members.get(memberId)?.member.name || memberId;
    suggestion.reasons.push(`known to ${member2} at ${entry.accountName}: ${entry.grade}, ${entry.date.slice(0, 7)}`);
    if (!suggestion.grade || isBetter(grade2, suggestion.grade)) suggestion.grade = grade2;
    const expires = day + settings.historyWindowDays + 1;
    if (suggestion.changesOn === void 0 || expires < suggestion.changesOn) suggestion.changesOn = expires;
  }
  if (!suggestion.grade && !relationship2) {
    return suggestion.changesOn === void 0 ? {} : { blankChangesOn: suggestion.changesOn };
  }
  const key = relationship2?.key === true;
  const cell = suggestion.grade ? {
    contactId,
    memberId,
    suggested: suggestion.grade,
    effective: suggestion.grade,
    reasons: suggestion.reasons,
    key
  } : { contactId, memberId, reasons: ["no grade yet and no recorded touch"], key };
  const detail = { cell, pair };
  if (suggestion.changesOn !== void 0) detail.changesOn = suggestion.changesOn;
  return { detail };
}
function buildCells(plan, people, settings, asOfDay) {
  const dayOf = memoDayNumber;
  const inputsByPair = collectInputs(plan, people, asOfDay, settings, dayOf);
  const details = [];
  let blankChangesOn;
  for (const pair of ascendingPairs(inputsByPair)) {
    const found = pairCell(pair, inputsByPair.get(pair), people, settings, asOfDay, dayOf);
    if (found.detail) details.push(found.detail);
    else if (found.blankChangesOn !== void 0 && !(found.blankChangesOn >= (blankChangesOn ?? Infinity))) {
      blankChangesOn = found.blankChangesOn;
    }
  }
  return blankChangesOn === void 0 ? { details, inputsByPair } : { details, inputsByPair, blankChangesOn };
}

// planning-core/src/sorting.ts
function sortShort(list2, compare) {
  for (let index = 1; index < list2.length; index += 1) {
    const item = list2[index];
    let at = index - 1;
    while (at >= 0 && compare(list2[at], item) > 0) {
      list2[at + 1] = list2[at];
      at -= 1;
    }
    list2[at + 1] = item;
  }
  return list2;
}

// planning-core/src/rules/context.ts
function isActiveBlueprint(blueprint2) {
  return blueprint2.status === "planned" || blueprint2.status === "active";
}
function buildContext(plan, settings, people, details) {
  const activeBlueprints = activeBlueprintsOf(plan, people);
  const cellByPair = /* @__PURE__ */ new Map();
  const relationships = [];
  const relationshipsByContact = /* @__PURE__ */ new Map();
  for (const detail of details) {
    const { cell } = detail;
    cellByPair.set(detail.pair, detail);
    if (!cell.effective) continue;
    relationships.push(cell);
    const list2 = relationshipsByContact.get(cell.contactId);
    if (list2) list2.push(cell);
    else relationshipsByContact.set(cell.contactId, [cell]);
  }
  return { plan, settings, people, details, cellByPair, relationships, relationshipsByContact, activeBlueprints };
}
function activeBlueprintsOf(plan, people) {
  const activeBlueprints = /* @__PURE__ */ new Map();
  for (const blueprint2 of plan.blueprints) {
    const key = pairNumber(people, blueprint2.contactId, blueprint2.memberId);
    if (!isActiveBlueprint(blueprint2) || key === void 0) continue;
    const list2 = activeBlueprints.get(key);
    if (list2) list2.push(blueprint2);
    else activeBlueprints.set(key, [blueprint2]);
  }
  return activeBlueprints;
}
function detailsOfContact(details, rank, width) {
  return details.slice(firstAtOrAfter(details, rank * width), firstAtOrAfter(details, (rank + 1) * width));
}
function updatedContext(previous, plan, details, changed) {
  const { people } = previous;
  const width = people.memberIds.length;
  const pairOf = (cell) => pairNumber(people, cell.contactId, cell.memberId);
  const cellByPair = new Map(previous.cellByPair);
  const relationships = previous.relationships.slice();
  const relationshipAt = (pair) => {
    let low = 0;
    let high = relationships.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (pairOf(relationships[middle]) < pair) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const ranks = /* @__PURE__ */ new Set();
  for (const [pair, detail] of changed) {
    ranks.add(Math.floor(pair / width));
    if (detail) cellByPair.set(pair, detail);
    else cellByPair.delete(pair);
    const at = relationshipAt(pair);
    const present = at < relationships.length && pairOf(relationships[at]) === pair;
    if (detail?.cell.effective) relationships.splice(at, present ? 1 : 0, detail.cell);
    else if (present) relationships.splice(at, 1);
  }
  const relationshipsByContact = new Map(previous.relationshipsByContact);
  for (const rank of ranks) {
    const contactId = people.contactIds[rank];
    const known = detailsOfContact(details, rank, width).filter((detail) => detail.cell.effective).map((detail) => detail.cell);
    if (known.length > 0) relationshipsByContact.set(contactId, known);
    else relationshipsByContact.delete(contactId);
  }
  return { ...previous, plan, details, cellByPair, relationships, relationshipsByContact };
}
function contextOfContacts(context, contactIds) {
  const { people } = context;
  const width = people.memberIds.length;
  const ranks = [];
  const contacts = /* @__PURE__ */ new Map();
  for (const contactId of contactIds) {
    const view = people.contacts.get(contactId);
    const rank = people.contactRank.get(contactId);
    if (view) contacts.set(contactId, view);
    if (rank !== void 0) ranks.push(rank);
  }
  ranks.sort((a, b) => a - b);
  const details = [];
  const relationships = [];
  const relationshipsByContact = /* @__PURE__ */ new Map();
  for (const rank of ranks) {
    for (const detail of detailsOfContact(context.details, rank, width)) details.push(detail);
    const contactId = people.contactIds[rank];
    const known = context.relationshipsByContact.get(contactId);
    if (!known) continue;
    relationshipsByContact.set(contactId, known);
    for (const cell of known) relationships.push(cell);
  }
  const activeBlueprints = /* @__PURE__ */ new Map();
  for (const [pair, blueprints] of context.activeBlueprints)
    if (contactIds.has(blueprints[0].contactId)) activeBlueprints.set(pair, blueprints);
  return {
    ...context,
    people: { ...people, contacts },
    details,
    relationships,
    relationshipsByContact,
    activeBlueprints
  };
}
function contactName(context, contactId) {
  return context.people.contacts.get(contactId)?.contact.name || contactId;
}
function memberName(context, memberId) {
  return context.people.members.get(memberId)?.member.name || memberId;
}
function percent(share) {
  return `${Math.round(share * 100)}%`;
}

// planning-core/src/leverage.ts
function targetsOfContact(context, contactId, targets = []) {
  const relationships = context.relationshipsByContact.get(contactId);
  if (!relationships) {
    if ((context.people.contacts.get(contactId)?.roles.length ?? 0) > 0) targets.push({ contactId });
    return targets;
  }
  for (const cell of relationships) {
    if (cell.effective === "I" || cell.effective === "D" || cell.effective === "M") {
      targets.push({ contactId, memberId: cell.memberId });
    }
  }
  return targets;
}
function weakTargets(context) {
  const targets = [];
  for (const contactId of context.people.contactIds) targetsOfContact(context, contactId, targets);
  return targets;
}
var NO_DOORS = [];
function offers(candidates, start, memberId) {
  for (let index = start; index < candidates.length; index += 1) {
    if (candidates[index].viaMemberId === memberId) return true;
  }
  return false;
}
function offer(candidates, start, limit, target, doors, path, opportunity2) {
  for (const door of doors) {
    if (candidates.length - start >= limit) return;
    const via = door.cell.memberId;
    if (via === target.memberId || offers(candidates, start, via)) continue;
    if (path > 0 && door.cell.contactId === target.contactId) continue;
    candidates.push({ viaMemberId: via, path, door, opportunity: opportunity2 });
  }
}
function candidatesFor(context, reach, target) {
  const limit = context.settings.leveragePerTarget;
  const candidates = [];
  offer(candidates, 0, limit, target, reach.byContact.get(target.contactId) ?? NO_DOORS, 0);
  const department = reach.departmentOf.get(target.contactId);
  if (department) {
    offer(candidates, candidates.length, limit, target, reach.byDepartment.get(department) ?? NO_DOORS, 1);
  }
  const viaOpportunity = candidates.length;
  for (const opportunity2 of reach.openOpportunitiesByContact.get(target.contactId) ?? []) {
    offer(
      candidates,
      viaOpportunity,
      limit,
      target,
      reach.byOpportunity.get(opportunity2.id) ?? NO_DOORS,
      2,
      opportunity2
    );
  }
  return candidates;
}
var RELATIONSHIP_WITH = Object.fromEntries(
  GRADES.map((grade2) => [
    grade2,
    grade2 === "O" ? "has an Open relationship with" : `has a ${gradeName(grade2)} relationship with`
  ])
);
function relationshipWith(door) {
  return RELATIONSHIP_WITH[door.grade];
}
function explain(context, target, candidate) {
  const { door } = candidate;
  const via = `${memberName(context, door.cell.memberId)} ${relationshipWith(door)}`;
  const name = contactName(context, target.contactId);
  if (candidate.path === 0) return `${via} ${name}`;
  const other = `${via} ${contactName(context, door.cell.contactId)}`;
  if (candidate.path === 1) {
    const department = context.people.contacts.get(target.contactId)?.contact.department?.trim();
    return `${other}, who works in ${department} with ${name}`;
  }
  return `${other} on open opportunity ${candidate.opportunity?.id}, as is ${name}`;
}
function byViaMember(a, b) {
  return a.viaMemberId < b.viaMemberId ? -1 : a.viaMemberId > b.viaMemberId ? 1 : 0;
}
function compareCandidates(a, b) {
  if (a.path !== b.path) return a.path - b.path;
  const byGrade2 = gradeRank(a.door.grade) - gradeRank(b.door.grade);
  if (byGrade2 !== 0) return byGrade2;
  if (a.viaMemberId !== b.viaMemberId) return a.viaMemberId < b.viaMemberId ? -1 : 1;
  return a.door.cell.contactId < b.door.cell.contactId ? -1 : a.door.cell.contactId > b.door.cell.contactId ? 1 : 0;
}
function choiceFor(context, reach, target) {
  const candidates = sortShort(candidatesFor(context, reach, target), compareCandidates);
  const chosen = [];
  for (const candidate of candidates) {
    if (chosen.length >= context.settings.leveragePerTarget) break;
    if (!offers(chosen, 0, candidate.viaMemberId)) chosen.push(candidate);
  }
  return chosen.length > 0 ? { target, chosen: sortShort(chosen, byViaMember) } : void 0;
}
function opens(contactId, memberId, doors, path) {
  for (const door of doors ?? NO_DOORS) {
    if (door.cell.memberId === memberId || path > 0 && door.cell.contactId === contactId) continue;
    return true;
  }
  return false;
}
function hasWayIn(context, reach, contactId, memberId) {
  if (context.settings.leveragePerTarget <= 0) return false;
  if (opens(contactId, memberId, reach.byContact.get(contactId), 0)) return true;
  const department = reach.departmentOf.get(contactId);
  if (department && opens(contactId, memberId, reach.byDepartment.get(department), 1)) return true;
  for (const opportunity2 of reach.openOpportunitiesByContact.get(contactId) ?? []) {
    if (opens(contactId, memberId, reach.byOpportunity.get(opportunity2.id), 2)) return true;
  }
  return false;
}
function eachOpenTarget(context, reach, visit) {
  for (const contactId of context.people.contactIds) {
    const relationships = context.relationshipsByContact.get(contactId);
    if (!relationships) {
      const buyer = (context.people.contacts.get(contactId)?.roles.length ?? 0) > 0;
      if (buyer && hasWayIn(context, reach, contactId) && !visit(contactId)) return;
      continue;
    }
    for (const { effective, memberId } of relationships) {
      if (effective !== "I" && effective !== "D" && effective !== "M") continue;
      if (hasWayIn(context, reach, contactId, memberId) && !visit(contactId, memberId)) return;
    }
  }
}
function openTargetCount(context, reach) {
  let count2 = 0;
  eachOpenTarget(context, reach, () => {
    count2 += 1;
    return true;
  });
  return count2;
}
function openTargets(context, reach, limit) {
  const targets = [];
  eachOpenTarget(context, reach, (contactId, memberId) => {
    targets.push(memberId === void 0 ? { contactId } : { contactId, memberId });
    return limit <= 0 || targets.length < limit;
  });
  return targets;
}
function leverageChoicesOf(context, reach, contactId, keep) {
  const choices = [];
  for (const target of targetsOfContact(context, contactId)) {
    const choice = keep(target) ? choiceFor(context, reach, target) : void 0;
    if (choice) choices.push(choice);
  }
  return choices;
}
function leverageChoices(context, reach) {
  const choices = [];
  for (const target of weakTargets(context)) {
    const choice = choiceFor(context, reach, target);
    if (choice) choices.push(choice);
  }
  return choices;
}
function describeLeverage(context, choice, into = []) {
  const { target } = choice;
  for (const candidate of choice.chosen) {
    const why = explain(context, target, candidate);
    const viaContactId = candidate.door.cell.contactId;
    into.push(
      target.memberId === void 0 ? { contactId: target.contactId, viaMemberId: candidate.viaMemberId, viaContactId, why } : {
        contactId: target.contactId,
        targetMemberId: target.memberId,
        viaMemberId: candidate.viaMemberId,
        viaContactId,
        why
      }
    );
  }
  return into;
}

// planning-core/src/blueprint.ts
var BLANK_COUNTS_AS = "I";
function validateBlueprintGoal(current, goal) {
  const from = current ?? BLANK_COUNTS_AS;
  const fromRank = gradeRank(from);
  const goalRank = gradeRank(goal);
  const highestAllowed = GRADES[Math.max(fromRank - 1, 0)];
  if (goalRank >= fromRank - 1 && goalRank <= fromRank) return { ok: true };
  const today = current ? gradeName(current) : "no relationship (counts as Indifferent)";
  if (goalRank > fromRank) {
    return {
      ok: false,
      highestAllowed,
      message: `A goal of ${gradeName(goal)} is below today's ${today}: ` + (highestAllowed === from ? `aim to hold ${gradeName(from)}.` : `aim for ${gradeName(highestAllowed)}, or to hold ${gradeName(from)}.`)
    };
  }
  return {
    ok: false,
    highestAllowed,
    message: `A goal of ${gradeName(goal)} is more than one step from ${today}: aim for ${gradeName(highestAllowed)} first.`
  };
}
function allowedBlueprintGoals(current) {
  return GRADES.filter((goal) => validateBlueprintGoal(current, goal).ok);
}

// planning-core/src/rules/relationship-rules.ts
var BELOW_SATISFIED = {
  I: {
    severity: "medium",
    advice: "give them a concrete reason to value us by bringing an idea tied to one of their priorities"
  },
  D: {
    severity: "high",
    advice: "find out exactly what went wrong, own it, and fix it with one small step they can see"
  },
  M: {
    severity: "critical",
    advice: "they are working to replace us, so get a senior sponsor in front of them this week and agree a recovery plan"
  }
};
var belowSatisfied = (context) => {
  const warnings = [];
  for (const cell of context.relationships) {
    const level = cell.effective ? BELOW_SATISFIED[cell.effective] : void 0;
    if (!level || !cell.effective) continue;
    warnings.push({
      rule: "BELOW_SATISFIED",
      severity: level.severity,
      contactId: cell.contactId,
      memberId: cell.memberId,
      message: `${contactName(context, cell.contactId)} is ${gradeName(cell.effective)} with ${memberName(context, cell.memberId)}: ${level.advice}.`
    });
  }
  return warnings;
};
var staleGrade = (context) => {
  const warnings = [];
  for (const { cell, slipped } of context.details) {
    if (!slipped) continue;
    warnings.push({
      rule: "STALE_GRADE",
      severity: "low",
      contactId: cell.contactId,
      memberId: cell.memberId,
      message: `${memberName(context, cell.memberId)}'s ${slipped.from} with ${contactName(context, cell.contactId)} has slipped to ${slipped.to} after ${slipped.quietDays} days without a touch: meet them, then re-grade.`
    });
  }
  return warnings;
};

// planning-core/src/rules/buyer-rules.ts
function describeRoles(roles2) {
  return roles2.length === 1 && roles2[0] === "Evangelist" ? "Evangelist" : `${roles2.join("/")} buyer`;
}
var uncoveredBuyer = (context) => {
  const warnings = [];
  for (const [contactId, view] of context.people.contacts) {
    if (view.roles.length === 0 || context.relationshipsByContact.has(contactId)) continue;
    const power = view.roles.includes("Power");
    warnings.push({
      rule: "UNCOVERED_BUYER",
      severity: power ? "critical" : "high",
      contactId,
      message: power ? `Nobody on the team knows ${contactName(context, contactId)} (${describeRoles(view.roles)}), who can decide alone: name an owner and ask someone they trust for an introduction.` : `Nobody on the team knows ${contactName(context, contactId)} (${describeRoles(view.roles)}): name an owner and plan a first meeting.`
    });
  }
  return warnings;
};
var singleThreaded = (context) => {
  const warnings = [];
  for (const [contactId, view] of context.people.contacts) {
    const relationships = context.relationshipsByContact.get(contactId);
    const only = relationships?.length === 1 ? relationships[0] : void 0;
    if (view.roles.length === 0 || !only) continue;
    warnings.push({
      rule: "SINGLE_THREADED",
      severity: view.roles.includes("Power") ? "high" : "medium",
      contactId,
      memberId: only.memberId,
      message: `${contactName(context, contactId)} (${describeRoles(view.roles)}) is known only by ${memberName(context, only.memberId)}: build a second relationship so the account does not hang on one person.`
    });
  }
  return warnings;
};
var overCovered = (context) => {
  const warnings = [];
  for (const [contactId, relationships] of context.relationshipsByContact) {
    if (relationships.length <= context.settings.maxRelationshipsPerContact) continue;
    warnings.push({
      rule: "OVER_COVERED",
      severity: "low",
      contactId,
      message: `${contactName(context, contactId)} has ${relationships.length} relationships with our team: agree who leads and move the others towards buyers nobody covers.`
    });
  }
  return warnings;
};
var seniorGap = (context) => {
  const warnings = [];
  for (const [contactId, relationships] of context.relationshipsByContact) {
    const view = context.people.contacts.get(contactId);
    if (!view || !isSeniorLeader(view.seniority)) continue;
    const hasSeniorPeer = relationships.some((cell) => {
      const member2 = context.people.members.get(cell.memberId);
      return member2 !== void 0 && isSeniorLeader(member2.seniority);
    });
    if (hasSeniorPeer) continue;
    warnings.push({
      rule: "SENIOR_GAP",
      severity: view.seniority === "Executive" ? "high" : "medium",
      contactId,
      message: `${contactName(context, contactId)} (${view.seniority}) is known only below VP level on our side: bring in one of our executives as a peer.`
    });
  }
  return warnings;
};
var noPowerBuyer = (context) => {
  if (context.people.contacts.size === 0) return [];
  for (const view of context.people.contacts.values()) if (view.roles.includes("Power")) return [];
  return [
    {
      rule: "NO_POWER_BUYER",
      severity: "high",
      message: "No contact on this account holds the Power role: find out who can sign alone and add them to the map."
    }
  ];
};

// planning-core/src/rules/mix-rules.ts
function countGrade(relationships, grade2) {
  let count2 = 0;
  for (const cell of relationships) if (cell.effective === grade2) count2 += 1;
  return count2;
}
function shareOf(count2, total) {
  if (count2 === 0) return `None of the ${total} relationships is`;
  return `${count2} of ${total} relationships (${percent(count2 / total)}) ${count2 === 1 ? "is" : "are"}`;
}
function mixWarnings(mix, settings) {
  return [...trustInflationOf(mix, settings), ...fewOpenOf(mix, settings)];
}
var trustInflation = (context) => trustInflationOf(
  { total: context.relationships.length, trust: countGrade(context.relationships, "T"), open: 0 },
  context.settings
);
function trustInflationOf({ total, trust }, settings) {
  const { mixMinRelationships, trustInflationMinTrust, trustInflationMaxShare } = settings;
  if (total < mixMinRelationships) return [];
  const share = trust / total;
  if (trust < trustInflationMinTrust || share <= trustInflationMaxShare) return [];
  return [
    {
      rule: "TRUST_INFLATION",
      severity: "medium",
      message: `${shareOf(trust, total)} graded Trust: check each one against recent evidence, and grade down when in doubt.`
    }
  ];
}
var fewOpen = (context) => fewOpenOf(
  { total: context.relationships.length, trust: 0, open: countGrade(context.relationships, "O") },
  context.settings
);
function fewOpenOf({ total, open: open2 }, settings) {
  if (total < settings.mixMinRelationships) return [];
  const share = open2 / total;
  if (share >= settings.fewOpenMinShare) return [];
  return [
    {
      rule: "FEW_OPEN",
      severity: "medium",
      message: `${open2 === 0 ? shareOf(open2, total) : `Only ${shareOf(open2, total)}`} Open: pick the people you need to move things forward and bring them new ideas until they are.`
    }
  ];
}

// planning-core/src/rules/key-rules.ts
var keyWithoutBlueprint = (context) => {
  const warnings = [];
  for (const { cell, pair } of context.details) {
    if (!cell.key || context.activeBlueprints.has(pair)) continue;
    warnings.push({
      rule: "KEY_WITHOUT_BLUEPRINT",
      severity: "medium",
      contactId: cell.contactId,
      memberId: cell.memberId,
      message: `The key intersection of ${memberName(context, cell.memberId)} with ${contactName(context, cell.contactId)} has no active blueprint: write one with the next grade to reach and how to get there.`
    });
  }
  return warnings;
};
var goalTooFar = (context) => {
  const warnings = [];
  for (const [key, blueprints] of context.activeBlueprints) {
    const first = blueprints[0];
    const current = context.cellByPair.get(key)?.cell.effective;
    const boldest = blueprints.reduce((best, next) => gradeRank(next.goal) < gradeRank(best.goal) ? next : best);
    const meekest = blueprints.reduce((best, next) => gradeRank(next.goal) > gradeRank(best.goal) ? next : best);
    const tooFar = validateBlueprintGoal(current, boldest.goal);
    const tooLow = validateBlueprintGoal(current, meekest.goal);
    const who = `${memberName(context, first.memberId)} and ${contactName(context, first.contactId)}`;
    let message;
    if (!tooFar.ok && gradeRank(boldest.goal) < gradeRank(current ?? "I")) {
      message = `The blueprint for ${who} aims at ${boldest.goal} from ${current ?? "blank"}: set the goal to ${tooFar.highestAllowed}, one step up, and raise it once that is reached.`;
    } else if (!tooLow.ok) {
      message = `The blueprint for ${who} aims at ${meekest.goal}, below today's ${current ?? "blank"}: set the goal to ${tooLow.highestAllowed} or to hold ${current ?? "I"}.`;
    }
    if (!message) continue;
    warnings.push({
      rule: "GOAL_TOO_FAR",
      severity: "medium",
      contactId: first.contactId,
      memberId: first.memberId,
      message
    });
  }
  return warnings;
};
var tooManyKeys = (context) => {
  let keys = 0;
  for (const { cell } of context.details) if (cell.key) keys += 1;
  if (keys <= context.settings.maxKeyIntersections) return [];
  return [
    {
      rule: "TOO_MANY_KEYS",
      severity: "low",
      message: `${keys} key intersections: keep at most ${context.settings.maxKeyIntersections} so each one gets real attention, and let the rest wait for the next 90 days.`
    }
  ];
};

// planning-core/src/rules/departure-rules.ts
var gradedOf = (departure2) => departure2.relationships.filter((r) => r.grade !== void 0);
function departureSeverity(departure2) {
  const roles2 = departure2.roles ?? [];
  const grades = gradedOf(departure2).map((r) => r.grade);
  if (roles2.includes("Power") || grades.some((g) => g === "T" || g === "O")) return "high";
  if (roles2.length > 0 || grades.includes("S")) return "medium";
  return "low";
}
function isRecent(departure2, asOfDay, settings) {
  return asOfDay - toDayNumber(departure2.leftOn) <= settings.departureWindowDays;
}
function departuresChangeOn(plan, asOfDay, settings) {
  let first;
  for (const departure2 of plan.departures ?? []) {
    if (!gradedOf(departure2).length || !isRecent(departure2, asOfDay, settings)) continue;
    const ends = toDayNumber(departure2.leftOn) + settings.departureWindowDays + 1;
    if (first === void 0 || ends < first) first = ends;
  }
  return first;
}
function whatHappened(departure2) {
  const to = departure2.toAccountName;
  switch (departure2.reason) {
    case "moved":
      return to ? `moved to ${to}` : "moved to another account";
    case "merged":
      return to ? `was merged into a contact at ${to}` : "was merged into another contact";
    case "deleted":
      return "was deleted from Salesforce";
  }
}
var contactLeft = (context) => {
  const asOfDay = toDayNumber(context.plan.asOf);
  const warnings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const departure2 of context.plan.departures ?? []) {
    const graded = gradedOf(departure2);
    if (!graded.length || seen.has(departure2.contactId) || !isRecent(departure2, asOfDay, context.settings)) continue;
    seen.add(departure2.contactId);
    const pairs = graded.map((r) => `${memberName(context, r.memberId)} (${r.grade})`).join(", ");
    const follow = departure2.reason !== "deleted" && departure2.toAccountName ? ` and follow them to ${departure2.toAccountName}: they already know us there` : "";
    warnings.push({
      rule: "CONTACT_LEFT",
      severity: departureSeverity(departure2),
      contactId: departure2.contactId,
      message: `${departure2.name} ${whatHappened(departure2)}, taking the relationships with ${pairs}: find who takes over their part here${follow}.`
    });
  }
  return warnings;
};

// planning-core/src/rules/index.ts
var COVERAGE_RULES = [
  belowSatisfied,
  uncoveredBuyer,
  singleThreaded,
  overCovered,
  seniorGap,
  trustInflation,
  fewOpen,
  noPowerBuyer,
  staleGrade,
  keyWithoutBlueprint,
  goalTooFar,
  tooManyKeys,
  contactLeft
];
var RULE_SCOPES = {
  BELOW_SATISFIED: "contact",
  UNCOVERED_BUYER: "contact",
  SINGLE_THREADED: "contact",
  OVER_COVERED: "contact",
  SENIOR_GAP: "contact",
  TRUST_INFLATION: "account",
  FEW_OPEN: "account",
  NO_POWER_BUYER: "people",
  STALE_GRADE: "contact",
  KEY_WITHOUT_BLUEPRINT: "contact",
  GOAL_TOO_FAR: "contact",
  TOO_MANY_KEYS: "account",
  CONTACT_LEFT: "people"
};
function rulesOfScope(scope) {
  return COVERAGE_RULES.filter((_, index) => RULE_SCOPES[RULES[index]] === scope);
}
function compareOptionalIds(a, b) {
  if (a === b) return 0;
  if (a === void 0) return -1;
  if (b === void 0) return 1;
  return a < b ? -1 : 1;
}
var SEVERITY_RANK = new Map(SEVERITIES.map((severity, rank) => [severity, rank]));
var RULE_RANK = new Map(RULES.map((rule, rank) => [rule, rank]));
function compareWarnings(a, b) {
  return (SEVERITY_RANK.get(a.severity) ?? 0) - (SEVERITY_RANK.get(b.severity) ?? 0) || (RULE_RANK.get(a.rule) ?? 0) - (RULE_RANK.get(b.rule) ?? 0) || compareByIds(a, b);
}
function compareByIds(a, b) {
  return compareOptionalIds(a.contactId, b.contactId) || compareOptionalIds(a.memberId, b.memberId);
}
function sortWarnings(warnings) {
  const groups = [];
  for (const warning of warnings) {
    const group = (SEVERITY_RANK.get(warning.severity) ?? 0) * RULES.length + (RULE_RANK.get(warning.rule) ?? 0);
    (groups[group] ?? (groups[group] = [])).push(warning);
  }
  const sorted = [];
  for (const group of groups) if (group) for (const warning of inIdOrder(group)) sorted.push(warning);
  return sorted;
}
function inIdOrder(group) {
  for (let index = 1; index < group.length; index += 1) {
    if (compareByIds(group[index - 1], group[index]) > 0) return group.sort(compareByIds);
  }
  return group;
}
function evaluateCoverage(context) {
  const warnings = [];
  for (const rule of COVERAGE_RULES) for (const warning of rule(context)) warnings.push(warning);
  return sortWarnings(warnings);
}

// planning-core/src/score.ts
function seatWeight(roles2, settings) {
  if (roles2.length === 0) return settings.scoreOtherContactWeight;
  return Math.max(...roles2.map((role2) => settings.scoreRoleWeights[role2]));
}
function plannedContacts(context) {
  const planned = /* @__PURE__ */ new Set();
  for (const { cell } of context.details) if (cell.key) planned.add(cell.contactId);
  for (const pair of context.activeBlueprints.keys()) planned.add(pairIds(context.people, pair).contactId);
  return planned;
}
function scoreBreakdown(context, warnings) {
  const { settings, people } = context;
  const kept = /* @__PURE__ */ new Map();
  let accountPoints = 0;
  for (const warning of warnings) {
    if (warning.contactId !== void 0 && people.contacts.has(warning.contactId)) {
      const share = settings.scorePersonShares[warning.severity];
      kept.set(warning.contactId, (kept.get(warning.contactId) ?? 1) * (1 - share));
    } else {
      accountPoints += settings.scoreAccountPoints[warning.severity];
    }
  }
  const planned = plannedContacts(context);
  const seats = [];
  let holdsPower = false;
  for (const contactId of people.contactIds) {
    const view = people.contacts.get(contactId);
    if (!view) continue;
    if (view.roles.includes("Power")) holdsPower = true;
    const known = context.relationshipsByContact.has(contactId);
    if (view.roles.length === 0 && !known && !planned.has(contactId) && !kept.has(contactId)) continue;
    const coverage = known ? kept.get(contactId) ?? 1 : 0;
    seats.push({ contactId, weight: seatWeight(view.roles, settings), coverage });
  }
  if (!holdsPower) seats.push({ weight: settings.scoreRoleWeights.Power, coverage: 0 });
  return { ...scoreOfSeats(seats, accountPoints), seats, accountPoints };
}
function scoreOfSeats(seats, accountPoints, replace) {
  let totalWeight = 0;
  let covered = 0;
  for (const seat of seats) {
    totalWeight += seat.weight;
    const seatCoverage = replace && seat.contactId === replace.contactId ? replace.coverage : seat.coverage;
    covered += seat.weight * seatCoverage;
  }
  const coverage = totalWeight > 0 ? 100 * covered / totalWeight : 0;
  const score = Math.max(0, Math.min(100, Math.round(coverage - accountPoints)));
  return { score, coverage };
}

// planning-core/src/moves.ts
var MIX_RULES = [trustInflation, fewOpen];
var MIX_RULE_CODES = /* @__PURE__ */ new Set(["TRUST_INFLATION", "FEW_OPEN"]);
var MOVE_BLIND_RULES = [noPowerBuyer, keyWithoutBlueprint, tooManyKeys, contactLeft];
var MOVE_BLIND_RULE_CODES = new Set(
  MOVE_BLIND_RULES.map((rule) => RULES[COVERAGE_RULES.indexOf(rule)])
);
var MOVE_RULES = COVERAGE_RULES.filter((rule) => !MIX_RULES.includes(rule) && !MOVE_BLIND_RULES.includes(rule));
var CELL_RULE_CODES = /* @__PURE__ */ new Set([
  "BELOW_SATISFIED",
  "STALE_GRADE",
  "KEY_WITHOUT_BLUEPRINT",
  "GOAL_TOO_FAR"
]);
var SEVERITY_INDEX = new Map(SEVERITIES.map((severity, index) => [severity, index]));
var noWarnings = () => [0, 0, 0, 0];
function addWarning(counts, warning) {
  const index = SEVERITY_INDEX.get(warning.severity);
  counts[index] = (counts[index] ?? 0) + 1;
}
var withWarning = (counts, warning) => counts + (1 << 4 * SEVERITY_INDEX.get(warning.severity));
var countAt = (counts, index) => counts >>> 4 * index & 15;
function movedDetail(candidate) {
  const cell = {
    contactId: candidate.contactId,
    memberId: candidate.memberId,
    manual: candidate.goal,
    effective: candidate.goal,
    reasons: [],
    key: candidate.detail?.cell.key === true
  };
  return { cell, pair: candidate.pair };
}
function withMoved(details, moved) {
  const result = [];
  let placed = false;
  for (const detail of details) {
    if (!placed && detail.pair >= moved.pair) {
      result.push(moved);
      placed = true;
      if (detail.pair === moved.pair) continue;
    }
    result.push(detail);
  }
  if (!placed) result.push(moved);
  return result;
}
var onPerson = (context, warning) => warning.contactId !== void 0 && context.people.contacts.has(warning.contactId);
function keptCoverage(shares, counts, less = 0) {
  let coverage = 1;
  for (let index = 0; index < shares.length; index += 1) {
    const kept = 1 - shares[index];
    for (let n = (counts[index] ?? 0) - countAt(less, index); n > 0; n -= 1) coverage *= kept;
  }
  return coverage;
}
function countWarnings(context, warnings, keyOf) {
  const counts = /* @__PURE__ */ new Map();
  for (const warning of warnings) {
    const key = onPerson(context, warning) ? keyOf(warning) : void 0;
    if (key === void 0) continue;
    let found = counts.get(key);
    if (!found) counts.set(key, found = noWarnings());
    addWarning(found, warning);
  }
  return counts;
}
function rolesText(context, contactId) {
  const roles2 = context.people.contacts.get(contactId)?.roles ?? [];
  return roles2.length ? ` (${roles2.map((role2) => ROLE_INFO[role2].name).join(", ")})` : "";
}
function describe(context, candidate, gain) {
  const who = memberName(context, candidate.memberId);
  const whom = `${contactName(context, candidate.contactId)}${rolesText(context, candidate.contactId)}`;
  const goal = gradeName(candidate.goal);
  return candidate.from ? `${who}: from ${gradeName(candidate.from)} to ${goal} with ${whom}: +${gain}` : `${who}: a first relationship (${goal}) with ${whom}: +${gain}`;
}
var goalFrom = (from) => oneLevelUp(from ?? BLANK_COUNTS_AS);
function candidatesOf(context, contactId, details) {
  const candidates = [];
  for (const detail of details) {
    const { memberId, effective: from } = detail.cell;
    const goal = goalFrom(from);
    if (goal) candidates.push({ detail, contactId, memberId, pair: detail.pair, from, goal });
  }
  const view = context.people.contacts.get(contactId);
  const first = goalFrom(void 0);
  if (view && view.roles.length > 0 && (context.relationshipsByContact.get(contactId)?.length ?? 0) < 2 && first) {
    for (const memberId of context.people.memberIds) {
      const pair = pairNumber(context.people, contactId, memberId);
      if (!context.cellByPair.has(pair)) candidates.push({ contactId, memberId, pair, from: void 0, goal: first });
    }
  }
  const rank = (memberId) => seniorityRank(context.people.members.get(memberId)?.seniority ?? "Staff");
  return candidates.sort(
    (a, b) => Number(!a.detail) - Number(!b.detail) || rank(a.memberId) - rank(b.memberId) || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0)
  );
}
function effectOf(context, candidate) {
  if (context.activeBlueprints.has(candidate.pair)) return `pair ${candidate.pair}`;
  const { detail } = candidate;
  const cell = detail ? `${detail.slipped ? "slipped " : ""}${detail.cell.key ? "key " : ""}cell` : "blank";
  const seniority2 = context.people.members.get(candidate.memberId)?.seniority;
  return `${candidate.from ?? ""}>${candidate.goal} ${cell} ${seniority2}`;
}
function accountPointsAfter(context, warnings, gradeCounts) {
  const points = context.settings.scoreAccountPoints;
  let fixedPoints = 0;
  for (const warning of warnings)
    if (!onPerson(context, warning) && !MIX_RULE_CODES.has(warning.rule)) fixedPoints += points[warning.severity];
  const byGrade2 = /* @__PURE__ */ new Map();
  const countOf = (grade2) => gradeCounts[grade2];
  return (from) => {
    let found = byGrade2.get(from);
    if (found !== void 0) return found;
    const goal = goalFrom(from);
    const replaces = from !== void 0 && countOf(from) > 0;
    const after = (grade2) => countOf(grade2) + (grade2 === goal ? 1 : 0) - (replaces && grade2 === from ? 1 : 0);
    const mix = { total: context.relationships.length + (replaces ? 0 : 1), trust: after("T"), open: after("O") };
    found = fixedPoints;
    for (const warning of mixWarnings(mix, context.settings)) found += points[warning.severity];
    byGrade2.set(from, found);
    return found;
  };
}
function seatsWithContact(context, base) {
  const seated = new Set(base.seats.map((seat) => seat.contactId));
  const rankOf = (id3) => id3 === void 0 ? Infinity : context.people.contactRank.get(id3) ?? Infinity;
  const added = /* @__PURE__ */ new Map();
  return (contactId) => {
    if (seated.has(contactId)) return base.seats;
    let seats = added.get(contactId);
    if (!seats) {
      const mine = rankOf(contactId);
      const at = base.seats.findIndex((seat) => rankOf(seat.contactId) > mine);
      seats = [...base.seats];
      seats.splice(at < 0 ? seats.length : at, 0, {
        contactId,
        weight: context.settings.scoreOtherContactWeight,
        coverage: 0
      });
      added.set(contactId, seats);
    }
    return seats;
  };
}
function contactScorer(context, warnings, detailsOf) {
  const shares = SEVERITIES.map((severity) => context.settings.scorePersonShares[severity]);
  const blind = countWarnings(
    context,
    warnings.filter((warning) => MOVE_BLIND_RULE_CODES.has(warning.rule)),
    (warning) => context.people.contactRank.get(warning.contactId)
  );
  const blueprintsByContact = /* @__PURE__ */ new Map();
  for (const [pair, blueprints] of context.activeBlueprints) {
    const contactId = blueprints[0].contactId;
    let map = blueprintsByContact.get(contactId);
    if (!map) blueprintsByContact.set(contactId, map = /* @__PURE__ */ new Map());
    map.set(pair, blueprints);
  }
  return (contactId) => {
    const view = context.people.contacts.get(contactId);
    const people = view ? { ...context.people, contacts: /* @__PURE__ */ new Map([[contactId, view]]) } : context.people;
    const activeBlueprints = blueprintsByContact.get(contactId) ?? /* @__PURE__ */ new Map();
    const mine = detailsOf(contactId);
    const kept = blind.get(context.people.contactRank.get(contactId)) ?? noWarnings();
    return (candidate) => {
      const moved = movedDetail(candidate);
      const details = withMoved(mine, moved);
      const cellByPair = /* @__PURE__ */ new Map();
      const relationships = [];
      for (const detail of details) {
        cellByPair.set(detail.pair, detail);
        if (detail.cell.effective) relationships.push(detail.cell);
      }
      const relationshipsByContact = /* @__PURE__ */ new Map([[contactId, relationships]]);
      const after = {
        ...context,
        people,
        details,
        cellByPair,
        relationships,
        relationshipsByContact,
        activeBlueprints
      };
      const counts = [...kept];
      for (const rule of MOVE_RULES)
        for (const warning of rule(after)) if (warning.contactId === contactId) addWarning(counts, warning);
      return keptCoverage(shares, counts);
    };
  };
}
function nextBestMoves(context, warnings, base, gradeCounts) {
  const { settings, people } = context;
  const limit = settings.nextMovesPerAccount;
  if (limit === 0) return [];
  const shares = SEVERITIES.map((severity) => settings.scorePersonShares[severity]);
  const pointsAfter = accountPointsAfter(context, warnings, gradeCounts);
  const seatsFor = seatsWithContact(context, base);
  const gainOf = (contactId, coverage, points) => scoreOfSeats(seatsFor(contactId), points, { contactId, coverage }).score - base.score;
  let fewestPoints = pointsAfter(void 0);
  for (const grade2 of GRADES)
    if (gradeCounts[grade2] > 0 && goalFrom(grade2)) fewestPoints = Math.min(fewestPoints, pointsAfter(grade2));
  const width = people.memberIds.length;
  const { details } = context;
  const cellsFrom = (rank) => firstAtOrAfter(details, rank * width);
  const hasCells = (rank) => cellsFrom(rank) < cellsFrom(rank + 1);
  const detailsByContact = /* @__PURE__ */ new Map();
  const detailsOf = (contactId) => {
    let found = detailsByContact.get(contactId);
    if (!found) {
      const rank = people.contactRank.get(contactId);
      found = rank === void 0 ? [] : details.slice(cellsFrom(rank), cellsFrom(rank + 1));
      detailsByContact.set(contactId, found);
    }
    return found;
  };
  const hopeful = /* @__PURE__ */ new Set();
  people.contactIds.forEach((contactId, rank) => {
    if (!people.contacts.get(contactId)?.roles.length && !hasCells(rank)) return;
    if (gainOf(contactId, 1, fewestPoints) >= 1) hopeful.add(rank);
  });
  if (hopeful.size === 0) return [];
  const onContact = /* @__PURE__ */ new Map();
  const onCell = /* @__PURE__ */ new Map();
  for (const warning of warnings) {
    if (warning.memberId === void 0 || warning.contactId === void 0 || !CELL_RULE_CODES.has(warning.rule))
      continue;
    const contact2 = people.contactRank.get(warning.contactId);
    const member2 = people.memberRank.get(warning.memberId);
    if (contact2 === void 0 || member2 === void 0 || !hopeful.has(contact2)) continue;
    const pair = contact2 * width + member2;
    let counts = onContact.get(contact2);
    if (!counts) onContact.set(contact2, counts = noWarnings());
    addWarning(counts, warning);
    onCell.set(pair, withWarning(onCell.get(pair) ?? 0, warning));
  }
  const bestKept = /* @__PURE__ */ new Map();
  onCell.forEach((counts, pair) => {
    const contact2 = Math.floor(pair / width);
    const kept = keptCoverage(shares, onContact.get(contact2), counts);
    if (kept > (bestKept.get(contact2) ?? 0)) bestKept.set(contact2, kept);
  });
  const keptAfter = (contact2, pair) => {
    const all = onContact.get(contact2);
    if (!all) return 1;
    return keptCoverage(shares, all, pair === void 0 ? 0 : onCell.get(pair));
  };
  const contacts = [];
  for (const rank of hopeful) {
    const contactId = people.contactIds[rank];
    const kept = Math.max(keptAfter(rank, void 0), bestKept.get(rank) ?? 0);
    contacts.push({ contactId, rank, ceiling: gainOf(contactId, kept, fewestPoints) });
  }
  contacts.sort((a, b) => b.ceiling - a.ceiling);
  let scorer;
  const top = [];
  const threshold = () => top.length >= limit ? top[top.length - 1] : 1;
  const best = [];
  for (const { contactId, rank, ceiling } of contacts) {
    if (ceiling < threshold()) break;
    scorer ?? (scorer = contactScorer(context, warnings, detailsOf));
    const coverageAfter = scorer(contactId);
    let leader;
    const scored = /* @__PURE__ */ new Set();
    for (const candidate of candidatesOf(context, contactId, detailsOf(contactId))) {
      const points = pointsAfter(candidate.from);
      const most = gainOf(contactId, keptAfter(rank, candidate.pair), points);
      if (most <= (leader?.gain ?? 0) || most < threshold()) continue;
      const effect = effectOf(context, candidate);
      if (scored.has(effect)) continue;
      scored.add(effect);
      const gain = gainOf(contactId, coverageAfter(candidate), points);
      if (gain > (leader?.gain ?? 0)) leader = { candidate, gain };
    }
    if (!leader) continue;
    best.push(leader);
    top.push(leader.gain);
    top.sort((a, b) => b - a);
    if (top.length > limit) top.pop();
  }
  return best.sort((a, b) => b.gain - a.gain || (a.candidate.contactId < b.candidate.contactId ? -1 : 1)).slice(0, limit).map(({ candidate, gain }) => {
    const move = {
      contactId: candidate.contactId,
      memberId: candidate.memberId,
      goal: candidate.goal,
      gain,
      why: describe(context, candidate, gain)
    };
    if (candidate.from) move.from = candidate.from;
    return move;
  });
}

// planning-core/src/keys.ts
function bestPlacedMember(context, reach, contactId) {
  const onOpportunity = /* @__PURE__ */ new Set();
  for (const opportunity2 of reach.openOpportunitiesByContact.get(contactId) ?? []) {
    for (const memberId of opportunity2.memberIds) if (context.people.members.has(memberId)) onOpportunity.add(memberId);
  }
  const department = context.people.contacts.get(contactId)?.contact.department;
  const key = reach.departmentOf.get(contactId);
  const strongInDepartment = new Set(
    (key ? reach.byDepartment.get(key) ?? [] : []).map((door) => door.cell.memberId)
  );
  let best;
  for (const [memberId, view] of context.people.members) {
    const score = (onOpportunity.has(memberId) ? 4 : 0) + (strongInDepartment.has(memberId) ? 2 : 0);
    const rank = seniorityRank(view.seniority);
    const better = !best || score > best.score || score === best.score && (rank < best.rank || rank === best.rank && memberId < best.memberId);
    if (better) best = { memberId, score, rank };
  }
  if (!best) return void 0;
  const because = best.score >= 4 ? "already works with them on an open opportunity" : best.score >= 2 ? `already has a strong relationship in ${department?.trim()}` : isSeniorLeader(context.people.members.get(best.memberId)?.seniority ?? "Staff") ? "can meet them as a senior peer" : "is the most senior member of the team";
  return { memberId: best.memberId, because };
}
var isWeak = (grade2) => grade2 === "M" || grade2 === "D" || grade2 === "I";
function keyCandidates(context, reach, limit = 0) {
  const wanted = limit > 0 ? limit : Infinity;
  const candidates = [];
  const addWeak = (grade2) => {
    for (const cell of context.relationships) {
      if (candidates.length >= wanted) return false;
      if (cell.effective !== grade2 || cell.key) continue;
      const weak = cell;
      candidates.push({ kind: "weak", contactId: cell.contactId, memberId: cell.memberId, cell: weak });
    }
    return candidates.length < wanted;
  };
  if (!addWeak("M")) return candidates;
  const uncovered = [];
  for (const [contactId, view] of context.people.contacts) {
    if (view.roles.includes("Power") && !context.relationshipsByContact.has(contactId)) uncovered.push(contactId);
  }
  for (const contactId of uncovered.sort(compareIds)) {
    if (candidates.length >= wanted) return candidates;
    const placed = bestPlacedMember(context, reach, contactId);
    candidates.push(
      placed ? { kind: "uncovered", contactId, memberId: placed.memberId, because: placed.because } : { kind: "uncovered", contactId }
    );
  }
  if (!addWeak("D") || !addWeak("I")) return candidates;
  for (const { cell, slipped } of context.details) {
    if (candidates.length >= wanted) break;
    const view = context.people.contacts.get(cell.contactId);
    if (!slipped || cell.key || !view || view.roles.length === 0 || isWeak(cell.effective)) continue;
    candidates.push({
      kind: "slipped",
      contactId: cell.contactId,
      memberId: cell.memberId,
      cell,
      slipped,
      roles: view.roles
    });
  }
  return candidates;
}
function describeKeySuggestion(context, candidate) {
  const { contactId, memberId } = candidate;
  if (candidate.kind === "weak") {
    const { effective } = candidate.cell;
    const target = gradeName(oneLevelUp(effective));
    return {
      contactId,
      memberId,
      why: `${contactName(context, contactId)} is ${gradeName(effective)} with ${memberName(context, memberId)}: make moving it up to ${target} a focus for the next 30 days.`
    };
  }
  if (candidate.kind === "slipped") {
    const { slipped, roles: roles2 } = candidate;
    return {
      contactId,
      memberId,
      why: `${memberName(context, memberId)}'s ${slipped.from} with ${contactName(context, contactId)} (${roles2.join("/")} buyer) slipped to ${slipped.to}: win it back within 60 days.`
    };
  }
  const name = contactName(context, contactId);
  return memberId === void 0 ? { contactId, why: `${name} is a Power buyer nobody knows; add a team member who can reach them.` } : {
    contactId,
    memberId,
    why: `${name} is a Power buyer nobody knows; ${memberName(context, memberId)} ${candidate.because}.`
  };
}
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// planning-core/src/reach.ts
function push(map, key, value) {
  const list2 = map.get(key);
  if (list2) list2.push(value);
  else map.set(key, [value]);
}
function compareDoors(a, b) {
  if (a.grade !== b.grade) return a.grade === "T" ? -1 : 1;
  if (a.cell.memberId !== b.cell.memberId) return a.cell.memberId < b.cell.memberId ? -1 : 1;
  return a.cell.contactId < b.cell.contactId ? -1 : a.cell.contactId > b.cell.contactId ? 1 : 0;
}
function departmentKey(department) {
  const key = department?.trim().toLowerCase();
  return key ? key : void 0;
}
function buildReach(context) {
  const departmentOf = /* @__PURE__ */ new Map();
  for (const [contactId, view] of context.people.contacts) {
    const key = departmentKey(view.contact.department);
    if (key) departmentOf.set(contactId, key);
  }
  const byContact = /* @__PURE__ */ new Map();
  const byDepartment = /* @__PURE__ */ new Map();
  for (const cell of context.relationships) {
    if (cell.effective !== "T" && cell.effective !== "O") continue;
    const door = { cell, grade: cell.effective };
    push(byContact, cell.contactId, door);
    const department = departmentOf.get(cell.contactId);
    if (department) push(byDepartment, department, door);
  }
  const openOpportunitiesByContact = /* @__PURE__ */ new Map();
  const byOpportunity = /* @__PURE__ */ new Map();
  for (const opportunity2 of context.plan.opportunities) {
    if (opportunity2.stage !== "open") continue;
    const seen = /* @__PURE__ */ new Set();
    for (const { contactId } of opportunity2.contactRoles) {
      if (seen.has(contactId) || !context.people.contacts.has(contactId)) continue;
      seen.add(contactId);
      push(openOpportunitiesByContact, contactId, opportunity2);
      for (const door of byContact.get(contactId) ?? []) push(byOpportunity, opportunity2.id, door);
    }
  }
  for (const doors of [...byContact.values(), ...byDepartment.values(), ...byOpportunity.values()]) {
    doors.sort(compareDoors);
  }
  return { byContact, byDepartment, departmentOf, openOpportunitiesByContact, byOpportunity };
}

// planning-core/src/plans.ts
var SOURCE = /* @__PURE__ */ Symbol("plans");
function planSource(context) {
  let reach;
  let candidates;
  let choices;
  let count2;
  const source = {
    context,
    reach: () => reach ?? (reach = buildReach(context)),
    keyCandidates: () => candidates ?? (candidates = keyCandidates(context, source.reach())),
    leverageChoices: () => choices ?? (choices = leverageChoices(context, source.reach())),
    openTargetCount: () => count2 ?? (count2 = openTargetCount(context, source.reach()))
  };
  return source;
}
function keepPlanSource(analysis, source) {
  Object.defineProperty(analysis, SOURCE, { value: source, enumerable: false });
}
function pendingSource(analysis, name) {
  const source = analysis[SOURCE];
  return source && Object.getOwnPropertyDescriptor(analysis, name)?.get ? source : void 0;
}
var firstOf = (list2, limit) => limit > 0 ? list2.slice(0, limit) : list2.slice();
function firstKeySuggestions(analysis, limit) {
  const source = pendingSource(analysis, "keySuggestions");
  if (!source) return firstOf(analysis.keySuggestions, limit);
  const candidates = limit > 0 ? keyCandidates(source.context, source.reach(), limit) : source.keyCandidates();
  return candidates.map((candidate) => describeKeySuggestion(source.context, candidate));
}
function targetOf(contactId, targetMemberId, proposals) {
  return targetMemberId === void 0 ? { contactId, proposals } : { contactId, targetMemberId, proposals };
}
function groupedLeverage(leverage) {
  const byTarget = /* @__PURE__ */ new Map();
  for (const proposal of leverage) {
    const key = `${proposal.contactId}\0${proposal.targetMemberId ?? ""}`;
    const found = byTarget.get(key);
    if (found) found.proposals.push(proposal);
    else byTarget.set(key, targetOf(proposal.contactId, proposal.targetMemberId, [proposal]));
  }
  return [...byTarget.values()];
}
function leverageTargets(analysis, limit) {
  const source = pendingSource(analysis, "leverage");
  if (!source) return firstOf(groupedLeverage(analysis.leverage), limit);
  const { context } = source;
  return openTargets(context, source.reach(), limit).map((target) => {
    const choice = choiceFor(context, source.reach(), target);
    return targetOf(target.contactId, target.memberId, describeLeverage(context, choice));
  });
}
function leverageTargetCount(analysis) {
  const source = pendingSource(analysis, "leverage");
  return source ? source.openTargetCount() : groupedLeverage(analysis.leverage).length;
}
function leverageOpening(analysis, contactId, memberId) {
  const opens2 = (targetContactId, targetMemberId) => targetContactId === contactId && (targetMemberId === void 0 || targetMemberId === memberId);
  const source = pendingSource(analysis, "leverage");
  if (!source) return analysis.leverage.filter((proposal) => opens2(proposal.contactId, proposal.targetMemberId));
  return leverageChoicesOf(
    source.context,
    source.reach(),
    contactId,
    (target) => opens2(target.contactId, target.memberId)
  ).flatMap((choice) => describeLeverage(source.context, choice));
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def.value,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id3, k) => `
          let ${id3}_ab = false;
          for (let i = 0; i < ${id3}.issues.length; i++) {
            const iss = ${id3}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id3}_ab = true;
          }
          if (${id3}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id3 = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id3} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id3}_present` : `${id3}.value !== undefined || ${id3}_present`;
        doc.write(`
        const ${id3}_present = ${isPresent};
        if (!${id3}.issues.length || ${id3}_present) {
          if (${id3}.issues.length) {${prefixStr(id3, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id3}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id3}_present = ${isPresent};
        if (${id3}.issues.length) {${prefixStr(id3, k)}
        }
        if (!${id3}_present && !${id3}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id3}_present) {
          newResult[${k}] = ${id3}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id3}.issues.length) {${prefixStr(id3, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id3}.value;`);
        } else {
          doc.write(`
        if (${id3}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id3}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id3 = ctx.metadataRegistry.get(entry[0])?.id;
    if (id3) {
      const existing = idToSchema.get(id3);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id3}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id3, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id4) => id4);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id3 = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id3;
      return { defId: id3, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id3)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id3 = ctx.metadataRegistry.get(entry[0])?.id;
    if (id3) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member2 of Array.isArray(type) ? type : [type]) {
      if (typeof member2 !== "string")
        return;
      if (!types.includes(member2))
        types.push(member2);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member2) {
  const extra = member2.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member2 of members2) {
    if (typeof member2 !== "object" || member2.type !== "object")
      return null;
    for (const key in member2) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member2);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id3 = ctx.external.registry.get(schema)?.id;
    if (!id3)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id3);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list2 = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list2)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json.enum = [val];
    } else {
      json.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json.type = "boolean";
    if (vals.every((v) => v === null))
      json.type = "null";
    json.enum = vals;
  }
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodNumber.init(inst, def);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def);
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
  inst.values = new Set(def.values);
  Object.defineProperty(inst, "value", {
    get() {
      if (def.values.length > 1) {
        throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
      }
      return def.values[0];
    }
  });
});
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// planning-core/src/plain-plan.ts
var NOT_PLAIN = new Error("not a plainly valid plan");
function fields(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw NOT_PLAIN;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) throw NOT_PLAIN;
  return value;
}
function items(value) {
  if (!Array.isArray(value)) throw NOT_PLAIN;
  return value;
}
function list(value, copy) {
  const source = items(value);
  const result = new Array(source.length);
  for (let index = 0; index < source.length; index += 1) result[index] = copy(source[index]);
  return result;
}
function listOf(copy) {
  return (value) => list(value, copy);
}
function text(value) {
  if (typeof value !== "string") throw NOT_PLAIN;
  return value;
}
function id(value) {
  if (typeof value !== "string" || value.length === 0) throw NOT_PLAIN;
  return value;
}
function date2(value) {
  if (typeof value !== "string" || !isIsoDate(value)) throw NOT_PLAIN;
  return value;
}
function oneOf(values) {
  const allowed = new Set(values);
  return (value) => {
    if (!allowed.has(value)) throw NOT_PLAIN;
    return value;
  };
}
var grade = oneOf(GRADES);
var role = oneOf(BUYER_ROLES);
var seniority = oneOf(SENIORITIES);
var strategy = oneOf(STRATEGIES);
var touchKind = oneOf(TOUCH_KINDS);
var blueprintStatus = oneOf(BLUEPRINT_STATUSES);
var stage = oneOf(OPPORTUNITY_STAGES);
var horizon = oneOf(HORIZONS);
var departureReason = oneOf(DEPARTURE_REASONS);
function optional2(target, source, key, copy) {
  const value = source[key];
  if (value !== void 0) target[key] = copy(value);
  else if (key in source) throw NOT_PLAIN;
}
function flag(value) {
  if (typeof value !== "boolean") throw NOT_PLAIN;
  return value;
}
var texts = listOf(text);
var dates = listOf(date2);
var roles = listOf(role);
function history(value) {
  const source = fields(value);
  return {
    accountName: text(source.accountName),
    memberId: id(source.memberId),
    grade: grade(source.grade),
    date: date2(source.date)
  };
}
var historyList = listOf(history);
function contact(value) {
  const source = fields(value);
  const copy = { id: id(source.id), name: text(source.name) };
  optional2(copy, source, "title", text);
  optional2(copy, source, "seniority", seniority);
  copy.roles = list(source.roles, role);
  optional2(copy, source, "department", text);
  optional2(copy, source, "history", historyList);
  return copy;
}
function member(value) {
  const source = fields(value);
  const copy = { id: id(source.id), name: text(source.name) };
  optional2(copy, source, "title", text);
  optional2(copy, source, "seniority", seniority);
  return copy;
}
function relationship(value) {
  const source = fields(value);
  const copy = { contactId: id(source.contactId), memberId: id(source.memberId) };
  optional2(copy, source, "grade", grade);
  optional2(copy, source, "gradedOn", date2);
  optional2(copy, source, "key", flag);
  optional2(copy, source, "horizonDays", horizon);
  return copy;
}
function touch(value) {
  const source = fields(value);
  return {
    contactId: id(source.contactId),
    memberId: id(source.memberId),
    date: date2(source.date),
    kind: touchKind(source.kind)
  };
}
function count(value) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) throw NOT_PLAIN;
  return value;
}
function evidence(value) {
  const source = fields(value);
  const copy = { contactId: id(source.contactId), memberId: id(source.memberId) };
  optional2(copy, source, "lastTouch", date2);
  optional2(copy, source, "lastMeeting", date2);
  copy.recentTouches = count(source.recentTouches);
  optional2(copy, source, "suggested", grade);
  optional2(copy, source, "reasons", texts);
  optional2(copy, source, "scheduledTouches", dates);
  return copy;
}
function blueprint(value) {
  const source = fields(value);
  const copy = {
    contactId: id(source.contactId),
    memberId: id(source.memberId),
    goal: grade(source.goal),
    strategies: list(source.strategies, strategy)
  };
  optional2(copy, source, "tactics", text);
  optional2(copy, source, "resources", text);
  optional2(copy, source, "horizonDays", horizon);
  optional2(copy, source, "dueDate", date2);
  copy.status = blueprintStatus(source.status);
  return copy;
}
function contactRole(value) {
  const source = fields(value);
  return { contactId: id(source.contactId), role: text(source.role) };
}
function opportunity(value) {
  const source = fields(value);
  return {
    id: id(source.id),
    stage: stage(source.stage),
    closeDate: date2(source.closeDate),
    memberIds: list(source.memberIds, id),
    contactRoles: list(source.contactRoles, contactRole)
  };
}
function departedRelationship(value) {
  const source = fields(value);
  const copy = { memberId: id(source.memberId) };
  optional2(copy, source, "grade", grade);
  return copy;
}
function departure(value) {
  const source = fields(value);
  const copy = { contactId: id(source.contactId), name: text(source.name) };
  optional2(copy, source, "roles", roles);
  copy.reason = departureReason(source.reason);
  copy.leftOn = date2(source.leftOn);
  optional2(copy, source, "toAccountName", text);
  copy.relationships = list(source.relationships, departedRelationship);
  return copy;
}
var evidenceList = listOf(evidence);
var departureList = listOf(departure);
function listOrEmpty(value, copy) {
  return value === void 0 ? [] : list(value, copy);
}
function copyPlan(input) {
  const source = fields(input);
  const copy = { accountId: id(source.accountId) };
  optional2(copy, source, "accountName", text);
  copy.asOf = date2(source.asOf);
  copy.contacts = list(source.contacts, contact);
  copy.members = list(source.members, member);
  copy.relationships = listOrEmpty(source.relationships, relationship);
  copy.touches = listOrEmpty(source.touches, touch);
  copy.blueprints = listOrEmpty(source.blueprints, blueprint);
  copy.opportunities = listOrEmpty(source.opportunities, opportunity);
  optional2(copy, source, "evidence", evidenceList);
  optional2(copy, source, "departures", departureList);
  return copy;
}
function plainPlanCopy(input) {
  try {
    return copyPlan(input);
  } catch {
    return void 0;
  }
}

// planning-core/src/schema.ts
var InvalidPlanError = class extends Error {
  constructor(path, detail) {
    super(`${path || "plan"}: ${detail}`);
    __publicField(this, "path", path);
    __publicField(this, "detail", detail);
    this.name = "InvalidPlanError";
  }
};
var id2 = string2().check(_minLength(1));
var isoDate = string2().check(refine(isIsoDate, { error: "expected a date YYYY-MM-DD" }));
var oneOf2 = (values) => _enum(values, {
  error: (issue2) => issue2.input === void 0 ? "is required" : `expected one of ${values.join(",")}`
});
var horizon2 = union(
  HORIZONS.map((days) => literal(days)),
  { error: `expected one of ${HORIZONS.join(",")}` }
);
var historySchema = object({ accountName: string2(), memberId: id2, grade: oneOf2(GRADES), date: isoDate });
var contactSchema = object({
  id: id2,
  name: string2(),
  title: optional(string2()),
  seniority: optional(oneOf2(SENIORITIES)),
  roles: array(oneOf2(BUYER_ROLES)),
  department: optional(string2()),
  history: optional(array(historySchema))
});
var departureSchema = object({
  contactId: id2,
  name: string2(),
  roles: optional(array(oneOf2(BUYER_ROLES))),
  reason: oneOf2(DEPARTURE_REASONS),
  leftOn: isoDate,
  toAccountName: optional(string2()),
  relationships: array(object({ memberId: id2, grade: optional(oneOf2(GRADES)) }))
});
var memberSchema = object({
  id: id2,
  name: string2(),
  title: optional(string2()),
  seniority: optional(oneOf2(SENIORITIES))
});
var relationshipSchema = object({
  contactId: id2,
  memberId: id2,
  grade: optional(oneOf2(GRADES)),
  gradedOn: optional(isoDate),
  key: optional(boolean2()),
  horizonDays: optional(horizon2)
});
var touchSchema = object({ contactId: id2, memberId: id2, date: isoDate, kind: oneOf2(TOUCH_KINDS) });
var evidenceSchema = object({
  contactId: id2,
  memberId: id2,
  lastTouch: optional(isoDate),
  lastMeeting: optional(isoDate),
  recentTouches: number2().int().min(0),
  suggested: optional(oneOf2(GRADES)),
  reasons: optional(array(string2())),
  scheduledTouches: optional(array(isoDate))
});
var blueprintSchema = object({
  contactId: id2,
  memberId: id2,
  goal: oneOf2(GRADES),
  strategies: array(oneOf2(STRATEGIES)),
  tactics: optional(string2()),
  resources: optional(string2()),
  horizonDays: optional(horizon2),
  dueDate: optional(isoDate),
  status: oneOf2(BLUEPRINT_STATUSES)
});
var opportunitySchema = object({
  id: id2,
  stage: oneOf2(OPPORTUNITY_STAGES),
  closeDate: isoDate,
  memberIds: array(id2),
  contactRoles: array(object({ contactId: id2, role: string2() }))
});
var accountPlanSchema = object({
  accountId: id2,
  accountName: optional(string2()),
  asOf: isoDate,
  contacts: array(contactSchema),
  members: array(memberSchema),
  relationships: _default(array(relationshipSchema), []),
  touches: _default(array(touchSchema), []),
  blueprints: _default(array(blueprintSchema), []),
  opportunities: _default(array(opportunitySchema), []),
  evidence: optional(array(evidenceSchema)),
  departures: optional(array(departureSchema))
});
function describeIssue(issue2) {
  if (issue2.code === "invalid_type") {
    if (issue2.input === void 0) return "is required";
    const article = /^[aeiou]/.test(issue2.expected) ? "an" : "a";
    return `expected ${issue2.expected === "array" ? "a list" : `${article} ${issue2.expected}`}`;
  }
  if (issue2.code === "too_small" && issue2.origin === "string") return "must not be empty";
  return "invalid value";
}
function formatPath(path) {
  return path.reduce((text2, segment) => {
    if (typeof segment === "number") return `${text2}[${segment}]`;
    return text2 ? `${text2}.${String(segment)}` : String(segment);
  }, "");
}
function checkReferences(plan) {
  const contactIds = indexIds("contacts", plan.contacts);
  const memberIds = indexIds("members", plan.members);
  const checkPair = (list2, index, pair) => {
    const contact2 = contactIds.get(pair.contactId);
    if (contact2 === void 0) {
      throw new InvalidPlanError(`${list2}[${index}].contactId`, `unknown contact ${pair.contactId}`);
    }
    const member2 = memberIds.get(pair.memberId);
    if (member2 === void 0) {
      throw new InvalidPlanError(`${list2}[${index}].memberId`, `unknown member ${pair.memberId}`);
    }
    return contact2 * memberIds.size + member2;
  };
  const pairs = /* @__PURE__ */ new Set();
  plan.relationships.forEach((relationship2, index) => {
    const pair = checkPair("relationships", index, relationship2);
    if (pairs.has(pair)) {
      const pairKey = `${relationship2.contactId}:${relationship2.memberId}`;
      throw new InvalidPlanError(`relationships[${index}]`, `duplicate pair ${pairKey}`);
    }
    pairs.add(pair);
  });
  plan.touches.forEach((touch2, index) => checkPair("touches", index, touch2));
  plan.evidence?.forEach((summary, index) => checkPair("evidence", index, summary));
  plan.blueprints.forEach((blueprint2, index) => checkPair("blueprints", index, blueprint2));
}
function indexIds(list2, people) {
  const ids = /* @__PURE__ */ new Map();
  people.forEach((person, index) => {
    if (ids.has(person.id)) throw new InvalidPlanError(`${list2}[${index}].id`, `duplicate id ${person.id}`);
    ids.set(person.id, index);
  });
  return ids;
}
function parseAccountPlan(input) {
  const plan = plainPlanCopy(input) ?? parseWithSchema(input);
  checkReferences(plan);
  return plan;
}
function parseWithSchema(input) {
  const result = accountPlanSchema.safeParse(input, { error: describeIssue });
  if (!result.success) {
    const issue2 = result.error.issues[0];
    throw new InvalidPlanError(formatPath(issue2?.path ?? []), issue2?.message ?? "invalid plan");
  }
  return result.data;
}

// planning-core/src/settings.ts
var DEFAULT_SETTINGS = Object.freeze({
  meetingWindowDays: 90,
  touchWindowDays: 90,
  minRecentTouches: 2,
  noMeetingWindowDays: 180,
  wonWindowDays: 365,
  gravityStepDays: 90,
  gravityFloor: "I",
  maxRelationshipsPerContact: 3,
  mixMinRelationships: 4,
  trustInflationMinTrust: 2,
  trustInflationMaxShare: 0.25,
  fewOpenMinShare: 0.3,
  maxKeyIntersections: 6,
  leveragePerTarget: 3,
  renewalWindowDays: 90,
  nextMovesPerAccount: 3,
  departureWindowDays: 90,
  historyWindowDays: 365,
  scoreRoleWeights: Object.freeze({ Power: 2, User: 1, Advisor: 1, Evangelist: 1 }),
  scoreOtherContactWeight: 0.5,
  scorePersonShares: Object.freeze({ critical: 1, high: 0.6, medium: 0.3, low: 0.1 }),
  scoreAccountPoints: Object.freeze({ critical: 20, high: 10, medium: 5, low: 2 }),
  roleMapping: DEFAULT_ROLE_MAPPING
});
function evidenceHorizonDays(settings) {
  const levelsToFloor = Math.max(0, GRADES.indexOf(settings.gravityFloor));
  return Math.max(
    settings.touchWindowDays,
    settings.meetingWindowDays,
    settings.noMeetingWindowDays,
    settings.wonWindowDays,
    levelsToFloor * settings.gravityStepDays
  );
}
function resolveSettings(overrides = {}) {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== void 0));
  return {
    ...DEFAULT_SETTINGS,
    ...defined,
    scoreRoleWeights: { ...DEFAULT_SETTINGS.scoreRoleWeights, ...overrides.scoreRoleWeights },
    scorePersonShares: { ...DEFAULT_SETTINGS.scorePersonShares, ...overrides.scorePersonShares },
    scoreAccountPoints: { ...DEFAULT_SETTINGS.scoreAccountPoints, ...overrides.scoreAccountPoints }
  };
}

// planning-core/src/settings-schema.ts
var POSITIVE_INTEGERS = [
  "meetingWindowDays",
  "touchWindowDays",
  "minRecentTouches",
  "noMeetingWindowDays",
  "wonWindowDays",
  "gravityStepDays",
  "mixMinRelationships",
  "leveragePerTarget",
  "departureWindowDays",
  "historyWindowDays"
];
var NON_NEGATIVE_INTEGERS = [
  "maxRelationshipsPerContact",
  "trustInflationMinTrust",
  "maxKeyIntersections",
  "renewalWindowDays",
  "nextMovesPerAccount"
];
var SHARES = ["trustInflationMaxShare", "fewOpenMinShare"];
function validateSettings(settings) {
  const fail = (name, detail) => {
    throw new InvalidPlanError(`settings.${name}`, detail);
  };
  for (const name of POSITIVE_INTEGERS) {
    if (!Number.isInteger(settings[name]) || settings[name] < 1) fail(name, "expected a whole number of at least 1");
  }
  for (const name of NON_NEGATIVE_INTEGERS) {
    if (!Number.isInteger(settings[name]) || settings[name] < 0) fail(name, "expected a whole number of at least 0");
  }
  for (const name of SHARES) {
    if (typeof settings[name] !== "number" || !(settings[name] >= 0 && settings[name] <= 1))
      fail(name, "expected a share between 0 and 1");
  }
  if (!GRADES.includes(settings.gravityFloor)) fail("gravityFloor", `expected one of ${GRADES.join(",")}`);
  const atLeastZero = (value) => typeof value === "number" && value >= 0 && Number.isFinite(value);
  for (const role2 of BUYER_ROLES) {
    if (!atLeastZero(settings.scoreRoleWeights?.[role2]))
      fail(`scoreRoleWeights.${role2}`, "expected a number of at least 0");
  }
  if (!atLeastZero(settings.scoreOtherContactWeight))
    fail("scoreOtherContactWeight", "expected a number of at least 0");
  for (const severity of SEVERITIES) {
    const share = settings.scorePersonShares?.[severity];
    if (typeof share !== "number" || !(share >= 0 && share <= 1))
      fail(`scorePersonShares.${severity}`, "expected a share between 0 and 1");
    if (!atLeastZero(settings.scoreAccountPoints?.[severity]))
      fail(`scoreAccountPoints.${severity}`, "expected a number of at least 0");
  }
  if (typeof settings.roleMapping !== "object" || settings.roleMapping === null)
    fail("roleMapping", "expected an object");
  return settings;
}

// planning-core/src/analyze.ts
function countGrades(cells) {
  const counts = Object.fromEntries(GRADES.map((grade2) => [grade2, 0]));
  for (const cell of cells) if (cell.effective) counts[cell.effective] += 1;
  return counts;
}
function onFirstRead(analysis, name, build) {
  const settle2 = (value) => {
    Object.defineProperty(analysis, name, { value, enumerable: true, writable: true, configurable: true });
    return value;
  };
  Object.defineProperty(analysis, name, {
    enumerable: true,
    configurable: true,
    get: () => settle2(build()),
    set: (value) => settle2(value)
  });
}
function analysisParts(valid, settings) {
  const people = resolvePeople(valid, settings);
  const { details, inputsByPair, blankChangesOn } = buildCells(valid, people, settings, toDayNumber(valid.asOf));
  const context = buildContext(valid, settings, people, details);
  const warnings = evaluateCoverage(context);
  const parts = { people, details, inputsByPair, context, warnings };
  if (blankChangesOn !== void 0) parts.blankChangesOn = blankChangesOn;
  return parts;
}
function assembleAnalysis(valid, parts, plansOnRead = false) {
  const { context, details, warnings } = parts;
  const source = planSource(context);
  const keySuggestions = () => source.keyCandidates().map((candidate) => describeKeySuggestion(context, candidate));
  const leverage = () => {
    const proposals = [];
    for (const choice of source.leverageChoices()) describeLeverage(context, choice, proposals);
    return proposals;
  };
  const cells = parts.cells ?? details.map((detail) => detail.cell);
  const breakdown = scoreBreakdown(context, warnings);
  const score = breakdown.score;
  const gradeCounts = parts.gradeCounts ?? countGrades(cells);
  const analysis = {
    accountId: valid.accountId,
    asOf: valid.asOf,
    cells,
    warnings,
    score,
    gradeCounts,
    keySuggestions: plansOnRead ? [] : keySuggestions(),
    leverage: plansOnRead ? [] : leverage(),
    nextMoves: nextBestMoves(context, warnings, breakdown, gradeCounts)
  };
  if (plansOnRead) {
    onFirstRead(analysis, "keySuggestions", keySuggestions);
    onFirstRead(analysis, "leverage", leverage);
    keepPlanSource(analysis, source);
  }
  return analysis;
}
function analyzeValidPlan(valid, settings, plansOnRead = false) {
  const asOfDay = toDayNumber(valid.asOf);
  const parts = analysisParts(valid, settings);
  const analysis = assembleAnalysis(valid, parts, plansOnRead);
  let reviewDay = Math.min(parts.blankChangesOn ?? Infinity, departuresChangeOn(valid, asOfDay, settings) ?? Infinity);
  for (const detail of parts.details)
    if (detail.changesOn !== void 0 && detail.changesOn < reviewDay) reviewDay = detail.changesOn;
  return Number.isFinite(reviewDay) ? { analysis, reviewOn: fromDayNumber(reviewDay) } : { analysis };
}
function analyzeWithReview(plan, overrides) {
  const settings = validateSettings(resolveSettings(overrides));
  return analyzeValidPlan(parseAccountPlan(plan), settings);
}
function analyzeTypedPlan(plan, settings) {
  const resolved = validateSettings(resolveSettings(settings));
  checkReferences(plan);
  return analyzeValidPlan(plan, resolved, true).analysis;
}
function analyzeAccount(plan, settings) {
  return analyzeWithReview(plan, settings).analysis;
}
function nextReviewDate(plan, settings) {
  return analyzeWithReview(plan, settings).reviewOn;
}
function explainScore(plan, overrides) {
  const settings = validateSettings(resolveSettings(overrides));
  const valid = parseAccountPlan(plan);
  const people = resolvePeople(valid, settings);
  const { details } = buildCells(valid, people, settings, toDayNumber(valid.asOf));
  const context = buildContext(valid, settings, people, details);
  const warnings = evaluateCoverage(context);
  return { ...scoreBreakdown(context, warnings), warnings };
}
function buyerRolesOf(plan, settings) {
  return resolveBuyerRoles(parseAccountPlan(plan), validateSettings(resolveSettings(settings)));
}
function summarizeEvidence(plan, overrides) {
  const settings = validateSettings(resolveSettings(overrides));
  const valid = parseAccountPlan(plan);
  const people = resolvePeople(valid, settings);
  const asOfDay = toDayNumber(valid.asOf);
  const summaries = [];
  const byPair = collectInputs(valid, people, asOfDay, settings);
  for (const pair of ascendingPairs(byPair)) {
    const evidence2 = byPair.get(pair)?.evidence;
    if (evidence2) summaries.push(summarize(pairIds(people, pair), evidence2, asOfDay, settings));
  }
  return summaries;
}

// planning-core/src/reanalyze.ts
var CONTACT_RULES = rulesOfScope("contact");
var ACCOUNT_RULES = rulesOfScope("account");
var KEPT = /* @__PURE__ */ Symbol("kept");
function fullAnalysis(plan, overrides) {
  const settings = validateSettings(resolveSettings(overrides));
  checkReferences(plan);
  const { people, details, context, warnings, inputsByPair } = analysisParts(plan, settings);
  const others = /* @__PURE__ */ new Map();
  for (const [pair, { relationship: _relationship, ...rest }] of inputsByPair)
    if (rest.evidence || rest.inherited) others.set(pair, rest);
  const cells = details.map((detail) => detail.cell);
  const gradeCounts = countGrades(cells);
  const handedOut = { warnings: warnings.slice(), cells: cells.slice(), gradeCounts: { ...gradeCounts } };
  const analysis = assembleAnalysis(plan, { context, details, ...handedOut }, true);
  return {
    plan,
    analysis,
    [KEPT]: { people, details, cells, gradeCounts, context, warnings, others, overrides, settings }
  };
}
function onlyRelationshipsDiffer(previous, plan) {
  const keys = Object.keys(plan);
  if (keys.length !== Object.keys(previous).length || !Array.isArray(plan.relationships)) return false;
  for (const key of keys) {
    if (key !== "relationships" && plan[key] !== previous[key]) return false;
  }
  return true;
}
function changedRelationships(kept, previous, plan) {
  const before = previous.relationships;
  const after = plan.relationships;
  if (before.length !== after.length) return changedPairs(kept, before, after);
  const changed = /* @__PURE__ */ new Map();
  for (let index = 0; index < after.length; index += 1) {
    const was = before[index];
    const now = after[index];
    if (now === was) continue;
    if (typeof now !== "object" || now === null || now.contactId !== was.contactId || now.memberId !== was.memberId) {
      return changedPairs(kept, before, after);
    }
    changed.set(pairNumber(kept.people, now.contactId, now.memberId), now);
  }
  return changed;
}
function changedPairs(kept, before, after) {
  const { people } = kept;
  const previous = /* @__PURE__ */ new Map();
  for (const relationship2 of before)
    previous.set(pairNumber(people, relationship2.contactId, relationship2.memberId), relationship2);
  const changed = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const relationship2 of after) {
    if (typeof relationship2 !== "object" || relationship2 === null) return void 0;
    const pair = pairNumber(people, relationship2.contactId, relationship2.memberId);
    if (pair === void 0 || seen.has(pair)) return void 0;
    seen.add(pair);
    if (previous.get(pair) !== relationship2) changed.set(pair, relationship2);
  }
  for (const pair of previous.keys()) if (!seen.has(pair)) changed.set(pair, void 0);
  return changed;
}
function withChangedCells(details, cells, changed) {
  const nextDetails = details.slice();
  const nextCells = cells.slice();
  for (const [pair, detail] of changed) {
    const at = firstAtOrAfter(nextDetails, pair);
    const present = nextDetails[at]?.pair === pair;
    if (detail) {
      nextDetails.splice(at, present ? 1 : 0, detail);
      nextCells.splice(at, present ? 1 : 0, detail.cell);
    } else if (present) {
      nextDetails.splice(at, 1);
      nextCells.splice(at, 1);
    }
  }
  return { details: nextDetails, cells: nextCells };
}
function mergedWarnings(kept, contactIds, fresh) {
  const merged = [];
  let next = 0;
  for (const warning of kept) {
    const scope = RULE_SCOPES[warning.rule];
    if (scope === "account" || scope === "contact" && contactIds.has(warning.contactId)) continue;
    while (next < fresh.length && compareWarnings(fresh[next], warning) < 0)
      merged.push(fresh[next++]);
    merged.push(warning);
  }
  while (next < fresh.length) merged.push(fresh[next++]);
  return merged;
}
function reanalyzed(previous, plan, changed) {
  const kept = previous[KEPT];
  const { people, settings } = kept;
  const asOfDay = toDayNumber(plan.asOf);
  const dayOf = memoDayNumber;
  const built = /* @__PURE__ */ new Map();
  const contactIds = /* @__PURE__ */ new Set();
  const gradeCounts = { ...kept.gradeCounts };
  for (const [pair, relationship2] of changed) {
    const others = kept.others.get(pair);
    const inputs = relationship2 ? { ...others, relationship: relationship2 } : others ?? {};
    const detail = pairCell(pair, inputs, people, settings, asOfDay, dayOf).detail;
    const before = kept.context.cellByPair.get(pair)?.cell.effective;
    if (before) gradeCounts[before] -= 1;
    if (detail?.cell.effective) gradeCounts[detail.cell.effective] += 1;
    built.set(pair, detail);
    contactIds.add(pairIds(people, pair).contactId);
  }
  const { details, cells } = withChangedCells(kept.details, kept.cells, built);
  const context = updatedContext(kept.context, plan, details, built);
  const scoped = contextOfContacts(context, contactIds);
  const fresh = [];
  for (const rule of CONTACT_RULES) for (const warning of rule(scoped)) fresh.push(warning);
  for (const rule of ACCOUNT_RULES) for (const warning of rule(context)) fresh.push(warning);
  const warnings = mergedWarnings(kept.warnings, contactIds, sortWarnings(fresh));
  const analysis = assembleAnalysis(
    plan,
    { context, details, warnings: warnings.slice(), cells: cells.slice(), gradeCounts: { ...gradeCounts } },
    true
  );
  return { plan, analysis, [KEPT]: { ...kept, details, cells, gradeCounts, context, warnings } };
}
function reanalyzeTypedPlan(previous, plan, settings) {
  const kept = previous?.[KEPT];
  const changed = kept && kept.overrides === settings && onlyRelationshipsDiffer(previous.plan, plan) ? changedRelationships(kept, previous.plan, plan) : void 0;
  return previous && changed ? reanalyzed(previous, plan, changed) : fullAnalysis(plan, settings);
}

// planning-core/src/strategies.ts
var STRATEGY_INFO = {
  RECIPROCITY: {
    name: "Reciprocity",
    nickname: "IOU",
    explanation: "People want to return a favour, so give something of real value before asking for anything.",
    tactics: [
      "Share a benchmark or an insight about their market that they did not ask for.",
      "Introduce them to someone useful outside the deal.",
      "Run a short free workshop on a problem they mentioned."
    ]
  },
  COMMITMENT: {
    name: "Commitment and consistency",
    nickname: "I said I'll do it",
    explanation: "People keep to what they have said, especially in public, so start with small, visible agreements.",
    tactics: [
      "Agree one small next step and confirm it in writing.",
      "Ask them to present the shared plan to their own team.",
      "Deliver a promised fix on the day we said, and point that out."
    ]
  },
  SOCIAL_PROOF: {
    name: "Social proof",
    nickname: "Everybody's doing it",
    explanation: "People follow peers they respect, so show who like them has already made the move.",
    tactics: [
      "Arrange a call with a reference customer in their industry.",
      "Share a short case study with results from a similar company.",
      "Invite them to a round table with peers who use our work."
    ]
  },
  LIKING: {
    name: "Liking",
    nickname: "Love me, love my dog",
    explanation: "People say yes to people they like and feel alike, so invest in the person, not only the project.",
    tactics: [
      "Find common ground outside work and follow up on it.",
      "Get introduced by someone they already like.",
      "Spend a meeting on their agenda and their career, not on ours."
    ]
  },
  AUTHORITY: {
    name: "Authority",
    nickname: "Because I said so",
    explanation: "People defer to credible expertise and rank, so bring the right senior or expert voice.",
    tactics: [
      "Have one of our executives meet them as a peer.",
      "Bring a recognised expert to a working session.",
      "Share research or analyst views that support the proposal."
    ]
  },
  SCARCITY: {
    name: "Scarcity",
    nickname: "It's going fast",
    explanation: "People value what may slip away, so make the cost of waiting clear and honest.",
    tactics: [
      "Show what the renewal date or a price change means if the decision slips.",
      "Offer limited capacity, such as a pilot slot or an expert, for a set time.",
      "Quantify the monthly cost of staying with the current state."
    ]
  }
};
function byGrade(situation) {
  switch (situation.current) {
    case "M":
      return [
        ["AUTHORITY", "they are working to replace us: a senior sponsor of ours must meet theirs"],
        ["COMMITMENT", "agree one concrete fix and be seen to deliver it on time"]
      ];
    case "D":
      return [
        ["COMMITMENT", "win back confidence with one small, visible step delivered as promised"],
        ["RECIPROCITY", "make good on what went wrong before asking for anything"]
      ];
    case "I":
      return [
        ["RECIPROCITY", "give them something useful first so we stand out from other suppliers"],
        ["SOCIAL_PROOF", "show what peers gained by working with us"]
      ];
    case "S":
      return [
        ["RECIPROCITY", "bring an idea they did not ask for to open the door to new proposals"],
        ["LIKING", "invest time in their agenda so the relationship goes beyond delivery"]
      ];
    case "O":
      return [
        ["COMMITMENT", "ask for a small public step in favour of our proposal"],
        ["LIKING", "ask for their advice to move from open to trusted"]
      ];
    case "T":
      return [
        ["RECIPROCITY", "return their trust with candid advice and early access"],
        ["LIKING", "keep investing your own time even when nothing is being sold"]
      ];
    default:
      return situation.roles?.includes("Power") ? [
        ["AUTHORITY", "a Power buyer nobody knows: come in at their level with a senior voice"],
        ["SOCIAL_PROOF", "open with results from peers they respect"]
      ] : [
        ["LIKING", "get introduced by someone they already like"],
        ["SOCIAL_PROOF", "open with results from peers they respect"]
      ];
  }
}
function suggestStrategies(situation, renewalWindowDays = 90) {
  const picks = byGrade(situation);
  if (situation.seniority && isSeniorLeader(situation.seniority)) {
    picks.push(["AUTHORITY", `match their seniority (${situation.seniority}) with one of our executives`]);
  }
  if (situation.roles?.includes("Evangelist")) {
    picks.push(["SOCIAL_PROOF", "arm them with peer stories they can retell inside"]);
  }
  const renewal = situation.renewalInDays;
  if (renewal !== void 0 && renewal >= 0 && renewal <= renewalWindowDays) {
    picks.push(["SCARCITY", `the renewal closes in ${renewal} days: make the cost of letting it slip clear`]);
  }
  const seen = /* @__PURE__ */ new Set();
  const suggestions = [];
  for (const [strategy2, why] of picks) {
    if (seen.has(strategy2)) continue;
    seen.add(strategy2);
    suggestions.push({ strategy: strategy2, why });
  }
  return suggestions;
}

// planning-core/src/situation.ts
function describeSituation(plan, contactId, memberId, settings, analysis = analyzeAccount(plan, settings)) {
  const situation = {};
  const cell = analysis.cells.find((c) => c.contactId === contactId && c.memberId === memberId);
  if (cell?.effective) situation.current = cell.effective;
  const roles2 = buyerRolesOf(plan, settings).get(contactId);
  if (roles2 && roles2.length > 0) situation.roles = roles2;
  const contact2 = plan.contacts.find((c) => c.id === contactId);
  if (contact2) situation.seniority = resolveSeniority(contact2);
  let renewal;
  for (const opportunity2 of plan.opportunities) {
    if (opportunity2.stage !== "open" || !opportunity2.contactRoles.some((role2) => role2.contactId === contactId))
      continue;
    const days = daysBetween(plan.asOf, opportunity2.closeDate);
    if (days >= 0 && (renewal === void 0 || days < renewal)) renewal = days;
  }
  if (renewal !== void 0) situation.renewalInDays = renewal;
  return situation;
}
function suggestStrategiesFor(plan, contactId, memberId, settings) {
  const situation = describeSituation(plan, contactId, memberId, settings);
  return suggestStrategies(situation, resolveSettings(settings).renewalWindowDays);
}

// planning-core/src/rules/info.ts
var RULE_INFO = {
  BELOW_SATISFIED: {
    label: "Below satisfied",
    summary: "A relationship is graded Indifferent, Dissatisfied or Motivated to change."
  },
  UNCOVERED_BUYER: { label: "Uncovered", summary: "A buyer nobody on the team has a relationship with." },
  SINGLE_THREADED: { label: "Single-threaded", summary: "A buyer known by exactly one person on the team." },
  OVER_COVERED: { label: "Over-covered", summary: "A contact with more relationships than the team needs." },
  SENIOR_GAP: {
    label: "Senior gap",
    summary: "An executive or VP we know, but only through people below VP on our side."
  },
  TRUST_INFLATION: { label: "Trust inflation", summary: "More relationships graded Trust than is believable." },
  FEW_OPEN: { label: "Few open", summary: "Too few relationships open to new ideas to move the account forward." },
  NO_POWER_BUYER: { label: "No power buyer", summary: "The account has contacts, but none who can decide alone." },
  STALE_GRADE: {
    label: "Stale grade",
    summary: "A grade slipped because nothing happened with the person for too long."
  },
  KEY_WITHOUT_BLUEPRINT: {
    label: "Key without blueprint",
    summary: "A key intersection with no planned or active blueprint."
  },
  GOAL_TOO_FAR: {
    label: "Goal too far",
    summary: "A blueprint aims more than one level above today's grade, or below it."
  },
  TOO_MANY_KEYS: { label: "Too many keys", summary: "More key intersections than a team can work on at once." },
  CONTACT_LEFT: {
    label: "Contact left",
    summary: "Someone we had relationships with left the account: moved, merged into another contact or deleted."
  }
};

// planning-core/src/vocabulary.ts
var SEVERITY_LABELS = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low"
};
var SENIORITY_LABELS = {
  Executive: "Executive",
  VP: "Vice President",
  Director: "Director",
  Manager: "Manager",
  Staff: "Staff"
};
var BLUEPRINT_STATUS_LABELS = {
  planned: "Planned",
  active: "Active",
  done: "Done",
  dropped: "Dropped"
};
var DEPARTURE_REASON_LABELS = {
  moved: "Moved to another account",
  merged: "Merged into another contact",
  deleted: "Deleted"
};
function horizonLabel(days) {
  return `${days} days`;
}
function gradeCodeLabel(grade2) {
  return `${grade2} – ${GRADE_INFO[grade2].name}`;
}
var roleLabel = (role2) => ROLE_INFO[role2].name;
var ruleLabel = (rule) => RULE_INFO[rule].label;
var strategyLabel = (strategy2) => STRATEGY_INFO[strategy2].name;

// planning-core/src/activity.ts
var byIds = (a, b) => a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : a.memberId < b.memberId ? -1 : 1;
function pairTouches(plan, settings) {
  const asOfDay = toDayNumber(plan.asOf);
  const byPair = /* @__PURE__ */ new Map();
  for (const touch2 of plan.touches) {
    const day = toDayNumber(touch2.date);
    if (day > asOfDay) continue;
    const key = `${touch2.contactId}\0${touch2.memberId}`;
    let pair = byPair.get(key);
    if (!pair) {
      pair = {
        contactId: touch2.contactId,
        memberId: touch2.memberId,
        lastTouch: touch2.date,
        lastDay: day,
        recentTouches: 0
      };
      byPair.set(key, pair);
    } else if (day > pair.lastDay) {
      pair.lastTouch = touch2.date;
      pair.lastDay = day;
    }
    if (inTouchWindow(day, asOfDay, settings)) pair.recentTouches += 1;
  }
  return [...byPair.values()].map(({ contactId, memberId, lastTouch, recentTouches }) => ({ contactId, memberId, lastTouch, recentTouches })).sort(byIds);
}
export {
  BLANK_COUNTS_AS,
  BLUEPRINT_STATUSES,
  BLUEPRINT_STATUS_LABELS,
  BUYER_ROLES,
  COVERAGE_RULES,
  DEFAULT_ROLE_MAPPING,
  DEFAULT_SETTINGS,
  DEPARTURE_REASONS,
  DEPARTURE_REASON_LABELS,
  GRADES,
  GRADE_INFO,
  HORIZONS,
  InvalidPlanError,
  OPPORTUNITY_STAGES,
  ROLE_INFO,
  RULES,
  RULE_INFO,
  SENIORITIES,
  SENIORITY_LABELS,
  SEVERITIES,
  SEVERITY_LABELS,
  STRATEGIES,
  STRATEGY_INFO,
  TOUCH_KINDS,
  addDays,
  allowedBlueprintGoals,
  analyzeAccount,
  analyzeTypedPlan,
  analyzeWithReview,
  buyerRolesOf,
  compareWarnings,
  daysBetween,
  describeSituation,
  evidenceHorizonDays,
  explainScore,
  firstKeySuggestions,
  formatPath,
  gradeCodeLabel,
  gradeRank,
  horizonLabel,
  isBetter,
  isIsoDate,
  isSeniorLeader,
  leverageOpening,
  leverageTargetCount,
  leverageTargets,
  mapOpportunityRole,
  nextReviewDate,
  oneLevelUp,
  pairTouches,
  parseAccountPlan,
  parseSeniority,
  reanalyzeTypedPlan,
  resolveSeniority,
  resolveSettings,
  roleLabel,
  ruleLabel,
  seniorityRank,
  strategyLabel,
  suggestStrategies,
  suggestStrategiesFor,
  summarizeEvidence,
  validateBlueprintGoal
};
