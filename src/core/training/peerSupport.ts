import { addMonths } from '../_lib/isoDate';
import { RATING_LABELS, type Rating } from '../rating';
import type { SkillsProfile } from '../nos/skillsProfile';
import type { StaffMember } from '../staffMember';
import type { TrainingNeed } from './trainingNeed';

/** One person as a possible supporter: what peer support reads (SPEC 9.2). */
export interface PeerSupportStaff {
  member: Pick<StaffMember, 'id' | 'name' | 'level' | 'leavingDate' | 'specialisms'>;
  skills: Pick<SkillsProfile, 'ratings' | 'targets'>;
  needs: TrainingNeed[];
}

// SPEC 9.2: the load is spread: no colleague named for more than 4 people on one criterion, nor 8 people in all.
const PER_CRITERION = 4;
const IN_ALL = 8;
const PLACES = 2;

/** The text when nobody in the team can support a criterion (ELS report 2010, rec. 7: specialist expertise from outside). */
export const OUTSIDE_EXPERTISE = 'Nobody in the team: outside expertise needed (ELS report 2010, rec. 7)';
/** The text when those who could support are already named for as many people as the load allows. */
export const ALL_COMMITTED = 'Colleagues who could support are already supporting others: a local LSA network (ELS report 2010, rec. 3)';

/** Colleagues rated on one criterion, by rating (index 0-4), each list by LSA level, highest first, then sheet order. */
interface CriterionIndex {
  byRating: number[][];
  /**
   * Per list, where to look next from each place: a capped colleague stays capped (a colleague at 8 people is never new
   * to a later person), so their place is skipped over for good. Made when the lists are complete.
   */
  next: Int32Array[];
  /** People named on this criterion, per colleague (by staff index). */
  named: Int32Array;
  /** "Name (A3: Advanced)" per colleague (by staff index), built when first named: a colleague is named up to 4 times. */
  labels: Map<number, string>;
}

/**
 * Names up to two colleagues for each NOS-gap need, in Training Needs order (SPEC 9.2): Advanced (4) on the criterion
 * first, then colleagues rated at or above the person's target and above their rating; within each kind the higher LSA
 * level first; never the person or anyone leaving within 3 months; no one named for more than 4 people on a criterion
 * nor 8 in all. Colleagues are indexed by criterion and rating once, so the work grows with the needs, not staff x staff.
 * Sets each NOS-gap need's peerSupport and returns the criteria nobody in the team can support (outside expertise).
 * @example namePeerSupport(staff, '2026-09-01').outsideExpertise // ['C5']
 */
