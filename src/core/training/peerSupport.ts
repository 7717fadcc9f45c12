import { addMonths } from '../_lib/isoDate';
import { RATING_LABELS, type Rating } from '../nos/rating';
import type { SkillsProfile } from '../nos/skillsProfile';
import type { StaffMember } from '../staffMember';
import type { TrainingNeed } from './trainingNeed';

/** One person as a possible supporter: what peer support reads (SPEC 9.2). */
export interface PeerSupportStaff {
  member: Pick<StaffMember, 'id' | 'name' | 'level' | 'leavingDate'>;
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
  /** Where each list's colleagues below the caps begin: capped colleagues stay capped, so the start only moves on. */
  start: number[];
  /** People named on this criterion, per colleague. */
  named: Map<number, number>;
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
  staff.forEach((s, i) => {
    if (!available[i]) return;
    for (const [code, rating] of Object.entries(s.skills.ratings) as [string, Rating | null][]) {
      if (rating === null || rating < 1) continue;
      let c = index.get(code);
      if (c === undefined) index.set(code, (c = { byRating: [[], [], [], [], []], start: [0, 0, 0, 0, 0], named: new Map() }));
      c.byRating[rating].push(i);
    }
  });
  for (const c of index.values()) for (const list of c.byRating) list.sort((a, b) => level[b] - level[a] || a - b);
  const namedInAll = new Int32Array(staff.length);
  const capped = (c: CriterionIndex, k: number) => (c.named.get(k) ?? 0) >= PER_CRITERION || namedInAll[k] >= IN_ALL;
  const outside = new Set<string>();

  // Up to `want` colleagues from one rating's list who are below the caps and are not the person.
  const take = (c: CriterionIndex, rating: number, self: number, want: number): number[] => {
    const list = c.byRating[rating];
    while (c.start[rating] < list.length && capped(c, list[c.start[rating]])) c.start[rating]++;
    const out: number[] = [];
    for (let j = c.start[rating]; j < list.length && out.length < want; j++) if (list[j] !== self && !capped(c, list[j])) out.push(list[j]);
    return out;
  };

  staff.forEach((s, self) => {
    for (const need of s.needs) {
      if (need.category !== 'NOS gap' || need.criterion === null) continue;
      const names: string[] = [];
      let able = false;
      for (const code of need.criterion.split(', ')) {
        if (names.length >= PLACES) break;
        const c = index.get(code);
        const rating = s.skills.ratings[code] ?? 0;
        const from = Math.max(s.skills.targets[code] ?? 4, rating + 1);
        const canHelp = c !== undefined && [4, 3, 2, 1].some((r) => (r === 4 || (r >= from && r < 4)) && c.byRating[r].some((k) => k !== self));
        if (!canHelp) {
          outside.add(code);
          continue;
        }
        able = true;
        const chosen = take(c, 4, self, PLACES - names.length);
        if (chosen.length < PLACES - names.length) {
          const others: number[] = [];
          for (let r = 3; r >= from; r--) others.push(...take(c, r, self, PLACES - names.length - chosen.length));
          // The higher LSA level first; among equal levels the higher rating, then sheet order.
          const rated = (k: number) => staff[k].skills.ratings[code] ?? 0;
          others.sort((a, b) => level[b] - level[a] || rated(b) - rated(a) || a - b);
          chosen.push(...others.slice(0, PLACES - names.length - chosen.length));
        }
        for (const k of chosen) {
          c.named.set(k, (c.named.get(k) ?? 0) + 1);
          namedInAll[k]++;
          names.push(`${staff[k].member.name} (${code}: ${RATING_LABELS[staff[k].skills.ratings[code] as Rating]})`);
        }
      }
      need.peerSupport = names.length ? names.join('; ') : able ? ALL_COMMITTED : OUTSIDE_EXPERTISE;
    }
  });

  const lead: InHouseLead = (codes, members) => {
    for (const code of codes) {
      const c = index.get(code);
      if (!c) continue;
      for (const r of [4, 3]) {
        const k = c.byRating[r].find((i) => !members.has(staff[i].member.id));
        if (k !== undefined) return `${staff[k].member.name} (${code}: ${RATING_LABELS[r as Rating]})`;
      }
    }
    return null;
  };
  return { outsideExpertise: [...outside].sort(byCode), lead };
}

/**
 * A possible in-house lead for a group session on these criteria: the first colleague outside the group rated Advanced,
 * else Competent, higher LSA level first; not counted towards the caps (SPEC 9.2). null when nobody is.
 */
export type InHouseLead = (codes: readonly string[], members: ReadonlySet<string>) => string | null;

// A1 < A2 < A10 < B1: by standard, then number.
function byCode(a: string, b: string): number {
  return a[0] === b[0] ? Number(a.slice(1)) - Number(b.slice(1)) : a < b ? -1 : 1;
}
