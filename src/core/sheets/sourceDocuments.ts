/** A source document as users see it named (SPEC 4.1): a short form for cells, the full title listed once. */
export interface SourceDocument {
  short: string;
  title: string;
}

// The five source documents, by the number older code comments cite them with (never shown to users): docs/sources.md.
export const SOURCE_DOCUMENTS: Readonly<Record<string, SourceDocument>> = {
  '000': { short: 'CPD study notes', title: 'CPD and reflective practice for learning support practitioners (study notes)' },
  '001': { short: 'LLUK LSP qualifications', title: 'LLUK, Learning Support Practitioner qualifications' },
  '002': { short: 'NOS 2009', title: 'LLUK, National Occupational Standards for Learning Support Staff' },
  // SPEC 4.1 (v3): the report was commissioned by LSIS and undertaken by Natspec (version 2 wrongly named LLUK).
  '003': { short: 'ELS report 2010', title: "O'Brien and O'Brien, Enhancement of Learning Support: the training and development needs of learning support assistants, findings and recommendations (Natspec for LSIS, 2010)" },
  '004': { short: 'Career pathways 2011', title: "Faraday, 'A long and winding road': LSA career structure and progression pathways (LSIS, 2011)" },
};

// "seed 003 Recommendation 5", "seed 003 Rec 7", "Seed 004", "seeds 003 and 004".
const CITATION = /\bseeds? (\d{3})(?: and (\d{3}))?(?:,? Rec(?:ommendations?|s?\.?) (\d+(?: and \d+)?))?/gi;

function named(number: string, recs: string | undefined): string {
  const doc = SOURCE_DOCUMENTS[number];
  if (!doc) return 'a source document';
  if (!recs) return doc.short;
  const list = recs.split(' and ');
  return `${doc.short}, ${list.length > 1 ? 'recs' : 'rec.'} ${list.join(', ')}`;
}

/**
 * Replaces every "seed NNN" citation in user-facing text by the document's short name (SPEC 4.1).
 * @example plainSources('Shadow a specialist (seed 003 Rec 7: specialist expertise)') // 'Shadow a specialist (ELS report 2010, rec. 7: specialist expertise)'
 */
export function plainSources(text: string): string {
  if (!/seed/i.test(text)) return text;
  return text.replace(CITATION, (_all, first: string, second: string | undefined, recs: string | undefined) =>
    second ? `${named(first, undefined)} and ${named(second, recs)}` : named(first, recs));
}

/**
 * The short citation of an indicator's source for the Audit Summary's Source column: each document once, with the
 * recommendation numbers of the 2010 report.
 * @example shortCitation('Seed 003 Recommendation 5: "..."; seed 004: "..."') // 'ELS report 2010, rec. 5; Career pathways 2011'
 */
export function shortCitation(source: string): string {
  // A source names its documents by number ("seed 003") or already by short name ("ELS report 2010, rec. 3").
  const shorts = Object.entries(SOURCE_DOCUMENTS).map(([n, d]) => [n, d.short] as const);
  const marker = new RegExp(`\\bseeds? (\\d{3})|${shorts.map(([, short]) => short.replace(/[().]/g, '\\$&')).join('|')}`, 'gi');
  const order: string[] = [];
  const recs = new Map<string, Set<string>>();
  const marks = [...source.matchAll(marker)];
  marks.forEach((m, i) => {
    const doc = m[1] ?? shorts.find(([, short]) => short.toLowerCase() === m[0].toLowerCase())?.[0];
    if (!doc) return;
    if (!recs.has(doc)) {
      order.push(doc);
      recs.set(doc, new Set());
    }
    const part = source.slice(m.index, i + 1 < marks.length ? marks[i + 1].index : source.length);
    // "Recommendation 5", "Rec 7", "rec. 3", "Recommendations 3 and 12", "... and 3 (locally based network)".
    for (const r of part.matchAll(/\bRec(?:ommendations?|s?\.?)\s+(\d+)((?:\s*(?:,|and)\s*\d+)*)/gi)) {
      recs.get(doc)!.add(r[1]);
      for (const n of r[2].matchAll(/\d+/g)) recs.get(doc)!.add(n[0]);
    }
    for (const r of part.matchAll(/\)\s+and\s+(\d+)\s+\(/g)) recs.get(doc)!.add(r[1]);
  });
  const nos = /\bNOS ([ABC]\d+)/.exec(source);
  const cited = order.map((doc) => {
    const numbers = [...(recs.get(doc) ?? [])].sort((a, b) => Number(a) - Number(b));
    const d = SOURCE_DOCUMENTS[doc];
    if (doc === '002' && nos) return `${d.short} (${nos[1]})`;
    return numbers.length === 0 ? d.short : `${d.short}, ${numbers.length > 1 ? 'recs' : 'rec.'} ${numbers.join(', ')}`;
  });
  return cited.length > 0 ? cited.join('; ') : plainSources(source);
}
