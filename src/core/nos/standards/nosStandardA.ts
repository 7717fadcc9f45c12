import type { NosEntry } from './nosEntry';

// NOS 2009, Standard A: Providing learning support to individuals or groups of learners.
// Verbatim; the PDF flattened KU5.2-KU10.3 into one cell, so each KU goes to the criterion its number names.
export const STANDARD_A: NosEntry[] = [
  [1, 'Provide high quality learning support that enables learners to achieve identified goals.', [
    ['KU1.1', 'The importance of having high expectations of learners.'],
    ['KU1.2', "The contribution learning support can make to learners' achievement."],
    ['KU1.3', 'The nature, extent and boundaries of learning support role(s).'],
    ['KU1.4', 'The aims, objectives, content and approaches of the learning programme.'],
    ['KU1.5', 'How individual learning objectives are agreed with the learner.'],
  ]],
  [2, 'Engage learners in activities that advance learning for individuals and groups.', [
    ['KU2.1', 'Ways in which learning activities can meet learner needs.'],
    ['KU2.2', 'Ways of motivating and engaging learners that promote learner confidence.'],
    ['KU2.3', 'Flexible and varied approaches to learning.'],
    ['KU2.4', 'Ways of working with individuals.'],
    ['KU2.5', 'Ways of working with groups.'],
  ]],
  [3, 'Develop and maintain effective relationships with learners that promote learning.', [
    ['KU3.1', 'The importance of mutual respect.'],
    ['KU3.2', 'The role of advocacy and self-advocacy in the achievement of learner goals.'],
    ['KU3.3', 'The boundaries of the teacher/learner relationship, including ethical and professional considerations.'],
  ]],
  [4, 'Communicate effectively with learners.', [
    ['KU4.1', 'Ways to structure and present information and ideas clearly and effectively to support learning.'],
  ]],
  [5, "Use, adapt and / or develop resources that support learners' needs.", [
    ['KU5.1', "The contribution that resources can make to the learners' achievement."],
    ['KU5.2', 'Ways to encourage learners to manage and use resources independently.'],
    ['KU5.3', 'How to use new and emergent technologies to meet the needs of individual learners.'],
  ]],
  [6, "Provide support that builds on learners' experience, learning preferences and levels of independence and encourages learners to work independently.", [
    ['KU6.1', "Individual learners' learning and support needs."],
    ['KU6.2', 'Ways in which learning activities can promote learner independence.'],
  ]],
  [7, 'Work with colleagues with appropriate expertise to identify and address the language, literacy, numeracy and ICT needs of learners.', [
    ['KU7.1', "The different ways in which language, literacy, numeracy and ICT skills are integral to learners' achievement."],
  ]],
  [8, 'Support learner progression.', [
    ['KU8.1', 'Ways in which learning promotes the wellbeing of individuals and communities.'],
    ['KU8.2', 'Progression opportunities and routes for learners.'],
    ['KU8.3', 'The routes available to the learner to access guidance and support for progression.'],
  ]],
  [9, 'Provide learning support in a purposeful learning environment where learners feel safe, secure, confident and valued.', [
    ['KU9.1', "The contribution a learning environment can make to learners' success and achievement."],
    ['KU9.2', 'Ways of promoting a learning environment that is inclusive and that complies with safe practice.'],
  ]],
  [10, 'Promote, maintain and model behaviour that demonstrates respect for others.', [
    ['KU10.1', 'Ways to support learners consistently and as individuals.'],
    ['KU10.2', 'Ways to encourage behaviour that promotes respect for and between others.'],
    ['KU10.3', 'Ways to identify and respond to discriminatory behaviour in order to promote and maintain an inclusive environment for learning.'],
  ]],
  [11, 'Enable learners to manage, reflect on and make decisions about their learning.', [
    ['KU11.1', 'Ways to help the learner to understand and take responsibility for their own learning.'],
  ]],
  [12, 'Collaborate with and respect the contribution of colleagues and others.', [
    ['KU12.1', 'Roles and responsibilities of colleagues and others.'],
    ['KU12.2', 'The importance of effective team working.'],
    ['KU12.3', 'When to seek advice from colleagues and others.'],
  ]],
  [13, 'Communicate relevant information about learners to others with a legitimate interest.', [
    ['KU13.1', 'The need for confidentiality, respect and trust in communicating with others about learners.'],
    ['KU13.2', 'Legal requirements relating to confidentiality and disclosure.'],
  ]],
  [14, 'Maintain accurate records relating to learning support.', [
    ['KU14.1', 'Organisational systems and processes for record-keeping.'],
  ]],
  [15, 'Provide learning support that conforms to organisational and legal requirements.', [
    ['KU15.1', 'Relevant legal requirements and codes of practice.'],
    ['KU15.2', 'The needs and rights of young people and vulnerable adults.'],
  ]],
  [16, 'Contribute, and encourage learners to contribute, to review of learning programme and of organisation.', [
    ['KU16.1', "Own role in the organisation's planning and review processes."],
    ['KU16.2', 'Ways in which learners can contribute to planning and review.'],
  ]],
  [17, 'Evaluate and improve the effectiveness of own practice, identify own professional development and training needs, and take steps to address these.', [
    ['KU17.1', 'Ways to identify, reflect on and evaluate the impact of own practice on the learning of individuals.'],
    ['KU17.2', 'Ways to develop and improve own practice.'],
    ['KU17.3', 'Ensure own personal skills in English and/or Welsh, mathematics and ICT are appropriate for the effective support of learners.'],
  ]],
];
