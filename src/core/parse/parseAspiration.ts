import type { Aspiration } from '../staffMember';
import { memo } from '../_lib/memo';
import { tidySpaces } from '../_lib/tidySpaces';

// Career pathways 2011 ("A long and winding road", LSIS 2011) names the pathways: within the role (more responsibility, senior or
// advanced LSA, LSA representative), specialist LSA, support tutor, specialist support tutor, learning support
// co-ordinator, LSA manager, teaching (PTLLS, CTLLS, DTLLS), training or work-based learning, research and professional
// development, TA or HLTA in schools, related roles such as learning mentor or careers adviser, and roles outside
// education (social work, social care, health, therapy).
// Order matters: a longer, more particular phrase is read first and blanked out, so "teaching assistant" is not
// "teaching" and "specialist support tutor" is not "specialist" or "support tutor".
const GOALS: [Aspiration, RegExp][] = [
  ['schools', /\b(?:higher level teaching assistants?|teaching assistants?|hltas?|tas?|(?:primary|secondary|special|a|the) schools?|school sector)\b/g],
  // seeds 003 and 004 (SPEC 9.2): supported employment and job coaching ("Employment Officer"; work placements).
  ['supportedEmployment', /\bsupported (?:employment|internships?)\b|\bjob coach(?:es|ing)?\b|\bemployment officers?\b/g],
  ['specialistTutor', /\bspecialist (?:support )?tutors?\b/g],
  ['supportTutor', /\b(?:learning )?support tutors?\b/g],
  ['coordinator', /\b(?:learning support )?co-?ordinator\b|\bco-?ordinat(?:e|ing) (?:learning )?support\b/g],
  ['representative', /\b(?:lsa |staff |union learning )?rep(?:resentative)?s?\b|\bstaff governor\b|\brepresent (?:lsas|support staff)\b/g],
  ['research', /\bresearch\w*\b|\bmasters?\b|\bdoctorate\b|\bprofessional development role\b/g],
  ['training', /\bwork[- ]based learning\b|\bwbl\b|\btrainers?\b|\btraining provider\b|\bassessors?\b|\bapprenticeships?\b/g],
  ['outside', /\bsocial (?:work|care)\w*\b|\bcare (?:work\w*|sector|manager|home)\b|\bcarers?\b|\bhealth ?care\b|\bhealth (?:service|sector)s?\b|\bnhs\b|\bnurs(?:e|es|ing)\b|\btherap(?:y|ist)\b|\byouth work\w*\b|\bvoluntary sector\b/g],
  ['lateral', /\blearning mentors?\b|\bcareers? (?:advis[eo]r|guidance|adviser)\b/g],
  // SPEC 9.2: "to qualify" (a qualification for the role); "qualified" is not matched, so "a qualified teacher" is teaching.
  ['qualify', /\bqualif(?:y|ying|ication|ications)\b|\b(?:get|gain|complete|do|achieve|finish|take)(?: my| a| the)? (?:level [2-7]|l[2-7]|certificate|diploma|award|nvq|foundation degree)\b/g],
  // SPEC 9.1: today's names (AET, CET, DET: the Award, Certificate and Diploma in Education and Training) and the old ones.
  ['teaching', /\b(?:teach|teacher|teachers|teaching|pgce|qtls|cert ?ed|ptlls|ctlls|dtlls|aet|cet|det|(?:award|certificate|diploma) in education(?: and training)?|lecturer|tutor|instructor)\b/g],
  ['management', /\b(?:manage|manager|management|managing|head of|leadership|lead the team|team leader|line manag\w*|director)\b/g],
  ['senior', /\b(?:senior|advanced (?:lsa|practitioner)|level 4 lsa|promotion|promoted|step up|next level)\b/g],
  ['responsibility', /\b(?:more|additional|extra|further|greater) responsibilit(?:y|ies)\b|\btake on (?:more|extra)\b|\bresponsibility for\b/g],
  ['specialist', /\b(?:specialist|speciali[sz]e|speciali[sz]ing|specialism|bsl|autism|autistic|dyslexia|dyslexic|deaf|sign language|interpreter|communication support|mental health|sencos?|makaton|behaviour support)\b/g],
  ['stay', /\b(?:stay|staying|remain|remaining|current role|same role|same job|happy (?:where|as|in|with)|content|no change|continue as|carry on|keep doing|as i am|retire|retiring)\b/g],
];

