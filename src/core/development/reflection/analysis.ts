// Gibbs' analysis: making sense of why it went as it did ("because", "the reason", "which is why"), or a link from
// the event to training or theory ("it links to", "made sense of what we did on the course").
const WHY = /\b(because|the reason|reasons|(?:which|that|this) is (?:probably |possibly |maybe |likely |perhaps |partly |mainly |mostly )?why|that's (?:probably |possibly |maybe |partly )?why|due to|caused by|so it was|so it's|so it is|as a result|this meant|which meant|meant that|makes sense|made sense|links to|linked to|link to|relates to|related to|explains why|explain why|understand why|now see why|gives (him|her|them|the learners?) |made (all )?the difference|this shows|which shows|it shows)\b/;
// "as" giving a reason: "not relevant as I work with adults", "chaotic as I was still printing" (not "as well").
const AS_REASON = /\bas (i|we|he|she|they|it|there|the learners?|the students?|the group|the class) (am|was|were|is|are|have|had|has|do|did|don't|didn't|haven't|hadn't|wasn't|weren't|isn't|aren't|can't|couldn't|work|already|still|only|tend|never|always)\b/;
// The difference made, said as a cause: "made it easier for him", "without it I would have been guessing".
const MADE_IT = /\b(made|makes) (it|this|things|everything) (much |a lot |so much )?(easier|harder|simpler|clearer|possible|quicker)\b|\bwithout (it|this|that|them) (i|we|he|she|they) (would|wouldn't|couldn't|could not|would not)\b/;
const NOT_WHY = /\b(not sure why|don't know why|didn't know why|no idea why)\b/g;

/** Whether a segment says why it went as it did (SPEC 9.3: analysis). */
export function analysis(segment: string): boolean {
  const s = segment.replace(NOT_WHY, ' ');
  return WHY.test(s) || AS_REASON.test(s) || MADE_IT.test(s);
}
