import type { Audit, StaffAudit } from '../audit';
import { excelDate } from './excelDate';
import { DATE_FORMAT, type CellStyle, type OutputSheet, type OutputValue } from './outputSheet';
import { plainText } from './presentSheets';
import { cachedWrappedLines, LINE_POINTS } from './rowLines';
import { needCells, PLAN_WIDTHS, type NeedCells } from './needCells';
import { laterRows, needRows, type PersonNeeds } from './planNeedRows';
import { budgetText, careerText, contractText, laterText, qualificationsText } from './planTexts';
import { gapList } from './_lib/gapTexts';
import { pageLines, PagedSheets, type FormLine, type LineGroup, type PagedLines, type PagedSheet } from './_lib/pagedLines';

export const PERSONAL_PLANS = 'Personal Plans';
/** Excel keeps at most 1,026 manual page breaks a sheet; past that the plans continue on "(part 2)". */
export const EXCEL_MAX_PAGE_BREAKS = 1_026;
// A4 portrait is 842 pt tall; narrow margins leave 734 pt. Planned to 690 so a line LibreOffice draws a little taller
// than Excel never pushes a person's last line onto a page of its own.
const PAGE_POINTS = 690;
// Five columns of 98 characters: A4 portrait at 100% holds about 100 with narrow margins, so the text prints full size.
const WIDTHS = PLAN_WIDTHS;
// Every column wraps, so every cell reads from the top of its line.
const WRAP = [0, 1, 2, 3, 4];

const TITLE: CellStyle = { bold: true, fill: 'DDEBF7' };
const SECTION: CellStyle = { bold: true, fill: 'F2F2F2' };
const BOLD: CellStyle = { bold: true };
const DATE: CellStyle = { numberFormat: DATE_FORMAT };
// Lines to write on, short enough not to wrap in their columns.
const SIGN = '________________________';
const DATE_LINE = 'Date ____________';

const line = (values: OutputValue[], styles?: readonly (CellStyle | undefined)[]): FormLine => ({ values, styles });
// Styles by column are shared by the lines that look alike (about 50 lines a person).
const ACROSS = new Map([TITLE, SECTION].map((style) => [style, WIDTHS.map(() => style)]));
/** A title or section line: its text, then blank cells to the last column, all in its style. */
const across = (values: OutputValue[], style: CellStyle): FormLine => {
  while (values.length < WIDTHS.length) values.push(null);
  return line(values, ACROSS.get(style) ?? WIDTHS.map(() => style));
};
const factStyles = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? BOLD : undefined));
const FACT_STYLES = Array.from({ length: 7 }, (_, n) => factStyles(n));
/** Label and value pairs: labels in bold. */
const facts = (...cells: OutputValue[]): FormLine => line(cells, FACT_STYLES[cells.length] ?? factStyles(cells.length));
const tableHeader = (...titles: OutputValue[]): FormLine => line(titles, titles.map(() => BOLD));
// Shared by every block: the writers copy a row's values, never change them.
const NEED_HEADER = tableHeader('Need', 'Activity', 'Peer support', 'Hours', 'Barrier');
// What waits is a list, not yet a plan: who supports it and what stands in the way are settled when it is planned.
const LATER_HEADER = tableHeader('Need', 'Activity', null, 'Hours');
const PDP_HEADER = tableHeader('Objective', 'Advice', 'Review date', null, 'SMART score');
// Lines every plan has, made once.
const QUALIFICATIONS_TITLE = across(['Qualifications and career'], SECTION);
const PDP_TITLE = across(['PDP objectives'], SECTION);
const NO_NEEDS = line(['Nothing planned this year.']);
const NO_LATER = line(['']);
const NO_PDP = line(['No PDP objectives recorded: agree them at the appraisal.']);
const SIGN_OFF: LineGroup = {
  gap: true,
  lines: [
    across(['Agreed at the appraisal'], SECTION), line([]),
    facts('Signed (LSA)', SIGN, DATE_LINE), line([]),
    facts('Signed (manager)', SIGN, DATE_LINE), line([]),
    facts('Review date', SIGN),
  ],
};

/** A table: its heading and column titles stay with its first row; a row that starts a page gets the titles again. */
function table(heading: FormLine, header: FormLine, rows: readonly FormLine[], none: FormLine): LineGroup[] {
  if (rows.length === 0) return [{ gap: true, lines: [heading, none] }];
  return [{ gap: true, lines: [heading, header, rows[0]], rows: { lines: rows, from: 1, header: [header] } }];
}

function qualificationLines({ member, qualifications: q }: StaffAudit): FormLine[] {
  const out = [facts('Qualifications', qualificationsText(q)), facts('L3 Certificate', plainText(q.l3Certificate.text))];
  // The LLN certificate is for those who support literacy, language or numeracy, or who hold it (SPEC 9.1).
  if (q.llnCertificate.state === 'Achieved' || member.specialisms.some((s) => /literacy|language|numeracy/i.test(s))) out.push(facts('L3 Certificate (LLN)', plainText(q.llnCertificate.text)));
  if (q.inProgress.length > 0) out.push(facts('In progress', q.inProgress.map((x) => x.title).join('; ')));
  return out;
}

