import type { NeedCategory, SharedNeed, TrainingNeed } from './trainingNeed';

const CATEGORY_ORDER: NeedCategory[] = ['Compliance', 'NOS gap', 'Personal skills', 'Qualification', 'Career', 'CPD'];

/**
 * The text needs are grouped on: the need without its trailing per-person detail "(...)".
 * @example sharedNeedText('Safeguarding training (expired 2024-05-01)') // 'Safeguarding training'
 */
export function sharedNeedText(need: string): string {
  if (!need.trimEnd().endsWith(')')) return need.trim(); // most needs carry no detail: skip the regex
  return need.replace(/\s*\([^()]*\)\s*$/, '').trim();
}

/**
 * SPEC 3.7 delivery by group size. seed 003 Rec 3 (locally based network), "Shadowing, mentoring and peer
 * observation" and Rec 12 (e-learning).
 * @example delivery(3) // 'Group session (in-house or with a local network)'
 */
export function delivery(staffCount: number): string {
  if (staffCount >= 3) return 'Group session (in-house or with a local network)';
  if (staffCount === 2) return 'Paired shadowing or peer observation';
  return 'Individual mentoring, shadowing or e-learning';
}

/**
 * Groups needs by category, criterion and need text (without its trailing detail): staff count, names, total hours, delivery.
 * Largest groups first; ties by total hours, then category order, then need text (deterministic).
 * @example teamTrainingPlan(needs)[0] // { need: 'A3 effective relationships with learners', staffCount: 3, ... }
 */
export function teamTrainingPlan(needs: readonly TrainingNeed[]): SharedNeed[] {
  const groups = new Map<string, { need: string; category: NeedCategory; ids: Set<string>; staff: string[]; hours: number }>();
  for (const n of needs) {
    const text = sharedNeedText(n.need);
    // English and maths both cite A17: the text is part of the key, not just the criterion.
    const key = `${n.category}|${n.criterion ?? ''}|${text}`;
    let g = groups.get(key);
    if (!g) {
      g = { need: text, category: n.category, ids: new Set(), staff: [], hours: 0 };
      groups.set(key, g);
    }
    if (!g.ids.has(n.staffId)) {
      g.ids.add(n.staffId);
      g.staff.push(n.name);
    }
    g.hours += n.hours;
  }
  const shared: SharedNeed[] = [...groups.values()].map((g) => ({
    need: g.need,
    category: g.category,
    staffCount: g.ids.size,
    staff: g.staff,
    totalHours: Math.round(g.hours * 10) / 10,
    delivery: delivery(g.ids.size),
  }));
  return shared.sort((a, b) =>
    b.staffCount - a.staffCount
    || b.totalHours - a.totalHours
    || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category)
    || (a.need < b.need ? -1 : a.need > b.need ? 1 : 0));
}
