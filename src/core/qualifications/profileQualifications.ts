import type { UnitRecord } from '../auditInput';
import { certificateStatus } from './certificateStatus';
import { certificatesNamed } from './certificatesNamed';
import { isLlnSpecialist } from './isLlnSpecialist';
import { readQualificationText } from './inProgress';
import { highestLearningSupportLevel, qualificationsInProgress, type QualificationInProgress } from './learningSupportQualification';
import { learningHours } from './learningHours';
import { matchUnit, type MatchedUnit } from './matchUnit';
import { qcfPathwayUnits } from './qcfUnits';
import { qcfSize } from './qcfSize';
import { statedSize } from './statedSize';
import type { CertificateStatus, QualificationProfile } from './qualificationProfile';
import type { StaffMember } from '../staffMember';
import { memo } from '../_lib/memo';
import { levelInTitle, splitUnitList, unitKey } from './qcfUnitTitle';

// The same unit lists are pasted on many rows: each cell is split once (frozen, as the list is shared).
const unitTitles = memo((cell: string): readonly string[] => Object.freeze(splitUnitList(cell)));

/**
 * One person's QCF credits, certificate progress and highest learning-support qualification (SPEC 3.5).
 * `units` are that person's Units-sheet rows; their QCF-units column is read too, and a unit listed in both counts once.
 * Catalogue credits and levels win over the record's; a unit not in the catalogue counts its recorded credits
 * (it is still QCF credit) and is listed in unknownUnits.
 * @example profileQualifications(member, [{ staffId: 'S1', title: 'Approaches to learning', credits: 6, level: 3, dateAchieved: null }]).credits // 6
 */
