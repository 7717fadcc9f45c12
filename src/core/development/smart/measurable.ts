// SPEC 3.6 Measurable: how success will be seen: a number or count, a qualification or unit, an observed outcome,
// something completed, or a filled success-criteria column. CPD study notes: "the success criteria" of each objective.
import type { SmartVerdict } from './smartResult';
import type { ObjectiveText } from './objectiveText';
import { NUMBER_WORDS } from './smartDates';

// Named qualifications (SPEC 3.6 v2; LLUK LSP qualifications and Career pathways 2011): PTLLS, CTLLS, DTLLS, AET, CET, DET, GCSE,
// Functional Skills, BSL Level n, NVQ, PGCE, Cert Ed, QTLS, any Award, Certificate, Diploma or degree, a level, a QCF unit.
const QUALIFICATION = new RegExp(
  String.raw`\b(ptlls|ctlls|dtlls|aet|cet|det|pgce|qtls|cert ed|gcses?|functional skills|ecdl|masters?|msc|phd|` +
  String.raw`doctorate|nvqs?|bsl (?:level|stage) \d|level \d|awards?|certificates?|certification|diplomas?|` +
  String.raw`degrees?|qualifications?|qcfunit|units?|credits?)\b`,
);
// An observed or checked outcome.
const OBSERVED = /\b(observed|observations?|checked|signed off|sign off|assessed by|verified|witnessed|seen by|feedback from)\b/;
// Something completed: a course, training or test; a meeting attended; a document written.
const COMPLETED = new RegExp(
  String.raw`\b(?:complet\w*|finish\w*|pass\w*|achiev\w*|gain\w*|obtain\w*|do|doing|take|taking|undertak\w*|` +
  String.raw`enrol\w*|renew\w*|attend\w*|go on|going on)\b[^;.]*?\b(courses?|training|modules?|programmes?|` +
  String.raw`workshops?|e-?learning|refreshers?|induction|tests?|exams?|self-assessment)\b|` +
  String.raw`\battend\w*\s+(?!to\b)\w+|\binduction\b|\b(?:write|writing|complete|completing|produce|producing|` +
  String.raw`submit\w*|finish\w*|draft\w*)\b[^,;.]*?\b(plan|pdp|log|report|accounts?|portfolio|case study|` +
  String.raw`assignment|risk assessment|profile|self[- ]assessment)\b`,
);
const COUNT_WORDS = new Set([...Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an'), 'once', 'twice', 'dozen', 'percent', 'half']);
const NOTHING = /^(-|n\/?a|none|tbc|tba|\?|nil|no)$/i;

/**
 * Measurable (SPEC 3.6): success criteria given, or the text states a number, a qualification, an observed outcome or
 * a completion. Numbers inside dates do not count ("by June 2027" measures nothing).
 * @example measurable(readObjective('2026-09-01', 'Complete PTLLS by July 2027'), null).met // true
 */
export function measurable(o: ObjectiveText, successCriteria: string | null | undefined): SmartVerdict {
  const criteria = (successCriteria ?? '').trim();
  if (criteria !== '' && !NOTHING.test(criteria)) return { met: true, reason: 'Success criteria given' };
  const qualification = QUALIFICATION.exec(o.text)?.[1];
  if (qualification) return seen(qualification === 'qcfunit' ? o.unitTitle ?? 'the unit' : qualification);
  const count = o.words.find((w) => /^\d/.test(w) || /^x\d+$/.test(w) || COUNT_WORDS.has(w)); // "x3" is three times
  if (count) return seen(count);
  const observed = OBSERVED.exec(o.text)?.[1];
  if (observed) return seen(observed);
  const done = COMPLETED.exec(o.text);
  if (done) return seen(done[0].trim().split(' ').slice(0, 4).join(' '));
  return { met: false, reason: 'No measure: nothing says how success will be seen' };
}

function seen(what: string): SmartVerdict {
  return { met: true, reason: `States how success will be seen ("${what}")` };
}
