import type { NosEntry } from './nosEntry';

// NOS 2009, Standard B: Planning and assessing for learning support.
// KU1.3 and KU6.2 were flattened into the next criteria's cells; they go to B1 and B6 by number.
// The seed prints KU4.1 twice; the second is KU4.2 (seeds README).
export const STANDARD_B: NosEntry[] = [
  [1, 'Contribute to the planning of learning support that is inclusive and meets curriculum requirements.', [
    ['KU1.1', 'Ways to contribute to the planning and preparation of learning support.'],
    ['KU1.2', 'How to plan for learning support that is equitable, inclusive and engages with diversity.'],
    ['KU1.3', "Requirements of learner's programme(s)."], // seed: "programmes(s)", a PDF slip
  ]],
  [2, 'Contribute to the planning of learning support that meets the learning support needs of individual learners and enables them to progress towards their identified learning objectives.', [
    ['KU2.1', 'Ways to respond to and meet individual learning goals through a variety of approaches.'],
    ['KU2.2', 'Principles and practices of personalised approaches to learning support.'],
  ]],
  [3, 'Contribute to the negotiation and monitoring of individual learning objectives.', [
    ['KU3.1', 'Ways to work with learners and with colleagues to establish and monitor individual learning objectives.'],
    ['KU3.2', 'Ways to support learners in communicating their learning preferences and needs to inform the planning of provision.'],
    ['KU3.3', "The role that advocacy and self-advocacy play in ensuring that learner's experiences, aspirations and objectives are central to the planning process."],
  ]],
  [4, 'Support colleagues in the development and application of assessment methods.', [
    ['KU4.1', 'Approaches to formative and summative assessment that support accessibility, fairness and consistency.'],
    ['KU4.2', 'The practical application of different forms of formative and summative assessment.'],
    ['KU4.3', 'Theories and principles of assessment and methods that promote learning and progression.'],
  ]],
  [5, 'Promote learning through questioning and constructive feedback and involve learners in feedback activities.', [
    ['KU5.1', 'Methods of assessment for learning (formative assessment) that promote learning and progression.'],
    ['KU5.2', 'The role of feedback and questioning in assessment for learning.'],
  ]],
  [6, 'Encourage learners to share responsibility for assessment of their own learning.', [
    ['KU6.1', 'Ways to involve learners in the assessment of their own learning.'],
    ['KU6.2', 'How to support learners in their understanding of assessment requirements and their provision of appropriate assessment evidence.'],
  ]],
  [7, 'Work in accordance with the quality requirements of the organisation in relation to assessment and monitoring of learner progress.', [
    ['KU7.1', 'Methods of recording assessment information.'],
    ['KU7.2', 'How assessment and review contribute to the monitoring, review and improvement of the quality of provision.'],
  ]],
];
