// Reads an entry as LSAs write it: lines, list items and sentences become segments, and a heading typed at the
// start of a segment ("EBI:", "4. why -", "Feelings - confused") is taken apart from what follows it.
import type { ReflectionStage } from './reflectionResult';
import { headingStage } from './headingWords';
import { mendSpelling } from './spellings';

/** One part of an entry: its words, and the stage its heading names when it has one. */
export interface EntrySegment {
  text: string;
  heading?: ReflectionStage;
}

// "1. what happened - ...", "WWW: ...", "- Feelings: ..."; a hyphen separates only with a space beside it.
const HEADED = /^(?:\d{1,2}\s*[.)]\s*|[-*\u2022]\s*)?([a-z][a-z /'&]{0,40}?)\s*(?::|\s[-=>]+|[-=>]+\s)\s*(.*)$/;
// A new heading after a comma on the same line ("good relationship, EBI: encourage ...").
const SEGMENT_BREAK = /\n|(?<=[.!?])\s+|;\s*|,\s*(?=(?:ebi|www|even better if|what went well|next time|next steps)\s*[:-])/;

const LIST_MARK = /^(?:\d{1,2}\s*[.)]|[-*\u2022])\s*/;

/** The entry's segments, spelling mended and in lower case. */
export function readEntry(entry: string): EntrySegment[] {
  const segments: EntrySegment[] = [];
  let pending: ReflectionStage | undefined; // a heading on a line of its own names the stage of the line after it
  for (const part of mendSpelling(entry).split(SEGMENT_BREAK)) {
    const s = part.trim();
    if (s === '') continue;
    const headed = HEADED.exec(s);
    const stage = headed ? headingStage(headed[1]) : undefined;
    if (headed && stage) {
      const content = headed[2].trim();
      if (content === '') pending = stage;
      else segments.push({ text: content, heading: stage });
      continue;
    }
    const bare = headingStage(s.replace(LIST_MARK, '').replace(/[\s:.]+$/, ''));
    if (bare) {
      pending = bare;
      continue;
    }
    segments.push({ text: s.replace(LIST_MARK, ''), heading: pending });
    pending = undefined;
  }
  return segments;
}