export function profileQualifications(member: StaffMember, units: readonly UnitRecord[]): QualificationProfile {
  // Made on first use: most people list no unknown unit, no assumed level and no unit in progress.
  const held = new Map<string, MatchedUnit>();
  // (Typed with `as`, so the checker does not narrow them to null: the closure below fills them.)
  let unknown = null as Map<string, { title: string; credits: number; level: number | null }> | null;
  let unitsInProgress = null as QualificationInProgress[] | null;
  let assumed = null as Set<string> | null;
  const take = (written: string, credits: number | null, level: number | null): void => {
    if (written.trim() === '') return;
    // A unit written as not yet achieved is not held (SPEC 3.5 v2), and is listed as in progress.
    const { title, inProgress } = readQualificationText(written);
    if (inProgress) return void (unitsInProgress ??= []).push({ title, level, learningSupport: false });
    const unit = matchUnit(title, level);
    if (unit) {
      const before = held.get(unit.id);
      // SPEC 3.5 (v2): a unit offered at two levels with none recorded is taken at the higher, and Audit Issues says so.
      // A level written anywhere (the Units sheet, the title) wins over one assumed for a record that gives none.
      const written = level !== null || levelInTitle(title) !== null;
      const beforeAssumed = assumed !== null && assumed.has(unit.id);
      const better = !before || (written && beforeAssumed) || (written === !beforeAssumed && unit.level > before.level);
      if (better) {
        held.set(unit.id, unit);
        if (unit.levels.length > 1 && !written) (assumed ??= new Set()).add(unit.id);
        else assumed?.delete(unit.id);
      }
      return;
    }
    const key = unitKey(title);
    const before = unknown?.get(key);
    // SPEC 9.1: with no credits recorded, the size the title states (credits, total qualification time or GLH).
    const size = credits ?? statedSize(title) ?? 0;
    if (!before || size > before.credits) (unknown ??= new Map()).set(key, { title: title.trim(), credits: size, level });
  };
  for (let i = 0; i < units.length; i++) take(units[i].title, units[i].credits, units[i].level);
  for (const cell of member.qcfUnits) for (const title of unitTitles(cell)) take(title, null, null);

  const known = held.size === 0 ? NONE : [...held.values()];
  const others = unknown === null ? NO_OTHERS : [...unknown.values()];
  // Summed as two totals, known then others, as before (the order of a floating-point sum can show in the last digit).
  let knownCredits = 0;
  let knownAtLevel2 = 0;
  for (const u of known) {
    knownCredits += u.credits;
    if (u.level === 2) knownAtLevel2 += u.credits;
  }
  let otherCredits = 0;
  let othersAtLevel2 = 0;
  for (const u of others) {
    otherCredits += u.credits;
    if (u.level === 2) othersAtLevel2 += u.credits;
  }
  const credits = knownCredits + otherCredits;
  const creditsAtLevel2 = knownAtLevel2 + othersAtLevel2;

  // SPEC 9.1: a certificate named as held in the qualifications column is Achieved whatever units are listed (the
  // listed units still count for credits); holding the LLN certificate does not make the generic one achieved.
  const named = certificatesNamed(member.qualifications);
  const l3Certificate = named.generic ? ACHIEVED.generic : certificateStatus(known, 'generic');
  const llnCertificate = named.lln ? ACHIEVED.lln : certificateStatus(known, 'lln', { english: member.english, maths: member.maths });
  // A named certificate's mandatory units are held too: none is suggested again (SPEC 3.7, 9.1).
  const heldUnits = known.map((u) => u.id);
  for (const pathway of PATHWAYS) {
    if (!named[pathway]) continue;
    for (const u of qcfPathwayUnits(pathway, 'mandatory')) if (!heldUnits.includes(u.id)) heldUnits.push(u.id);
  }

  const inProgress = qualificationsInProgress(member.qualifications);
  if (unitsInProgress !== null) for (const p of unitsInProgress) inProgress.push(p);
  let highestLevel = highestLearningSupportLevel(member.qualifications);
  const higher = (level: number) => {
    if (highestLevel === null || level > highestLevel) highestLevel = level;
  };
  // SPEC 3.5 / brief: an achieved certificate is a learning-support qualification at Level 3
  if (l3Certificate.state === 'Achieved' || llnCertificate.state === 'Achieved') higher(3);
  // LLUK LSP qualifications: Preparing to support learning taken on its own "leads to the Level 2 (or Level 3) Award in Learning Support"
  const preparing = held.get('preparing');
  if (preparing) higher(preparing.level);

  const levelAssumed: { title: string; level: number }[] = [];
  if (assumed !== null) for (const u of known) if (assumed.has(u.id)) levelAssumed.push({ title: u.title, level: u.level });
  return {
    staffId: member.id,
    credits,
    size: qcfSize(credits),
    learningHours: learningHours(credits),
    l3Certificate,
    llnCertificate,
    creditsAtLevel2,
    highestLevel,
    inProgress,
    heldUnits,
    // SPEC 4: the LLN certificate is shown for LLN specialists and for holders of its own units (or of the certificate,
    // or those recorded as working towards it: a need may name it).
    llnShown: isLlnSpecialist(member) || named.lln || known.some((u) => u.generic === null && u.lln !== null)
      || inProgress.some((p) => LLN_TITLE.test(p.title)),
    levelAssumed,
    unknownUnits: others.map((u) => u.title),
  };
}

const NONE: readonly MatchedUnit[] = Object.freeze([]);
const NO_OTHERS: readonly { title: string; credits: number; level: number | null }[] = Object.freeze([]);
const PATHWAYS = ['generic', 'lln'] as const;

const LLN_TITLE = /certificate in learning support.*(literacy|language and numeracy|\blln\b)/i;
const achieved = (pathway: 'generic' | 'lln', creditsRequired: number): CertificateStatus =>
  Object.freeze({ pathway, state: 'Achieved', creditsCounted: creditsRequired, creditsRequired, missingMandatory: Object.freeze([]) as unknown as string[], text: 'Achieved' } as const);
const ACHIEVED = { generic: achieved('generic', 30), lln: achieved('lln', 36) };
