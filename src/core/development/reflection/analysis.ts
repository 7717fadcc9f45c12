// Gibbs' analysis: making sense of why it went as it did ("because", "the reason", "which is why"), or a link from
// the event to training or theory ("it links to", "made sense of what we did on the course").
const WHY = /\b(because|the reason|reasons|which is why|that is why|that's why|this is why|due to|caused by|so it was|so it's|so it is|as a result|this meant|which meant|meant that|makes sense|made sense|links to|linked to|link to|relates to|related to|explains why|explain why|understand why|now see why|gives (him|her|them|the learners?) |made (all )?the difference|this shows|which shows|it shows)\b/;
const NOT_WHY = /\b(not sure why|don't know why|didn't know why|no idea why)\b/g;

/** Whether a segment says why it went as it did (SPEC 9.3: analysis). */
export function analysis(segment: string): boolean {
  return WHY.test(segment.replace(NOT_WHY, ' '));
}
