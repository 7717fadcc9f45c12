import type { PersonalSkillLevel, StaffField, StaffMember } from '../staffMember';
import { NEED_HOURS } from './needHours';
import type { NeedRow } from './needRow';

// Steps below Level 2 (SPEC 2.1 personal skills scale).
const BELOW_LEVEL_2: Partial<Record<PersonalSkillLevel, number>> = { 'Entry 1': 4, 'Entry 2': 3, 'Entry 3': 2, 'Level 1': 1 };

// NOS A17 KU17.3: "Ensure own personal skills in English ... mathematics and ICT are appropriate".
// LLUK LSP qualifications: the LLN certificate requires Level 2 English and maths, hence High for LLN specialists.
// SPEC 9.1: with the column mapped, a blank or "nothing" cell is no Level 2 recorded: O6 counts it, so the need is raised,
// its text saying "(not recorded)"; one step of hours is planned until the level is known.
/**
 * Adds the Personal skills needs (English, maths below Level 2) of one person to their rows (SPEC 3.7).
 * @example personalSkillsNeeds(rows, { english: 'Entry 3', maths: 'Level 2' } as StaffMember, true) // rows gains "English to Level 2 (now Entry 3)", High, 60 hours
 */
export function personalSkillsNeeds(rows: NeedRow[], member: StaffMember, high: boolean, mappedFields?: readonly StaffField[]): void {
  personalSkillsNeed(rows, 'English', member.english, 'english', high, mappedFields);
  personalSkillsNeed(rows, 'Maths', member.maths, 'maths', high, mappedFields);
}

// One subject's need, added to the rows (no arrays per person: this runs for everyone).
function personalSkillsNeed(
  rows: NeedRow[], subject: 'English' | 'Maths', level: PersonalSkillLevel | null, field: StaffField, high: boolean, mappedFields?: readonly StaffField[],
): void {
  const notRecorded = level === null && mappedFields !== undefined && mappedFields.includes(field);
  const steps = level ? BELOW_LEVEL_2[level] : notRecorded ? 1 : undefined;
  if (!steps) return;
  rows.push({
    category: 'Personal skills',
    need: PERSONAL_TEXT[subject][level ?? ''] ??= `${subject} to Level 2 (${level === null ? 'not recorded' : `now ${level}`})`,
    criterion: 'A17',
    priority: high ? 'High' : 'Medium',
    // Career pathways 2011 Level 2: "GCSE/basic skills Level 2 in English/Literacy. Maths/Numeracy".
    suggestedActivity: PERSONAL_ACTIVITY[subject],
    hours: steps * NEED_HOURS.personalSkillsPerLevel,
    learningHours: steps * NEED_HOURS.personalSkillsPerLevel,
    timeAway: true,
    // SPEC 9.2: one group per subject and level band (Entry levels, Level 1) in the team plan.
    delivers: PERSONAL_DELIVERS[subject][level === 'Level 1' ? 1 : 0],
  });
}

const PERSONAL_ACTIVITY = {
  English: 'Functional skills or GCSE English at Level 2 (Career pathways 2011; NOS A17 KU17.3)',
  Maths: 'Functional skills or GCSE maths at Level 2 (Career pathways 2011; NOS A17 KU17.3)',
};
const PERSONAL_DELIVERS = {
  English: ['English to Level 2, from Entry level', 'English to Level 2, from Level 1'],
  Maths: ['Maths to Level 2, from Entry level', 'Maths to Level 2, from Level 1'],
};

// One text per subject and level, shared by everyone at that level.
const PERSONAL_TEXT: Record<string, Record<string, string>> = { English: {}, Maths: {} };
