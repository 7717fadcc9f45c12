// Gibbs' feelings: what the writer felt ("I felt nervous", "Felt good", "Happy with that"). A learner's feelings
// ("he was upset") belong to the description, and "I felt that it went well" is a judgement, not a feeling.
const FEELING = String.raw`(nervous|anxious|anxiety|worried|worry|worrying|scared|frightened|afraid|panicky|panicked|panicking|stressed|overwhelmed|confused|frustrated|frustrating|annoyed|angry|cross|upset|upsetting|sad|guilty|embarrassed|shaking|shaky|shaken|exhausted|drained|tired|pleased|proud|happy|glad|relieved|excited|enjoyed|enjoy|loved|confident|unconfident|unsure|uncomfortable|comfortable|useful|useless|calm|out of my depth|helpless|nervousness|rewarding|emotional|awkward|apprehensive|disappointed|satisfied|delighted|thrilled|shocked|surprised|uneasy|dreading|dreaded|dread|terrified|petrified|daunted|daunting|out of my comfort zone)`;
// "I ... nervous" with no one else named in between; the writer as the subject.
const MINE = new RegExp(String.raw`\b(i|i'm|i've|i was|me|myself)\b(?:(?!\b(he|she|they|it|learner|learners|student|students|tutor|mum|dad|everyone|group|class|[b-hj-z])\b)[^,;]){0,30}?\b${FEELING}\b`);
// No subject typed: "Felt frustrated today", "Really enjoyed it", "Happy with that", "Feelings - confused". Words that
// also judge a thing ("Useful - will use it", "calm start") are the writer's feeling only with "felt" or "I".
const BARE = new RegExp(String.raw`^(?:\w+\s+(?:and|but)\s+)?(?:(?:and|but|so|very|really|quite|a bit|a little|bit|was|felt|feel|feeling|feelings|felt a bit|felt really|felt very|a)\s+)*(?!(useful|useless|calm)\b)${FEELING}\b`);
const FELT = /(^|\b(i|i'm|i was|i am)\s+)(felt|feel|feeling)\s+(?!that\b|it\b|the\b|this\b|like (the|it|this)\b|as though (the|it)\b)\w/;
const MADE_ME = /\b(made|makes|make) me (feel|worry|panic|nervous|anxious|happy|proud|smile)\b/;

/** Whether a segment says what the writer felt (SPEC 9.3: feelings). */
export function feelings(segment: string): boolean {
  return MINE.test(segment) || BARE.test(segment) || FELT.test(segment) || MADE_ME.test(segment);
}
