import type { TrainingNeed } from './trainingNeed';

/** What kind of need a group is, for its delivery (SPEC 3.7 v2): at work, a course, a qualification or training. */
export type DeliveryKind = 'at work' | 'course' | 'qualification' | 'training' | 'in the certificate';

/** The delivery kind of one need. @example deliveryKind({ category: 'Compliance', timeAway: false, hours: 2 }) // 'at work' */
export function deliveryKind(n: Pick<TrainingNeed, 'category' | 'timeAway' | 'hours' | 'accredited'>): DeliveryKind {
  if (n.category === 'Compliance') return n.timeAway ? 'course' : 'at work';
  // SPEC 9.2: accredited activities (units, certificates, teacher training, management qualifications) are enrolled.
  if (n.category === 'Qualification' || n.accredited) return 'qualification';
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

/**
 * A group session, a group course, an accredited course or a paired activity is delivered once: the trainer's time is
 * its hours each (SPEC 9.2: an accredited course's delivery hours are its guided hours once).
 * @example deliveredOnce('training', 2) // true
 */
export const deliveredOnce = (kind: DeliveryKind, staffCount: number): boolean =>
  kind === 'qualification' ? true : kind === 'course' ? staffCount >= 3 : kind === 'training' && staffCount >= 2;
