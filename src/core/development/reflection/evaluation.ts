// Gibbs' evaluation (and Kolb's reflective observation where it judges): what was good or bad, what worked and what
// did not, in the words of reflective-log templates ("what went well", "even better if") and of everyday speech.
// In a CPD log's Reflection or Impact column the judgement is mostly of the CPD's effect (IMPACT below).
import { changedPractice } from './changedPractice';

// Someone who works or did something, not a thing that worked: "we worked on", "J works in the kitchen".
const DOER = String.raw`(?<!\b(i|we|he|she|they|learners?|students?|staff|tutor|[a-z]) )`;
const JUDGED = new RegExp([
  String.raw`\b(went|going|go|goes) (really |very |quite |so )?(well|badly|ok|okay|fine|wrong|better|worse|smoothly|to plan)\b`,
  String.raw`\b(didn't|did not|doesn't|does not|don't|do not) (go|work|help|apply|hold|keep|suit|engage|interest|make sense)\b`,
  // "the strategies worked when J kicked off", "the script works" (not "worked with", "works in the kitchen")
  String.raw`\b${DOER}(worked|works)\b(?! (with|on|in|at|as|through|together|hard|alongside|1:1|one|closely|from|out|under|there|here|up|for (the|a|an|my|our|\d)))`,
  String.raw`\b(is|are|it's|seems to be|seem to be) (really |definitely |still )?working\b(?! (with|on|in|at|as|towards|through|together|hard|1:1|alongside|independently))`,
  String.raw`\b(worked|works|working) (really |very |quite |so )?(well|better|best|brilliantly)\b`,
  String.raw`\b(it|this|that|which|they) (really )?(worked(?! (with|on|in|at|as|through|together|hard|alongside))|helped|helps)\b`, String.raw`\bnothing worked\b`, String.raw`\bhelps\b`,
  String.raw`\bhelped (a lot|loads|so much|massively)\b`, String.raw`\breally helped\b`,
  String.raw`\b(?<!as )well\b(?! being|-being)`, String.raw`\b(better|worse|best|worst)\b`,
  String.raw`\b(good|great|excellent|brilliant|fantastic|amazing|positive|negative|poor|bad|awful|terrible|boring|useful|useless|helpful|unhelpful|beneficial|invaluable|effective|ineffective|valuable|worthwhile|pointless|powerful|successful|success|a success|a disaster|rushed|chaotic|hard|difficult|tricky|challenging|struggled|struggle|easy|easier|clear|unclear|confusing|engaging|engaged|interesting)\b`,
  // "too" before a word is "more than it should be": "too long", "too descriptive"
  String.raw`\btoo (?!(and|but|as|so|i|we|he|she|they|it|the)\b)[a-z]{3,}`,
  String.raw`\b(not much new|nothing new|(the )?same as (last|previous) (year|time)|the right (thing|call|decision|choice)|mistake|got it wrong|wrong|went wrong|not making a difference|making a difference|made (a|the|no) difference|no difference|well targeted|on reflection|with myself|for not \w+ing)\b`,
  String.raw`\b(seemed|seems|was|were|is|are|became|looked|looks|got|felt|feel|feeling|am|i'm) (much |a lot |a bit |far |a little )?(more|less) \w+`, String.raw`\b(calmer|happier|more settled|less anxious)\b`,
  String.raw`\b(www|ebi|even better if|what went well|strength|strengths|weakness|weaknesses|improve on|could improve)\b`,
  // What was missing, said as a wish: "would have liked more practical activities", "wish there had been time".
  String.raw`\bwould have (liked|preferred|been nice|been good)\b|\bwish(ed)? (there|it|we|they|i) (was|were|had|could)\b`,
  String.raw`\b(this|it|that) was (much |really |long |badly |definitely )?(needed|necessary|overdue)\b`,
].join('|'));

// The impact of CPD stated (CPD study notes: "the impact on their practice"): an outcome seen in learners or in the
// writer's work ("improved", "fewer outbursts", "learners now use", "without prompting", "much smoother"), a
// recommendation, or a verdict on the CPD itself ("not relevant to my role", "eye opening", "quite dry").
const IMPACT = new RegExp([
  String.raw`\b(improved|improvement|improvements|improving|improves|increased|decreased|reduced)\b`,
  String.raw`\b(have|has|had) (gone|come) (up|down)\b`,
  String.raw`\b(fewer|no longer|more often|less often)\b`,
  String.raw`\b(more|less) than (usual|before|normal|last time|expected|i thought|ever)\b`,
  String.raw`\b[a-z]+ (less|more)(?=\s*[.,;!?]|\s*$)`,
  String.raw`\b(learners?|students?|group|class|everyone|he|she|they|[b-hj-z]) (is |are )?now (?!(i|that|and|the|it|on|in|at|lives|has|have|had|been|works|aged)\b)[a-z]{3,}`,
  String.raw`\b(independent|independently|without (help|prompting|prompts|support|being (asked|prompted|reminded)))\b`,
  String.raw`\b(much|far|a lot|loads|so much|even) (\w+er|more \w+|less \w+)\b`,
  String.raw`\b(this|it|that|which) (calmed|settled|relaxed|reassured|motivated|encouraged)\b`,
  String.raw`\b(big|huge|real|massive|great) (step|steps|improvement|progress|change|changes)\b`,
  String.raw`\b(no|little|big|real|positive|huge|an|any) (impact|effect)\b`,
  String.raw`\b(would|'d|highly|definitely|thoroughly|i) (not )?recommend\b|^recommend`,
  String.raw`\b(relevant|irrelevant|informative|insightful|worthwhile|eye[- ]opening|thought[- ]provoking|inspiring|knowledgeable|repetitive|waste of time|worth (it|doing|going|attending))\b`,
  String.raw`\b(quite|very|a bit|bit|rather|really|fairly|pretty) (dry|basic|intense|heavy|full on|long|short|slow|fast|quick|rushed)\b`,
  String.raw`\b(didn't|did not|don't|not) (learn|get|gain|take away) (much|anything|a lot)\b`,
  String.raw`(?<!\b(i|we) )\b(helped|has helped|have helped) (me|us)\b`,
  String.raw`\b(took|takes|taking) (ages|forever|a long time|too long)\b(?! to get)`,
  String.raw`\b(made|makes|got) me (think|thinking|reflect|question|rethink)\b`,
  String.raw`\b(only|just) (scratched|touched|skimmed)\b`,
  // "Reinforced what I already knew", "refreshed my knowledge": the CPD judged as confirming, not adding.
  String.raw`\b(reinforced|refreshed|consolidated) (what|my|our|existing)\b`,
].join('|'));
const NOT_A_JUDGEMENT = /\b(positive behaviour|good morning|as well|clear up|cleared up|cleared)\b/g;

/** Whether a segment judges how it went (SPEC 9.3: evaluation). */
export function evaluation(segment: string): boolean {
  const s = segment.replace(NOT_A_JUDGEMENT, ' ');
  return JUDGED.test(s) || IMPACT.test(s) || changedPractice(s);
}
