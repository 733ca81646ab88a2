import { describe, expect, it } from 'vitest';
import { findHeader, headerScore, mapColumns } from '../../src/aktliste/columns';
import { parseDateText, readDate } from '../../src/aktliste/dates';
import { isOutsideAnswer, parseDecision } from '../../src/aktliste/decisions';

describe('columns by synonyms', () => {
  it.each([
    [
      ['Dokumenttitel', 'Akt ID', 'Dok ID', 'Dato', 'Aktindsigt', 'Begrundelse'],
      ['title', 'aktId', 'docId', 'date', 'decision', 'reason'],
    ],
    [
      ['Titel', 'Akt nr.', 'Dokument-ID', 'Dokumentdato', 'Udlevering', 'Hjemmel'],
      ['title', 'aktId', 'docId', 'date', 'decision', 'reason'],
    ],
    [
      ['Dokumentnavn', 'Aktnr', 'Dok. nr.', 'Brevdato', 'Afgørelse', 'Undtagelsesbestemmelse'],
      ['title', 'aktId', 'docId', 'date', 'decision', 'reason'],
    ],
    [
      ['Beskrivelse', 'Akt', 'Afsender', 'Modtager', 'Udleveres', 'Bemærkning'],
      ['title', 'aktId', 'sender', 'recipient', 'decision', 'reason'],
    ],
    [
      ['EMNE', 'akt-id', 'DATO:', 'aktindsigt?', 'begrundelse hvis nej eller delvis'],
      ['title', 'aktId', 'date', 'decision', 'reason'],
    ],
  ])('%j', (header, fields) => {
    const { columns } = mapColumns(header);
    expect(fields.map((f) => columns[f as keyof typeof columns])).toEqual(fields.map((_, i) => i));
  });

  it('picks the best match, not the first: "Omfattet af aktindsigt?" beside "Gives der aktindsigt?"', () => {
    const { columns } = mapColumns([
      'Titel',
      'Omfattet af aktindsigt?',
      'Gives der aktindsigt i dokumentet? (Ja/Nej/Delvis)',
    ]);
    expect(columns.decision).toBe(2);
    expect(columns.inRequest).toBe(1);
    expect(headerScore('Gives der aktindsigt i dokumentet? (Ja/Nej/Delvis)', 'decision')).toBeGreaterThan(
      headerScore('Omfattet af aktindsigt?', 'decision'),
    );
  });

  it('does not read short words inside longer headers ("Bilag til Dok ID" is not the recipient)', () => {
    const { columns } = mapColumns([
      'Dok ID',
      'Bilag til Dok ID',
      'Link til dokument',
      'Dokumenttitel',
      'Aktindsigt',
    ]);
    expect(columns.docId).toBe(0);
    expect(columns.recipient).toBeUndefined();
    expect(columns.title).toBe(3);
  });

  it('finds the header by its cells below title rows, and not beyond the rows it searches', () => {
    const rows = [
      ['Aktliste for sag 2025-1'],
      [],
      ['Udarbejdet af: Kontoret'],
      ['Akt', 'Titel', 'Aktindsigt'],
      [1, 'A', 'Ja'],
    ];
    expect(findHeader(rows, 20)?.index).toBe(3);
    expect(findHeader(rows, 3)).toBeUndefined();
    expect(findHeader([['Navn', 'Adresse'], ['Titel']], 20)).toBeUndefined();
  });
});

describe('decision values', () => {
  it.each([
    ['Ja', 'granted'],
    ['j', 'granted'],
    [' JA ', 'granted'],
    ['Fuld aktindsigt', 'granted'],
    ['Udleveres', 'granted'],
    ['Delvis', 'partial'],
    ['d', 'partial'],
    ['Delvist', 'partial'],
    ['Delvis aktindsigt', 'partial'],
    ['delvis.', 'partial'],
    ['Nej', 'withheld'],
    ['n', 'withheld'],
    ['Ingen aktindsigt', 'withheld'],
    ['Undtaget', 'withheld'],
    ['Afslag', 'withheld'],
  ])('%s', (text, decision) => expect(parseDecision(text)).toBe(decision));

  it.each(['Afventer', '', '?', 'Måske', 'Ja/Nej'])('%j is not guessed', (text) => {
    expect(parseDecision(text)).toBeUndefined();
  });

  it('reads "Omfattet af ansøgningen?" = Nej as outside the request', () => {
    expect(isOutsideAnswer('Nej')).toBe(true);
    expect(isOutsideAnswer('Ja')).toBe(false);
    expect(isOutsideAnswer('')).toBe(false);
  });
});

describe('dates', () => {
  it.each([
    ['03.04.2025', '2025-04-03'],
    ['3.4.2025', '2025-04-03'],
    ['03-04-2025', '2025-04-03'],
    ['3/4-25', '2025-04-03'],
    ['3/4-2025', '2025-04-03'],
    ['2025-04-03', '2025-04-03'],
    ['3. april 2025', '2025-04-03'],
    ['03.04.2025 kl. 14.30', '2025-04-03'],
    ['31.12.99', '1999-12-31'],
  ])('%s', (text, iso) => expect(parseDateText(text)).toBe(iso));

  it.each(['31.02.2025', 'i går', '2025', '13/13-25'])('%j is no date', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('reads Excel dates and serials, keeping what was written', () => {
    expect(readDate(new Date(Date.UTC(2025, 3, 3)))).toEqual({ date: '2025-04-03', text: '2025-04-03' });
    expect(readDate(45750)).toEqual({ date: '2025-04-03', text: '45750' });
    expect(readDate(7)).toEqual({ text: '7' });
    expect(readDate('ukendt')).toEqual({ text: 'ukendt' });
  });
});
