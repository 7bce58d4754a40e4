export interface GlossaryEntry {
  term: string;
  expansion: string;
}

/** A piece of text that is a glossary term, as written in the text ("SENCOs"). */
export interface MarkedTerm {
  text: string;
  expansion: string;
}

export type MarkedText = (string | MarkedTerm)[];

/**
 * An acronym is one word with two or more capitals (EHCP, PfA, SENDIASS): it matches only with
 * its capitals, so "send" and "nd" in ordinary words are left alone. Other terms ("Local Offer")
 * match whatever their case.
 */
export function isAcronym(term: string): boolean {
  return !/\s/.test(term) && (term.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';

function termPattern(term: string): RegExp {
  const escaped = term
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  // An acronym's plural ("SENCOs") is the same term.
  const plural = isAcronym(term) ? 's?' : '';
  return new RegExp(`(?<!${WORD_CHAR})${escaped}${plural}(?!${WORD_CHAR})`, isAcronym(term) ? 'gu' : 'giu');
}

/**
 * Splits `text` into plain runs and glossary terms, whole words only. Where terms overlap the
 * earlier wins, and at the same place the longer ("SENDIASS" over "SEND").
 */
export function markGlossaryTerms(text: string, glossary: readonly GlossaryEntry[]): MarkedText {
  const found: { start: number; end: number; expansion: string }[] = [];
  for (const { term, expansion } of glossary) {
    if (!term.trim()) continue;
    for (const match of text.matchAll(termPattern(term))) {
      found.push({ start: match.index, end: match.index + match[0].length, expansion });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const marked: MarkedText = [];
  let at = 0;
  for (const { start, end, expansion } of found) {
    if (start < at) continue;
    if (start > at) marked.push(text.slice(at, start));
    marked.push({ text: text.slice(start, end), expansion });
    at = end;
  }
  if (at < text.length) marked.push(text.slice(at));
  return marked;
}
