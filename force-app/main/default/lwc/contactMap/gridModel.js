// Pure view model of the contact map: which contacts (columns) and members (rows) show, in what order, with which
// grades and badges. No DOM, so it is tested on its own and reused by the CSV export.
import {
  BUYER_ROLES,
  NO_ROLE,
  RULE_LABELS,
  countdownText,
  gradeLabel,
  seniorityRank,
  severityRank,
} from 'c/contactPlanData';

export const FILTERS = { ALL: 'all', BUYERS: 'buyers', KEY: 'key' };
export const ALL_DEPARTMENTS = '';
const BADGE_RULES = new Set(['UNCOVERED_BUYER', 'SINGLE_THREADED', 'OVER_COVERED', 'SENIOR_GAP']);

function primaryRole(contact) {
  return BUYER_ROLES.find((role) => contact.roles.includes(role.code)) || NO_ROLE;
}

function roleRank(contact) {
  const rank = BUYER_ROLES.indexOf(primaryRole(contact));
  return rank === -1 ? BUYER_ROLES.length : rank;
}

// One collator for all name comparisons: String#localeCompare sets one up per call, which made sorting 100 contacts
// the slowest step of building the grid.
const compareNames = new Intl.Collator().compare;

/** Sorts people by the numbers `ranksOf` gives each (worked out once per person), then by name. */
function sortByRanks(people, ranksOf) {
  const ranked = people.map((person) => ({ person, ranks: ranksOf(person) }));
  ranked.sort((a, b) => {
    for (let i = 0; i < a.ranks.length; i += 1) if (a.ranks[i] !== b.ranks[i]) return a.ranks[i] - b.ranks[i];
    return compareNames(a.person.name, b.person.name);
  });
  return ranked.map((entry) => entry.person);
}

/**
 * The header badge warnings of each contact, and of each member a warning names without a contact, in list order:
 * what the headers' badges are made of (badgesOf).
 */
function badgeWarnings(warnings) {
  const byContact = new Map();
  const byMember = new Map();
  for (const warning of warnings) {
    if (!BADGE_RULES.has(warning.rule)) continue;
    const [byId, id] = warning.contactId ? [byContact, warning.contactId] : [byMember, warning.memberId];
    if (!id) continue;
    const list = byId.get(id);
    if (list) list.push(warning);
    else byId.set(id, [warning]);
  }
  return { byContact, byMember };
}

const NO_WARNINGS = [];

