// SPEC 3.6 Specific: a concrete action (an action verb) and what it acts on; vague aims fail however they are worded.
// CPD study notes: "vague or overly ambitious objectives" are a common mistake in a development plan.
import type { SmartVerdict } from './smartResult';
import type { ObjectiveText } from './objectiveText';

/** Verbs that name something a person does (SPEC 3.6 v2: give, spend, sit in on, ask, visit, shadow, observe ...). */
const ACTION_VERBS = ('complete achieve attend gain obtain pass study learn train create produce design make write prepare plan deliver ' +
  'lead run organise organize observe shadow mentor coach support use apply introduce implement practise practice read research review ' +
  'evaluate update build set join take undertake enrol enroll register demonstrate present teach assess record finish adapt differentiate ' +
  'trial share reflect identify communicate sign work help explore master embed monitor track provide contribute collaborate facilitate ' +
  'gather acquire familiarise give spend sit ask visit do get go start begin renew book follow encourage promote model challenge agree ' +
  'discuss keep try engage involve listen find check arrange invite coordinate co-ordinate liaise negotiate volunteer compile collect ' +
  'analyse draft pilot induct show explain produce deliver prompt reduce replace swap plan test design create care travel play cook ' +
  'watch miss').split(' ');
/** Aims rather than actions: they need a concrete focus and a target ("improve my English to Level 2"). */
const AIM_VERBS = 'improve develop enhance increase extend grow progress become continue strengthen boost broaden widen'.split(' ');
/** Words that name no concrete focus: "develop my skills further", "learn new things", "make a big difference". */
const VAGUE = new Set(('skill skills things thing stuff practice knowledge performance ability abilities confidence confident ' +
  'development developing professional professionally better best good well great further more new big difference harder hard myself ' +
  'generally overall general areas area job role learning work things lots everything something anything improvement progress ' +
  'potential career future understanding competence effectiveness responsibility responsibilities way ways level standard').split(' '));
const STOP = new Set(('i me my we our us to a an the and or of in on at for with by be will is am are it its this that these those how so ' +
  'as up some any own very really also then can could would should like want able about into from each every all always never ' +
  'perfectly perfect their them they his her he she you your more much much than when what which who where while just only get ' +
  'going try trying make sure s t one two three four five six seven eight nine ten eleven twelve twenty').split(' '));
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'their', 'this', 'that', 'his', 'her', 'your', 'its', 'each', 'every']);

const forms = (verbs: string[]): Map<string, string> => {
  const map = new Map<string, string>();
  for (const v of verbs) {
    const stem = v.endsWith('e') && !v.endsWith('ee') ? v.slice(0, -1) : v;
    // Both spellings of a doubled consonant are kept ("sitting", "modelling"); the wrong one never occurs.
    for (const f of [v, `${v}s`, `${v}es`, `${stem}ing`, `${v}${v.slice(-1)}ing`]) map.set(f, v);
  }
  return map;
};
const ACTIONS = forms(ACTION_VERBS);
const AIMS = forms(AIM_VERBS);
// Words that are nouns more often than verbs ("learning support", "autism training", "session records"): verbs only
// where a verb stands ("to support learners", "I will record", first word).
const NOUN_FORMS = new Set(['learning', 'training', 'support', 'supports', 'record', 'records', 'plan', 'plans', 'review',
  'reviews', 'test', 'tests', 'model', 'models', 'book', 'books', 'sign', 'signs', 'care', 'work', 'set', 'study', 'practice',
  'research', 'travel', 'play', 'cook', 'check', 'design', 'track', 'present', 'show', 'trial', 'coach', 'mentor', 'update',
  'updates', 'watch']);
const VERB_SLOT = new Set(['to', 'will', 'i', 'and', 'also', 'then', 'can', 'or', 'we', 'help', 'always', 'never', 'still']);
// "work on my communication skills" and "work harder" are aims, not actions.
const AIM_AFTER_WORK = new Set(['on', 'towards', 'toward', 'harder', 'hard']);

function isVerbAt(words: string[], i: number, verbs: Map<string, string>): boolean {
  const w = words[i];
  if (!verbs.has(w)) return false;
  if (w === 'work' && AIM_AFTER_WORK.has(words[i + 1])) return false;
  if (w === 'get' && /er$/.test(words[i + 1] ?? '')) return false; // "get better", "get fitter": aims
  if (i === 0) return true;
  if (DETERMINERS.has(words[i - 1])) return false;
  return !NOUN_FORMS.has(w) || VERB_SLOT.has(words[i - 1]) || words[i - 1].endsWith('ly'); // "actively support"
}
/**
 * True when the word is an action verb in its base form or -s/-ing form (a clause that starts with one is a goal).
 * @example isActionVerb('shadowing') // true
 */
export const isActionVerb = (w: string): boolean => ACTIONS.has(w) || AIMS.has(w);
const concrete = (w: string): boolean => !STOP.has(w) && !VAGUE.has(w) && !/^\d/.test(w) && !AIMS.has(w);
// A target makes an aim concrete: a level, a grade, a number of things.
const TARGET = /\blevel \d|\bgrade [a-e1-9]\b|\b\d+ ?%/;

/**
 * Specific (SPEC 3.6): an action verb with a concrete object, or an aim with a concrete focus and a target.
 * @example specific(readObjective('2026-09-01', 'Learn new things')).met // false
 */
export function specific(o: ObjectiveText): SmartVerdict {
  const { words } = o;
  let vagueVerb: string | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!isVerbAt(words, i, ACTIONS)) continue;
    // The object usually follows the verb; in shorthand it comes first ("Level 3 certificate - finish by Sept 27").
    const after = words.slice(i + 1).filter(concrete);
    const object = after.length > 0 || words.slice(i + 1).some((w) => ACTIONS.has(w)) ? after : words.slice(0, i).filter(concrete);
    if (object.length > 0) return met(words[i], object.slice(0, 4), o);
    vagueVerb ??= words[i];
  }
  for (let i = 0; i < words.length; i++) {
    if (!AIMS.has(words[i])) continue;
    const focus = words.slice(i + 1).filter(concrete);
    if (focus.length > 0 && TARGET.test(o.text)) return met(words[i], focus.slice(0, 4), o);
    vagueVerb ??= words[i];
  }
  return vagueVerb
    ? { met: false, reason: `Too vague: say what you will do and about what ("${vagueVerb}" names no concrete task)` }
    : { met: false, reason: 'No action: say what you will do (e.g. complete, attend, shadow, use, give, visit)' };
}

function met(verb: string, focus: string[], o: ObjectiveText): SmartVerdict {
  const shown = focus.join(' ').replace(/qcfunit/g, o.unitTitle ?? 'the unit');
  return { met: true, reason: `Names an action ("${verb}") and a focus ("${shown}")` };
}
