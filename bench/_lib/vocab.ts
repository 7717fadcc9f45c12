// Word lists for the synthetic team: realistic mixes of how managers actually fill these columns.

export const FIRST_NAMES = ['Amira', 'Ben', 'Chloe', 'Dev', 'Eilidh', 'Femi', 'Grace', 'Harpreet', 'Imran', 'Jade', 'Kwame', 'Lucy', 'Mohammed', 'Niamh', 'Olu', 'Priya', 'Rhys', 'Sian', 'Tom', 'Uzma', 'Wei', 'Yasmin', 'Zoe', 'Gareth', 'Bethan', 'Conor', 'Aisha', 'Dylan', 'Esther', 'Frankie'];
export const SURNAMES = ['Ahmed', 'Brown', 'Campbell', 'Davies', 'Evans', 'Fraser', "O'Neill", 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis', 'Morgan', 'Nowak', 'Okafor', 'Patel', 'Quinn', 'Roberts', 'Smith', 'Taylor', 'Walker', 'Williams', 'Wright', 'Young', 'Zielinski', 'Begum', 'Clarke', 'Edwards'];

export const LEVEL_MIX = [[1, 15], [2, 45], [3, 30], [4, 10]] as const;
export const LEVEL_FORMATS = [(l: number): number | string => l, (l: number) => `Level ${l}`, (l: number) => `L${l}`] as const;

export const JOB_TITLES: Record<number, readonly string[]> = {
  1: ['Learning Support Assistant', 'LSA', 'Classroom Assistant'],
  2: ['Learning Support Assistant', 'Learning Support Practitioner', 'Communication Support Worker'],
  3: ['Senior LSA', 'Specialist Learning Support Assistant', 'Senior Learning Support Practitioner'],
  4: ['Learning Support Coordinator', 'Lead LSA', 'Learning Support Team Leader'],
};

// Synonyms as written in real sheets; a few are free text the product keeps as written.
export const SPECIALISMS = ['ASD', 'Autism', 'Asperger', 'Dyslexia', 'SpLD', 'BSL', 'HI', 'Sign language', 'VI', 'Sight loss', 'ESOL', 'Numeracy', 'Assistive technology', 'Challenging behaviour', 'Mental health', 'Personal care', 'PMLD', 'Complex needs', 'Makaton', 'AAC', 'ADHD', 'Supported employment', 'Music', 'Horticulture'];
export const LIST_SEPARATORS = ['; ', ', ', ' / ', '\n'] as const;

export const CONTRACTS = [['Permanent', 30], ['Permanent full-time', 10], ['Permanent part-time', 15], ['Fixed-term', 10], ['Hourly paid', 8], ['Sessional', 5], ['Term-time only', 12], ['Bank', 4], ['Agency', 2], ['Volunteer', 2], ['Zero hours', 2]] as const;
export const HOURS = [37, 37, 37, 30, 27.5, 22.5, 18.5, 15, 12, 7.5] as const;

export const SKILL_LEVELS = [['Entry 3', 4], ['Level 1', 10], ['Level 2', 35], ['Level 3', 15], ['Level 3 or above', 6], ['GCSE C', 12], ['GCSE 4', 8], ['GCSE 5', 5], ['Entry 2', 2]] as const;

export const QUALIFICATIONS = ['GCSE English', 'GCSE Maths', 'NVQ Level 2 Teaching Assistant', 'Level 3 Certificate in Learning Support', 'Level 2 Award in Support Work in Schools', 'BSL Level 2', 'PTLLS', 'Level 3 Diploma in Specialist Support for Teaching and Learning', 'BA (Hons) Education Studies', 'Level 2 Certificate in Understanding Autism', 'First Aid at Work'];

export const ASPIRATIONS = [['Stay in current role', 30], ['Happy where I am', 5], ['Become a specialist LSA', 15], ['Senior LSA', 12], ['Train to teach', 12], ['PGCE', 3], ['Management', 6], ['Team leader', 3], ['Retire', 3], ['Unsure', 6], [null, 5]] as const;

export const PDP_OBJECTIVES = [
  'Complete the unit Using ICT to support learning by {date}, evidenced by a signed assessor report',
  'Improve communication with learners',
  'Attend BSL Level 2 course and achieve the certificate by {date}',
  'Shadow a senior LSA in three sessions a term to learn behaviour strategies',
  'Get better at paperwork',
  'Achieve 15 hours of CPD by {date} recorded in the CPD log',
  'Complete Makaton foundation training by {date}',
  'Develop skills in supporting dyslexic learners, reviewed at appraisal',
];
export const CPD_ACTIVITIES = [['Safeguarding refresher', 'training'], ['Shadowing senior LSA', 'shadowing'], ['Mentoring session', 'mentoring'], ['Joint session planning with tutor', 'joint training'], ['Regional LSA network meeting', 'network'], ['Autism awareness e-learning', 'e-learning'], ['Level 3 Certificate workshop', 'qualification'], ['Team meeting', 'other']] as const;
export const CPD_TYPE_SPELLINGS: Record<string, readonly string[]> = {
  training: ['Training', 'training', 'Course'],
  shadowing: ['Shadowing'],
  mentoring: ['Mentoring'],
  'joint training': ['Joint training', 'Joint training with teachers'],
  network: ['Network', 'Peer network'],
  'e-learning': ['E-learning', 'Online'],
  qualification: ['Qualification'],
  other: ['Other', ''],
};

export const LEARNER_NEEDS = ['Autism', 'Dyslexia', 'Deaf', 'Visual impairment', 'ESOL', 'Mental health', 'PMLD', 'ADHD', 'Personal care', 'Behaviour', 'Numeracy', 'Supported employment'];