/** The badges of the header of `id` for its badge warnings, most severe first. */
function badgesOf(id, warnings) {
  if (!warnings) return [];
  const badges = warnings.map((warning) => ({
    key: `${warning.rule}:${id}`,
    rule: warning.rule,
    label: RULE_LABELS[warning.rule],
    severity: warning.severity,
    title: warning.message,
    // SLDS badge markup rather than lightning-badge: a wide map has hundreds of them in its headers.
    cssClass: `slds-badge cp-badge cp-badge_${warning.severity}`,
  }));
  return badges.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

const sameList = (a, b) => a === b || (a.length === b.length && a.every((entry, i) => entry === b[i]));

/** A lighter badge for roles a contact holds only through opportunity contact roles (the sync found them there). */
function impliedRolesBadge(contact) {
  const names = BUYER_ROLES.filter((role) => contact.roles.includes(role.code));
  return {
    key: `implied:${contact.id}`,
    rule: 'IMPLIED_ROLES',
    label: names.map((role) => role.code).join('/'),
    title: `${names.map((role) => role.label).join(', ')}: from opportunity contact roles`,
    cssClass: 'slds-badge cp-badge cp-badge_implied',
  };
}

function keyPairs(analysis) {
  return analysis.cells.filter((cell) => cell.key);
}

// The sorted people of the last views, by the plan's contacts (or members) list and the filter inputs that chose them.
// An edit keeps the plan's people lists (withRelationship copies only the relationships) and the filters, so the
// order is reused instead of filtered and sorted again for every grade change.
const ORDERS = new WeakMap();

function remembered(people, inputs, build) {
  const entry = ORDERS.get(people);
  if (entry && entry.inputs === inputs) return entry.order;
  const order = build();
  ORDERS.set(people, { inputs, order });
  return order;
}

/** The ids `pick` takes from the key cells, sorted and joined: the key filter's input. */
function keyIds(analysis, pick) {
  return [...new Set(keyPairs(analysis).map(pick))].sort().join('\u0001');
}

function visibleContacts(plan, analysis, options) {
  const byKey = options.filter === FILTERS.KEY;
  const keys = byKey ? keyIds(analysis, (cell) => cell.contactId) : '';
  const inputs = [options.filter, options.department || '', options.maxColumns || 0, keys].join('\u0002');
  return remembered(plan.contacts, inputs, () => {
    const keyContacts = new Set(keys.split('\u0001'));
    const shown = plan.contacts
      .filter((contact) => options.filter !== FILTERS.BUYERS || contact.roles.length > 0)
      .filter((contact) => !byKey || keyContacts.has(contact.id))
      .filter((contact) => !options.department || contact.department === options.department);
    const sorted = sortByRanks(shown, (contact) => [roleRank(contact), seniorityRank(contact.seniority)]);
    return options.maxColumns ? sorted.slice(0, options.maxColumns) : sorted;
  });
}

function visibleMembers(plan, analysis, options) {
  const byKey = options.filter === FILTERS.KEY;
  const keys = byKey ? keyIds(analysis, (cell) => cell.memberId) : '';
  return remembered(plan.members, `${byKey}\u0002${keys}`, () => {
    const keyMembers = new Set(keys.split('\u0001'));
    const shown = plan.members.filter((member) => !byKey || keyMembers.has(member.id));
    return sortByRanks(shown, (member) => [seniorityRank(member.seniority)]);
  });
}

function describeCell(cell, contact, member, countdown, nextMove) {
  const grade = cell.effective;
  const kind = grade && !cell.manual ? 'suggested ' : '';
  const what = grade ? `${kind}${gradeLabel(grade)}` : 'no relationship';
  const key = cell.key ? ', key intersection' : '';
  const drops = countdown ? `, ${countdown}` : '';
  const move = nextMove ? `, next best move: +${nextMove.gain}` : '';
  return `${member.name} and ${contact.name}: ${what}${key}${drops}${move}`;
}

function cellClass(grade, suggested, isKey, drops, nextMove) {
  let cssClass = grade ? `cp-cell cp-grade_${grade}` : 'cp-cell cp-grade_blank';
  if (suggested) cssClass += ' cp-suggested';
  if (isKey) cssClass += ' cp-key';
  if (drops) cssClass += ' cp-drops';
  if (nextMove) cssClass += ' cp-next-move';
  return cssClass;
}

const NO_CELL = { key: false };

// What a view's cells were built from, by the view's rows (a copy of the view, { ...grid }, shares them): its people
// and, by position, each cell's analysis cell and next move. The next build can then tell whether a cell would come
// out the same without building it.
const SOURCES = new WeakMap();

/** True when toCell would build the same cell from analysis cell `b` as from `a` (names aside). */
function sameCell(a, b) {
  return (
    a === b ||
    (a.effective === b.effective &&
      a.manual === b.manual &&
      a.key === b.key &&
      a.dropsOn === b.dropsOn &&
      a.dropsTo === b.dropsTo)
  );
}

function sameMove(x, y) {
  return x === y || (Boolean(x) && Boolean(y) && x.gain === y.gain && x.why === y.why);
}

function toCell(cell, contact, member, nextMove) {
  const grade = cell.effective;
  const suggested = Boolean(grade) && !cell.manual;
  const isKey = Boolean(cell.key);
  // The countdown (docs/method.md §1.4.3): the cell shows a small mark, its tooltip and label say when and to what.
  const countdown = countdownText(cell);
  return {
    contactId: contact.id,
    memberId: member.id,
    letter: grade || '',
    grade,
    suggested,
    isKey,
    dropsOn: countdown ? cell.dropsOn : undefined,
    dropsTo: countdown ? cell.dropsTo : undefined,
    countdown,
    nextMoveGain: nextMove ? nextMove.gain : undefined,
    title: [countdown, nextMove ? nextMove.why : ''].filter(Boolean).join('\n'),
    ariaLabel: describeCell(cell, contact, member, countdown, nextMove),
    cssClass: cellClass(grade, suggested, isKey, Boolean(countdown), nextMove),
  };
}

function groupColumns(columns) {
  const groups = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last && last.code === column.roleCode) {
      last.span += 1;
    } else {
      groups.push({
        code: column.roleCode,
        key: `group:${column.roleCode}`,
        label: column.roleLabel,
        coaching: column.coaching,
        helpLabel: `Coaching for ${column.roleLabel}`,
        tipId: `coaching-${column.roleCode}`,
        span: 1,
      });
    }
  }
  return groups;
}

