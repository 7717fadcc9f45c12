// Gibbs' conclusion (Kolb's abstract conceptualisation): what was learnt, and what else could have been done
// ("I learnt that", "I realised", "should have", "even better if I had"). Course content learnt ("learnt signs for
// food") is description, so "learnt" counts only as a lesson drawn: learnt that / to / from, what I learnt.
const LEARNT = /\b((i|i've|i have|have|we|we've)\s+(now\s+)?learnt|learnt (that|to|from|how important|a lot about myself)|what i (have )?learnt|lessons? learnt|taught me|showed me that|has shown me|made me (realise|see|understand)|i (now )?(realise|realised|understand now|now understand|now know|know now|see now|now see)|now i (understand|realise|know|see)|^(and |but |so )?(realised|realise)|in hindsight|with hindsight|key point for me|the lesson (for me )?(is|was)|my learning|i found out that)\b/;
// "could have" and "would have" with the writer as doer: "could have been an email" judges the course, and "without it
// I would have been guessing" is the reason it helped.
const COULD_HAVE = /\b(should have|should've|(i|we) could have|(i|we) could've|^could have(?! been)|would have been better|would've been better|even better if (i|we) had|if i had|if i'd|i would have(?! been)|(i|we) should(?! have| of)(?!'ve)\s+\w+)\b/;

/** Whether a segment draws a lesson or says what else could have been done (SPEC 9.3: conclusion). */
export function conclusion(segment: string): boolean {
  return LEARNT.test(segment) || COULD_HAVE.test(segment);
}
