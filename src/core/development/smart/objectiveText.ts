// How the SMART check reads an objective's words, once per distinct text (SPEC 3.6).
import { memo2 } from '../../_lib/memo';
import { QCF_UNITS } from '../../qualifications/qcfUnits';
import { findDeadlines, type Deadline } from './smartDates';

/** An objective as the five rules read it. */
export interface ObjectiveText {
  /** Lower case ("IT" in capitals as "ict"), accents and curly quotes plain, "&" as "and", single spaces, a space at each end. */
  raw: string;
  /** raw with its dates and timeframes blanked and unit titles as the word "qcfunit". */
  text: string;
  /** The words of text, in order. */
  words: string[];
  deadlines: Deadline[];
  /** The title of the QCF unit the objective names, if any (LLUK LSP qualifications). */
  unitTitle: string | null;
}

// LLUK LSP qualifications unit titles, matched ignoring "and", "the" and punctuation ("Using ICT to support learning unit").
const UNIT_TITLES = QCF_UNITS.map((u) => ({
  title: u.title,
  re: new RegExp(`(?:the )?${u.title.toLowerCase().replace(/\band\b|\bthe\b/g, '').split(/[^a-z0-9]+/).filter(Boolean)
    .join('\\W+(?:(?:and|the)\\W+)*')}(?: units?\\b)?`, 'g'),
}));
const ANY_UNIT = new RegExp(UNIT_TITLES.map((u) => `(?:${u.re.source})`).join('|'));

/**
 * The objective's text as the rules read it, worked out once per audit date and text (plans repeat objectives).
 * @example readObjective('2026-09-01', 'Complete PTLLS by July 2027').words // ['complete', 'ptlls']
 */
export const readObjective = memo2((auditDate: string, objective: string): ObjectiveText => {
  // "IT" in capitals is ICT (NOS A17, KU17.3); "it" in lower case is a pronoun.
  const raw = ` ${objective.replace(/\bIT\b/g, 'ICT').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, ' - ').replace(/&/g, ' and ').toLowerCase().replace(/\s+/g, ' ')} `;
  const deadlines = findDeadlines(raw, auditDate);
  let text = deadlines.reduce((t, d) => t.replace(d.phrase, ' '.repeat(d.phrase.length)), raw);
  let unitTitle: string | null = null;
  if (ANY_UNIT.test(text)) {
    for (const u of UNIT_TITLES) {
      text = text.replace(u.re, () => {
        unitTitle ??= u.title;
        return ' qcfunit ';
      });
    }
  }
  const words = text.split(/[^a-z0-9%]+/).filter(Boolean);
  return { raw, text, words, deadlines, unitTitle };
});
