/**
 * Splits law text into punktummer (sentences) the way "1. pkt.", "2. pkt." count them.
 */

// Abbreviations that never end a sentence (a number or a reference follows them). "pkt.", "m.v." and
// "el.lign." do end sentences in the acts ("nævnt i 2. pkt. En henvendelse ..."), so they are not here.
const ABBREVIATIONS = ['stk', 'nr', 'jf', 'bl.a', 'f.eks', 'dvs', 'ca', 'pr', 'art'];

/**
 * The sentences of a text, in order. A full stop ends a sentence when a capital letter follows and the
 * word before it is not an abbreviation.
 * @example splitSentences('Det gælder dog ikke. Stk. 1 finder anvendelse.') // ['Det gælder dog ikke.', 'Stk. 1 finder anvendelse.']
 */
export function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] !== '.' || flat[i + 1] !== ' ') continue;
    const next = flat[i + 2] ?? '';
    if (!/[A-ZÆØÅ]/.test(next)) continue;
    const word = /(\S+)$/.exec(flat.slice(start, i))?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.includes(word)) continue;
    sentences.push(flat.slice(start, i + 1));
    start = i + 2;
  }
  if (start < flat.length) sentences.push(flat.slice(start));
  return sentences;
}
