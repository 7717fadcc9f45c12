import { memo } from '../_lib/memo';
import type { ComplianceCourse } from '../settings';

// SPEC 3.8 (v2): "Compliance courses are at least: safeguarding, Prevent, first aid, health and safety, fire safety,
// equality and diversity, data protection (GDPR), manual handling". ELS report 2010: CPD "typically focus on the mandatory
// training", "often focussed on compliance related issues".
const COURSES = /\b(?:safeguarding|(?<!mental health )first[- ]aid|health (?:and|&) safety|fire (?:safety|awareness|warden|marshal)|equality (?:and|&) diversity|data protection|gdpr|manual handling|child protection)\b|(?<!to )\bprevent\b(?! (?:challenging|behaviour|bullying|falls?))/i;
const TYPES = /\b(?:compliance|mandatory|statutory)\b/i;
// A log repeats a few activity texts: each is tested once.
const namesCourse = memo((text: string) => COURSES.test(text));
const namesType = memo((text: string) => TYPES.test(text));

/**
 * True when a CPD activity is a compliance course: its text or its Type cell names one, or its type says compliance or
 * mandatory.
 * @example isComplianceActivity('Annual refresher', 'Safeguarding') // true
 */
export function isComplianceActivity(activity: string | null, type: string | null = null): boolean {
  return (activity !== null && namesCourse(activity)) || (type !== null && (namesType(type) || namesCourse(type)));
}

// Which tracked course an activity's text names (SPEC 9.1: a compliance course in the CPD log is a completion on its date).
const COURSE_NAMES: [RegExp, ComplianceCourse][] = [
  [/\b(?:safeguarding|child protection)\b/i, 'safeguarding'],
  [/\bhealth (?:and|&) safety\b/i, 'healthAndSafety'],
  [/(?<!mental health )\bfirst[- ]aid\b/i, 'firstAid'],
  [/(?<!to )\bprevent\b(?! (?:challenging|behaviour|bullying|falls?))/i, 'prevent'],
  [/\b(?:equality (?:and|&) diversity|equality,? diversity (?:and|&) inclusion|EDI|E&D)\b/i, 'equalityAndDiversity'],
];

/**
 * The compliance courses (SPEC 3.9) a CPD activity names, in the order of the rules: "Safeguarding and Prevent update" names two.
 * @example coursesNamed('Safeguarding and Prevent update') // ['safeguarding', 'prevent']
 */
export const coursesNamed = memo((text: string): ComplianceCourse[] => COURSE_NAMES.filter(([re]) => re.test(text)).map(([, c]) => c));

const NONE: readonly ComplianceCourse[] = [];

/**
 * The compliance courses a CPD log entry records (SPEC 9.1: "by type or by course name"): those its activity names, and
 * those its Type cell names ("Safeguarding" as the type of "Annual refresher").
 * @example coursesRecorded({ activity: 'Annual refresher', typeText: 'Safeguarding' }) // ['safeguarding']
 */
export function coursesRecorded(entry: { activity: string; typeText?: string | null }): readonly ComplianceCourse[] {
  const named = entry.activity === '' ? NONE : coursesNamed(entry.activity);
  if (!entry.typeText) return named;
  const typed = coursesNamed(entry.typeText);
  if (typed.length === 0) return named;
  return named.length === 0 ? typed : [...new Set([...named, ...typed])];
}
