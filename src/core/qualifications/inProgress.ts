import { memo } from '../_lib/memo';

// SPEC 3.5 (v2): "In progress is not held". Words people write beside a qualification they have not yet achieved.
const MARKERS: readonly RegExp[] = [
  /\bin[\s-]progress\b/i, /\bworking\s+towards?\b/i, /\bstudying\b/i, /\bstarted\b/i, /\benrolled\b/i, /\bongoing\b/i,
  /\bpart(?:ly|ially)?[\s-]+complete[d]?\b/i, /\(\s*ip\s*\)/i, /\bdue\s+to\s+(?:complete|finish)\b.*$/i, /\bnot\s+yet\s+(?:complete[d]?|achieved)\b/i,
  /\bcurrently\s+(?:doing|studying|on)\b/i, /\buncompleted\b|\bincomplete\b/i,
];
// What is left around the title once the marker is gone: brackets, dashes, colons, commas at either end.
const EDGES = /^[\s,;:()[\]–—-]+|[\s,;:([\]–—-]+$/g;
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;

/** A qualification title read for whether it is achieved: the title without its in-progress words. */
export interface QualificationText {
  title: string;
  inProgress: boolean;
}

/**
 * Reads whether a qualification as written is still in progress, and its title without the marker (SPEC 3.5 v2).
 * @example readQualificationText('Working towards Level 3 Certificate in Learning Support') // { title: 'Level 3 Certificate in Learning Support', inProgress: true }
 */
export function readQualificationText(text: string): QualificationText {
  return readOnce(text);
}

// Unit and qualification titles repeat down a team's rows and each is tried against a dozen markers: read once, shared frozen.
const readOnce = memo((text: string): QualificationText => Object.freeze(read(text)));

function read(text: string): QualificationText {
  let title = text;
  let inProgress = false;
  for (const marker of MARKERS) {
    if (!marker.test(title)) continue;
    inProgress = true;
    title = title.replace(marker, ' ');
  }
  if (!inProgress) return { title: text.trim(), inProgress };
  title = title.replace(EMPTY_BRACKETS, ' ').replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(EDGES, '').trim();
  return { title: title === '' ? text.trim() : title, inProgress };
}
