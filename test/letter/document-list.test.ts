/**
 * The aktliste in the letter: the one table block both composers insert (columns, short citations per act),
 * `{dokumenter}` filled from the rows a ground covers (numbers or titles, the jurist's value first), the
 * partial-access companions a partly withheld document brings, and the check reading the table back.
 */
import { describe, expect, it } from 'vitest';
import { analyseLetter } from '../../src/check/analyse';
import { documentListRows } from '../../src/check/document-list';
import { formatShortRef } from '../../src/law/citations';
import { composePlan } from '../../src/letter/compose';
import {
  danishList,
  DOCUMENT_LIST_HEADER,
  DOCUMENT_LIST_WARNINGS,
  documentsField,
  hjemmelCell,
} from '../../src/letter/document-list';
import { paragraphsText } from '../../src/letter/fill';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { AuthorityProfile, Block, CaseDocument, Decision, InsertionPlan } from '../../src/letter/types';
import { CATALOGUE } from '../../src/grounds';
import { decisionOn, findingsOf, tagged } from '../support/check';

const doc = (
  number: string,
  decision: CaseDocument['decision'],
  groundIds: string[] = [],
  title = `Dokument ${number}`,
): CaseDocument => ({ number, title, date: '2025-01-20', decision, groundIds });

const block = (plan: InsertionPlan, id: string): Block | undefined => plan.blocks.find((b) => b.id === id);
const textOf = (plan: InsertionPlan, id: string) => {
  const b = block(plan, id);
  if (!b) throw new Error(`no block ${id}`);
  return paragraphsText(b.paragraphs);
};
const rowsOf = (plan: InsertionPlan) =>
  block(plan, 'document-list')
    ?.paragraphs.filter((p) => p.cells)
    .map((p) => p.cells);

const TITLES: AuthorityProfile = { ...EXAMPLE_PROFILE, aktliste: { documentReference: 'titles' } };

/** A decision whose grounds' fields are all filled except `{dokumenter}`, left blank. */
function blankDocuments(groundIds: string[], extra: Partial<Decision>): Decision {
  const decision = decisionOn(groundIds, extra);
  return {
    ...decision,
    grounds: decision.grounds.map((g) => ({ ...g, values: { ...g.values, dokumenter: '' } })),
  };
}

/** A decision under miljøoplysningsloven on 1985-act grounds, every field filled. */
function molDecision(groundIds: string[], extra: Partial<Decision> = {}): Decision {
  return {
    kind: 'decision',
    basis: 'mol',
    regime: 'mol',
    outcome: 'partial',
    request: { receivedDate: '2025-03-03', subject: 'tilsynet med renseanlægget' },
    grounds: groundIds.map((groundId) => {
      const ground = CATALOGUE.find((g) => g.id === groundId);
      if (!ground) throw new Error(groundId);
      return {
        groundId,
        values: Object.fromEntries(ground.fields.map((f) => [f.name, `udfyldt ${f.name}`])),
      };
    }),
    emissions: 'no',
    caseAreaId: 'sociale-sager',
    letterDate: '2025-03-10',
    ...extra,
  };
}

describe('the short citation of each act', () => {
  it.each([
    [{ statute: 'offl', section: '30', item: 1 }, 'offl. § 30, nr. 1'],
    [{ statute: 'offl', section: '23', subsection: 1, item: 1 }, 'offl. § 23, stk. 1, nr. 1'],
    [{ statute: 'fvl', section: '15 b', item: 2 }, 'fvl. § 15 b, nr. 2'],
    [{ statute: 'offl1985', section: '7', item: 1 }, 'offl. 1985 § 7, nr. 1'],
    [{ statute: 'fvl', section: '12', subsection: 1, item: 1 }, 'fvl. § 12, stk. 1, nr. 1'],
  ] as const)('%j -> %s', (ref, short) => {
    expect(formatShortRef(ref)).toBe(short);
  });

  it('a document with several grounds cites each once, in its own order', () => {
    expect(hjemmelCell(['offl-30-1', 'offl-23-1-1', 'offl-30-1'], CATALOGUE)).toBe(
      'offl. § 30, nr. 1; offl. § 23, stk. 1, nr. 1',
    );
    expect(hjemmelCell(['fvl-15b-2'], CATALOGUE)).toBe('fvl. § 15 b, nr. 2');
    expect(hjemmelCell(['findes-ikke'], CATALOGUE)).toBe('');
  });
});