function careerLine({ member, needs }: StaffAudit): FormLine {
  const step = needs.find((n) => n.category === 'Career');
  if (step) return facts('Career step', careerText(step.need, step.suggestedActivity));
  return facts('Career step', member.aspirationText ? `No step suggested (aspiration: ${member.aspirationText})` : 'No aspiration recorded: ask at the appraisal');
}

function pdpRows({ pdp }: StaffAudit): FormLine[] {
  return pdp.map(({ objective, result }) => {
    const review = objective.reviewDate === null ? null : excelDate(objective.reviewDate);
    return line([objective.objective, plainText(result.advice), review, null, `${result.score} of 5`], [undefined, undefined, review === null ? undefined : DATE]);
  });
}

// The user's own text (names, job titles, objectives, qualification titles) is written as typed (SPEC 4.2); the
// product's own (needs, activities, advice) names documents by title and dates as dd/mm/yyyy, as presentSheets does.

/** One person's plan laid out on pages of its own, their name repeated on a page it continues onto. */
function personBlock(person: StaffAudit, pagePoints: number, cells: NeedCells, first: number, into: PagedLines): PagedLines {
  const { member, skills, needs } = person;
  const thisYear: PersonNeeds = { needs, which: [], first, cells };
  const later: PersonNeeds = { needs, which: [], first, cells };
  for (let i = 0; i < needs.length; i++) (needs[i].plan === 'Later' ? later : thisYear).which.push(i);
  const staffId = `Staff ID ${member.id}`;
  const groups: LineGroup[] = [
    {
      lines: [
        across([member.name, staffId, null, null, 'Personal plan'], TITLE),
        facts('Job title', member.jobTitle ?? 'Not recorded', 'LSA level', member.level ?? 'Not recorded'),
        facts('Contract and hours', contractText(person), 'Coverage %', skills.coverage),
        facts('Priority gaps', gapList(skills.priorityGaps) || 'None', 'Gap score', skills.gapScore),
        facts('Strengths', skills.strengths.join(', ') || 'None yet'),
      ],
    },
    ...table(across(['This year', budgetText(person, thisYear.which.reduce((sum, i) => sum + needs[i].hours, 0))], SECTION), NEED_HEADER, needRows(thisYear), NO_NEEDS),
  ];
  if (later.which.length > 0) {
    const hours = later.which.reduce((sum, i) => sum + needs[i].hours, 0);
    groups.push(...table(across(['Later', laterText(hours)], SECTION), LATER_HEADER, laterRows(later), NO_LATER));
  }
  groups.push({ gap: true, lines: [QUALIFICATIONS_TITLE, ...qualificationLines(person), careerLine(person)] });
  groups.push(...table(PDP_TITLE, PDP_HEADER, pdpRows(person), NO_PDP), SIGN_OFF);
  const continued = across([`${member.name} (continued)`, staffId, null, null, 'Personal plan'], TITLE);
  return pageLines(groups, continued, heightOf, pagePoints, into);
}

/** A line's height in points, as the writers size its row (rowLines.rowHeight: 15 pt a wrapped line at 11 pt). */
function heightOf(l: FormLine): number {
  let lines = 1;
  for (let c = 0; c < l.values.length; c++) {
    const v = l.values[c];
    if (typeof v !== 'string' || v.length < WIDTHS[c]) continue;
    const n = cachedWrappedLines(v, WIDTHS[c]);
    if (n > lines) lines = n;
  }
  return lines * LINE_POINTS;
}

function partSheet(name: string, { rows, styles, rowBreaks }: PagedSheet): OutputSheet {
  return {
    name,
    preamble: [],
    headers: WIDTHS.map(() => ''),
    rows,
    styles,
    columnWidths: WIDTHS,
    wrapColumns: WRAP,
    form: true,
    print: { landscape: false, fitToWidth: true, rowBreaks },
  };
}

/**
 * Personal Plans (SPEC 9.2): one block per person, each on a new A4 page, for the person and their manager to take to
 * the appraisal: role and contract, coverage and gaps, this year's plan and what waits, qualifications, the career step,
 * PDP objectives with their SMART score, and lines to sign. Past Excel's 1,026 manual page breaks a sheet, the plans
 * continue on "Personal Plans (part 2)" and on.
 * @example personalPlansSheet(audit).map((s) => s.name) // ['Personal Plans']
 */
export function personalPlansSheet(
  audit: Audit, options: { maxBreaks?: number; pagePoints?: number; cells?: NeedCells } = {},
): OutputSheet[] {
  const cells = options.cells ?? needCells(audit);
  const parts = new PagedSheets(options.maxBreaks ?? EXCEL_MAX_PAGE_BREAKS);
  // One block's lines at a time: each is copied to its sheet before the next person's are laid out in the same arrays.
  const block: PagedLines = { lines: [], breaks: [] };
  let first = 0;
  for (let i = 0; i < audit.staff.length; i++) {
    const person = audit.staff[i];
    parts.add(personBlock(person, options.pagePoints ?? PAGE_POINTS, cells, first, block));
    first += person.needs.length;
  }
  return parts.sheets.map((part, i) => partSheet(i === 0 ? PERSONAL_PLANS : `${PERSONAL_PLANS} (part ${i + 1})`, part));
}
