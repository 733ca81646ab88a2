import { describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../../src/check/types';
import { findingsOf } from '../../support/check';

const head = [
  '10. marts 2025',
  'Du anmodede den 3. marts 2025 om aktindsigt i sagen om salg af grunden.',
  'Afgørelse',
  'Du får delvis aktindsigt i sagen.',
  'Begrundelse',
  'Dokument 2 er et internt notat, jf. offentlighedslovens § 23, stk. 1, nr. 1.',
  'Dokument 3 indeholder oplysninger om en nabos helbred, jf. offentlighedslovens § 30, nr. 1.',
  'Aktliste',
];
const letter = (...rows: string[]): DocumentSnapshot => ({
  paragraphs: [...head, ...rows, 'Med venlig hilsen', 'Eksempel Kommune'].map((text) => ({ text })),
});
const HEADER = 'Nr. | Dato | Dokument | Aktindsigt | Undtaget efter';

/** The same list as a Word table: one paragraph per cell. */
function asTable(rows: string[][]): DocumentSnapshot {
  const table = rows.flatMap((cells, row) =>
    cells.map((text, cell) => ({ text, table: { table: 0, row, cell } })),
  );
  return {
    paragraphs: [
      ...head.map((text) => ({ text })),
      ...table,
      { text: 'Med venlig hilsen' },
      { text: 'Eksempel Kommune' },
    ],
  };
}

describe('aktliste-ground', () => {
  it.each([
    [
      'every withheld document has a ground the reasoning covers',
      letter(
        HEADER,
        '1 | 04.11.2024 | Købstilbud | Ja | -',
        '2 | 18.11.2024 | Notat | Nej | § 23, stk. 1, nr. 1',
        '3 | 02.12.2024 | Indsigelse | Delvis | § 30, nr. 1',
      ),
    ],
    [
      'a ground written with its act',
      letter(HEADER, '2 | 18.11.2024 | Notat | Nej | offentlighedslovens § 23, stk. 1, nr. 1'),
    ],
    ['a list of granted documents only', letter(HEADER, '1 | 04.11.2024 | Købstilbud | Ja | -')],
    [
      'rows written with tabs',
      letter('Nr.\tDokument\tAktindsigt\tHjemmel', '2\tNotat\tNej\t§ 23, stk. 1, nr. 1'),
    ],
    [
      'a Word table',
      asTable([
        ['Nr.', 'Dokument', 'Aktindsigt', 'Undtaget efter'],
        ['2', 'Notat', 'Nej', '§ 23, stk. 1, nr. 1'],
      ]),
    ],
  ])('passes: %s', (_, doc) => {
    expect(findingsOf('aktliste-ground', doc)).toEqual([]);
  });

  it.each([
    [
      'a ground the reasoning does not cite',
      letter(HEADER, '1 | 04.11.2024 | Købstilbud | Delvis | § 30, nr. 2'),
      'notCovered',
      '§ 30, nr. 2',
    ],
    [
      'another paragraph altogether',
      letter(HEADER, '4 | 16.12.2024 | Referat | Nej | § 27, nr. 1'),
      'notCovered',
      '§ 27, nr. 1',
    ],
    [
      'a withheld document with no ground',
      letter(HEADER, '4 | 16.12.2024 | Referat | Nej | -'),
      'noGround',
      '-',
    ],
    [
      'a Word table with a ground the reasoning does not cite',
      asTable([
        ['Nr.', 'Dokument', 'Aktindsigt', 'Undtaget efter'],
        ['1', 'Købstilbud', 'Delvis', '§ 30, nr. 2'],
      ]),
      'notCovered',
      '§ 30, nr. 2',
    ],
  ])('fails: %s', (_, doc, messageId, text) => {
    const findings = findingsOf('aktliste-ground', doc);
    expect(findings.map((f) => [f.messageId, f.severity, f.location.text])).toEqual([
      [messageId, 'error', text],
    ]);
    const [finding] = findings;
    if (finding?.location.start !== undefined) {
      const paragraph = doc.paragraphs[finding.location.paragraph]?.text ?? '';
      expect(paragraph.slice(finding.location.start, finding.location.end)).toBe(text);
    }
    if (messageId === 'notCovered') expect(finding?.message).toContain(`offentlighedslovens ${text}`);
  });
});
