// SPEC 9.1 (cross-sheet property) and issue 18 items 1 and 12: for any team, nobody is told to gain a qualification, unit
// or certificate they hold, and the Qualifications sheet's certificate status agrees with the training needs.
import fc from 'fast-check';
import { auditToSheets } from '../../../src/core/auditToSheets';
import type { CellValue } from '../../../src/core/cells/cellValue';
import { NOS_CATALOGUE } from '../../../src/core/nos/nosCatalogue';
import type { CriterionCode } from '../../../src/core/criterion';
import { QCF_UNITS } from '../../../src/core/qualifications/qcfUnits';
import { teacherTrainingHeld } from '../../../src/core/qualifications/teacherTraining';
import { criterionActivity } from '../../../src/core/training/criterionActivity';
import { AB, auditRows } from '../_fixtures/auditRows';

const GENERIC = 'Level 3 Certificate in Learning Support';
const LLN = 'Level 3 Certificate in Learning Support (literacy, language and numeracy)';
const QUALIFICATIONS = [
  GENERIC, LLN, `${GENERIC} (in progress)`, `Working towards ${LLN}`, 'PTLLS', 'Level 3 Award in Education and Training', 'CTLLS',
  'Level 4 Certificate in Education and Training', 'DTLLS', 'Level 5 Diploma in Education and Training', 'PGCE', 'Cert Ed', 'QTLS',
  'Working towards DTLLS', 'Level 2 Award in Learning Support', 'NVQ 2 Supporting Teaching and Learning', 'Foundation Degree in Inclusive Practice',
  'Certificate in First Line Management', 'BA (Hons) Inclusive Practice', 'MA Inclusive Practice', 'HLTA status', 'BSL Level 2', 'GCSE English',
];
const UNITS = [...QCF_UNITS.map((u) => u.title), 'Approaches to learning (in progress)', 'Preparing to support learning (Level 2)'];
const SPECIALISMS = ['Autism', 'ESOL', 'Numeracy', 'Dyslexia', 'D/deaf', 'SLCN', 'Literacy', 'Mental health'];
const ASPIRATIONS = [
  null, 'Stay', 'Not sure yet', 'Teaching', 'Train to teach', 'Become a senior LSA', 'More responsibility', 'Get my Level 3 certificate',
  'Support tutor', 'Trainer in work-based learning', 'Specialist support tutor', 'Management', 'Learning support co-ordinator',
  'Supported employment job coach', 'Teaching assistant in a school', 'Research', 'Specialise in autism',
];
const SKILLS = ['Entry 3', 'Level 1', 'Level 2', 'Level 3', null];
const HEADER = ['Name', 'LSA level', 'Specialisms', 'Qualifications', 'QCF units', 'Career aspiration', 'English', 'Maths', ...AB];

const some = (pool: readonly string[], max: number) => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: max }).map((xs) => (xs.length ? xs.join('; ') : null));
const person = fc.tuple(
  fc.integer({ min: 1, max: 4 }), some(SPECIALISMS, 2), some(QUALIFICATIONS, 3), some(UNITS, 6), fc.constantFrom(...ASPIRATIONS),
  fc.constantFrom(...SKILLS), fc.constantFrom(...SKILLS), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: AB.length, maxLength: AB.length }),
);
const team = fc.array(person, { minLength: 1, maxLength: 6 });

