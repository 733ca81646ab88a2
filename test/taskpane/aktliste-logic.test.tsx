/** The pane's aktliste logic: the vocabulary it gives the reader, what "Brug aktlisten" does, disagreements. */
import { describe, expect, it } from 'vitest';
import { mapReason } from '../../src/aktliste/reasons';
import { groundById } from '../../src/grounds';
import type { CaseDocument, Decision } from '../../src/letter/types';
import {
  disagreements,
  listActions,
  userVocabulary,
  withColumn,
  withReason,
} from '../../src/taskpane/aktliste/logic';
import { AKTLISTE_STRINGS as A } from '../../src/taskpane/aktliste/strings';
import { emptyDecision } from '../../src/taskpane/state/pane-state';
import type { ListMemory } from '../../src/taskpane/profile-store';
import { listOf } from '../aktliste/support';

const basesOf = (id: string) => groundById(id)?.bases ?? [];
const EMPTY: ListMemory = { columns: {}, reasons: [] };

describe('userVocabulary', () => {
  const memory = withReason(EMPTY, 'Helbred', 'offl-7', ['offl-30-1']);
  const shared = [
    { phrase: 'Helbred', grounds: ['offl-30-2'] },
    { phrase: 'Tilbud', grounds: ['offl-30-2'] },
    { phrase: 'Orientering', grounds: [] },
  ];
  const vocabulary = userVocabulary(memory, shared, basesOf);
  const ids = (reason: string, basis: Decision['basis'] = 'offl-7') =>
    mapReason(reason, { basis, userVocabulary: vocabulary }).grounds.map((g) => g.id);

  it.each([
    ["the user's own answer wins over the administrator's", 'Helbred', 'offl-7', ['offl-30-1']],
    ["the administrator's wording", 'Tilbud', 'offl-7', ['offl-30-2']],
    ["an administrator's offl ground does not apply to a party under fvl", 'Tilbud', 'fvl-9', []],
  ] as const)('%s', (_, reason, basis, expected) => {
    expect(ids(reason, basis)).toEqual(expected);
  });

  it('an empty grounds list means outside the request, under every regime', () => {
    expect(mapReason('Orientering', { basis: 'fvl-9', userVocabulary: vocabulary }).outside).toBe(true);
  });

  it('remembering again under the same regime replaces the answer', () => {
    const again = withReason(memory, 'Helbred', 'offl-8', []);
    expect(again.reasons).toEqual([{ phrase: 'Helbred', regime: 'offl', groundIds: [] }]);
    expect(withColumn(again, 'a|b', 'decision', 1).columns).toEqual({ 'a|b': { decision: 1 } });
  });
});

describe('listActions ("Brug aktlisten")', () => {
  const list = listOf([
    ['1', 'Ansøgning', 'Ja', ''],
    ['2', 'Notat', 'Nej', 'Internt dokument'],
    ['3', 'Mail', 'Delvis', 'Private forhold'],
  ]);

  it('proposes the outcome, ticks what is not ticked yet, and sets the documents', () => {
    const decision: Decision = {
      ...emptyDecision('2025-03-10'),
      grounds: [{ groundId: 'offl-30-1', values: {} }],
    };
    const actions = listActions({ ...list, format: 'paste' }, decision);
    expect(actions.slice(0, 2)).toEqual([
      { type: 'set', patch: { outcome: 'partial' } },
      { type: 'ground', groundId: 'offl-23-1-1', checked: true },
    ]);
    const documents = actions[2];
    expect(documents?.type).toBe('documents');
    if (documents?.type === 'documents')
      expect(documents.documents?.map((d) => d.number)).toEqual(['1', '2', '3']);
    expect(actions).toHaveLength(3);
  });

  it('leaves the outcome of a letter that is not a decision alone', () => {
    const decision: Decision = { ...emptyDecision('2025-03-10'), kind: 'delay-notice' };
    expect(listActions({ ...list, format: 'paste' }, decision).some((a) => a.type === 'set')).toBe(false);
  });
});

describe('disagreements between the list and the choices', () => {
  const documents: CaseDocument[] = [
    { number: '1', title: 'Ansøgning', decision: 'granted', groundIds: [] },
    { number: '2', title: 'Notat', decision: 'withheld', groundIds: ['offl-23-1-1'] },
  ];
  const label = (id: string) => `<${id}>`;
  const base = { ...emptyDecision('2025-03-10'), documents, outcome: 'partial' as const };

  it.each([
    ['none when choices follow the list', { grounds: [{ groundId: 'offl-23-1-1', values: {} }] }, []],
    [
      "an outcome other than the list's",
      { outcome: 'grant' as const, grounds: [{ groundId: 'offl-23-1-1', values: {} }] },
      [A.outcomeDiffers('partial', 'grant')],
    ],
    [
      'a ticked ground no row uses, a row ground not ticked',
      { grounds: [{ groundId: 'offl-30-1', values: {} }] },
      [A.groundNotUsed('<offl-30-1>'), A.groundNotTicked('<offl-23-1-1>')],
    ],
    ['nothing without documents', { documents: undefined, grounds: [] }, []],
  ])('%s', (_, patch, expected) => {
    expect(disagreements({ ...base, ...patch }, label).map((d) => d.message)).toEqual(expected);
  });
});