// Wanting to stay is often said with a negation: read these as "stay" before negations are looked at.
const STAY_NEGATED = /\b(?:not looking|no plans? to (?:move|change|leave|progress)|(?:do not|don'?t|not) want to (?:move|change|leave|progress)|not (?:planning|looking) to (?:move|change|leave|progress)|no change|(?:not interested in|no (?:desire|wish) to) (?:progress\w*|promotion|moving|chang\w*|leav\w*))\b/;
// A clause that says no to what it names ("I do not want to teach"); "not sure" and "wouldn't mind" are not refusals.
const NEGATION = /\b(?:not|no|never|don'?t|doesn'?t|won'?t|wouldn'?t|isn'?t|rather not)\b/;
const NOT_REFUSAL = /\b(?:not sure|not yet|(?:would not|wouldn'?t) mind|not only|no longer (?:just|only))\b/g;
// Clauses: a goal and its negation live in one clause ("I do not want to teach, stay as LSA").
const CLAUSE = /[,;.!?/()]|\s[-–]\s|\bbut\b|\bthen\b|\bafter that\b|\bhowever\b|\balthough\b|\band (?=(?:i |to )?(?:would|want|take|become|get|do|move|work|train|go|specialise|specialize|be|maybe|possibly|eventually|later)\b)/;
// "Stay as a specialist BSL communicator": what follows "stay as" in its clause is the role kept, not a new goal.
const STAY_AS = /\b(?:stay|staying|remain|remaining|continue|continuing|carry on)\s+(?:as|in|with|an?)\b.*?(?=\b(?:with|taking|and)\b|$)/;

function aspirationOf(text: string): Aspiration | null {
  const t = tidySpaces(text).toLowerCase().replace(/’/g, "'");
  if (t === '' || t === '-' || t === 'n/a' || t === 'na' || t === 'none') return null;
  const goals: { aspiration: Aspiration; at: number }[] = [];
  let offset = 0;
  for (const clause of t.split(CLAUSE)) {
    const at = t.indexOf(clause, offset);
    offset = at + clause.length;
    if (STAY_NEGATED.test(clause)) {
      goals.push({ aspiration: 'stay', at });
      continue;
    }
    if (NEGATION.test(clause.replace(NOT_REFUSAL, ' '))) continue;
    let rest = clause.replace(STAY_AS, (m, i: number) => {
      goals.push({ aspiration: 'stay', at: at + i });
      return ' '.repeat(m.length);
    });
    for (const [aspiration, pattern] of GOALS) {
      rest = rest.replace(pattern, (m, i: number) => {
        goals.push({ aspiration, at: at + i });
        return ' '.repeat(m.length);
      });
    }
  }
  if (goals.length === 0) return 'other';
  goals.sort((a, b) => a.at - b.at);
  // "Stay as an LSA but take on more responsibility": the goal beside "stay" is the step.
  return (goals.find((g) => g.aspiration !== 'stay') ?? goals[0]).aspiration;
}

// Aspirations are often picked from a short list ("Stay in current role"): each distinct text is read once.
const aspirationOnce = memo(aspirationOf);

/**
 * Reads a free-text career aspiration as a sentence (SPEC 3.7): a refused goal does not count ("I do not want to
 * teach, stay as LSA" is stay), "teaching assistant in a school" is the schools pathway, and a goal beside "stay" is
 * the step; when several goals are named, the one mentioned first is the next step.
 * @example parseAspiration('Stay as an LSA but take on more responsibility') // 'responsibility'
 */
export function parseAspiration(text: string | null): Aspiration | null {
  return text === null ? null : aspirationOnce(text);
}
