import { qualifiesOrProgresses } from './qualifyOrProgress';
import type { QualificationInProgress } from '../qualifications/learningSupportQualification';
import type { CertificateStatus, QualificationProfile } from '../qualifications/qualificationProfile';
import type { Aspiration, LsaLevel } from '../staffMember';
import type { NeedRow } from './needRow';
import { memo, memo2 } from '../_lib/memo';

/** A qualification need, with the certificate it gives the person (its units are then not suggested again). */
export type QualificationNeedRow = NeedRow & { certificate: CertificateStatus['pathway'] | null };

// LLUK LSP qualifications: the Level 3 Certificate's guided learning hours "are set at 100-150" (planned at 150) and the LLN
// certificate's are 150; the 6-credit Award in Learning Support has 30 guided learning hours.
const CERTIFICATE_GUIDED_HOURS = 150;
const AWARD = { credits: 6, guidedHours: 30 };
const IN_PROGRESS_ACTIVITY = 'Continue the course; agree release time and a mentor';
const LLN_TITLE = /literacy|language and numeracy|\blln\b/i;
const GENERIC_TITLE = /certificate in learning support/i;

function isGenericCertificate(title: string): boolean {
  return GENERIC_TITLE.test(title) && !LLN_TITLE.test(title);
}

// The hours left on a certificate in progress are known from its units when they are recorded; otherwise not known (0).
function inProgressHours(q: QualificationProfile, certificate: QualificationNeedRow['certificate']): { hours: number; learningHours: number } {
  const c = certificate === 'generic' ? q.l3Certificate : certificate === 'lln' ? q.llnCertificate : null;
  if (!c || c.state !== 'In progress') return { hours: 0, learningHours: 0 };
  const left = remainingHours(c);
  return { hours: left.guided, learningHours: left.learning };
}

/**
 * Whether a qualification need is worded as an offer (SPEC 9.2 "No pressure to qualify, for everyone"; LLUK LSP qualifications and
 * Career pathways 2011: no statutory requirement, LSAs "should be under no pressure"): yes unless the aspiration is to qualify or progress.
 * @example qualificationIsOffer('stay') // true
 */
export function qualificationIsOffer(aspiration: Aspiration | null): boolean {
  return !qualifiesOrProgresses(aspiration);
}

/**
 * SPEC 3.7 Qualification needs: no learning-support qualification at Level 2+; level 3-4 staff without one at Level 3
 * (one row, not both); LLN specialists without the LLN certificate. Medium, or an offer ("Offer the ...", Low) when
 * `offer` (SPEC 9.2); a level Settings requires for the person's LSA level (`requiredLevel`) is needed, Medium, whatever
 * the aspiration. The in-progress wording (SPEC 3.5) wins over both.
 * @example qualificationNeeds(profile, 3, false, false)[0].need // 'Learning-support qualification at Level 3'
 */
