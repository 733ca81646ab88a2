import { describe, expect } from 'vitest';
import { rule } from '../../../src/aktliste/rules/aktliste-outcome';
import { edit } from '../../support/check';
import { letterFrom, listOf } from '../support';
import { runListRule } from './tester';

const partial = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
]);
const allGranted = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Tegning', 'Ja', ''],
]);
const allWithheld = listOf([
  ['1', 'Notat', 'Nej', 'Internt dokument'],
  ['2', 'Mail', 'Nej', 'Internt dokument'],
]);
const outsideOnly = listOf([
  ['1', 'Notat', 'Nej', 'Internt dokument'],
  ['2', 'Frokost', 'Nej', 'Ikke omfattet af anmodningen'],
]);

describe('aktliste-outcome', () => {
  runListRule(rule, [
    { name: 'partial list, partial letter', list: partial, letter: letterFrom(partial), expected: [] },
    { name: 'all handed out, grant', list: allGranted, letter: letterFrom(allGranted), expected: [] },
    { name: 'none handed out, refusal', list: allWithheld, letter: letterFrom(allWithheld), expected: [] },
    {
      name: 'a row outside the request does not make a refusal partial',
      list: outsideOnly,
      letter: letterFrom(outsideOnly),
      expected: [],
    },
    {
      name: 'the letter grants in full, the list withholds row 3',
      list: partial,
      letter: letterFrom(partial, { outcome: 'grant' }),
      expected: [['mismatch', 3]],
      at: ([text]) => expect(text).toMatch(/imødekommer/),
    },
    {
      name: 'the letter refuses, the list hands out row 2',
      list: partial,
      letter: letterFrom(partial, { outcome: 'refusal' }),
      expected: [['mismatch', 2]],
    },
    {
      name: 'the letter is partial, the list withholds everything',
      list: allWithheld,
      letter: letterFrom(allWithheld, { outcome: 'partial' }),
      expected: [['mismatch', 2]],
    },
    {
      name: 'a letter whose outcome cannot be read is left to the checker',
      list: partial,
      letter: edit(
        letterFrom(partial),
        (t) => /imødekommer delvist/.test(t),
        () => 'Se nedenfor.',
      ),
      expected: [],
    },
  ]);
});
