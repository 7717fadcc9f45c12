// Gibbs' description (Kolb's concrete experience): the entry says what happened. Read from what LSAs write when they
// tell an event: something done ("supported", "attended", "shadowed"), or the name of the session, course or duty.
const DID = /\b(supported|support(ed)? in|attended|went (on|to|in)|worked (with|in|on|1:1|one to one)|did|done|completed|shadowed|observed|watched|covered|helped|read|met|had (a|my|an|to)|talked|spoke|discussed|practised|practiced|tried|used|gave|sat|spent|enlarged|planned|made|took|showed|explained|visited|ran|led|delivered|started|finished|raised|restrained|refused|wrote|asked|told|learnt (signs|about|how|some|new|a few|basic)|got|went into|came)\b/;
const OCCASION = /\b(training|course|session|refresher|meeting|observation|obs|lesson|class|workshop|e-learning|elearning|module|conference|placement|trip|duty|assessment|mentoring|shadowing|network|induction|visit|unit|exam|appointment|supervision|appraisal|cpd|webinar|seminar|update)\b/;
// An occasion still to come, a habit or the cause of a change is not an event told: "at next meeting", "every lesson",
// "would like more training", "since the course I check".
const NOT_TOLD = new RegExp(String.raw`\b(next|more|further|another|every|each|since the|since my|after the) ${OCCASION.source.slice(2, -2)}\b`, 'g');

// Any past-tense verb with someone doing it tells an event, except the verbs of reflecting itself.
const PAST = /\b(i|we|he|she|they|learners?|students?|tutor|[a-z])\s+(?!(realised|learnt|felt|enjoyed|worried|hoped|liked|loved|wondered|needed|wanted|thought|decided|noticed)\b)(\w{3,}ed|did|went|had|got|made|took|gave|sat|saw|came|kept|lost|ran|spent|told|wrote|read|met|brought|found|began|left|said|stayed|moved)\b/;

/** Whether a segment tells what happened (SPEC 9.3: description). */
export function description(segment: string): boolean {
  return DID.test(segment) || OCCASION.test(segment.replace(NOT_TOLD, ' ')) || PAST.test(segment);
}
