import { headerWords, normaliseHeader } from './normaliseHeader';
import { memo } from '../_lib/memo';
import { tidySpaces } from '../_lib/tidySpaces';

/** The canonical specialisms (SPEC 2.1) with their common synonyms. */
export const SPECIALISM_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  Autism: ['autism', 'autistic', 'ASC', 'ASD', 'autistic spectrum', 'autism spectrum', 'Asperger', 'Aspergers', "Asperger's"],
  'Deaf and hearing impairment': ['deaf', 'D/deaf', 'hearing impairment', 'hearing impaired', 'HI', 'BSL', 'British Sign Language', 'sign language', 'deaf awareness', 'hard of hearing'],
  'Visual impairment': ['visual impairment', 'visually impaired', 'VI', 'sight loss', 'blind', 'braille', 'partially sighted'],
  'Dyslexia and specific learning difficulties': ['dyslexia', 'dyslexic', 'SpLD', 'specific learning difficulties', 'specific learning difficulty', 'dyspraxia', 'dyscalculia'],
  'Literacy and language': ['literacy', 'language', 'literacy and language', 'ESOL', 'English', 'reading', 'EAL'],
  Numeracy: ['numeracy', 'maths', 'mathematics', 'math'],
  'ICT and assistive technology': ['ICT', 'assistive technology', 'AT', 'assistive tech', 'IT', 'digital'],
  'Behaviour for learning': ['behaviour for learning', 'behaviour', 'challenging behaviour', 'behavior', 'behaviour management'],
  'Mental health': ['mental health', 'mental health first aid', 'MHFA', 'wellbeing', 'anxiety'],
  'Personal care and medication': ['personal care', 'medication', 'personal care and medication', 'manual handling', 'moving and handling', 'feeding', 'care'],
  'Profound and multiple learning difficulties': ['PMLD', 'profound and multiple learning difficulties', 'complex needs', 'profound and multiple', 'PMLD complex needs',
    'profound complex disabilities'],
  Communication: ['communication', 'Makaton', 'AAC', 'augmentative and alternative communication', 'PECS', 'signalong'],
  ADHD: ['ADHD', 'ADD', 'attention deficit'],
  'Work experience and supported employment': ['work experience', 'supported employment', 'supported internship', 'supported internships', 'job coach', 'job coaching', 'employability'],
  // The Individualised Learner Record's LLDD and health problem categories, as a college's MIS exports them ("Disability
// affecting mobility", "Profound complex disabilities", "Social and emotional difficulties"), are read as the specialisms
// they name.
// SPEC 9.1 (seed 004 names them): moderate and severe learning difficulties, physical impairment or disability, speech,
  // language and communication needs (SLCN: the abbreviation and its words are one), social, emotional and mental health.
  'Moderate learning difficulties': ['MLD', 'moderate learning difficulties', 'moderate learning difficulty'],
  'Severe learning difficulties': ['SLD', 'severe learning difficulties', 'severe learning difficulty'],
  'Physical impairment or disability': ['physical impairment', 'physical impairments', 'physical disability', 'physical disabilities', 'physically disabled',
    'disability affecting mobility', 'mobility impairment', 'wheelchair user'],
  'Speech, language and communication needs': ['SLCN', 'speech, language and communication needs', 'speech, language and communication', 'speech and language', 'speech and language needs'],
  // The 2014 SEND code of practice's SEMH replaced "behavioural, emotional and social difficulties" (BESD).
  'Social, emotional and mental health': ['SEMH', 'social, emotional and mental health', 'social, emotional and mental health needs',
    'social and emotional difficulties', 'emotional and behavioural difficulties', 'emotional behavioural difficulties', 'BESD', 'SEBD'],
};

/**
 * Specialisms written with a list separator inside them ("D/deaf", "Speech, language and communication needs"): a list
 * keeps each whole (SPEC 9.1: "D/deaf" is one specialism, never split on "/").
 */
export const SPECIALISMS_WITH_SEPARATORS: readonly RegExp[] = [
  /\bd\s*\/\s*deaf\b/gi,
  /\bspeech\s*,\s*language,?\s+and\s+communication(?:\s+needs)?\b/gi,
  /\bsocial\s*,\s*emotional,?\s+and\s+mental\s+health(?:\s+needs)?\b/gi,
  /\blearning\s+difficulties\s+and\s*\/\s*or\s+disabilities\b/gi,
];

// Short or everyday words only count as the whole entry ("IT", "AT", "add", "care"), never inside a phrase.
const EXACT_ONLY = new Set(['AT', 'IT', 'ADD', 'care', 'reading', 'digital']);
const EXACT = new Map<string, string>();
const PHRASES: { canonical: string; words: string[] }[] = [];
for (const [canonical, synonyms] of Object.entries(SPECIALISM_SYNONYMS)) {
  EXACT.set(normaliseHeader(canonical), canonical);
  for (const s of synonyms) {
    EXACT.set(normaliseHeader(s), canonical);
    if (!EXACT_ONLY.has(s)) PHRASES.push({ canonical, words: headerWords(s) });
  }
}
// Longer phrases first, so "mental health first aid" is not read as first aid, "challenging behaviour" before "behaviour".
PHRASES.sort((a, b) => b.words.length - a.words.length);

/** True when `part` occurs as consecutive words in `words`. */
function hasRun(words: string[], part: string[]): boolean {
  outer: for (let i = 0; i + part.length <= words.length; i++) {
    for (let j = 0; j < part.length; j++) if (words[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

// Specialisms and learner needs repeat a short list ("ASD", "BSL"): each distinct text is matched once.
const canonicalOnce = memo((text: string) => canonical(text));

/**
 * The canonical name of one specialism (SPEC 2.1), matching synonyms as whole words ("BSL level 2" is Deaf and hearing impairment);
 * anything else kept as written.
 * @example canonicalSpecialism('ASD') // 'Autism'
 */
export function canonicalSpecialism(text: string): string {
  return canonicalOnce(text);
}

function canonical(text: string): string {
  const trimmed = tidySpaces(text);
  const exact = EXACT.get(normaliseHeader(trimmed));
  if (exact !== undefined) return exact;
  const words = headerWords(trimmed);
  for (const p of PHRASES) if (hasRun(words, p.words)) return p.canonical;
  return trimmed;
}

/**
 * The canonical specialism a free text names, or null ("Specialist in sight loss" names Visual impairment): SPEC 9.2, a
 * specialism named in the aspiration wins over the ones held.
 * @example specialismNamedIn('Specialise in mental health support') // 'Mental health'
 */
export function specialismNamedIn(text: string): string | null {
  const found = canonicalOnce(text);
  return CANONICAL.has(found) ? found : null;
}
const CANONICAL = new Set(Object.keys(SPECIALISM_SYNONYMS));
