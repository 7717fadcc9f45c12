import { delivery, deliveredOnce, deliveryKind, type DeliveryKind } from './needDelivery';
import type { InHouseLead } from './peerSupport';
import { sharedNeedText } from './sharedNeedText';
import type { NeedCategory, SharedNeed, TrainingNeed } from './trainingNeed';

const CATEGORY_ORDER: NeedCategory[] = ['Compliance', 'NOS gap', 'Personal skills', 'Qualification', 'Career', 'CPD'];

interface Group {
  need: string;
  category: NeedCategory;
  /** The largest staff number in the group (staff are numbered in order of first appearance). */
  highest: number;
  staff: string[];
  /** Staff IDs beside the names, for naming an in-house lead outside the group. */
  ids: string[];
  hours: number;
  hoursEach: number;
  kind: DeliveryKind;
  /** Criteria the group's needs name, in order of first appearance. */
  codes: string[];
  /** Needs in the group that wait until "Later" (SPEC 9.2). */
  later: number;
  /** Grouped on what is delivered (a unit, a specialism's training): the criteria are named after the text. */
  byDelivery: boolean;
  learners: number;
  /** The specialism every need of the group is worked in (SPEC 9.2), null when they differ, undefined when none is. */
  specialism: string | null | undefined;
}

interface Seen {
  seenCategory: NeedCategory;
  seenCriterion: string | null;
  group: Group;
}

const newGroup = (need: string, n: TrainingNeed, byDelivery: boolean): Group => ({
  need, category: n.category, highest: -1, staff: [], ids: [], hours: 0, hoursEach: 0, kind: deliveryKind(n), codes: [], later: 0,
  byDelivery, learners: 0, specialism: n.specialism,
});

// Marks a `seen` entry as a delivery group, so a need text equal to a delivery's name can never take its group.
const DELIVERS = '\u0000delivers';

function groupOf(n: TrainingNeed, seen: Map<string, Seen[]>, groups: Map<string, Group>): Group {
  // SPEC 9.2: grouped by what is delivered: one group per unit, per specialism, per subject and level band.
  if (n.delivers !== undefined) {
    // A short list per delivery (one category, almost always): no key string built per need.
    let candidates = seen.get(n.delivers);
    if (candidates === undefined) seen.set(n.delivers, (candidates = []));
    for (const c of candidates) if (c.seenCategory === n.category && c.seenCriterion === DELIVERS) return c.group;
    const g = newGroup(n.delivers, n, true);
    groups.set(`${n.category}|D|${n.delivers}`, g);
    candidates.push({ seenCategory: n.category, seenCriterion: DELIVERS, group: g });
    return g;
  }
  // One need text almost always comes with one category and criterion: a short list per text, no key string built.
  let candidates = seen.get(n.need);
  if (candidates === undefined) seen.set(n.need, (candidates = []));
  for (const c of candidates) if (c.seenCategory === n.category && c.seenCriterion === n.criterion) return c.group;
  const text = sharedNeedText(n.need);
  // English and maths both cite A17: the text is part of the key, not just the criterion.
  const key = `${n.category}|${n.criterion ?? ''}|${text}`;
  let g = groups.get(key);
  if (g === undefined) groups.set(key, (g = newGroup(text, n, false)));
  candidates.push({ seenCategory: n.category, seenCriterion: n.criterion, group: g });
  return g;
}

/** Runs of one staff ID: where each starts, the person's number, and the people whose ID comes back in a later run. */
interface StaffRuns {
  starts: number[];
  numbers: number[];
  returning: Set<number>;
}

function staffRuns(needs: readonly TrainingNeed[]): StaffRuns {
  const runs: StaffRuns = { starts: [], numbers: [], returning: new Set() };
  const staffNumber = new Map<string, number>();
  for (let i = 0; i < needs.length; i++) {
    const { staffId, name } = needs[i];
    // Still the same person's run: compared field by field, so no key string is built per need.
    if (i > 0 && staffId === needs[i - 1].staffId && name === needs[i - 1].name) continue;
    // A person is their ID and name: two people who share an ID by a typing slip (SPEC 9.1) stay two people.
    const key = `${staffId}\u0000${name}`;
    let k = staffNumber.get(key);
    if (k === undefined) staffNumber.set(key, (k = staffNumber.size));
    else runs.returning.add(k);
    runs.starts.push(i);
    runs.numbers.push(k);
  }
  return runs;
}

