// The reflection evaluation set (SPEC 9.3): reflective-log entries as LSAs write them (short entries, lists, typos,
// "I felt...", "next time I will...", "what went well / even better if", Gibbs or Kolb headings or none), each with
// the stages and the depth a careful reader gives it, written and committed BEFORE the rules were tuned.
//
// `stages` is six letters in Gibbs' order: Description, Feelings, Evaluation, Analysis, Conclusion, Action plan.
// Y present, N absent, ? truly arguable (left out of that stage's agreement; `why` says what makes it arguable).
// `depth` is D Descriptive, P Partly reflective, R Reflective, ? arguable. Depth follows SPEC 9.3 from the stages:
// Reflective = evaluation or analysis, and a conclusion or an action; Partly = evaluation or analysis only;
// Descriptive = neither evaluation nor analysis (whatever else: feelings or an intention alone do not reflect).
//
// How the labels were decided (fixed before the rules):
// - Description: the entry says what happened (a session, a course, an event). Kolb's concrete experience.
// - Feelings: the writer's own feelings at the time or about it ("I felt nervous", "I was pleased"). A learner's
//   feelings are description; "I felt that the session was a success" is a judgement (evaluation), not a feeling.
// - Evaluation: a judgement of what was good or bad, worked or did not ("went well", "did not work", "useful",
//   "what went well", "even better if"). Kolb's reflective observation ("looking back...") when it judges.
// - Analysis: making sense of why ("because", "I think this was due to", a link to training or theory). A "because"
//   that only explains a fact of the day (why a learner was off) is not analysis of practice.
// - Conclusion: what was learned or what else could have been done ("I learnt that", "I realised", "I should have",
//   "even better if I had..."). Course content ("learnt signs for food") is description. Kolb's conceptualisation.
// - Action plan: what the writer will do next or differently ("next time I will", "I'm going to", "I need to...",
//   a change already arranged). A date of the next meeting is not an action for practice. Kolb's experimentation.
// Gibbs draws no sharp line between conclusion and action ("I should ask for a handover sheet"): such labels are "?".

export interface ReflectionCase {
  entry: string;
  /** D F E A C P as Y / N / ? (arguable). */
  stages: string;
  /** D / P / R / ? (arguable). */
  depth: string;
  why?: string;
}

/** One labelled entry; every set is written with it. */
export const e = (entry: string, stages: string, depth: string, why?: string): ReflectionCase => ({ entry, stages, depth, why });

