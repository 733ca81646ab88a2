import { describe, expect, it } from 'vitest';
import { readLetter, ReadError } from '../../src/docx';
import { mutations, namedCases, validLetter } from '../support/hostile-files';

/** Reads a file the way the CLI does: a snapshot, or a ReadError with a Danish reason; anything else fails. */
function outcome(name: string, bytes: Uint8Array): { code: string; message: string } | 'report' {
  try {
    readLetter(bytes, { fileName: name });
    return 'report';
  } catch (error) {
    if (error instanceof ReadError) return { code: error.code, message: error.message };
    throw error;
  }
}

describe('hostile input is refused with its reason', () => {
  const cases = namedCases().filter((c) => !c.heavy);

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, file) => {
    const result = outcome(name, file.bytes);
    if (file.expect === undefined) {
      expect(result === 'report' || typeof result.code === 'string').toBe(true);
      return;
    }
    expect(result).not.toBe('report');
    if (file.expect !== 'refused') expect(result).toMatchObject({ code: file.expect });
    // A Danish sentence for the user, not an exception's text.
    expect((result as { message: string }).message).toMatch(/[æøåÆØÅ]|filen|delen|pakken|dokument/i);
  });

  it('refuses past the paragraph, text and part limits it is given', () => {
    const text = new TextEncoder().encode('a\nb\nc\n');
    expect(() => readLetter(text, { fileName: 'a.txt', limits: { maxParagraphs: 2 } })).toThrow(
      expect.objectContaining({ code: 'tooManyParagraphs' }),
    );
    expect(() => readLetter(validLetter(), { fileName: 'a.docx', limits: { maxParagraphs: 3 } })).toThrow(
      expect.objectContaining({ code: 'tooManyParagraphs' }),
    );
    expect(() => readLetter(validLetter(), { fileName: 'a.docx', limits: { maxTextChars: 20 } })).toThrow(
      expect.objectContaining({ code: 'textTooLong' }),
    );
    expect(() => readLetter(validLetter(), { fileName: 'a.docx', limits: { maxPartBytes: 100 } })).toThrow(
      expect.objectContaining({ code: 'partTooLarge' }),
    );
    expect(() => readLetter(validLetter(), { fileName: 'a.docx', limits: { maxInputBytes: 100 } })).toThrow(
      expect.objectContaining({ code: 'tooLarge' }),
    );
  });

  it('the valid letter the mutations start from is read', () => {
    expect(outcome('brev.docx', validLetter())).toBe('report');
  });

  it('mutated letters give a report or a refusal, never another error', () => {
    const results = mutations(validLetter(), 120).map((m) => outcome(m.name, m.bytes));
    expect(results.length).toBe(120);
    // Both happen: some damage is harmless, some is refused.
    expect(results.some((r) => r === 'report')).toBe(true);
    expect(results.some((r) => r !== 'report')).toBe(true);
  });
});