describe('the aktliste table block', () => {
  it('has the header row (marked as such) and one row per document, under offentlighedsloven', () => {
    const plan = composePlan(
      decisionOn(['offl-30-1', 'offl-23-1-1'], {
        outcome: 'partial',
        documents: [
          doc('1', 'granted'),
          doc('2', 'partial', ['offl-30-1']),
          doc('3', 'withheld', ['offl-23-1-1', 'offl-30-1']),
        ],
      }),
      EXAMPLE_PROFILE,
    );
    const list = block(plan, 'document-list');
    expect(list?.paragraphs[0]).toMatchObject({ heading: 2, runs: [{ text: 'Aktliste' }] });
    expect(list?.paragraphs.filter((p) => p.header).map((p) => p.cells)).toEqual([[...DOCUMENT_LIST_HEADER]]);
    expect(rowsOf(plan)).toEqual([
      ['Akt nr.', 'Dato', 'Titel', 'Aktindsigt', 'Hjemmel'],
      ['1', '20. januar 2025', 'Dokument 1', 'Ja', ''],
      ['2', '20. januar 2025', 'Dokument 2', 'Delvis', 'offl. § 30, nr. 1'],
      ['3', '20. januar 2025', 'Dokument 3', 'Nej', 'offl. § 23, stk. 1, nr. 1; offl. § 30, nr. 1'],
    ]);
  });

  it('cites forvaltningsloven for a party', () => {
    const plan = composePlan(
      decisionOn(['fvl-15b-2'], { outcome: 'refusal', documents: [doc('4', 'withheld', ['fvl-15b-2'])] }),
      EXAMPLE_PROFILE,
    );
    expect(rowsOf(plan)?.[1]?.[4]).toBe('fvl. § 15 b, nr. 2');
  });

  it('under miljøoplysningsloven cites the 1985 act and LBK 988/2012 in short form', () => {
    const anyone = composePlan(
      molDecision(['offl1985-7-1'], { documents: [doc('1', 'withheld', ['offl1985-7-1'])] }),
      EXAMPLE_PROFILE,
    );
    expect(rowsOf(anyone)).toEqual([
      [...DOCUMENT_LIST_HEADER],
      ['1', '20. januar 2025', 'Dokument 1', 'Nej', 'offl. 1985 § 7, nr. 1'],
    ]);
    const party = composePlan(
      molDecision(['fvl-12-1-1'], {
        basis: 'mol-party',
        documents: [doc('1', 'withheld', ['fvl-12-1-1'])],
      }),
      EXAMPLE_PROFILE,
    );
    expect(rowsOf(party)?.[1]?.[4]).toBe('fvl. § 12, stk. 1, nr. 1');
  });

  it('warns of a ground not chosen and of a withheld document without a ground, in both composers', () => {
    const documents = [doc('5', 'withheld', ['offl-30-2']), doc('6', 'partial')];
    const plan = composePlan(decisionOn(['offl-30-1'], { outcome: 'partial', documents }), EXAMPLE_PROFILE);
    expect(plan.warnings).toContain(DOCUMENT_LIST_WARNINGS.groundNotChosen('5', 'offl-30-2'));
    expect(plan.warnings).toContain(DOCUMENT_LIST_WARNINGS.noGround('6'));
    const mol = composePlan(
      molDecision(['offl1985-7-1'], {
        documents: [doc('5', 'withheld', ['offl1985-7-2']), doc('6', 'partial')],
      }),
      EXAMPLE_PROFILE,
    );
    expect(mol.warnings).toContain(DOCUMENT_LIST_WARNINGS.groundNotChosen('5', 'offl1985-7-2'));
    expect(mol.warnings).toContain(DOCUMENT_LIST_WARNINGS.noGround('6'));
  });

  it('is read by the check as the letter’s aktliste: decisions and grounds, and the reasoning covers them', () => {
    const plan = composePlan(
      decisionOn(['offl-30-1'], {
        outcome: 'partial',
        documents: [doc('1', 'granted'), doc('2', 'withheld', ['offl-30-1'])],
      }),
      EXAMPLE_PROFILE,
    );
    const snapshot = tagged(plan);
    const rows = documentListRows(snapshot, analyseLetter(snapshot));
    expect(rows.map((r) => [r.decision, r.ground?.text ?? ''])).toEqual([
      ['granted', ''],
      ['withheld', 'offl. § 30, nr. 1'],
    ]);
    expect(findingsOf('aktliste-ground', snapshot)).toEqual([]);
  });
});

