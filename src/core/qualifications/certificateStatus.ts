import { matchUnit, type MatchedUnit } from './matchUnit';
import { qcfPathwayUnits } from './qcfUnits';
import type { CertificateStatus } from './qualificationProfile';
import type { PersonalSkillLevel } from '../staffMember';

export type CertificatePathway = 'generic' | 'lln';

/** Personal skills for the LLN entry requirement: a level, or true/false for "Level 2 or above". */
export type EntrySkill = PersonalSkillLevel | boolean | null | undefined;

export interface CertificateOptions {
  english?: EntrySkill;
  maths?: EntrySkill;
}

// LLUK LSP qualifications: generic 24 mandatory + 6 or 12 optional credits, at most 12 at Level 2;
// LLN 36 mandatory credits, no optional units, at most 6 at Level 2.
const RULES = {
  generic: { required: 30, optionalMin: 6, optionalMax: 12, level2Max: 12 },
  lln: { required: 36, optionalMin: 0, optionalMax: 0, level2Max: 6 },
} as const;

const BELOW_LEVEL_2: readonly string[] = ['Entry 1', 'Entry 2', 'Entry 3', 'Level 1'];

// Only a recorded level below 2 fails the entry requirement: anyone holding the units got onto the course.
const entryMissing = (skill: EntrySkill): boolean => skill === false || (typeof skill === 'string' && BELOW_LEVEL_2.includes(skill));

function heldUnits(units: readonly (string | MatchedUnit)[]): Map<string, MatchedUnit> {
  const held = new Map<string, MatchedUnit>();
  for (const u of units) {
    const unit = typeof u === 'string' ? matchUnit(u) : u;
    const before = unit && held.get(unit.id);
    if (unit && (!before || unit.level > before.level)) held.set(unit.id, unit);
  }
  return held;
}

const NOT_STARTED = new Map<CertificatePathway, CertificateStatus>();
function notStarted(pathway: CertificatePathway): CertificateStatus {
  let status = NOT_STARTED.get(pathway);
  if (status === undefined) {
    const missingMandatory = Object.freeze(qcfPathwayUnits(pathway, 'mandatory').map((m) => m.title)) as string[];
    status = Object.freeze({ pathway, creditsRequired: RULES[pathway].required, missingMandatory, state: 'Not started', creditsCounted: 0, text: 'Not started' } as const);
    NOT_STARTED.set(pathway, status);
  }
  return status;
}

/**
 * Status of one Level 3 Certificate in Learning Support pathway (SPEC 3.5, LLUK LSP qualifications). Level 2 cap: mandatory
 * units are counted first, then optional units at Level 3, then Level 2 optional units; Level 2 credits beyond
 * the cap are not counted (they neither add credit value nor make up the 6 optional credits).
 * @example certificateStatus(['Approaches to learning'], 'generic').text // 'In progress: 6 of 30 credits, missing ...'
 */
export function certificateStatus(
  units: readonly (string | MatchedUnit)[],
  pathway: CertificatePathway,
  opts: CertificateOptions = {},
): CertificateStatus {
  if (units.length === 0) return notStarted(pathway);
  // Staff working towards a certificate hold the same few units: the status of matched units (in the order given,
  // which can decide ties) and the entry skills is worked out once and shared, frozen.
  // Keyed by the units themselves, one level of a tree per unit, so no key string is built per person.
  let node = pathway === 'lln' ? LLN_ROOTS[(entryMissing(opts.english) ? 2 : 0) + (entryMissing(opts.maths) ? 1 : 0)] : GENERIC_ROOT;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    // Only matchUnit's own frozen units are shared keys: a hand-made unit may carry other credits.
    if (typeof u === 'string' || !Object.isFrozen(u)) return statusOf(units, pathway, opts);
    let child = node.next?.get(u);
    if (child === undefined) {
      if (statusNodes >= 10_000) return freezeStatus(statusOf(units, pathway, opts));
      statusNodes++;
      (node.next ??= new Map()).set(u, (child = {}));
    }
    node = child;
  }
  return (node.status ??= freezeStatus(statusOf(units, pathway, opts)));
}

