// Issue 18 item 1 (SPEC 9.1 "Certificates named as held"): the audit never tells a certificate holder to get it.
import { auditToSheets } from '../../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import { AB, auditRows } from '../_fixtures/auditRows';

const HEADER = ['Name', 'LSA level', 'Specialisms', 'Qualifications', 'QCF units', 'Career aspiration', 'English', 'Maths', ...AB];
const LLN_CERT = 'Level 3 Certificate in Learning Support (literacy, language and numeracy)';
const GENERIC_CERT = 'Level 3 Certificate in Learning Support';
const GENERIC_MANDATORY = 'Preparing to support learning; Learning support in the lifelong learning context; Learning support principles; Approaches to learning';

// The sample's shapes: each person as the manager recorded them.
const rows = [
  ['Megan Harris', 3, 'Dyslexia; ESOL', LLN_CERT, 'Knowledge and understanding for supporting literacy and language', 'Specialist dyslexia assessor', 'Level 3', 'Level 2'],
  ['Priya Patel', 3, 'ASC; BSL', `BSL Level 3; ${GENERIC_CERT}`, null, 'Stay as a specialist BSL communicator', 'Level 3', 'Level 2'],
  ['Olivia Brown', 3, 'Visual impairment', GENERIC_CERT, 'Providing learners with personal care support; Inclusive approaches to providing information', 'Specialist in sight loss', 'Level 3', 'Entry 3'],
  ['James OConnor', 3, 'Dyslexia/SpLD', GENERIC_CERT, `${GENERIC_MANDATORY}; Managing behaviours in the learning environment; Using ICT to support learning`, 'Train to teach (PGCE)', 'Level 2', 'Level 2'],
  ['Mohammed Hussain', 3, 'Mental health', `${GENERIC_CERT} (in progress)`, 'Preparing to support learning; Learning support principles', 'Specialise in mental health support', 'Level 2', 'Level 2'],
  ['Tom Williams', 2, 'Numeracy', 'Level 2 Award in Supporting Teaching and Learning', 'Preparing to support learning', 'Stay in current role', 'Level 2', 'Level 2'],
  ['Sophie Martin', 2, 'Work experience', 'Working towards NVQ 3 Supporting Teaching and Learning', null, 'Supported employment job coach', 'Level 2', 'Level 2'],
].map((r) => [...r, ...AB.map(() => 3)]);

// The sample's Practice log rows for Megan Harris: short of the LLN certificate's rules, which she has met by holding it.
const practiceLog = {
  name: 'Practice log', firstRow: 1, firstColumn: 1,
  rows: [['Staff', 'Date', 'Hours', 'Subject', 'Observed', 'Observation minutes'], ['Megan Harris', '10/11/2025', 18, 'Literacy', 'Yes', 60], ['Megan Harris', '12/01/2026', 8, 'Numeracy', 'Yes', 50]],
};

function audited() {
  const audit = auditRows(HEADER, rows, [practiceLog]);
  const sheets = auditToSheets(audit, { runAt: 'fixed', catalogue: NOS_CATALOGUE });
  const quals = sheets.find((s) => s.name === 'Qualifications')!;
  const col = (h: string) => quals.headers.indexOf(h);
  const cell = (name: string, h: string) => quals.rows.find((r) => r[1] === name)![col(h)];
  const person = (name: string) => audit.staff.find((s) => s.member.name === name)!;
  const plan = sheets.find((s) => s.name === 'Team Training Plan')!;
  return { audit, cell, person, plan };
}

describe('a Level 3 Certificate named in the qualifications column, not in progress, is Achieved', () => {
  const { audit, cell, person, plan } = audited();

  test('Megan Harris holds the LLN certificate by name: Achieved, and nobody tells her to complete it', () => {
    const megan = person('Megan Harris');
    expect(megan.qualifications.llnCertificate.state).toBe('Achieved');
    expect(cell('Megan Harris', 'L3 Certificate (LLN)')).toBe('Achieved');
    expect(megan.needs.filter((n) => n.category === 'Qualification')).toEqual([]);
    // Its units still count for credits.
    expect(megan.qualifications.credits).toBe(6);
  });

  test('holding the LLN certificate does not make the generic achieved, and raises no need to take it', () => {
    const megan = person('Megan Harris');
    expect(megan.qualifications.l3Certificate.state).not.toBe('Achieved');
    expect(megan.needs.some((n) => /Certificate in Learning Support/.test(n.need + n.suggestedActivity) && n.category === 'Qualification')).toBe(false);
  });

  test.each(['Priya Patel', 'Olivia Brown', 'James OConnor'])('%s holds the generic certificate by name: Achieved, no certificate need', (name) => {
    expect(person(name).qualifications.l3Certificate.state).toBe('Achieved');
    expect(cell(name, 'L3 Certificate')).toBe('Achieved');
    expect(person(name).needs.filter((n) => n.category === 'Qualification')).toEqual([]);
  });

  test('Olivia Brown keeps her units\' credits, and is not chased for practice towards a certificate she holds', () => {
    expect(person('Olivia Brown').qualifications.credits).toBe(4);
    expect(cell('Olivia Brown', 'Practice')).toBeNull();
  });

  test('Megan Harris\'s Practice cell does not ask for practice towards the certificate she holds', () => {
    expect(person('Megan Harris').practice).toMatch(/at least 10 are needed/); // the log, checked as logged
    expect(cell('Megan Harris', 'Practice')).toBe('Not needed: the certificate is held');
  });

  test('a named certificate\'s mandatory units are not suggested again for a NOS gap', () => {
    const held = person('Priya Patel').qualifications.heldUnits;
    expect(held).toEqual(expect.arrayContaining(['preparing', 'context', 'principles', 'approaches']));
  });

  test('a unit shared by both certificates does not put a non-LLN specialist "in progress" with the LLN certificate', () => {
    expect(person('James OConnor').qualifications.llnCertificate.state).toBe('Not started');
    expect(person('Tom Williams').qualifications.llnCertificate.state).toBe('Not started');
  });

  test('the L3 Certificate (LLN) cell is shown only for LLN specialists and holders of LLN units', () => {
    expect(cell('James OConnor', 'L3 Certificate (LLN)')).toBe('');
    expect(cell('Olivia Brown', 'L3 Certificate (LLN)')).toBe('');
    expect(cell('Tom Williams', 'L3 Certificate (LLN)')).toBe('Not started'); // a numeracy specialist
  });

  test('a certificate written as in progress is still in progress', () => {
    const m = person('Mohammed Hussain');
    expect(m.qualifications.l3Certificate.state).toBe('In progress');
    expect(cell('Mohammed Hussain', 'In progress')).toBe('Level 3 Certificate in Learning Support');
  });

  test('the Workforce Profile counts the people whose qualifications are recorded as in progress, not part-way units', () => {
    const row = audit.workforce.find((w) => w.section === 'Qualifications in progress')!;
    // Mohammed Hussain and Sophie Martin; not Tom Williams (one unit towards the certificate is certificate progress).
    expect(row.count).toBe(2);
  });

  test('the Team Training Plan plans no certificate for its holders', () => {
    const needCol = plan.headers.indexOf('Need');
    const staffCol = plan.headers.indexOf('Staff');
    const certificateGroups = plan.rows.filter((r) => /Certificate in Learning Support/.test(String(r[needCol])));
    for (const g of certificateGroups) expect(String(g[staffCol])).not.toMatch(/Megan|Priya|Olivia|James/);
  });
});
