// How LSAs type in a hurry: misspellings and dropped apostrophes mended before the cue words are read, so that
// "becuase", "relised" or "nxt time" count as the words they stand for.
const MENDS: [RegExp, string][] = [
  [/\b(becuase|beacuse|becasue|becaus|bcause|becouse|cos|coz)\b/g, 'because'],
  [/\b(relised|realsied|relized|realized|realied|relaised)\b/g, 'realised'],
  [/\b(realize|relise|realsie)\b/g, 'realise'],
  [/\b(lernt|learned|learnd|leant)\b/g, 'learnt'],
  [/\b(nxt|nex)\b/g, 'next'],
  [/\b(futre|furture|fture)\b/g, 'future'],
  [/\b(traning|trainning|trianing)\b/g, 'training'],
  [/\b(sesion|sesson|sessoin)\b/g, 'session'],
  [/\b(relly|realy|rly)\b/g, 'really'],
  [/\b(wel)\b/g, 'well'],
  [/\b(feelt)\b/g, 'felt'],
  [/\b(anxous|anxiuos)\b/g, 'anxious'],
  [/\b(nervus|nervouse)\b/g, 'nervous'],
  [/\b(frustated|frusterated)\b/g, 'frustrated'],
  [/\b(should|could|would) of\b/g, '$1 have'],
  [/\b(didnt|dint)\b/g, "didn't"],
  [/\b(dont)\b/g, "don't"],
  [/\b(doesnt)\b/g, "doesn't"],
  [/\b(couldnt)\b/g, "couldn't"],
  [/\b(wouldnt)\b/g, "wouldn't"],
  [/\b(wasnt)\b/g, "wasn't"],
  [/\b(isnt)\b/g, "isn't"],
  [/\b(wont)\b/g, "won't"],
  [/\b(cant)\b/g, "can't"],
  [/\b(im)\b/g, "i'm"],
  [/\b(ive)\b/g, "i've"],
  [/\bi ll\b/g, "i'll"],
];

/** The entry in lower case with curly quotes straightened and common misspellings mended. */
export function mendSpelling(text: string): string {
  let t = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u2013\u2014]/g, '-');
  for (const [from, to] of MENDS) t = t.replace(from, to);
  return t;
}