/** The status reached by one sequence of units, and the sequences that go on from it. */
interface StatusNode {
  status?: CertificateStatus;
  next?: Map<MatchedUnit, StatusNode>;
}
const GENERIC_ROOT: StatusNode = {};
// By the LLN entry skills: English missing (2) plus maths missing (1).
const LLN_ROOTS: StatusNode[] = [{}, {}, {}, {}];
let statusNodes = 0;
function freezeStatus(status: CertificateStatus): CertificateStatus {
  Object.freeze(status.missingMandatory);
  return Object.freeze(status);
}

function statusOf(
  units: readonly (string | MatchedUnit)[],
  pathway: CertificatePathway,
  opts: CertificateOptions,
): CertificateStatus {
  const rule = RULES[pathway];
  const mandatory = qcfPathwayUnits(pathway, 'mandatory');
  const heldMap = heldUnits(units);
  // Most staff hold no unit: they all share one frozen "Not started" status per pathway.
  if (heldMap.size === 0) return notStarted(pathway);
  const held = [...heldMap.values()];
  let level2Room = rule.level2Max;
  const countable = (u: MatchedUnit, credits: number, room: number): number => {
    const n = Math.min(credits, room, u.level <= 2 ? level2Room : Infinity);
    if (u.level <= 2) level2Room -= n;
    return n;
  };

  // LLUK LSP qualifications: the LLN pathway's contextualised units are versions of the generic mandatory units, so they
  // satisfy them; a generic unit does not satisfy its LLN version.
  const missingMandatory: string[] = [];
  let mandatoryCredits = 0;
  let mandatoryLost = 0;
  for (const m of mandatory) {
    const unit = held.find((u) => u.id === m.id || (pathway === 'generic' && u.contextualises === m.id));
    const n = unit ? countable(unit, m.credits, Infinity) : 0;
    if (!unit) missingMandatory.push(m.title);
    mandatoryCredits += n;
    mandatoryLost += unit ? m.credits - n : 0;
  }
  const optional = held
    .filter((u) => u[pathway] === 'optional')
    .sort((a, b) => b.level - a.level || b.credits - a.credits);
  let optionalCredits = 0;
  for (const u of optional) optionalCredits += countable(u, u.credits, rule.optionalMax - optionalCredits);

  const base = { pathway, creditsRequired: rule.required, missingMandatory };
  // SPEC 9.1: a unit shared by both certificates (Preparing to support learning) starts the generic one only; the LLN
  // certificate is started by one of its own units.
  const startedAny = pathway === 'lln'
    ? held.some((u) => u.generic === null && u.lln !== null)
    : missingMandatory.length < mandatory.length || optional.length > 0;
  if (!startedAny) return notStarted(pathway);

  const missing = [...missingMandatory];
  if (mandatoryLost > 0) missing.push(`${mandatoryLost} credits at Level 3 (at most ${rule.level2Max} may be at Level 2)`);
  const optionalShort = rule.optionalMin - optionalCredits;
  if (optionalShort > 0) missing.push(`${optionalShort} optional credit${optionalShort === 1 ? '' : 's'}`);
  if (pathway === 'lln') {
    // LLUK LSP qualifications: entry requirement of level 2 personal skills in English and mathematics
    const skills = [entryMissing(opts.english) && 'English', entryMissing(opts.maths) && 'maths'].filter(Boolean);
    if (skills.length > 0) missing.push(`Level 2 ${skills.join(' and ')} (entry requirement)`);
  }
  if (missing.length === 0) {
    return { ...base, state: 'Achieved', creditsCounted: mandatoryCredits + optionalCredits, text: 'Achieved' };
  }
  // Progress is shown against the 30 (or 36) needed, so optional credits beyond the minimum are not shown here.
  const progress = mandatoryCredits + Math.min(optionalCredits, rule.optionalMin);
  return {
    ...base,
    state: 'In progress',
    creditsCounted: progress,
    text: `In progress: ${progress} of ${rule.required} credits, missing ${missing.join(', ')}`,
  };
}