// A teacher-training rung and the words that name it in a suggestion (today's name; the old one only as "formerly").
const RUNG_NAMES: [number, RegExp][] = [
  [3, /Level 3 Award in Education and Training|(?<!formerly )\bPTLLS\b/],
  [4, /Level 4 Certificate in Education and Training|Level 4 Certificate or|(?<!formerly |and )\bCTLLS\b/],
  [5, /Level 5 Diploma in Education and Training|(?<!formerly |and )\bDTLLS\b/],
  [8, /QTLS \(/],
];

function holdsUnit(held: readonly string[], unitId: string): boolean {
  return held.includes(unitId) || QCF_UNITS.some((u) => u.contextualises === unitId && held.includes(u.id));
}

describe('nothing held is suggested again; the Qualifications sheet agrees with the needs (SPEC 9.1)', () => {
  test('for any team', () => {
    fc.assert(
      fc.property(team, (people) => {
        const rows: CellValue[][] = people.map(([level, specialisms, quals, units, aspiration, english, maths, ratings], i) => [
          `Person ${i + 1}`, level, specialisms, quals, units, aspiration, english, maths, ...ratings,
        ]);
        const audit = auditRows(HEADER, rows);
        const sheets = auditToSheets(audit, { runAt: 'fixed', catalogue: NOS_CATALOGUE });
        const quals = sheets.find((s) => s.name === 'Qualifications')!;
        const col = (h: string) => quals.headers.indexOf(h);

        audit.staff.forEach(({ member, qualifications: q, needs }, i) => {
          const sheetRow = quals.rows[i];
          expect(sheetRow[1]).toBe(member.name);
          const generic = String(sheetRow[col('L3 Certificate')]);
          const lln = String(sheetRow[col('L3 Certificate (LLN)')]);
          const said = needs.map((n) => `${n.need} | ${n.suggestedActivity}`);

          // Units held (listed, or the mandatory units of a certificate named as held) are never suggested.
          for (const n of needs) {
            if (n.category !== 'NOS gap' || n.criterion === null || !n.suggestedActivity.startsWith('QCF unit:')) continue;
            const unitId = criterionActivity(n.criterion.split(', ')[0] as CriterionCode).unitId!;
            expect({ person: member.name, unit: unitId, held: holdsUnit(q.heldUnits, unitId) }).toEqual({ person: member.name, unit: unitId, held: false });
          }
          if (q.heldUnits.includes('mentoring')) expect(said.join('\n')).not.toMatch(/QCF unit: Preparing for the mentoring role/);

          // A certificate named as held is Achieved on the sheet, whatever units are listed (SPEC 9.1).
          if (member.qualifications.includes(GENERIC)) expect(generic).toBe('Achieved');
          if (member.qualifications.includes(LLN)) expect(lln).toBe('Achieved');
          // A certificate the sheet shows as Achieved is never a need; one the sheet shows in progress agrees on credits.
          const qualificationNeeds = needs.filter((n) => n.category === 'Qualification').map((n) => `${n.need} | ${n.suggestedActivity}`);
          if (generic === 'Achieved') {
            for (const t of qualificationNeeds) expect(t).not.toMatch(/Level 3 Certificate in Learning Support(?! \(literacy)|Level 2 Award/);
          }
          if (lln === 'Achieved') for (const t of qualificationNeeds) expect(t).not.toMatch(/literacy, language and numeracy/);
          for (const t of qualificationNeeds) {
            const g = /Complete the Level 3 Certificate in Learning Support \((\d+) of 30 credits/.exec(t);
            if (g) expect(generic.startsWith(`In progress: ${g[1]} of 30 credits`)).toBe(true);
            const l = /Complete the LLN certificate .*\((\d+) of 36 credits/.exec(t);
            if (l) expect(lln.startsWith(`In progress: ${l[1]} of 36 credits`)).toBe(true);
          }
          // An LLN certificate need only for someone the sheet shows the LLN certificate for.
          if (qualificationNeeds.some((t) => /literacy, language and numeracy|LLN certificate/.test(t))) expect(lln).not.toBe('');

          // Teacher training: no rung at or below the highest held is suggested.
          const teacher = teacherTrainingHeld(member.qualifications);
          const career = needs.filter((n) => n.category === 'Career').map((n) => `${n.need} | ${n.suggestedActivity}`).join('\n');
          for (const [level, names] of RUNG_NAMES) if (teacher !== null && teacher.level >= level) expect(career).not.toMatch(names);
        });

        // The Workforce Profile's in-progress count is the people the Qualifications sheet shows something in progress for.
        const inProgress = audit.workforce.find((w) => w.section === 'Qualifications in progress')!.count;
        expect(inProgress).toBe(quals.rows.filter((r) => String(r[col('In progress')] ?? '') !== '').length);
        // Its highest-qualification counts are the Qualifications sheet's Highest level column, bucketed.
        const highest = quals.rows.map((r) => Number(r[col('Highest level')] ?? 0));
        const profileCount = (measure: string) => audit.workforce.find((w) => w.section === 'Highest learning-support qualification' && w.measure === measure)?.count ?? 0;
        expect([profileCount('None'), profileCount('Level 2'), profileCount('Level 3'), profileCount('Level 4 or above')])
          .toEqual([highest.filter((l) => l === 0).length, highest.filter((l) => l === 2).length, highest.filter((l) => l === 3).length, highest.filter((l) => l >= 4).length]);
        // The Team Training Plan plans a certificate only for the people whose needs name it.
        for (const group of audit.sharedNeeds) {
          if (!/Certificate in Learning Support/.test(group.need)) continue;
          for (const name of group.staff) {
            const s = audit.staff.find((x) => x.member.name === name || x.member.id === name)!;
            expect(s.needs.some((n) => n.category === group.category && n.need.startsWith(group.need))).toBe(true);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});