describe('{dokumenter} from the list', () => {
  const documents = [
    doc('3', 'withheld', ['offl-30-1'], 'Notat om X'),
    doc('5', 'granted', [], 'Ansøgning'),
    doc('7', 'partial', ['offl-30-1', 'offl-23-1-1'], 'Mail af 3. marts'),
    doc('12', 'withheld', ['offl-30-1'], 'Referat'),
  ];

  it('joins the Danish way', () => {
    expect(danishList([])).toBe('');
    expect(danishList(['a'])).toBe('a');
    expect(danishList(['a', 'b'])).toBe('a og b');
    expect(danishList(['a', 'b', 'c'])).toBe('a, b og c');
  });

  it('names the partly or wholly withheld documents a ground covers, by number (the default)', () => {
    expect(documentsField({ documents }, 'offl-30-1', EXAMPLE_PROFILE)).toBe('akt 3, 7 og 12');
    expect(documentsField({ documents }, 'offl-23-1-1', EXAMPLE_PROFILE)).toBe('akt 7');
    expect(documentsField({ documents: documents.slice(0, 3) }, 'offl-30-1', EXAMPLE_PROFILE)).toBe(
      'akt 3 og 7',
    );
    expect(documentsField({ documents }, 'offl-33-1', EXAMPLE_PROFILE)).toBe('');
    expect(documentsField({}, 'offl-30-1', EXAMPLE_PROFILE)).toBe('');
  });

  it('or by title, when the profile prefers titles', () => {
    expect(documentsField({ documents }, 'offl-30-1', TITLES)).toBe(
      '»Notat om X«, »Mail af 3. marts« og »Referat«',
    );
    expect(documentsField({ documents }, 'offl-23-1-1', TITLES)).toBe('»Mail af 3. marts«');
    // A document without a title is named by its number.
    expect(
      documentsField({ documents: [doc('9', 'withheld', ['offl-30-1'], ' ')] }, 'offl-30-1', TITLES),
    ).toBe('akt 9');
  });

  it('fills the reasoning where the jurist left the field blank, and is no longer reported missing', () => {
    const plan = composePlan(
      blankDocuments(['offl-30-1'], { outcome: 'partial', documents }),
      EXAMPLE_PROFILE,
    );
    expect(textOf(plan, 'reasoning:offl-30-1')).toContain('i akt 3, 7 og 12 fra aktindsigt');
    expect(plan.missing.filter((m) => m.field === 'dokumenter')).toEqual([]);
    const byTitle = composePlan(blankDocuments(['offl-30-1'], { outcome: 'partial', documents }), TITLES);
    expect(textOf(byTitle, 'reasoning:offl-30-1')).toContain(
      'i »Notat om X«, »Mail af 3. marts« og »Referat« fra aktindsigt',
    );
  });

  it('never overrides a value the jurist typed', () => {
    const plan = composePlan(decisionOn(['offl-30-1'], { outcome: 'partial', documents }), EXAMPLE_PROFILE);
    expect(textOf(plan, 'reasoning:offl-30-1')).toContain('udfyldt dokumenter');
    expect(textOf(plan, 'reasoning:offl-30-1')).not.toContain('akt 3');
  });

  it('stays a visible placeholder when the list covers nothing for the ground', () => {
    const plan = composePlan(
      blankDocuments(['offl-30-1'], { outcome: 'partial', documents: [doc('1', 'granted')] }),
      EXAMPLE_PROFILE,
    );
    expect(plan.missing).toContainEqual(
      expect.objectContaining({ blockId: 'reasoning:offl-30-1', field: 'dokumenter' }),
    );
  });

  it('fills the MOL composer’s reasoning too', () => {
    const decision = molDecision(['offl1985-7-1'], {
      documents: [doc('2', 'withheld', ['offl1985-7-1']), doc('4', 'withheld', ['offl1985-7-1'])],
    });
    const blank: Decision = {
      ...decision,
      grounds: decision.grounds.map((g) => ({ ...g, values: { ...g.values, dokumenter: '' } })),
    };
    expect(textOf(composePlan(blank, EXAMPLE_PROFILE), 'reasoning:offl1985-7-1')).toContain(
      'Vi har undtaget akt 2 og 4 fra aktindsigt',
    );
  });
});

