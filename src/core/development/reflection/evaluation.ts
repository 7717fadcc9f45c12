// Gibbs' evaluation (and Kolb's reflective observation where it judges): what was good or bad, what worked and what
// did not, in the words of reflective-log templates ("what went well", "even better if") and of everyday speech.
const JUDGED = new RegExp([
  String.raw`\b(went|going|go|goes) (really |very |quite |so )?(well|badly|ok|okay|fine|wrong|better|worse|smoothly|to plan)\b`,
  String.raw`\b(didn't|did not|doesn't|does not|don't|do not) (go|work|help|apply)\b`,
  String.raw`\b(worked|works|working) (really |very |quite |so )?(well|better|best|brilliantly)\b`,
  String.raw`\b(it|this|that|which|they) (really )?(worked|helped|helps)\b`, String.raw`\bnothing worked\b`, String.raw`\bhelps\b`,
  String.raw`\bhelped (a lot|loads|so much|massively)\b`, String.raw`\breally helped\b`,
  String.raw`\b(?<!as )well\b(?! being|-being)`, String.raw`\b(better|worse|best|worst)\b`,
  String.raw`\b(good|great|excellent|brilliant|fantastic|amazing|positive|negative|poor|bad|awful|terrible|boring|useful|useless|helpful|unhelpful|effective|ineffective|valuable|worthwhile|pointless|powerful|successful|success|a success|a disaster|rushed|chaotic|hard|difficult|tricky|challenging|struggled|struggle|easy|easier|clear|unclear|confusing|engaging|engaged|interesting)\b`,
  String.raw`\btoo (long|short|fast|slow|much|many|little|few|big|small|noisy|loud|quickly|quick|hard|easy|difficult|late|early|busy|complicated)\b`,
  String.raw`\b(not much new|nothing new|the same as last year|mistake|got it wrong|wrong|went wrong|not making a difference|making a difference|made (a|the|no) difference|no difference|well targeted|on reflection|with myself|for not \w+ing)\b`,
  String.raw`\b(seemed|seems|was|were|is|are|became|looked|looks|got|felt) (much |a lot |a bit |far |a little )?(more|less) \w+`, String.raw`\b(calmer|happier|more settled|less anxious)\b`,
  String.raw`\b(www|ebi|even better if|what went well|strength|strengths|weakness|weaknesses|improve on|could improve)\b`,
].join('|'));
const NOT_A_JUDGEMENT = /\b(positive behaviour|good morning|as well|clear up|cleared up|cleared)\b/g;

/** Whether a segment judges how it went (SPEC 9.3: evaluation). */
export function evaluation(segment: string): boolean {
  return JUDGED.test(segment.replace(NOT_A_JUDGEMENT, ' '));
}
