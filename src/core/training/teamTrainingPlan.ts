import type { NeedCategory, SharedNeed, TrainingNeed } from './trainingNeed';

const CATEGORY_ORDER: NeedCategory[] = ['Compliance', 'NOS gap', 'Personal skills', 'Qualification', 'Career', 'CPD'];

// Brackets that are part of a qualification's title, not per-person detail: LLUK LSP qualifications' "Level 3 Certificate in
// Learning Support (literacy, language and numeracy)" (SPEC 3.7: the LLN certificate keeps its full name).
const TITLE_BRACKETS = /^\((?:literacy, language and numeracy|LLN)\)$/i;

/**
 * The text needs are grouped on: the need without its trailing per-person detail "(...)"; a bracket that is part of
 * a qualification's title (the LLN certificate) stays.
 * @example sharedNeedText('Safeguarding training (expired 2024-05-01)') // 'Safeguarding training'
 */
export function sharedNeedText(need: string): string {
  if (!need.trimEnd().endsWith(')')) return need.trim(); // most needs carry no detail: skip the regex
  const detail = /\s*(\([^()]*\))\s*$/.exec(need);
  if (detail === null || TITLE_BRACKETS.test(detail[1])) return need.trim();
  return need.slice(0, detail.index).trim();
}

/** What kind of need a group is, for its delivery (SPEC 3.7 v2): at work, a course, a qualification or training. */
export type DeliveryKind = 'at work' | 'course' | 'qualification' | 'training' | 'in the certificate';

/** The delivery kind of one need. @example deliveryKind({ category: 'Compliance', timeAway: false, hours: 2 }) // 'at work' */
export function deliveryKind(n: Pick<TrainingNeed, 'category' | 'timeAway' | 'hours'>): DeliveryKind {
  if (n.category === 'Compliance') return n.timeAway ? 'course' : 'at work';
  if (n.category === 'Qualification') return 'qualification';
  if (n.category === 'NOS gap' && n.timeAway === false) return 'in the certificate';
  return 'training';
}

/**
 * SPEC 3.7 delivery by the kind of need and the group's size. ELS report 2010 Rec 3 (locally based network), "Shadowing,
 * mentoring and peer observation" and Rec 12 (e-learning); Career pathways 2011: performance review with the line manager.
 * @example delivery(3) // 'Group session (in-house or with a local network)'
 */
export function delivery(staffCount: number, kind: DeliveryKind = 'training'): string {
  if (kind === 'at work') return 'Schedule with each line manager';
  if (kind === 'in the certificate') return 'Within the certificate course (see the Qualification need)';
  if (kind === 'qualification') return staffCount >= 2 ? `Enrol the group (a cohort of ${staffCount}) with a provider` : 'Enrol with a provider';
  if (kind === 'course') return staffCount >= 3 ? 'Book a group course' : 'e-learning, or places on an open course';
  if (staffCount >= 3) return 'Group session (in-house or with a local network)';
  if (staffCount === 2) return 'Paired shadowing or peer observation';
  return 'Individual mentoring, shadowing or e-learning';
}

// A group session, a group course, a cohort or a paired activity is delivered once: the trainer's time is its hours each.
const deliveredOnce = (kind: DeliveryKind, staffCount: number): boolean =>
  kind === 'qualification' ? staffCount >= 2 : kind === 'course' ? staffCount >= 3 : kind === 'training' && staffCount >= 2;

interface Group {
  need: string;
  category: NeedCategory;
  /** The largest staff number in the group (staff are numbered in order of first appearance). */
  highest: number;
  staff: string[];
  hours: number;
  hoursEach: number;
  kind: DeliveryKind;
}

interface Seen {
  seenCategory: NeedCategory;
  seenCriterion: string | null;
  group: Group;
}

function groupOf(n: TrainingNeed, seen: Map<string, Seen[]>, groups: Map<string, Group>): Group {
  // One need text almost always comes with one category and criterion: a short list per text, no key string built.
  let candidates = seen.get(n.need);
  if (candidates === undefined) seen.set(n.need, (candidates = []));
  for (const c of candidates) if (c.seenCategory === n.category && c.seenCriterion === n.criterion) return c.group;
  const text = sharedNeedText(n.need);
  // English and maths both cite A17: the text is part of the key, not just the criterion.
  const key = `${n.category}|${n.criterion ?? ''}|${text}`;
  let g = groups.get(key);
  if (g === undefined) groups.set(key,
    (g = { need: text, category: n.category, highest: -1, staff: [], hours: 0, hoursEach: 0, kind: deliveryKind(n) }));
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
  let lastId: string | undefined;
  for (let i = 0; i < needs.length; i++) {
    if (i > 0 && needs[i].staffId === lastId) continue;
    lastId = needs[i].staffId;
    let k = staffNumber.get(lastId);
    if (k === undefined) staffNumber.set(lastId, (k = staffNumber.size));
    else runs.returning.add(k);
    runs.starts.push(i);
    runs.numbers.push(k);
  }
  return runs;
}

/**
 * Groups needs by category, criterion and need text (without its trailing detail): staff count, names, staff hours
 * (the sum), hours each (the largest), delivery hours (the trainer's time) and a delivery suited to the kind of need.
 * Largest groups first; ties by total hours, then category order, then need text (deterministic).
 * @example teamTrainingPlan(needs)[0] // { need: 'A3 effective relationships with learners', staffCount: 3, ... }
 */
export function teamTrainingPlan(needs: readonly TrainingNeed[]): SharedNeed[] {
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
      g.hours += n.hours;
      if (n.hours > g.hoursEach) g.hoursEach = n.hours;
      if (person > g.highest) g.highest = person;
      else if (person === g.highest || joined?.has(g)) continue;
      g.staff.push(n.name);
      joined?.add(g);
    }
  }
  const shared: SharedNeed[] = [...groups.values()].map((g) => {
    const totalHours = Math.round(g.hours * 10) / 10;
    const hoursEach = Math.round(g.hoursEach * 10) / 10;
    return {
      need: g.need,
      category: g.category,
      staffCount: g.staff.length,
      staff: g.staff,
      totalHours,
      hoursEach,
      deliveryHours: deliveredOnce(g.kind, g.staff.length) ? hoursEach : totalHours,
      delivery: delivery(g.staff.length, g.kind),
    };
  });
  return shared.sort((a, b) =>
    b.staffCount - a.staffCount
    || b.totalHours - a.totalHours
    || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category)
    || (a.need < b.need ? -1 : a.need > b.need ? 1 : 0));
}
