/** The pane's state for the case's documents: set and replaced by the aktliste, read back robustly. */
import { describe, expect, it } from 'vitest';
import {
  caseDocuments,
  initialPaneState,
  normaliseDecision,
  paneReducer,
} from '../../src/taskpane/state/pane-state';
import type { CaseDocument } from '../../src/letter/types';

const DOC: CaseDocument = { number: '1', title: 'Notat', decision: 'withheld', groundIds: ['offl-30-1'] };

describe('documents in the pane state', () => {
  it('the documents action sets, replaces and removes the list', () => {
    let state = paneReducer(initialPaneState(), { type: 'documents', documents: [DOC] });
    expect(state.decision.documents).toEqual([DOC]);
    const other = { ...DOC, number: '2', decision: 'granted' as const, groundIds: [] };
    state = paneReducer(state, { type: 'documents', documents: [other] });
    expect(state.decision.documents).toEqual([other]);
    state = paneReducer(state, { type: 'documents', documents: undefined });
    expect('documents' in state.decision).toBe(false);
  });

  it.each([
    ['not a list', 'akt 1', undefined],
    ['an empty list', [], []],
    ['a document', [DOC], [DOC]],
    ['a dated document', [{ ...DOC, date: '2025-03-01' }], [{ ...DOC, date: '2025-03-01' }]],
    ['a bad date dropped', [{ ...DOC, date: '1.3.2025' }], [DOC]],
    ['no title', [{ ...DOC, title: 3 }], []],
    ['an unknown decision', [{ ...DOC, decision: 'maybe' }], []],
    ['ground ids that are not text', [{ ...DOC, groundIds: ['offl-30-1', 7, null] }], [DOC]],
    [
      'no ground ids',
      [{ number: '1', title: 'A', decision: 'granted' }],
      [{ number: '1', title: 'A', decision: 'granted', groundIds: [] }],
    ],
  ])('read back: %s', (_, raw, expected) => {
    expect(caseDocuments(raw)).toEqual(expected);
    const decision = normaliseDecision({ outcome: 'partial', documents: raw });
    expect(decision.documents).toEqual(expected);
  });
});
