// A fifth set of 30 entries, the HELD-OUT set of the second round of the reflection rules (SPEC 9.3): written after
// that round's tuning and committed, with its floor, before the check was run on it. Its first run was the honest
// estimate of the second round. SPENT: after that first run (recorded in reflectionLaterSets.test.ts and
// docs/rules.md) the third round of the rules was tuned on it; it is tuning data now. About half are CPD-log
// Reflection / Impact notes, half fuller log entries. Same format and labelling conventions as
// reflectionEvaluationSet.ts, with the CPD-log conventions of reflectionFourthSet.ts (impact stated, recommendations
// and verdicts on the CPD are evaluation; a change already made in practice is an action and the CPD's impact; a habit
// is not an event told).
import { e, type ReflectionCase } from './reflectionEvaluationSet';

export const REFLECTION_FIFTH_SET: ReflectionCase[] = [
  // --- CPD-log Reflection / Impact notes ---
  e('Good reminder of the procedures.', 'NNYNNN', 'P'),
  e('Reinforced what I already knew.', 'NNYNNN', 'P'),
  e('Put the ideas into practice with my Tuesday group - they responded really well to the visual cues.', 'YNYNNY', 'R'),
  e('Found it very beneficial, especially the role play.', 'NNYNNN', 'P'),
  e('I have been using the social stories with J before trips and he is much less anxious on the coach.', 'NNYNNY', 'R'),
  e('Course cancelled.', 'YNNNNN', 'D'),
  e('Awaiting certificate.', 'NNNNNN', 'D'),
  e('Refreshed my knowledge of the Prevent duty. Feel more confident to raise a concern.', 'NYYNNN', 'P'),
  e('Not applicable to my current learners but may be useful in future.', 'NNYNNN', 'P'),
  e('Since doing this I always give a 5 minute warning before the end of an activity, fewer meltdowns at transition.', 'NNYNNY', 'R'),
  e('Would have liked more practical activities.', 'NNYNNN', 'P'),
  e('Need to book onto level 2.', 'NNNNNY', 'D'),
  e('The learners enjoyed the new phonics games and their reading ages have gone up.', '?NYNNN', 'P', "the learners' enjoyment barely tells an event"),
  e('Helpful. Shared the handout with the other LSAs in my department.', 'YNYNNN', 'P'),
  e('Excellent trainer. I now check blood sugar levels with R before PE instead of waiting for the nurse.', 'NNYNNY', 'R'),
  // --- Fuller log entries ---
  e('Supported E in her functional skills maths exam as a scribe. She kept changing her mind about answers and I found it hard not to help. I kept to the rules and she passed.', 'Y?YNNN', 'P', '"I found it hard" is a feeling or a judgement'),
  e('Shadowed the speech and language therapist for the morning. She modelled the right words instead of correcting, and the learner kept talking. I correct D too much, which is probably why he goes quiet. I want to try modelling with him.', 'YNYY?Y', 'R', 'seeing that I correct too much is arguably a lesson drawn'),
  e('Today I covered lunch duty in the canteen and two learners had an argument over a seat. I separated them and let the duty manager know.', 'YNNNNN', 'D'),
  e('I was asked to lead the small group in the library for the first time. I was terrified but it went OK in the end. Next time I will plan a starter activity.', 'YYYNNY', 'R'),
  e("Met with the SENCo to review T's support plan. We agreed he would have rest breaks in double lessons. Mum was at the meeting too.", 'YNNNNY', 'D'),
  e('My observation went badly. I spent too long with one learner and the rest of the table lost focus. Looking back I should have set the others off on the extension task first.', 'YNY?YN', 'R', 'the time spent with one learner is arguably why the others lost focus'),
  e('Went on the Team Teach refresher. Practised the holds again. Last time I used a hold was months ago and I was slow, so this was needed.', 'YNY?NN', 'P', '"so this was needed" arguably gives a reason'),
  e('K refused to get off the minibus at the farm. I waited with him, gave him the choice of walking with me or with his friend and he chose his friend. Giving a choice worked much better than telling him. I will remember that.', 'YNYN?Y', 'R', '"I will remember that" keeps a lesson'),
  e('Completed the online autism module (4 hrs). Lots of the content was aimed at primary schools so not that useful for college but the section on sensory needs was good. I have since set up a quiet corner in the workshop for L.', 'YNY?NY', 'R', 'the primary-school content is arguably the reason it was not useful'),
  e('Learner had a seizure in class. I followed his care plan and timed it, called first aid. Felt shaky afterwards. Debriefed with my line manager.', 'YYNNNN', 'D'),
  e('I am finding the new learner quite difficult to support because she does not want an LSA with her. I think she is embarrassed in front of her friends. I am going to ask the tutor if I can sit at the next table instead.', '?NYYNY', 'R', 'an ongoing situation rather than one event'),
  e('Peer observed by Sarah. She said my questioning was good but I could give learners more thinking time. I agree - I tend to jump in. From now on I will count to ten in my head before helping.', 'YNY??Y', 'R', '"I tend to jump in" is the reason or a lesson drawn'),
  e('Took the ESOL group to the library to sign up for cards. Everyone got a card.', 'YNNNNN', 'D'),
  e('Attended the county LSA conference. Keynote on trauma-informed practice was the highlight - made me see behaviour differently. I have started to ask "what happened to you" rather than "what\'s wrong with you" and the learners open up more.', 'YNYNYY', 'R'),
  e('Worked with M on her CV in the learning centre. We typed up her work history and she chose a template.', 'YNNNNN', 'D'),
];
