import type { NosEntry } from './nosEntry';

// NOS 2009, Standard C: Providing specialist learning support. KU2.3 was flattened into C3's cell; it is C2's.
// "areas(s)" in the seed is a PDF slip for "area(s)" (the rest of Standard C writes "area(s)").
export const STANDARD_C: NosEntry[] = [
  [1, 'Use knowledge of learning support in their specialist area(s) to provide high quality learning support.', [
    ['KU1.1', 'Their specialist area(s) including current developments and initiatives, relevant internal and external agencies, and networks.'],
  ]],
  [2, "Use the specialist knowledge to identify and address individual learners' learning support needs.", [
    ['KU2.1', 'Theories and principles of learning related to their specialist area(s).'],
    ['KU2.2', "Ways to identify individual learners' support needs in their specialist area(s)."],
    ['KU2.3', 'Ways that specialist learning support can effectively address individual learning needs and promote inclusion.'],
  ]],
  [3, 'Use learning support activities relevant to their specialist area(s).', [
    ['KU3.1', 'Use of learning support strategies in their specialist area(s).'],
  ]],
  [4, 'Evaluate learner response to specialist learning support and use this information with colleagues in the planning of further support.', [
    ['KU4.1', 'Way to evaluate own specialist role and performance in planning and contributing to future learning support.'],
  ]],
  [5, 'Support learners, colleagues and others in the selection, development, use and evaluation of resources in providing specialist learning support.', [
    ['KU5.1', 'Use of resources in the context of specialist support, including the use of new and emerging technologies.'],
  ]],
  [6, 'Engage in professional development in specialist area(s) and in relevant learning support.', [
    ['KU6.1', 'How to access and engage in professional development in specialist area(s) and relevant learning support.'],
  ]],
  [7, 'Support progression and the transition of the learner in the context of the specialist area(s).', [
    ['KU7.1', 'Progression opportunities and routes for learners in specialist area(s).'],
    ['KU7.2', 'Ways to assist learners to manage transitions in the context of the specialist area(s).'],
  ]],
];
