// A fourth set of reflective-log entries, written as TUNING data for the second round of the reflection rules (after
// the second and third sets showed that short CPD-log Reflection / Impact notes were judged too low). Mostly CPD-log
// notes of a few words, as O23 reads them, and some fuller log entries. Written and committed before this round's
// tuning; the rules of this round were then tuned on it, so its figures are NOT an unseen estimate.
// Same format and labelling conventions as reflectionEvaluationSet.ts, with the conventions of CPD-log notes spelt out
// (Gibbs' stages read as the CPD study notes' "full cycle of CPD", with "examples of changed practice"):
// - The impact of CPD stated is a judgement of it (evaluation): "improved my notes", "learners now ...", "fewer
//   incidents since ...", "made no difference", and so are a recommendation and a verdict on usefulness or relevance
//   ("would recommend", "not relevant to my role", "too long").
// - A change already made in the writer's practice ("I now ...", "since the course I ...", "have started using") is
//   an action for practice (the third set's convention), and, as the CPD's effect, its impact judged (evaluation).
// - A habit now ("I now use ...") is not an event told: description only when something done is told.
import { e, type ReflectionCase } from './reflectionEvaluationSet';

export const REFLECTION_FOURTH_SET: ReflectionCase[] = [
  // --- CPD-log Reflection / Impact notes ---
  e('Very useful, I now use Widgit symbols on all my worksheets for E.', 'NNYNNY', 'R'),
  e('Improved my confidence.', 'N?YNNN', 'P', 'confidence is the writer\'s feeling or the impact'),
  e('Not relevant to my role.', 'NNYNNN', 'P'),
  e('Would recommend.', 'NNYNNN', 'P'),
  e('Attended.', 'YNNNNN', 'D'),
  e('Since the course I check the care plan before every session.', 'NNYNNY', 'R'),
  e('Learners now use the word mat without prompting.', 'NNYNNN', 'P'),
  e('Good refresher, nothing has changed since last year.', 'YNYNNN', 'P'),
  e('Helped me understand why R gets so anxious before exams - I give him the paper layout in advance now.', 'NNYY?Y', 'R', 'understanding why is also a lesson drawn'),
  e('Certificate uploaded to portfolio.', 'YNNNNN', 'D'),
  e('The trainer was excellent and very knowledgeable. Lots of practical ideas I can use.', '?NYNNN', 'P', 'the trainer is told, the session only implied'),
  e('Impact: fewer incidents at lunchtime since we introduced the quiet table.', 'YNY?NY', 'R', 'the quiet table is arguably given as the reason'),
  e('Too long for what it was, could have been an email.', 'NNYNNN', 'P'),
  e('Shared the strategies with the rest of the team in the LSA meeting. I now use the colour-coded overlays with my group too.', 'YNYNNY', 'R'),
  e('Made no difference to my practice, already doing this.', 'NNY?NN', 'P', '"already doing this" is arguably the reason'),
  e('Will try the chunking strategy with my Level 1 group.', 'NNNNNY', 'D'),
  e('Enjoyed it, good to meet other LSAs from across the county.', '?YYNNN', 'P', 'meeting other LSAs is barely an event told'),
  e('Mental health first aid. Eye opening - I now ask learners how they are properly rather than in passing.', 'YNYN?Y', 'R', '"eye opening" is arguably a lesson drawn'),
  e('Online module, quite dry but covered what I needed for the role.', 'YNYNNN', 'P'),
  e('Learners in the group are more engaged since I started using the mini whiteboards.', '?NY?NY', 'R', 'starting is barely an event; the whiteboards are arguably the reason'),
  e('The practical part was the most helpful, the theory was rushed. Need to go over the manual handling booklet again.', '?NYNNY', 'R', 'the session is only implied'),
  e('This has improved how I write my notes for the learner file - they are shorter and more factual now.', 'NNYNNY', 'R'),
  e('Annual update - same as last year.', 'YNYNNN', 'P'),
  e('Good for new staff but not much for experienced LSAs.', 'NNYNNN', 'P'),
  e('Learnt some new signs.', 'YNNNNN', 'D'),
  e('Really helpful - the de-escalation script works, J calmed down much quicker on Friday.', 'YNYNNN', 'P'),
  e('No impact yet as I have not had a learner with a hearing impairment this term.', 'NNYYNN', 'P'),
  e('Good to refresh my memory. Now keep the first aid kit stocked and checked every Monday.', 'NNYNNY', 'R'),
  e('Learners are using the calm corner independently now, behaviour log shows fewer incidents since half term.', 'NNYNNN', 'P'),
  e('I use the now/next board with D every lesson since the training and transitions are much smoother.', 'NNY?NY', 'R', 'the training is arguably given as the reason'),
  e('Would like more training on this, only scratched the surface.', 'NNYNNY', 'R'),
  e('Boring and too long.', 'NNYNNN', 'P'),
  // --- Fuller log entries ---
  e('Supported S in his English exam as a reader. He was very nervous at the start so I went through the front page with him slowly. This calmed him down and he finished all the questions. I have learnt that a slow start matters more than I thought.', 'YNY?YN', 'R', 'the slow start is arguably why he finished'),
  e('Observed by the SENCo in the Year 10 science practical. Feedback was that I was doing too much of the task for C. I hadn\'t noticed I was doing it. I am now sitting further back and only stepping in when he asks.', 'YNYN?Y', 'R', 'not noticing is arguably a lesson drawn'),
  e('Went to the dyslexia network meeting at the FE college. We looked at coloured overlays and reading rulers and talked about exam access. I will bring the overlays into my next session with T.', 'YNNNNY', 'D'),
  e('Supported A on her first day of work experience at the café. She was quiet and did not want to serve customers. I felt anxious for her. I stayed with her at the till for the first hour.', 'YYNNNN', 'D'),
  e('Worked with B on his reading. Phonics cards did not hold his attention at all so halfway through I switched to the football magazine he brought in. He read two pages. He reads more when the text is about something he cares about, so I will ask him what he likes before planning.', 'YNYY?Y', 'R', 'what makes him read is a lesson drawn or the reason'),
  e('Changed the way I set up the room for V - chairs at the front, ramp side clear. She got to her seat without help for the first time.', 'YNYNNY', 'R'),
];
