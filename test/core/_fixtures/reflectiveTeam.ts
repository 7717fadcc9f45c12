import type { RawSheet, RawWorkbook } from '../../../src/core/cells/rawWorkbook';

// A team of seven with a CPD log carrying Reflection and Impact, a Reflective log and an Observations sheet (SPEC 9.3),
// audited on 1 September 2026 (the last 12 months: 01/09/2025 to 01/09/2026). Worked by hand in
// test/core/organisation/reflectionIndicators.test.ts; each text's depth is pinned there too.
export const REFLECTIVE_TEAM_AUDIT_DATE = '2026-09-01';

/** The reflective writing of the fixture, by what the checker should make of it. */
export const TEXTS = {
  reflective: 'I felt nervous using the new visual timetable with K because he gets anxious when things change. It went well: he followed it all morning. I learned that preparing him the day before really matters. Next time I will show him the timetable at the end of the session before.',
  complianceReflective: 'I felt confident after the course. It went well because I practised the steps every day. I have learned who our new DSL is and I will report to her straight away.',
  partly: 'Watching the SALT was really useful because she breaks instructions into two words at a time, which worked much better with L than my long sentences. I was not sure how she chose the signs though.',
  descriptive: 'Attended the autism awareness course in the library. We watched a video and did a quiz.',
  oldReflective: 'I felt confident after the course. It went well because I practised the signs every day. I have learned to sign in small steps and I will teach the group a sign a week.',
  impact: 'Because I now stay calm, lower my voice and give M time, she settled within ten minutes instead of leaving the room. I learned that my tone matters more than what I say. Next time I will agree a calm-down card with her.',
  gibbs: 'What happened: supported K in maths with the new timetable.\nHow I felt: nervous at first.\nWhat went well: he stayed on task for 40 minutes.\nWhy: the pictures showed him what came next.\nWhat I learned: K needs to see the whole morning.\nAction plan: next time I will make a timetable for the afternoon too.',
  network: 'Went to the numeracy network. Lots of people there from other colleges.',
  makaton: 'Did the Makaton course. Learned some signs.',
} as const;

const sheet = (name: string, rows: RawSheet['rows']): RawSheet => ({ name, firstRow: 1, firstColumn: 1, rows });

/** The staff table: Last observation recorded for some (a date before the window for Cara, a dateless Yes for Dev). */
export function staffSheet(): RawSheet {
  return sheet('Staff', [
    ['Staff ID', 'Name', 'Job title', 'LSA level', 'Last observation', 'CPD hours'],
    ['S1', 'Amy Shah', 'LSA', 2, '15/10/2025', null],
    ['S2', 'Ben Ortiz', 'LSA', 2, null, null],
    ['S3', 'Cara Doyle', 'LSA', 3, '01/05/2025', null],
    ['S4', 'Dev Patel', 'LSA', 2, 'Yes', null],
    ['S5', 'Eve Long', 'LSA', 2, null, null],
    ['S6', 'Finn Reid', 'Senior LSA', 3, '20/02/2026', null],
    ['S7', 'Gus Hart', 'LSA', 1, null, null],
  ]);
}

/** The CPD log, with or without its Reflection and Impact columns. */
export function cpdSheet(withReflection = true): RawSheet {
  const rows: RawSheet['rows'] = [
    ['Staff ID', 'Date', 'Activity', 'Hours', 'Type', 'Reflection', 'Impact'],
    ['S1', '10/01/2026', 'Visual timetables workshop', 3, 'Training', TEXTS.reflective, null],
    ['S1', '01/03/2026', 'Safeguarding refresher', 2, 'Mandatory', TEXTS.complianceReflective, null],
    ['S2', '05/02/2026', 'Shadowing the speech and language therapist', 2, 'Shadowing', TEXTS.partly, null],
    ['S3', '20/04/2026', 'Autism awareness course', 3, 'Training', TEXTS.descriptive, null],
    ['S4', '11/05/2026', 'Numeracy network meeting', 2, 'Network', null, null],
    ['S5', '01/06/2025', 'Makaton level 1', 6, 'Training', TEXTS.oldReflective, null],
    ['S6', '15/06/2026', 'De-escalation training', 3, 'Training', null, TEXTS.impact],
    ['S7', '01/07/2026', 'E-learning: dyslexia awareness', 2, 'E-learning', 'n/a', '-'],
    ['S3', null, 'Team meeting', 1, 'Other', null, null],
  ];
  return sheet('CPD log', withReflection ? rows : rows.map((r) => r.slice(0, 5)));
}

/** The Reflective log: a Gibbs entry with headings, a descriptive one, a blank entry, one joined by name. */
export function reflectiveLogSheet(): RawSheet {
  return sheet('Reflective log', [
    ['Staff ID', 'Name', 'Date', 'Entry', 'CPD activity'],
    ['S1', 'Amy Shah', '12/01/2026', TEXTS.gibbs, 'Visual timetables workshop'],
    ['S4', 'Dev Patel', '12/05/2026', TEXTS.network, 'Numeracy network meeting'],
    ['S2', 'Ben Ortiz', '06/02/2026', null, null],
    [null, 'Eve Long', '02/06/2025', TEXTS.makaton, 'Makaton level 1'],
  ]);
}

/** The Observations sheet: done, not yet due, overdue, no action, overdue on the day, old and overdue, done "Yes", unreadable, unknown. */
export function observationsSheet(): RawSheet {
  return sheet('Observations', [
    ['Staff ID', 'Date', 'Observer', 'Outcome', 'Follow-up action', 'Follow-up done'],
    ['S1', '10/03/2026', 'J. Mills', 'Good', 'Shadow the speech and language therapist', '20/04/2026'],
    ['S2', '05/06/2026', 'J. Mills', 'Requires improvement', 'Use visual timetables with learner K', null],
    ['S3', '12/01/2026', 'P. Grant', 'Good', 'Attend the autism awareness session', null],
    ['S4', '01/02/2026', 'P. Grant', 'Outstanding', 'n/a', null],
    ['S5', '01/06/2026', 'J. Mills', 'Good', 'Practise de-escalation with the team leader', 'No'],
    ['S6', '15/08/2025', 'P. Grant', 'Good', 'Read chapter 6 of the SEND code of practice', null],
    ['S6', '20/02/2026', 'J. Mills', 'Good', 'Plan a numeracy game for group B', 'Yes'],
    ['S2', 'soon', 'J. Mills', null, null, null],
    ['S9', '01/03/2026', 'J. Mills', 'Good', 'Model questioning', null],
  ]);
}

/**
 * The team's workbook; `without` leaves out the new sheets, or the CPD log's Reflection and Impact columns.
 * @example reflectiveTeam({ without: ['observations'] }).sheets.map((s) => s.name) // ['Staff', 'CPD log', 'Reflective log']
 */
export function reflectiveTeam(options: { without?: ('observations' | 'reflective' | 'cpdReflection')[] } = {}): RawWorkbook {
  const without = new Set(options.without ?? []);
  return {
    sheets: [
      staffSheet(),
      cpdSheet(!without.has('cpdReflection')),
      ...(without.has('reflective') ? [] : [reflectiveLogSheet()]),
      ...(without.has('observations') ? [] : [observationsSheet()]),
    ],
  };
}