export const REFLECTION_SET: ReflectionCase[] = [
  // --- Pure retelling: what happened, nothing more ---
  e('Supported J in maths today. We did fractions and he completed the worksheet.', 'YNNNNN', 'D'),
  e('Attended safeguarding training 3 hrs. Covered types of abuse, reporting procedures and who the DSL is.', 'YNNNNN', 'D'),
  e('went on the autism awareness course at the college. there were about 20 of us. we watched videos and did group work', 'YNNNNN', 'D'),
  e('Worked 1:1 with learner in English. Read chapter 3 of the book together, answered questions, learner used coloured overlay.', 'YNNNNN', 'D'),
  e('Shadowed Sarah (senior LSA) in the hair and beauty class for the morning. Watched her support 2 learners with practical tasks.', 'YNNNNN', 'D'),
  e('- supported in catering\n- helped with weighing ingredients\n- cleared up\n- handover to tutor', 'YNNNNN', 'D'),
  e('Makaton level 1 day 1. Learnt signs for food, drink, toilet, colours.', 'YNNNNN', 'D', 'course content learnt is description, not a conclusion'),
  e('Observation by line manager in the motor vehicle workshop. She watched me support T with the brake task for 40 mins. Feedback meeting on Friday.', 'YNNNNN', 'D'),
  e('Today I supported a learner with ASD in the science lab. He was upset when the fire alarm tested and we went to the quiet room until he was calm, then we went back.', 'YNNNNN', 'D', "a learner's feelings are description"),
  e('E-learning module on Prevent completed. 1.5 hours. Certificate printed and given to HR.', 'YNNNNN', 'D'),
  e('Mentoring session with Jo. We talked about my timetable and the learners I support in Entry 3. Next meeting is 14th.', 'YNNNNN', 'D', 'the next meeting is not an action for practice'),
  e('Covered for Anne in Level 1 IT. Learners were doing spreadsheets. M needed lots of help with formulas so I sat with him most of the lesson.', 'YNNNNN', 'D'),
  e('Team meeting - new behaviour policy explained by the deputy. We were given the flowchart and the new incident forms.', 'YNNNNN', 'D'),
  e('Joint training with the tutors on differentiation. The trainer showed examples of tasks set by outcome, by task and by support.', 'YNNNNN', 'D'),
  e('Trip to the farm with the ILS group. I was with K and R all day, helped with lunch and on the minibus.', 'YNNNNN', 'D'),
  e('First aid refresher. CPR on the dummies, recovery position, using the defib.', 'YNNNNN', 'D'),
  e('supported A in functional skills maths, we did money and change using real coins, he got 8/10 on the quiz at the end', 'YNNNNN', 'D'),
  e('Network meeting of LSAs from 4 colleges at Strode. Talked about how each college does observations of support staff.', 'YNNNNN', 'D'),
  e('Read the chapter on scaffolding in the course handbook and made notes.', 'YNNNNN', 'D'),
  e('Session with the speech and language therapist. She showed me how to use the communication board with L and we practised together.', 'YNNNNN', 'D'),
  e("Had a meeting with L's mum about her transport. Mum upset as bus was late again. Passed on to transport team.", 'YNNNNN', 'D'),
  e('Supported in hair and beauty. Learners practised blow drying on the heads. I helped E hold the dryer.', 'YNNNNN', 'D'),
  e('Supported B at the job centre appointment, he did all the talking himself, I only helped with the forms', 'YNNNNN', 'D'),
  e('Supported T in English GCSE resit class. We worked on persuasive writing. I wrote the plan on a whiteboard and he wrote the letter. Afterwards we read it together.', 'YNNNNN', 'D'),
  e('Lunch duty. Busy. M and F argued over the pool table, I split them up.', 'YNNNNN', 'D'),
  e('Training: Level 2 Understanding Autism unit 3 completed, assignment handed in.', 'YNNNNN', 'D'),
  e('ILS group went to the shop to buy ingredients. I supported W with his money. He paid by himself and counted his change.', 'YNNNNN', 'D'),
  e('Training on the new hoist, sling sizes, checks before use, two staff always.', 'YNNNNN', 'D'),
  e('Spent the session with K working through his portfolio. He is behind because he was off sick for 3 weeks in October.', 'YNN?NN', '?', 'a "because" that explains a fact of the day, arguably making sense of the situation'),

  // --- Feelings with the retelling: still descriptive ---
  e('Supported in the welding workshop for the first time. I felt really nervous because of the noise and sparks. Stayed with the learner all session.', 'YYN?NN', '?', 'the reason for a feeling is arguably analysis'),
  e('I felt anxious before my observation. It was with the new tutor in English. I supported two learners with their writing.', 'YYNNNN', 'D'),
  e('First day in the new job. I was so nervous!! Met the team and got my timetable. Everyone was friendly.', 'YYNNNN', 'D'),
  e("Felt frustrated today, C refused to do any work and I couldnt get him to start. Tutor took over in the end.", 'YYNNNN', 'D'),
  e('I was really pleased when B read the whole page out loud to the group. She has never done that before.', 'YYNNNN', 'D'),
  e("Had my Makaton assessment, I was worried I'd forget the signs but I passed.", 'YYNNNN', 'D'),
  e('I felt proud today.', 'NYNNNN', 'D'),
  e('Today I had to restrain a learner for the first time. I was shaking afterwards. I talked to my manager and we filled in the incident form.', 'YYNNNN', 'D'),

  // --- An intention without evaluation or analysis: descriptive by the rule ---
  e('Did the manual handling course today. Will use the hoist training with M next week.', 'YNNNNY', 'D'),
  e('Attended dyslexia training. Next time I support in English I will try the reading ruler.', 'YNNNNY', 'D'),
  e("Epilepsy awareness training with the nurse. I am going to read each learner's care plan again this week.", 'YNNNNY', 'D'),
  e('Went to the Deaf awareness session. Going to learn fingerspelling over the summer.', 'YNNNNY', 'D'),
  e('Safeguarding level 2 refresher. I will make sure I record concerns on the same day.', 'YNNNNY', 'D'),
  e('nxt time i will bring spare pens as learners never have them', 'NNN?NY', '?', 'the reason for the action is arguably analysis'),

  // --- Partly reflective: evaluation or analysis, no conclusion or action ---
  e('Supported D in maths. The number line worked really well and he finished all the questions.', 'YNYNNN', 'P'),
  e('Autism training today. It was very useful, especially the part on sensory overload.', 'YNYNNN', 'P'),
  e('Worked with T in catering. It did not go well, he kept walking off and I had to call the tutor.', 'YNYNNN', 'P'),
  e('Supported the group in the computer room. The lesson went badly because the network was down and the learners lost interest.', 'YNYYNN', 'P'),
  e('Observation by my manager. Feedback was positive - she said I gave the learner space to work independently. I think this is because I have been trying to step back more.', 'YNYYNN', 'P'),
  e('Good session with the ESOL group. The picture cards helped a lot. N was quiet though, not sure why.', 'YNYNNN', 'P'),
  e('The training on challenging behaviour was too long and a lot of it didnt apply to FE. The de-escalation bit was good.', 'YNYNNN', 'P'),
  e('Supported R in the art class. He found it hard to hold the brush because of his grip so the tutor gave him a thicker one which was better.', 'YNY?NN', 'P', '"because of his grip" explains the event; arguably analysis'),
  e('I felt out of my depth in the A level chemistry lesson. I think its because I never did chemistry at school so I could not explain the terms to K.', 'YY?YNN', 'P', '"could not explain" is arguably a judgement of practice'),
  e('Shadowing the job coach at the supermarket placement was really useful. Seeing how she faded her prompts made sense of what we did on the course about independence.', 'YNYYNN', 'P'),
  e('Peer observation of Mark. He is brilliant with the lads in construction - he uses humour and they respond to it.', 'YNY?NN', 'P', 'how he does it is arguably why it works'),
  e('Description: Supported learner in hair class.\nFeelings: nervous\nEvaluation: went ok, learner finished the task\nAnalysis: the steps card helped her to remember the order', 'YYYYNN', 'P'),
  e('WWW - learners all engaged, good use of mini whiteboards', '?NYNNN', 'P', 'the session is only implied'),
  e('Bad day. Nothing worked with J and I was exhausted by lunch.', '?YYNNN', 'P', 'what happened is barely told'),
  e('The visual timer was effective for M - he stayed on task for 20 mins which is the longest this term. The reason it works I think is he can see how long is left.', 'YNYYNN', 'P'),
  e('Positive behaviour course. Really enjoyed it. The trainer was excellent and the handouts are clear.', 'YYYNNN', 'P'),
  e('Kolb\nExperience - supported L at her work placement in the café.\nReflection - looking back she relied on me too much for the till.', 'YNYNNN', 'P'),
  e('relly good sesion with B, she used her coloured overlay without being asked. I think the traning on visual stress helped me explain why it helps her', 'YNYYNN', 'P'),
  e('Lesson observation (graded 2). Tutor said support was well targeted. Happy with that.', 'YYYNNN', 'P'),
  e('Session went really well today', '?NYNNN', 'P', 'the session is only named'),
  e('E-learning on GDPR. Boring but necessary.', 'Y?YNNN', 'P', '"boring" is a feeling or a judgement'),
  e('Description - staff training day on the new ILP system.\nFeelings - confused.\nEvaluation - the trainer went too fast.', 'YYYNNN', 'P'),
  e('I am not sure the training will change much for me as I already do most of it.', '?NYYNN', 'P', 'the training is only named'),
  e('Feel like I am not making a difference with Q. Whatever I try he will not engage.', '?YYNNN', 'P', 'no single event told'),
  e('What went well - the group work\nEven better if - more time', 'NNYNNN', 'P', 'an "even better if" that names nothing the writer could do is evaluation only'),
  e('felt ok today. learner was good.', '?Y?NNN', '?', '"learner was good" may report behaviour or judge the session'),
  e('Attended the SEND conference. Speakers on EHCPs and preparing for adulthood. Interesting.', 'YN?NNN', '?', '"interesting" is a minimal judgement'),
  e('Been supporting Y for 6 weeks now in the animal care unit. She handles the rabbits confidently and no longer needs me at the cages.', 'YN?NNN', '?', "the learner's progress may be an implied judgement of the support"),

  // --- Reflective: evaluation or analysis, and a conclusion or an action ---
  e('Supported D in maths. The number line worked well. Next time I will bring it for the other learners too.', 'YNYNNY', 'R'),
  e('Description: I supported a learner with autism in a cookery lesson. The fire alarm went off and he became very distressed.\nFeelings: I felt panicky and unsure what to do.\nEvaluation: I got him out safely but it took too long to calm him.\nAnalysis: I had not read his support plan, which says to use ear defenders and give a warning.\nConclusion: I should have read the plan before the lesson.\nAction plan: I will read the support plans for all my learners before my first session with them.', 'YYYYYY', 'R'),
  e('Gibbs\n1. what happened - observed by tutor in ESOL\n2. feelings - nervous at first then ok\n3. good/bad - good rapport with learners, but I talked too much\n4. why - I think I was trying to fill silences\n5. what I learnt - learners need thinking time\n6. next time - count to 10 before prompting', 'YYYYYY', 'R'),
  e('Today Z refused to go into the class. I felt frustrated. Looking back, I think he was anxious because of the new room. I learnt that changes need to be prepared for. Next time I will show him the room beforehand.', 'YY?YYY', 'R', 'no explicit judgement of good or bad'),
  e('didnt go well with the group today, too noisy and I lost them. I realised I need to set clear expectations at the start. will agree rules with the tutor next week', 'YNYNYY', 'R'),
  e('WWW: learner used her talker to answer a question in front of the class\nEBI: I will program more subject words into it before Thursday', 'YNYNNY', 'R'),
  e("Training on Clicker 8. Very good. I feel more confident now. I will set up a grid for S's science vocab.", 'YYYNNY', 'R'),
  e('Observation feedback: need to give learner more wait time. I agree, I jump in too quickly because I worry he will get upset. I am going to practise waiting 5 seconds.', 'YYYY?Y', 'R', 'agreeing with the feedback is arguably a conclusion'),
  e('The social story worked!! J went into the hall for assembly for the first time. I think preparing him the day before made the difference. We should use social stories for other changes too.', 'YNYY??', 'R', '"we should use" is a conclusion or an action'),
  e('Concrete experience: first time using the hoist with C.\nReflective observation: it felt rushed and C looked uncomfortable.\nAbstract conceptualisation: I need to explain each step to her and go at her pace, as the training said.\nActive experimentation: next transfer I will talk her through each step and check she is ready.', 'Y?Y?YY', 'R', '"it felt rushed" is a judgement or a feeling; the link to training is analysis or conclusion'),
  e('Even better if I had checked the room was booked. Lesson started 15 mins late and learners were unsettled.', 'YNYNYN', 'R'),
  e('I was anxious about supporting in the maths exam as a reader. It went fine. I learnt that I need to read exactly what is written and not explain it. Will read the JCQ guidance again before summer exams.', 'YYYNYY', 'R'),
  e('Supported Amy with her CV in the careers session. She was really proud of it. It went well because we used her own words. In future I will let learners type it themselves.', 'YNYYNY', 'R'),
  e('Level 3 cert unit 4 - reflection. The session on assessment made me think about how much I help learners in their assessments. I might be giving too much help. I will talk to the tutor about what support is allowed.', 'YNY?NY', 'R', '"made me think about" is arguably analysis'),
  e('Got it wrong today with P. I raised my voice and he walked out. Should have given him take-up time like we were shown in the behaviour training.', 'YNY?YN', 'R', 'the link to training is arguably analysis'),
  e('next time I will sit beside K not opposite him as he seemed more relaxed when I moved.', 'YNY?NY', 'R', 'the reason for the change is arguably analysis'),
  e('The tutor and I planned the lesson together for the first time. Much better - I knew what was coming and could prepare resources for G. Lesson learned: ask for the plan in advance. Will ask every Monday.', 'YNYYYY', 'R'),
  e('Went on the mental health first aid course. Powerful and upsetting in parts. It made me realise how many of our learners might be struggling silently. I will look out for signs like withdrawing from the group.', 'YYYNYY', 'R'),
  e('Feelings: I enjoyed the session and felt useful.\nWhat went well: M finished her coursework.\nWhat I learned: breaking tasks into small steps helps her.\nNext steps: make a checklist for her next assignment.', 'YYY?YY', 'R', 'what was learned is also why it worked'),
  e('Supported in the IT suite, learner kept getting distracted by youtube. I felt annoyed with myself for not noticing sooner. Next time sit where I can see the screen.', 'YYYNNY', 'R'),
  e('Peer obs of Sam in sport. She gives instructions one at a time, which really helps the learners with processing difficulties. I am going to try this in my sessions.', 'YNY?NY', 'R', 'why it helps is barely said'),
  e('Moving and handling refresher. It was basically the same as last year, not much new. I will ask if there is an advanced course.', 'YNYNNY', 'R'),
  e('i supported in maths and it was hard becuase the learner didnt want to work and I didnt know how to motivate him i need to do the motivation training', 'YNYY?Y', 'R', '"I didnt know how to motivate him" is arguably a conclusion'),
  e('Learnt that praise works better than telling off with N. Will keep using it.', '?NYNYY', 'R', 'what happened is only implied'),
  e('Covered in Entry 2 English. Didnt know the learners so it was hard to know who needed help. I should ask for a handover sheet when I cover.', 'YNYY??', 'R', '"I should ask" is a conclusion or an action'),
  e("In the training we looked at Maslow's hierarchy. It links to C because he often comes in without breakfast and can't concentrate. I now understand why he struggles in the morning. We have arranged for him to get toast at breakfast club.", 'YN?YYY', 'R', 'no explicit judgement of good or bad'),
  e('My first observation as an LSA. It went better than I expected. I was calm and the learner got the answers himself. I realise that I do not need to say as much as I thought.', 'YYYNYN', 'R'),
  e('Reflection on online safety training: good refresher but too much reading from slides. Key point for me - check the filtering is on before learners use the laptops. Will do this every session.', 'YNYNYY', 'R'),
  e('Things I found hard: keeping R on task, the noise in the workshop.\nThings that went well: he used the safety equipment properly.\nWhat I would change: sit him nearer the front.', 'YNYN??', 'R', '"what I would change" is a conclusion or an action'),
  e('Used the 5 point scale with D when he started getting angry. He said he was at a 4 and chose to go for a walk. It worked - he came back calm after 10 mins. The scale gives him words for his feelings, which he struggles with. I\'m going to share it with his other tutors.', 'YNYYNY', 'R'),
  e('Analysis: learners with SLD need more repetition, which is why the cooking task took three weeks instead of one. Conclusion: plan for repetition from the start. Action: talk to tutor about the scheme of work.', 'YN?YYY', 'R', 'no explicit judgement of good or bad'),
  e("I think I'm getting better at signing, the learners understand me more now. Still need to practise numbers.", '?NYN?Y', 'R', 'no single event told; "still need to" is also a conclusion'),
  e('Reflective account - supporting learner with visual impairment. I enlarged the worksheets to A3 but they were too big for the desk and he had to move his head a lot. Using his iPad to zoom in would have been better. I have learnt to ask the learner what works for them first.', 'YNYYY?', 'R', '"I have learnt to ask" is also an action'),
  e('I felt that the session was a success as all learners achieved the objective. This is because we differentiated the worksheets into 3 levels. I would do this again.', 'YNYY?Y', 'R', '"I would do this again" is also a conclusion'),
  e('Observed by Jane. Feedback: good relationship with learner, EBI: encourage more independence. I will let G try each step first before helping.', 'YNYNNY', 'R'),
  e('Kolb - I tried the new approach from last week\'s reflection (giving choices). It worked better: L chose the blue worksheet and started straight away. Having a choice gives him some control, which he needs. I will keep offering two choices and try it in maths too.', 'YNYY?Y', 'R', 'why it works is analysis and conclusion at once'),
  e('1. Supported K in the kitchen\n2. Felt good\n3. He did well with the knife skills\n4. because we practised last week\n5. practice helps him\n6. keep practising', 'YYYY?Y', 'R', '"practice helps him" is analysis and conclusion at once'),
  e('I made a mistake today. I gave F the answer when she was stuck instead of prompting her. I know this does not help her learn. I will use the prompt cards we made.', 'YNY??Y', 'R', '"I know this does not help her learn" is analysis or conclusion'),
];
