// A second set of 30 reflective-log entries, written after the reflection rules were tuned on the evaluation set and
// committed before the check was run on it: its first run is the honest estimate for entries the rules were not built
// from. Same format and labelling conventions as reflectionEvaluationSet.ts.
import { e, type ReflectionCase } from './reflectionEvaluationSet';

export const REFLECTION_SECOND_SET: ReflectionCase[] = [
  e('Observed by the curriculum manager in the plumbing workshop. She said I stood back too much and should check in with learners more often. I disagree a bit as the learners were working well on their own.', 'YNYYNN', 'P'),
  e('Spent the morning helping in the nursery room at the college crèche with the childcare students.', 'YNNNNN', 'D'),
  e("Really struggled today. K had a meltdown in the corridor and I didnt know what to do. On reflection I should of called for help sooner.", 'Y?YNYN', 'R', '"really struggled" is a feeling or a judgement'),
  e('BSL level 1 evening class week 6 - we did family signs and numbers to 20.', 'YNNNNN', 'D'),
  e("Managed to get H to write three sentences independently which is a big step for him. The sentence starters on the table made it easier for him to get going. I'm going to make a set for the other learners in the group.", 'YNYYNY', 'R'),
  e('Feelings: overwhelmed, there are too many learners needing support in this class for one LSA.', '?YY?NN', 'P', 'the class is described only through the problem; the number of learners arguably explains the feeling'),
  e('In hindsight I would have prepared the resources the night before. Lesson was chaotic as I was still printing when learners arrived.', 'YNYYYN', 'R'),
  e('Peer observation - watched Dave support the entry level group in cookery.', 'YNNNNN', 'D'),
  e('Had supervision with my line manager. Talked about the incident last week and what happened. She was supportive.', 'YN?NNN', '?', '"she was supportive" describes the manager or judges the meeting'),
  e('Going forward I want to do more work on questioning techniques because I tend to ask closed questions.', 'NNYYNY', 'R'),
  e('Today went really well, all my learners got to their lessons on time and no incidents at lunch.', 'YNYNNN', 'P'),
  e('Attended the webinar on ADHD in FE. Some good strategies such as movement breaks and fidget tools. Will suggest movement breaks for R to his tutor.', 'YNYNNY', 'R'),
  e('I think the new seating plan is working. L and J are no longer distracting each other.', '?NY?NN', 'P', 'no event told beyond the change; what stopped the distraction is arguably why it works'),
  e('Supported learners on the Duke of Edinburgh practice walk. Long day, lots of mud. Everyone finished.', 'YNNNNN', 'D'),
  e('Learner disclosed something to me today. I followed the safeguarding procedure and reported it to the DSL straight away. I felt shaken afterwards but I know I did the right thing.', 'YYYNNN', 'P'),
  e('The maths tutor changed the lesson at the last minute and I had no time to adapt the worksheet for S. This happens a lot. I need to ask for plans earlier.', 'YNY??Y', 'R', 'why it keeps happening is barely said; "I need to ask" is also a conclusion'),
  e('Worked with the job coach at the garden centre placement - learner was watering plants and stacking pots.', 'YNNNNN', 'D'),
  e('EBI - I could of used more visual prompts.', 'NNYNYN', 'R'),
  e("Felt much more confident supporting in the science lab this week after last week's induction.", 'YY??NN', '?', 'the gain in confidence may judge the week; the induction may be its reason'),
  e('Kolb: did it, thought about it (too much talking from me), learnt from it (less is more), planning to try it with fewer words next week.', '?NYNYY', 'R', '"did it" barely tells the event'),
  e('Completed unit 2 of my level 3 - supporting learners with SEND. 12 hours.', 'YNNNNN', 'D'),
  e('The communication passport really helped me get to know P quickly. Without it I would have been guessing what he likes.', '?NYYNN', 'P', 'the event is only implied'),
  e("What went well: calm start, learners knew the routine.\nWhat didnt go well: fire drill in the middle of the practical.\nNext time: have a plan for drills in the workshop.", 'YNY?NY', 'R', '"learners knew the routine" is arguably why the start was calm'),
  e('G asked me to help with her coursework but I told her to try first. She did it herself in the end. Proud of her!', 'YY?NNN', '?', "the learner's success may be an implied judgement of the approach"),
  e('Mandatory training: fire safety (online). Done.', 'YNNNNN', 'D'),
  e('i find it hard to know when to step in and when to leave the learner to struggle. today i left M too long and he got upset. i think i need to agree a signal with him so he can ask for help.', 'YNYN?Y', 'R', '"i think i need to" is also a conclusion'),
  e('Presented my reflective log to the assessor. She said it was too descriptive and I need to say more about what I learnt.', 'YNYNN?', '?', "the assessor's request is reported; whether it is the writer's own plan is arguable"),
  e('Shadowed the exams officer to learn about access arrangements. Now I understand why some learners get extra time and others get a reader - it depends on the assessment evidence.', 'YNNYYN', 'R'),
  e('Group work in ESOL today. Paired A with a stronger speaker which worked, she spoke more than usual. Try this again Thursday.', 'YNYNNY', 'R'),
  e('I was dreading the trip to the museum with the group as there were lots of steps for V in her wheelchair, but I phoned ahead and they had a lift. Checking access beforehand is something I will always do now.', 'YY???Y', '?', 'the solved problem is an implied judgement; the steps explain the dread; the habit is a lesson and an action'),
];