/** True when `view` shows exactly these people in this order: its cells can then be found by position. */
function sameOrder(view, contacts, members) {
  if (!view || view.columns.length !== contacts.length || view.rows.length !== members.length) return false;
  return contacts.every((c, i) => view.columns[i].id === c.id) && members.every((m, i) => view.rows[i].id === m.id);
}

/** Where each pair sits in `view`: (contactId, memberId) → [row, column], or undefined where it does not show. */
function placesIn(view) {
  const byPairKey = new Map();
  view.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => byPairKey.set(`${cell.contactId}\u0001${cell.memberId}`, [r, c])),
  );
  return (contactId, memberId) => byPairKey.get(`${contactId}\u0001${memberId}`);
}

function byPair(list) {
  const byMember = new Map();
  for (const entry of list) {
    if (!byMember.has(entry.memberId)) byMember.set(entry.memberId, new Map());
    byMember.get(entry.memberId).set(entry.contactId, entry);
  }
  return byMember;
}

function columnOf(contact, badges, options) {
  const role = primaryRole(contact);
  const column = {
    id: contact.id,
    name: contact.name,
    title: contact.title || '',
    seniority: contact.seniority || '',
    department: contact.department || '',
    roleCode: role.code,
    roleLabel: role.label,
    roles: contact.roles.join(', '),
    coaching: role.coaching,
    badges,
  };
  if (options.rolesImplied && options.rolesImplied.has(contact.id) && contact.roles.length) {
    column.badges = [impliedRolesBadge(contact), ...column.badges];
  }
  return column;
}

function rowOf(member, badges, cells) {
  return { id: member.id, name: member.name, title: member.title || '', badges, cells };
}

/**
 * Builds { groups, columns, rows } for the map. `options`: { filter: FILTERS.*, department, maxColumns,
 * rolesImplied (ids of the contacts whose roles are implied, not their own) }.
 * Cells carry the effective grade (manual after gravity, else suggested); a blank grade stays blank.
 * With `previous` (the view shown), a cell whose inputs did not change is that view's cell object itself: an edit
 * rebuilds the few cells it changed, and the grid's DOM patch skips the others at a glance.
 */
