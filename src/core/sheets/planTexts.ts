import type { StaffAudit } from '../audit';
import { memo, memo2 } from '../_lib/memo';
import { plainText } from './presentSheets';

// A personal plan's sentences repeat across a team (a few hundred distinct among 10,000 people): each is made once, by
// its figures, so every plan holding it shares one string, which the writers then measure and look up once.

const contractSentence = memo2((contract: string, hours: number | null): string => (hours === null ? contract : `${contract}, ${hours} hours a week`));
const plannedSentence = memo((hours: number): string => `${hours} guided hours planned`);
const budgetSentence = memo2((planned: number, budget: number) => memo((qualification: number): string => {
  const beside = qualification > 0 ? `; a qualification's ${qualification} guided hours beside the budget` : '';
  return `${planned} of ${budget} development hours planned${beside}`;
}));
const laterSentence = memo((hours: number): string => `${hours} guided hours wait until the budget allows`);
const qualificationsSentence = memo2((level: number | null, credits: number) => memo((size: string): string => {
  const held = level === null ? 'No learning-support qualification held' : `Highest learning-support qualification: Level ${level}`;
  return `${held}; ${credits} QCF credits${size === 'None' ? '' : ` (${size})`}`;
}));
const careerSentence = memo2((need: string, activity: string) => plainText(`${need}: ${activity}`) as string);

/**
 * The person's contract and weekly hours.
 * @example contractText({ member: { contractText: 'Permanent', contract: null, hoursPerWeek: 30 } } as never) // 'Permanent, 30 hours a week'
 */
export function contractText({ member }: Pick<StaffAudit, 'member'>): string {
  return contractSentence(member.contractText ?? member.contract ?? 'Contract not recorded', member.hoursPerWeek);
}

/**
 * This year's hours against the development budget (SPEC 9.2), or the guided hours planned where there is none.
 * @example budgetText({ developmentBudget: { plannedHours: 6, budgetHours: 24, qualificationHours: 0 } } as never, 6) // '6 of 24 development hours planned'
 */
export function budgetText({ developmentBudget: budget }: Pick<StaffAudit, 'developmentBudget'>, plannedHours: number): string {
  return budget ? budgetSentence(budget.plannedHours, budget.budgetHours)(budget.qualificationHours) : plannedSentence(plannedHours);
}

/**
 * What waits until later, in guided hours.
 * @example laterText(30) // '30 guided hours wait until the budget allows'
 */
export function laterText(hours: number): string {
  return laterSentence(hours);
}

/**
 * The highest learning-support qualification held and the QCF credits.
 * @example qualificationsText({ highestLevel: 3, credits: 40, size: 'Certificate' } as never) // 'Highest learning-support qualification: Level 3; 40 QCF credits (Certificate)'
 */
export function qualificationsText(q: Pick<StaffAudit['qualifications'], 'highestLevel' | 'credits' | 'size'>): string {
  return qualificationsSentence(q.highestLevel, q.credits)(q.size);
}

/**
 * A career step as the plan names it: the need and its activity, made plain (plainText).
 * @example careerText('Career: prepare for a senior LSA role', 'Shadow a senior LSA') // 'Career: prepare for a senior LSA role: Shadow a senior LSA'
 */
export function careerText(need: string, activity: string): string {
  return careerSentence(need, activity);
}
