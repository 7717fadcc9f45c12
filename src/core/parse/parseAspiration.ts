import type { Aspiration } from '../staffMember';
import { memo } from '../_lib/memo';
import { tidySpaces } from './_lib/tidySpaces';

const KEYWORDS: [Aspiration, RegExp][] = [
  ['stay', /\b(?:stay|staying|remain|remaining|current role|same role|happy (?:where|as|in)|content|no change|not looking|continue as|retire|retiring)\b/],
  ['teaching', /\b(?:teach|teacher|teaching|pgce|qtls|cert ?ed|ptlls|ctlls|dtlls|lecturer|tutor|instructor|trainer)\b/],
  ['management', /\b(?:manage|manager|management|managing|head of|co-?ordinator|leadership|lead the team|team leader|line manag\w*)\b/],
  ['senior', /\b(?:senior|hlta|higher level|level 4|advanced practitioner|promotion|promoted|more responsibility)\b/],
  ['specialist', /\b(?:specialist|speciali[sz]e|specialising|specializing|specialism|bsl|autism|dyslexia|sign language|interpreter|communication support|mental health|sencos?|assessor)\b/],
];

function aspirationOf(text: string): Aspiration | null {
  const t = tidySpaces(text).toLowerCase();
  if (t === '' || t === '-' || t === 'n/a' || t === 'na') return null;
  let best: Aspiration = 'other';
  let at = Infinity;
  for (const [aspiration, pattern] of KEYWORDS) {
    const m = pattern.exec(t);
    if (m && m.index < at) {
      best = aspiration;
      at = m.index;
    }
  }
  return best;
}

// Aspirations are often picked from a short list ("Stay in current role"): each distinct text is matched once.
const aspirationOnce = memo(aspirationOf);

/**
 * Maps a free-text career aspiration to stay/specialist/senior/teaching/management/other by keywords (SPEC 2.1);
 * when several goals are named, the one mentioned first is the next step.
 * @example parseAspiration('Train as a teacher (PGCE) in 2 years') // 'teaching'
 */
export function parseAspiration(text: string | null): Aspiration | null {
  return text === null ? null : aspirationOnce(text);
}