export function buildGrid(plan, analysis, options = {}, previous = undefined) {
  const contacts = visibleContacts(plan, analysis, options);
  const members = visibleMembers(plan, analysis, options);
  const before = previous && SOURCES.get(previous.rows);
  const inPlace = Boolean(before) && sameOrder(previous, contacts, members);
  const badges = badgeWarnings(analysis.warnings);
  const edited = inPlace ? editedGrid(plan, analysis, options, previous, before, badges, contacts, members) : undefined;
  if (edited) return edited;
  const cellsByMember = byPair(analysis.cells);
  // Same people in the same order (an edit): each cell is at its old place; else it is looked up by pair.
  const placeOf = before && !inPlace ? placesIn(previous) : undefined;

  const columns = contacts.map((contact) =>
    columnOf(contact, badgesOf(contact.id, badges.byContact.get(contact.id)), options),
  );
  // The next best moves (docs/method.md §1.6.3) are marked on their cells, blank ones included.
  const movesByMember = byPair(analysis.nextMoves || []);
  const built = sourcesOf(plan, analysis, options, contacts, members, badges);
  const rows = members.map((member, r) => {
    const cells = cellsByMember.get(member.id);
    const moves = movesByMember.get(member.id);
    const cellRow = [];
    const moveRow = [];
    built.cells.push(cellRow);
    built.moves.push(moveRow);
    const rowCells = contacts.map((contact, c) => {
      const cell = (cells && cells.get(contact.id)) || NO_CELL;
      const move = moves && moves.get(contact.id);
      cellRow.push(cell);
      moveRow.push(move);
      const at = inPlace ? undefined : placeOf && placeOf(contact.id, member.id);
      const pr = at ? at[0] : r;
      const pc = at ? at[1] : c;
      if (
        (inPlace || at) &&
        sameCell(before.cells[pr][pc], cell) &&
        sameMove(before.moves[pr][pc], move) &&
        before.contacts[pc].name === contact.name &&
        before.members[pr].name === member.name
      ) {
        return previous.rows[pr].cells[pc];
      }
      return toCell(cell, contact, member, move);
    });
    return rowOf(member, badgesOf(member.id, badges.byMember.get(member.id)), rowCells);
  });
  SOURCES.set(rows, built);
  return { groups: groupColumns(columns), columns, rows };
}

/** What a view is built from (kept in SOURCES): the next build compares its inputs with these. */
function sourcesOf(plan, analysis, options, contacts, members, badges) {
  return {
    contacts,
    members,
    cells: [],
    moves: [],
    rolesImplied: options.rolesImplied,
    analysisCells: analysis.cells,
    nextMoves: analysis.nextMoves || [],
    contactBadges: contacts.map((contact) => badges.byContact.get(contact.id) || NO_WARNINGS),
    memberBadges: members.map((member) => badges.byMember.get(member.id) || NO_WARNINGS),
  };
}

/**
 * True when the people shown are the ones a view was built from: the same objects, or (the plan read back after a
 * save) equal ones.
 */
function samePeople(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((person, i) => person === b[i] || JSON.stringify(person) === JSON.stringify(b[i]));
}

function sameIdSet(a, b) {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** Orders cells as the core sorts them: by contact id, then member id. */
function comparePairs(a, b) {
  if (a.contactId !== b.contactId) return a.contactId < b.contactId ? -1 : 1;
  if (a.memberId !== b.memberId) return a.memberId < b.memberId ? -1 : 1;
  return 0;
}

/** More changed cells than this and the grid is built as a whole (a new analysis of a changed plan, not an edit). */
const FEW_CHANGES = 64;

/**
 * The cells of `after` that are not those of `before` (both in the core's order), with `gone` for a pair whose cell
 * left; undefined when there are more than FEW_CHANGES. The core's re-analysis of an edit keeps every other cell
 * object, so this is a walk comparing references.
 */
function changedCells(before, after) {
  const changed = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const a = before[i];
    const b = after[j];
    if (a === b) {
      i += 1;
      j += 1;
      continue;
    }
    if (changed.length >= FEW_CHANGES) return undefined;
    const order = a === undefined ? 1 : b === undefined ? -1 : comparePairs(a, b);
    if (order < 0) {
      changed.push({ contactId: a.contactId, memberId: a.memberId, gone: true });
      i += 1;
    } else {
      changed.push(b);
      if (order === 0) i += 1;
      j += 1;
    }
  }
  return changed;
}

