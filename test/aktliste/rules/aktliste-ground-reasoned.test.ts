import { describe, expect } from 'vitest';
import { rule } from '../../../src/aktliste/rules/aktliste-ground-reasoned';
import { listOf, letterFrom } from '../support';
import { runListRule } from './tester';

const list = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
  ['3', 'Mail fra nabo', 'Delvis', 'offl. § 30, nr. 1'],
]);
const withMore = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
  ['3', 'Mail fra nabo', 'Delvis', 'offl. § 30, nr. 1'],
  ['4', 'Politirapport', 'Nej', '§ 33, nr. 1'],
  ['5', 'Politirapport 2', 'Nej', '§ 33, nr. 1'],
]);
const bare = listOf([
  ['1', 'Talepapir', 'Nej', 'Ministerbetjening'],
  ['2', 'Ansøgning', 'Ja', ''],
]);

describe('aktliste-ground-reasoned', () => {
  runListRule(rule, [
    { name: 'every ground of the list is reasoned', list, letter: letterFrom(list), expected: [] },
    {
      name: 'a ground only in the list is reported once, at its first row, with the count of the others',
      list: withMore,
      letter: letterFrom(list),
      expected: [['notReasoned', 5]],
      at: ([text]) => expect(text).toBe('Begrundelse'),
    },
    {
      name: 'a bare paragraph in the list is reasoned by any of its grounds',
      list: bare,
      letter: letterFrom(
        listOf([
          ['1', 'Talepapir', 'Nej', 'offl. § 24, stk. 1, nr. 2'],
          ['2', 'Ansøgning', 'Ja', ''],
        ]),
      ),
      expected: [],
    },
    {
      name: 'a ground cited only in the quoted law does not count',
      list: withMore,
      letter: {
        paragraphs: [
          ...letterFrom(list).paragraphs,
          { text: '§ 33. Retten til aktindsigt kan begrænses ...', blockId: 'legal-basis' },
        ],
      },
      expected: [['notReasoned', 5]],
    },
    {
      name: 'a row that hands the document out needs no ground',
      list: listOf([['1', 'Ansøgning', 'Ja', 'offl. § 33, nr. 1']]),
      letter: letterFrom(list),
      expected: [],
    },
  ]);
});