export function qualificationNeeds(
  q: QualificationProfile, level: LsaLevel, isLlnSpecialist: boolean, offer = false, requiredLevel: number | null = null,
): QualificationNeedRow[] {
  const rows: QualificationNeedRow[] = [];
  const highest = Math.max(q.highestLevel ?? 0, q.l3Certificate.state === 'Achieved' ? 3 : 0);
  const required = requiredLevel !== null && highest < requiredLevel ? requiredLevel : null;
  const row = (need: string, offerText: string, suggestedActivity: string, hours: { guided: number; learning: number }, certificate: QualificationNeedRow['certificate'], asOffer = offer) =>
    rows.push({
      category: 'Qualification', need: asOffer ? offerText : need, criterion: null, priority: asOffer ? 'Low' : 'Medium',
      suggestedActivity: asOffer ? offerActivity(suggestedActivity) : suggestedActivity,
      hours: hours.guided, learningHours: hours.learning, timeAway: true, certificate,
    });
  // SPEC 9.2: a required level is not an offer, and the need says who requires it.
  const requiredNote = required !== null ? ` (required for LSA level ${level})` : '';
  const asOffer = offer && required === null;
  // SPEC 3.5 (v2): a qualification in progress that would meet the need makes it "Complete the ... (in progress)", Low;
  // one row even where it would meet two needs, and this wording wins over the offer.
  const underway = (min: number) => q.inProgress.find((p) => p.learningSupport && (p.level ?? 0) >= min);
  const complete = (p: QualificationInProgress, certificate: QualificationNeedRow['certificate']) =>
    rows.push({
      category: 'Qualification', need: completeText(p.title), criterion: null, priority: 'Low',
      suggestedActivity: IN_PROGRESS_ACTIVITY, ...inProgressHours(q, certificate), timeAway: true, certificate,
    });
  const standard = level >= 3 && highest < 3 ? 3 : highest < 2 ? 2 : null;
  const needed = required !== null && (standard === null || required > standard) ? required : standard;
  const started = needed === null ? undefined : underway(needed);
  if (started) complete(started, isGenericCertificate(started.title) ? 'generic' : null);
  else if (needed !== null && needed >= 4) {
    // Career pathways 2011, Levels 4-6: "Foundation Degree (Learning Support/ Inclusive Learning)"; its hours are the provider's.
    row(levelText(`Level ${needed}`, requiredNote), `Offer a learning-support qualification at Level ${needed}`,
      'A Foundation Degree in learning support or inclusive learning, hours agreed with the provider (Career pathways 2011)', { guided: 0, learning: 0 }, null, asOffer);
  } else if (needed === 3) {
    row(levelText('Level 3', requiredNote), 'Offer the Level 3 Certificate in Learning Support',
      certificateActivity(q.l3Certificate, 'Level 3 Certificate in Learning Support'), remainingHours(q.l3Certificate), 'generic', asOffer);
  } else if (needed === 2) {
    const inProgress = q.l3Certificate.state === 'In progress';
    // Career pathways 2011: "Level 2 Award in Learning Support"; LLUK LSP qualifications: the first mandatory unit alone leads to it (6
    // credits).
    const activity = inProgress
      ? certificateActivity(q.l3Certificate, 'Level 3 Certificate in Learning Support')
      : 'Level 2 Award in Learning Support (unit: Preparing to support learning, 6 credits), then the Level 3 Certificate (LLUK LSP qualifications)';
    row(levelText('Level 2 or above', requiredNote),
      inProgress ? 'Offer the Level 3 Certificate in Learning Support' : 'Offer the Level 2 Award in Learning Support', activity,
      inProgress ? remainingHours(q.l3Certificate) : { guided: AWARD.guidedHours, learning: AWARD.credits * 10 }, inProgress ? 'generic' : null, asOffer);
  }
  const llnStarted = q.inProgress.find((p) => LLN_TITLE.test(p.title));
  if (isLlnSpecialist && q.llnCertificate.state !== 'Achieved' && llnStarted) complete(llnStarted, 'lln');
  else if (isLlnSpecialist && q.llnCertificate.state !== 'Achieved') {
    // LLUK LSP qualifications: entry requires Level 2 personal skills in English and mathematics.
    const name = 'Level 3 Certificate in Learning Support (literacy, language and numeracy)';
    row(name, `Offer the ${name}`,
      certificateActivity(q.llnCertificate, 'LLN certificate (entry needs Level 2 English and maths, LLUK LSP qualifications)'),
      remainingHours(q.llnCertificate), 'lln');
  }
  return rows;
}

// Need and activity texts repeat across a team: each is built once and the same string handed out (the team plan groups
// on the need text, and a string already hashed is found at once).
const levelText = memo2((level: string, requiredNote: string) => `Learning-support qualification at ${level}${requiredNote}`);
const completeText = memo((title: string) => `Complete the ${title} (in progress)`);
const offerActivity = memo((activity: string) => `${activity}; an offer, with no pressure to take it up (LLUK qualifications: no statutory requirement)`);

// Certificate statuses are shared by everyone holding the same units (certificateStatus): so is the text built from one.
const ACTIVITY = new WeakMap<CertificateStatus, Map<string, string>>();
function certificateActivity(c: CertificateStatus, name: string): string {
  let byName = ACTIVITY.get(c);
  if (byName === undefined) ACTIVITY.set(c, (byName = new Map()));
  let text = byName.get(name);
  if (text === undefined) byName.set(name, (text = activityText(c, name)));
  return text;
}

function activityText(c: CertificateStatus, name: string): string {
  if (c.state !== 'In progress') return `Start the ${name}`;
  const missing = c.missingMandatory.length ? `, missing ${c.missingMandatory.join(', ')}` : '';
  return `Complete the ${name} (${c.creditsCounted} of ${c.creditsRequired} credits${missing})`;
}

// Learning hours: 1 credit = 10 hours (LLUK LSP qualifications). Guided hours: the certificate's 150, in proportion to the credits left.
function remainingHours(c: CertificateStatus): { guided: number; learning: number } {
  const left = Math.max(0, c.creditsRequired - c.creditsCounted);
  return { guided: Math.round((CERTIFICATE_GUIDED_HOURS * left) / c.creditsRequired), learning: left * 10 };
}