const pairKeyOf = (entry) => `${entry.contactId}\u0001${entry.memberId}`;

/**
 * The view of an edit: the same people, in the same order, from the same plan lists, with a few cells changed. Only
 * the places of the changed cells and next moves are looked at, and only headers whose badge warnings changed are
 * made again; every other row, column and cell is the shown view's. Undefined when that does not hold.
 */
function editedGrid(plan, analysis, options, previous, before, badges, contacts, members) {
  if (
    !samePeople(before.contacts, contacts) ||
    !samePeople(before.members, members) ||
    !sameIdSet(before.rolesImplied, options.rolesImplied)
  ) {
    return undefined;
  }
  const changed = changedCells(before.analysisCells, analysis.cells);
  if (!changed) return undefined;
  const column = new Map(contacts.map((contact, c) => [contact.id, c]));
  const row = new Map(members.map((member, r) => [member.id, r]));
  // The places to look at again: the changed cells', and those whose next move came, went or changed.
  const places = new Map();
  const place = (entry, cell) => {
    const r = row.get(entry.memberId);
    const c = column.get(entry.contactId);
    if (r === undefined || c === undefined) return;
    const key = `${r}:${c}`;
    const found = places.get(key);
    if (found) {
      if (cell) found.cell = cell;
    } else places.set(key, { r, c, cell });
  };
  for (const entry of changed) place(entry, entry.gone ? NO_CELL : entry);
  const nextMoves = analysis.nextMoves || [];
  const oldMoves = new Map(before.nextMoves.map((move) => [pairKeyOf(move), move]));
  const newMoves = new Map(nextMoves.map((move) => [pairKeyOf(move), move]));
  for (const [key, move] of oldMoves) if (!sameMove(move, newMoves.get(key))) place(move);
  for (const [key, move] of newMoves) if (!sameMove(move, oldMoves.get(key))) place(move);

  const built = sourcesOf(plan, analysis, options, contacts, members, badges);
  built.cells = before.cells.slice();
  built.moves = before.moves.slice();
  const rowCells = new Map();
  for (const { r, c, cell: newCell } of places.values()) {
    const cell = newCell || before.cells[r][c];
    const move = newMoves.get(pairKeyOf({ contactId: contacts[c].id, memberId: members[r].id }));
    if (built.cells[r] === before.cells[r]) {
      built.cells[r] = before.cells[r].slice();
      built.moves[r] = before.moves[r].slice();
    }
    built.cells[r][c] = cell;
    built.moves[r][c] = move;
    if (sameCell(before.cells[r][c], cell) && sameMove(before.moves[r][c], move)) continue;
    if (!rowCells.has(r)) rowCells.set(r, previous.rows[r].cells.slice());
    rowCells.get(r)[c] = toCell(cell, contacts[c], members[r], move);
  }
  const columns = contacts.map((contact, c) => {
    if (sameList(built.contactBadges[c], before.contactBadges[c])) return previous.columns[c];
    return columnOf(contact, badgesOf(contact.id, badges.byContact.get(contact.id)), options);
  });
  const rows = members.map((member, r) => {
    const sameBadges = sameList(built.memberBadges[r], before.memberBadges[r]);
    if (sameBadges && !rowCells.has(r)) return previous.rows[r];
    const badgeList = sameBadges ? previous.rows[r].badges : badgesOf(member.id, badges.byMember.get(member.id));
    return rowOf(member, badgeList, rowCells.get(r) || previous.rows[r].cells);
  });
  SOURCES.set(rows, built);
  // The groups follow the columns' roles, which come from the same contacts.
  return { groups: previous.groups, columns, rows };
}

/** The distinct departments of `contacts` (a plan's), sorted, for the department filter. */
export function departments(contacts) {
  return [...new Set(contacts.map((contact) => contact.department).filter(Boolean))].sort();
}
