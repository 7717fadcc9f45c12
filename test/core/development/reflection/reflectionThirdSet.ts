// A third set of 30 entries in the style of a CPD log's Reflection and Impact columns (SPEC 9.3, the text O23 reads):
// a few words beside the activity, often with no event told because the activity is in its own column. Written after
// the rules were tuned and committed before the check was run on it. Same format and conventions as
// reflectionEvaluationSet.ts; "a change already made in practice" ("I now sign during the register") is an action.
import { e, type ReflectionCase } from './reflectionEvaluationSet';

export const REFLECTION_THIRD_SET: ReflectionCase[] = [
  e('Useful - will use the visual timetables with my Entry 1 learners.', 'NNYNNY', 'R'),
  e('Now use a traffic light card system with G - he uses it to show when he needs a break and has had fewer outbursts.', '?NY?NY', 'R', 'the change is told, not an event; how the card works is arguably why'),
  e('Good course.', 'NNYNNN', 'P'),
  e('Certificate on file.', 'NNNNNN', 'D'),
  e('Learnt a lot about autism.', 'NN?NNN', '?', '"learnt a lot" may judge the course; it draws no lesson'),
  e('Impact: I now give instructions one step at a time and check understanding, learners in Level 1 catering are more independent.', '?NYNNY', 'R', 'the change is told, not an event'),
  e('Not really relevant to my role as I work with adults.', 'NNYYNN', 'P'),
  e('Refresher - nothing new.', 'YNYNNN', 'P'),
  e('Will share with the team at next meeting.', 'NNNNNY', 'D'),
  e('I felt more confident using the hoist after the practical session.', 'YY?NNN', '?', 'more confidence may be the impact judged'),
  e('Changed how I support L in maths - I now let him use the calculator for the working out so he can focus on the method. His test scores have gone up.', 'YNY?NY', 'R', '"so he can focus" gives the purpose, arguably the reason'),
  e('N/A', 'NNNNNN', 'D'),
  e("Didnt learn much, the trainer just read the slides.", 'YNY?NN', 'P', 'the slides are arguably given as the reason'),
  e('Made me think about how I talk to learners. I sometimes speak for them instead of waiting.', 'NNY??N', '?', 'the realisation is analysis or a conclusion'),
  e('Realised I had been using the wrong sling size for M. Reported to physio and we have changed it.', 'YNYNYY', 'R'),
  e('Enjoyed it. Met LSAs from other colleges.', 'YY?NNN', '?', '"enjoyed it" is a feeling and perhaps a judgement'),
  e('The strategies for de-escalation worked when J kicked off on Tuesday - I stayed calm, lowered my voice and gave him space.', 'Y?YNNN', 'P', '"I stayed calm" is behaviour or a feeling'),
  e('Impact on learners: B now uses his communication book in every lesson. Next step: introduce it at home with mum.', 'YNYNNY', 'R'),
  e('Hours counted towards my level 3.', '?NNNNN', 'D', 'a fact about the record, barely an event'),
  e('Would recommend to other LSAs, especially the part on anxiety.', 'NNYNNN', 'P'),
  e('I was nervous about the observation but the feedback helped me see I am doing more right than I thought. I will ask to be observed again in the spring.', 'YYYN?Y', 'R', '"helped me see" is arguably a conclusion'),
  e('Tried the reading ruler with T - he lost his place less. Will order more rulers.', 'YNYNNY', 'R'),
  e('Need to practise the signs more as I forgot half of them in class.', 'YN??NY', '?', 'forgetting half is a shortfall judged or a fact; "as" gives the reason for the plan'),
  e('Session was cancelled, to be rebooked.', 'YNNNNN', 'D'),
  e('Thinking about it afterwards I realised the learner was not being lazy, he could not read the instructions. I should have checked his reading level first.', 'YN?YYN', 'R', 'no explicit judgement of good or bad'),
  e('WWW: good pace, learners engaged\nEBI: more time for questions at the end\nAction: ask tutor for 5 mins at the end of each session', '?NYNNY', 'R', 'the session is only implied'),
  e('Interesting.', 'NN?NNN', '?', 'a minimal judgement'),
  e('First time doing a risk assessment on my own for the trip. Took ages but I covered everything. I will use the template again.', 'YNYNNY', 'R'),
  e('Confidence with Makaton has improved - I now sign during the register every morning.', '??YNNY', 'R', 'the change is told, not an event; confidence is a feeling or the impact'),
  e('Lots of information, hard to take it all in in one day. Handouts will help.', '?NY?NN', 'P', 'the day is only implied; the amount of information arguably explains it'),
];
