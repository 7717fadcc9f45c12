import { memo } from '../_lib/memo';

// SPEC 3.8 (v2): "Compliance courses are at least: safeguarding, Prevent, first aid, health and safety, fire safety,
// equality and diversity, data protection (GDPR), manual handling". ELS report 2010: CPD "typically focus on the mandatory
// training", "often focussed on compliance related issues".
const COURSES = /\b(?:safeguarding|(?<!mental health )first[- ]aid|health (?:and|&) safety|fire (?:safety|awareness|warden|marshal)|equality (?:and|&) diversity|data protection|gdpr|manual handling|child protection)\b|(?<!to )\bprevent\b(?! (?:challenging|behaviour|bullying|falls?))/i;
const TYPES = /\b(?:compliance|mandatory|statutory)\b/i;
// A log repeats a few activity texts: each is tested once.
const namesCourse = memo((text: string) => COURSES.test(text));
const namesType = memo((text: string) => TYPES.test(text));

/**
 * True when a CPD activity is a compliance course: its text names one, or its type says compliance or mandatory.
 * @example isComplianceActivity('Safeguarding refresher', 'Training') // true
 */
export function isComplianceActivity(activity: string | null, type: string | null = null): boolean {
  return (activity !== null && namesCourse(activity)) || (type !== null && namesType(type));
}
