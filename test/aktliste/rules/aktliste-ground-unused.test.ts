import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/aktliste/rules/aktliste-ground-unused';
import { letterFrom, listOf } from '../support';
import { runListRule } from './tester';

const list = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
  ['3', 'Mail fra nabo', 'Delvis', 'offl. § 30, nr. 1'],
]);
const fewer = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
]);

describe('aktliste-ground-unused', () => {
  runListRule(rule, [
    {
      name: 'every ground the letter reasons is used by a row',
      list,
      letter: letterFrom(list),
      expected: [],
    },
    {
      name: 'a ground no row uses is a warning, at the citation',
      list: fewer,
      letter: letterFrom(list),
      expected: [['unused', undefined]],
      at: ([text]) => expect(text).toMatch(/§ 30, nr\. 1/),
    },
    {
      name: "a bare paragraph in the list uses the letter's ground under it",
      list: listOf([
        ['1', 'Mail', 'Nej', '§ 30'],
        ['2', 'Notat', 'Nej', 'Internt dokument'],
      ]),
      letter: letterFrom(list),
      expected: [],
    },
    {
      name: 'a list without rows in the decision says nothing',
      list: listOf([['1', 'Frokost', 'Nej', 'Ikke omfattet af sagen']]),
      letter: letterFrom(list),
      expected: [],
    },
  ]);

  it('is a warning, not an error', () => expect(rule.meta.severity).toBe('warning'));
});
