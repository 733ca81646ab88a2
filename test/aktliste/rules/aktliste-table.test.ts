import { describe, expect } from 'vitest';
import { rule } from '../../../src/aktliste/rules/aktliste-table';
import { edit, withoutBlocks } from '../../support/check';
import { letterFrom, listOf } from '../support';
import { runListRule } from './tester';

const list = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
  ['3', 'Mail fra nabo', 'Delvis', 'offl. § 30, nr. 1'],
]);
const withOutside = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
  ['3', 'Mail fra nabo', 'Delvis', 'offl. § 30, nr. 1'],
  ['4', 'Frokost', 'Nej', 'Ikke omfattet af anmodningen'],
]);
const longer = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
  ['3', 'Mail fra nabo', 'Delvis', 'offl. § 30, nr. 1'],
  ['4', 'Referat', 'Nej', 'Internt dokument'],
]);

describe('aktliste-table', () => {
  runListRule(rule, [
    {
      name: "the letter's table has the same documents and decisions",
      list,
      letter: letterFrom(list),
      expected: [],
    },
    {
      name: "a row outside the request need not be in the letter's table",
      list: withOutside,
      letter: letterFrom(list),
      expected: [],
    },
    {
      name: "a withheld document missing from the letter's table",
      list: longer,
      letter: letterFrom(list),
      expected: [['missing', 5]],
    },
    {
      name: 'a document shown as handed out that the list withholds, at its decision cell',
      list,
      letter: edit(
        letterFrom(list),
        (t) => t.startsWith('2\t'),
        (t) => t.replace('\tNej\t', '\tJa\t'),
      ),
      expected: [['decisionDiffers', 3]],
      at: ([text]) => expect(text).toMatch(/^2\t.*Notat/),
    },
    {
      name: "a document in the letter's table that the list does not have",
      list: listOf([
        ['1', 'Ansøgning', 'Ja', ''],
        ['2', 'Notat', 'Nej', 'Internt dokument'],
      ]),
      letter: letterFrom(list),
      expected: [['extra', undefined]],
    },
    {
      name: 'documents are recognised by title when the numbers differ',
      list: listOf([
        ['A1', 'Ansøgning', 'Ja', ''],
        ['A2', 'Notat', 'Nej', 'Internt dokument'],
        ['A3', 'Mail fra nabo', 'Delvis', 'offl. § 30, nr. 1'],
      ]),
      letter: letterFrom(list),
      expected: [],
    },
    {
      name: 'a letter without an aktliste table',
      list: longer,
      letter: withoutBlocks(letterFrom(list), 'document-list'),
      expected: [],
    },
  ]);
});
