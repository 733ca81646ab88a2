/**
 * The decision cell of a row: Ja / Nej / Delvis and what people write for them, case and whitespace
 * insensitive. Anything else is not guessed: the row is flagged.
 */
import type { DocumentDecision } from '../letter/types';
import { normalise } from './grid';

/** Normalised wordings per decision (data). */
export const DECISION_WORDS: Record<DocumentDecision, readonly string[]> = {
  granted: [
    'ja',
    'j',
    'fuld',
    'fuld aktindsigt',
    'ja fuld',
    'ja fuld aktindsigt',
    'udleveres',
    'udleveret',
    'gives',
    'aktindsigt gives',
  ],
  partial: [
    'delvis',
    'delvist',
    'd',
    'delvis aktindsigt',
    'delvist aktindsigt',
    'ja delvis',
    'ja delvist',
    'delvis udlevering',
    'udleveres delvist',
    'delvist udleveret',
  ],
  withheld: [
    'nej',
    'n',
    'ingen aktindsigt',
    'ingen',
    'undtaget',
    'undtages',
    'afslag',
    'afslået',
    'udleveres ikke',
    'ikke udleveret',
    'nej undtaget',
  ],
};

const LOOKUP = new Map<string, DocumentDecision>(
  (Object.keys(DECISION_WORDS) as DocumentDecision[]).flatMap((decision) =>
    DECISION_WORDS[decision].map((word): [string, DocumentDecision] => [normalise(word), decision]),
  ),
);

/**
 * The decision a cell states, undefined when it states none we know (blank, "Afventer").
 * @example parseDecision(' Delvis aktindsigt ') // "partial"
 * @example parseDecision('Afventer') // undefined
 */
export function parseDecision(text: string): DocumentDecision | undefined {
  return LOOKUP.get(normalise(text));
}

/**
 * Whether an "Omfattet af ansøgningen?" cell says the document is outside the request.
 * @example isOutsideAnswer('Nej') // true
 */
export function isOutsideAnswer(text: string): boolean {
  return ['nej', 'n', 'ikke omfattet', 'nej ikke omfattet'].includes(normalise(text));
}