export function namePeerSupport(staff: readonly PeerSupportStaff[], auditDate: string): { outsideExpertise: string[]; lead: InHouseLead } {
  const soon = addMonths(auditDate, 3);
  const available = staff.map((s) => s.member.leavingDate === null || s.member.leavingDate > soon);
  const level = staff.map((s) => s.member.level ?? 2);
  const index = new Map<string, CriterionIndex>();
  // Staff visited by LSA level, highest first, then sheet order (a counting pass): each list comes out in the order the
  // matching wants, with no sort.
  const byLevel: number[][] = [[], [], [], [], []];
  for (let i = 0; i < staff.length; i++) if (available[i]) byLevel[Math.min(4, Math.max(0, level[i]))].push(i);
  for (const i of [...byLevel[4], ...byLevel[3], ...byLevel[2], ...byLevel[1], ...byLevel[0]]) {
    const ratings = staff[i].skills.ratings;
    for (const code in ratings) {
      const rating = ratings[code];
      if (rating === null || rating === undefined || rating < 1) continue;
      let c = index.get(code);
      if (c === undefined) {
        c = { byRating: [[], [], [], [], []], next: [], named: new Int32Array(staff.length), labels: new Map() };
        index.set(code, c);
      }
      c.byRating[rating].push(i);
    }
  }
  for (const c of index.values()) {
    c.next = c.byRating.map((list) => {
      const next = new Int32Array(list.length + 1);
      for (let j = 0; j < next.length; j++) next[j] = j;
      return next;
    });
  }
  // The caps count people, not needs: a colleague named for one person on three criteria supports one person in all.
  // People are served in order, so the last person each colleague was named for tells whether this one is new to them.
  const namedInAll = new Int32Array(staff.length);
  const lastServed = new Int32Array(staff.length).fill(-1);
  let serving = -1;
  const capped = (c: CriterionIndex, k: number) => c.named[k] >= PER_CRITERION || (namedInAll[k] >= IN_ALL && lastServed[k] !== serving);
  const outside = new Set<string>();

  // Writes to `out` from place `at` up to `want` colleagues from one rating's list who are below the caps and are not the
  // person; returns how many. The buffers are typed and counted: emptying an array with `length = 0` dropped its store,
  // and refilling it made ~40 MB of garbage a run at 10,000 staff.
  const take = (c: CriterionIndex, rating: number, self: number, want: number, out: Int32Array, at: number): number => {
    const list = c.byRating[rating];
    const next = c.next[rating];
    let taken = 0;
    // Capped colleagues are skipped over for good, not scanned again for every need.
    for (let j = skipTo(next, 0); j < list.length && taken < want; j = skipTo(next, j + 1)) {
      const k = list[j];
      if (capped(c, k)) next[j] = j + 1;
      else if (k !== self) out[at + taken++] = k;
    }
    return taken;
  };
  // At most PLACES chosen, and PLACES from each of ratings 3, 2 and 1 as others.
  const chosen = new Int32Array(PLACES);
  const others = new Int32Array(3 * PLACES);
  let otherCount = 0;
  // The higher LSA level first; among equal levels the higher rating on the criterion being filled, then sheet order.
  let sortCode = '';
  const rated = (k: number) => staff[k].skills.ratings[sortCode] ?? 0;
  const byLevelAndRating = (a: number, b: number) => level[b] - level[a] || rated(b) - rated(a) || a - b;
  // A handful of colleagues at most (two from each rating): sorted in place, with no work array.
  const sortOthers = (): void => {
    for (let i = 1; i < otherCount; i++) {
      const k = others[i];
      let j = i - 1;
      for (; j >= 0 && byLevelAndRating(others[j], k) > 0; j--) others[j + 1] = others[j];
      others[j + 1] = k;
    }
  };
  const label = (c: CriterionIndex, code: string, k: number): string => {
    let text = c.labels.get(k);
    if (text === undefined) c.labels.set(k, (text = `${staff[k].member.name} (${code}: ${RATING_LABELS[staff[k].skills.ratings[code] as Rating]})`));
    return text;
  };
  const single: string[] = [''];

  // Indexed loops: the iterators of for...of were not optimised away in this long loop (~8 MB a run at 10,000 staff).
  for (let self = 0; self < staff.length; self++) {
    const s = staff[self];
    serving = self;
    for (let n = 0; n < s.needs.length; n++) {
      const need = s.needs[n];
      if (need.category !== 'NOS gap' || need.criterion === null) continue;
      // Up to two names (PLACES), joined by "; ".
      let names = 0;
      let named = '';
      let able = false;
      let codes = single;
      if (need.criterion.includes(',')) codes = need.criterion.split(', ');
      else single[0] = need.criterion;
      for (let ci = 0; ci < codes.length; ci++) {
        const code = codes[ci];
        if (names >= PLACES) break;
        const c = index.get(code);
        const rating = s.skills.ratings[code] ?? 0;
        const from = Math.max(s.skills.targets[code] ?? 4, rating + 1);
        let canHelp = false;
        if (c !== undefined) for (let r = 4; r >= 1 && !canHelp; r--) if (r === 4 || r >= from) canHelp = hasOther(c.byRating[r], self);
        if (!canHelp || c === undefined) {
          outside.add(code);
          continue;
        }
        able = true;
        let chosenCount = take(c, 4, self, PLACES - names, chosen, 0);
        const left = PLACES - names - chosenCount;
        if (left > 0) {
          otherCount = 0;
          for (let r = 3; r >= from; r--) otherCount += take(c, r, self, left, others, otherCount);
          if (otherCount > 1) {
            sortCode = code;
            sortOthers();
          }
          for (let j = 0; j < otherCount && j < left; j++) chosen[chosenCount++] = others[j];
        }
        for (let i = 0; i < chosenCount; i++) {
          const k = chosen[i];
          c.named[k]++;
          if (lastServed[k] !== self) {
            lastServed[k] = self;
            namedInAll[k]++;
          }
          named = names === 0 ? label(c, code, k) : `${named}; ${label(c, code, k)}`;
          names++;
        }
      }
      need.peerSupport = names > 0 ? named : able ? ALL_COMMITTED : OUTSIDE_EXPERTISE;
    }
  }

  const holds = (i: number, specialism: string) => staff[i].member.specialisms.some((s) => s.toLowerCase() === specialism.toLowerCase());
  const lead: InHouseLead = (codes, members, specialism = null) => {
    for (const code of codes) {
      const c = index.get(code);
      if (!c) continue;
      for (const r of [4, 3]) {
        const k = c.byRating[r].find((i) => !members.has(staff[i].member.id) && (specialism === null || holds(i, specialism)));
        if (k !== undefined) return `${staff[k].member.name} (${code}: ${RATING_LABELS[r as Rating]})`;
      }
    }
    return null;
  };
  return { outsideExpertise: [...outside].sort(byCode), lead };
}

// The first place at or after j not skipped over for good (following and shortening the chain of skips).
function skipTo(next: Int32Array, j: number): number {
  while (next[j] !== j) {
    next[j] = next[next[j]];
    j = next[j];
  }
  return j;
}

// Someone in the list other than the person (a list holds each colleague once).
const hasOther = (list: readonly number[], self: number): boolean => list.length > 1 || (list.length === 1 && list[0] !== self);

/**
 * A possible in-house lead for a group session on these criteria: the first colleague outside the group rated Advanced,
 * else Competent, higher LSA level first, holding the group's specialism where it has one; not counted towards the caps
 * (SPEC 9.2). null when nobody is.
 */
export type InHouseLead = (codes: readonly string[], members: ReadonlySet<string>, specialism?: string | null) => string | null;

// A1 < A2 < A10 < B1: by standard, then number.
function byCode(a: string, b: string): number {
  return a[0] === b[0] ? Number(a.slice(1)) - Number(b.slice(1)) : a < b ? -1 : 1;
}
