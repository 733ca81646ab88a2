import { describe } from 'vitest';
import { rule } from '../../../src/aktliste/rules/aktliste-companion';
import { tagged, withoutBlocks, composedPlan, decisionOn } from '../../support/check';
import { letterFrom, listOf } from '../support';
import { runListRule } from './tester';

const internal = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Notat', 'Nej', 'Internt dokument'],
]);
const privateWhole = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Lægeerklæring', 'Nej', 'offl. § 30, nr. 1'],
]);
const privatePart = listOf([
  ['1', 'Ansøgning', 'Ja', ''],
  ['2', 'Mail fra nabo', 'Delvis', 'offl. § 30, nr. 1'],
]);
/** A grant letter (no grounds cited): what the list demands is nowhere in it. */
const bareLetter = tagged(composedPlan(decisionOn([], { outcome: 'grant' })));

describe('aktliste-companion', () => {
  runListRule(rule, [
    {
      name: 'the composed letter has every companion',
      list: internal,
      letter: letterFrom(internal),
      expected: [],
    },
    {
      name: 'internal documents withheld in the list ask for meroffentlighed and extraction',
      list: internal,
      letter: bareLetter,
      expected: [
        ['meroffentlighed', 3],
        ['extraction', 3],
      ],
    },
    {
      name: 'a document withheld wholly under § 30 asks for § 34',
      list: privateWhole,
      letter: withoutBlocks(letterFrom(privateWhole), 'partial-34'),
      expected: [['partial34', 3]],
    },
    {
      name: 'a document withheld in part hands the rest out: no § 34 needed',
      list: privatePart,
      letter: withoutBlocks(letterFrom(privatePart), 'partial-34'),
      expected: [],
    },
    {
      name: "the checker's own rule speaks when the letter cites the ground",
      list: internal,
      letter: withoutBlocks(letterFrom(internal), 'meroffentlighed'),
      expected: [],
    },
  ]);
});