describe('a partly withheld document brings its grounds’ partial-access companions', () => {
  it('offentlighedslovens § 34 for § 30, even when the jurist chose to grant', () => {
    const granted = decisionOn(['offl-30-1'], { outcome: 'grant' });
    expect(block(composePlan(granted, EXAMPLE_PROFILE), 'partial-34')).toBeUndefined();
    const plan = composePlan(
      { ...granted, documents: [doc('1', 'partial', ['offl-30-1'])] },
      EXAMPLE_PROFILE,
    );
    expect(textOf(plan, 'partial-34')).toBe(
      'Du får aktindsigt i dokumenternes øvrige indhold, jf. offentlighedslovens § 34.',
    );
    // Only the partial-access duty: the grant still has no meroffentlighed block.
    expect(block(plan, 'meroffentlighed')).toBeUndefined();
  });

  it('§ 28 extraction for an internal document, where the catalogue requires it; never § 34 there', () => {
    const plan = composePlan(
      {
        ...decisionOn(['offl-23-1-1'], { outcome: 'grant' }),
        documents: [doc('1', 'partial', ['offl-23-1-1'])],
      },
      EXAMPLE_PROFILE,
    );
    expect(textOf(plan, 'extraction')).toContain('offentlighedslovens § 28, stk. 1');
    expect(block(plan, 'partial-34')).toBeUndefined();
  });

  it('nothing for documents withheld in whole or granted', () => {
    const plan = composePlan(
      {
        ...decisionOn(['offl-30-1'], { outcome: 'grant' }),
        documents: [doc('1', 'withheld', ['offl-30-1']), doc('2', 'granted')],
      },
      EXAMPLE_PROFILE,
    );
    expect(block(plan, 'partial-34')).toBeUndefined();
  });

  it('under miljøoplysningsloven, the MOL composer’s partial-access block', () => {
    const plan = composePlan(
      molDecision(['offl1985-12-1-1'], {
        outcome: 'grant',
        documents: [doc('1', 'partial', ['offl1985-12-1-1'])],
      }),
      EXAMPLE_PROFILE,
    );
    expect(block(plan, 'partial-1985')).toBeDefined();
    const none = composePlan(molDecision(['offl1985-12-1-1'], { outcome: 'grant' }), EXAMPLE_PROFILE);
    expect(block(none, 'partial-1985')).toBeUndefined();
  });
});

describe('the extraction’s {dokumenter} from the list', () => {
  const documents = [
    doc('2', 'withheld', ['offl-23-1-1']),
    doc('4', 'partial', ['offl-30-1']),
    doc('6', 'partial', ['offl-24-1-1']),
  ];
  const decision = (companion: string) => ({
    ...decisionOn(['offl-23-1-1', 'offl-24-1-1', 'offl-30-1'], { outcome: 'partial', documents }),
    companionValues: { ekstrahering: 'Intet at ekstrahere.', dokumenter: companion },
  });

  it('names the documents withheld on grounds that require extraction (not § 30’s)', () => {
    expect(textOf(composePlan(decision(''), EXAMPLE_PROFILE), 'extraction')).toContain(
      'Vi har gennemgået akt 2 og 6 for oplysninger',
    );
    expect(documentsField({ documents }, ['offl-23-1-1', 'offl-24-1-1'], TITLES)).toBe(
      '»Dokument 2« og »Dokument 6«',
    );
  });

  it('keeps the value the jurist typed', () => {
    expect(textOf(composePlan(decision('de interne notater'), EXAMPLE_PROFILE), 'extraction')).toContain(
      'Vi har gennemgået de interne notater for oplysninger',
    );
  });
});