/**
 * Groups the "This year" needs by what is delivered (SPEC 9.2: a unit, a specialism's training, a subject and level
 * band, a course), else by category, criterion and need text (without its trailing detail): staff count, names, staff
 * hours (the sum), hours each (the largest), delivery hours (the trainer's time), a delivery suited to the kind of need
 * and, for a group session, a possible in-house lead; "Later" needs are counted beside. Largest groups first; ties by
 * total hours, then category order, then need text (deterministic); specialist-training groups take their places in
 * order of the learners needing the specialism, then size.
 * @example teamTrainingPlan(needs)[0] // { need: 'Top-up: A3 effective relationships with learners', staffCount: 3, ... }
 */
export function teamTrainingPlan(needs: readonly TrainingNeed[], lead?: InHouseLead): SharedNeed[] {
  const groups = new Map<string, Group>();
  // A team's need texts repeat (same gap, same labels): each distinct need is reduced and keyed once (groupOf).
  const seen = new Map<string, Seen[]>();
  // Needs come person by person, so a group meets each new person with a number above any it holds, and within a
  // person's run "already in" means "is the group's highest". Only someone whose ID comes back after others (duplicate
  // staff IDs) needs to remember the groups they joined: no member list or set per group.
  const { starts, numbers, returning } = staffRuns(needs);
  const joinedBy = new Map<number, Set<Group>>();
  for (let run = 0; run < starts.length; run++) {
    const person = numbers[run];
    let joined: Set<Group> | undefined;
    if (returning.has(person)) {
      joined = joinedBy.get(person);
      if (joined === undefined) joinedBy.set(person, (joined = new Set()));
    }
    const end = run + 1 < starts.length ? starts[run + 1] : needs.length;
    for (let i = starts[run]; i < end; i++) {
      const n = needs[i];
      const g = groupOf(n, seen, groups);
      if (n.criterion !== null && (g.codes.length === 0 || !g.codes.includes(n.criterion))) {
        for (const code of n.criterion.split(', ')) if (!g.codes.includes(code)) g.codes.push(code);
      }
      if (n.learners !== undefined && n.learners > g.learners) g.learners = n.learners;
      if (g.specialism !== n.specialism && g.specialism !== null) g.specialism = null;
      if (n.plan === 'Later') {
        g.later++;
        continue;
      }
      g.hours += n.hours;
      if (n.hours > g.hoursEach) g.hoursEach = n.hours;
      if (person > g.highest) g.highest = person;
      else if (person === g.highest || joined?.has(g)) continue;
      g.staff.push(n.name);
      g.ids.push(n.staffId);
      joined?.add(g);
    }
  }
  const shared: SharedNeed[] = [...groups.values()].map((g) => {
    const totalHours = Math.round(g.hours * 10) / 10;
    const hoursEach = Math.round(g.hoursEach * 10) / 10;
    const count = g.staff.length;
    const row: SharedNeed = {
      need: g.byDelivery && g.codes.length ? `${g.need} (${[...g.codes].sort(byCode).join(', ')})` : g.need,
      category: g.category,
      staffCount: count,
      staff: g.staff,
      totalHours,
      hoursEach,
      deliveryHours: count === 0 ? 0 : deliveredOnce(g.kind, count) ? hoursEach : totalHours,
      delivery: count === 0 ? 'Later: not planned this year' : delivery(count, g.kind),
    };
    if (g.later > 0) row.laterCount = g.later;
    if (g.learners > 0) row.learners = g.learners;
    // A group session or paired activity on NOS criteria can be led by a colleague (SPEC 9.2; ELS report 2010: "Tap into
    // the skills ... that LSAs have").
    if (lead && g.kind === 'training' && count >= 2 && g.codes.length) {
      // A group worked in one specialism is led by someone who holds it (specialist training in Autism, by an autism LSA).
      const who = lead(g.codes, new Set(g.ids), g.specialism ?? null);
      if (who !== null) row.inHouseLead = who;
    }
    return row;
  });
  shared.sort((a, b) =>
    b.staffCount - a.staffCount
    || b.totalHours - a.totalHours
    || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category)
    || (a.need < b.need ? -1 : a.need > b.need ? 1 : 0));
  // SPEC 9.2: specialist-training groups come in order of learners' need before group size, in the places they hold.
  const places: number[] = [];
  shared.forEach((n, i) => {
    if (n.staffCount > 0 && n.need.startsWith(SPECIALIST)) places.push(i);
  });
  const specialist = places.map((i) => shared[i]).sort((a, b) => (b.learners ?? 0) - (a.learners ?? 0) || b.staffCount - a.staffCount);
  places.forEach((at, k) => { shared[at] = specialist[k]; });
  return shared;
}

const SPECIALIST = 'Specialist training: ';

// A1 < A2 < A10 < B1: by standard, then number.
function byCode(a: string, b: string): number {
  return a[0] === b[0] ? Number(a.slice(1)) - Number(b.slice(1)) : a < b ? -1 : 1;
}
