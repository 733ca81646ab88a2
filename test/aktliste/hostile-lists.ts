/**
 * Malformed and hostile document lists (issue 11, section 5): no header, no decision column, 100,000 rows,
 * 5,000 columns, a 1 MB cell, formulas only, wrong encodings, binary junk, zip bombs, compound files
 * (.xls, encrypted), a letter renamed .xlsx, DOCTYPE, a cell at the sheet's far corner, and seeded
 * mutations of a valid list. Used in-process by test/aktliste/hostile.test.ts and, each in a child process
 * through the built CLI, by `npm run hostile`.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ListErrorCode } from '../../src/aktliste/errors';
import type { ReadErrorCode } from '../../src/docx';
import { buildDocx, p } from '../support/docx-xml';
import { compoundFile, random, rawZip } from '../support/hostile-files';
import { aktbob, SEMICOLON_CSV } from './make-fixtures';
import { columnName, writeXlsx } from './xlsx-writer';

export interface HostileList {
  name: string;
  bytes: Uint8Array;
  /** The refusal expected, `refused` for any, or undefined when a report is fine too. */
  expect?: ListErrorCode | ReadErrorCode | 'refused';
  /** Large cases the in-process test skips. */
  heavy?: boolean;
}

const HEADER = ['Akt ID', 'Dokumenttitel', 'Dato', 'Aktindsigt', 'Begrundelse'];
const utf8 = (text: string) => strToU8(text);
const csv = (rows: string[][]) => utf8(rows.map((r) => r.join(';')).join('\r\n'));

function junk(seed: number, length: number, withZeros: boolean): Uint8Array {
  const next = random(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const b = Math.floor(next() * 256);
    out[i] = withZeros ? b : b === 0 ? 0x20 : b;
  }
  return out;
}

/** A sheet XML with the given cells, packed into a workbook (for what the writer would not write). */
function rawSheet(sheetXml: string, extra: Zippable = {}): Uint8Array {
  const files = unzipSync(writeXlsx([{ name: 'Ark1', rows: [['x']] }]));
  files['xl/worksheets/sheet1.xml'] = utf8(
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetXml}</worksheet>`,
  );
  return zipSync({ ...files, ...extra });
}

function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
  }
  return out;
}

/** The named cases; `heavy` false leaves out the tens-of-megabytes cases (the in-process test skips them). */
export function namedLists(heavy = true): HostileList[] {
  const wide = Array.from({ length: 5000 }, (_, i) => `Kolonne ${i + 1}`);
  // Random letters, so the zip's ratio check does not refuse it first.
  const letters = random(5);
  const megabyte = Array.from({ length: 1024 * 1024 }, () =>
    String.fromCharCode(97 + Math.floor(letters() * 26)),
  ).join('');
  const list: HostileList[] = [
    { name: 'empty.csv', bytes: new Uint8Array(0), expect: 'empty' },
    {
      name: 'no-header.csv',
      bytes: csv([
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ]),
      expect: 'noHeader',
    },
    {
      name: 'no-header.xlsx',
      bytes: writeXlsx([
        {
          name: 'Ark1',
          rows: [
            ['Navn', 'Adresse'],
            ['A', 'B'],
          ],
        },
      ]),
      expect: 'noHeader',
    },
    {
      name: 'header-row-25.csv',
      bytes: csv([...Array.from({ length: 24 }, () => ['']), HEADER, ['1', 'A', '', 'Ja', '']]),
      expect: 'noHeader',
    },
    {
      name: 'no-decision-column.csv',
      bytes: csv([
        ['Akt ID', 'Dokumenttitel', 'Dato'],
        ['1', 'A', '01.01.2025'],
      ]),
      expect: 'noDecisionColumn',
    },
    {
      name: 'no-decision-column.xlsx',
      bytes: writeXlsx([
        {
          name: 'Ark1',
          rows: [
            ['Akt ID', 'Dokumenttitel', 'Begrundelse'],
            [1, 'A', 'x'],
          ],
        },
      ]),
      expect: 'noDecisionColumn',
    },
    { name: 'only-header.csv', bytes: csv([HEADER]) },
    { name: 'columns-5000.csv', bytes: csv([wide, wide]), expect: 'tooManyColumns' },
    {
      name: 'columns-5000.xlsx',
      bytes: writeXlsx([{ name: 'Ark1', rows: [wide, wide] }]),
      expect: 'tooManyColumns',
    },
    { name: 'cell-1mb.csv', bytes: csv([HEADER, ['1', megabyte, '', 'Ja', '']]), expect: 'cellTooLong' },
    {
      name: 'cell-1mb.xlsx',
      bytes: writeXlsx([{ name: 'Ark1', rows: [HEADER, [1, megabyte, null, 'Ja', null]] }]),
      expect: 'cellTooLong',
    },
    { name: 'header-1mb.csv', bytes: csv([[megabyte, ...HEADER]]), expect: 'cellTooLong' },
    {
      name: 'formulas-only-uncached.xlsx',
      bytes: writeXlsx([
        { name: 'Ark1', rows: [HEADER.map((_, i) => ({ formula: `"H${i}"` })), [{ formula: '1+1' }]] },
      ]),
      expect: 'noHeader',
    },
    {
      name: 'formulas-only-cached.xlsx',
      bytes: writeXlsx([
        {
          name: 'Ark1',
          rows: [
            HEADER.map((h) => ({ formula: `"${h}"`, cached: h })),
            [
              { formula: '1', cached: 1 },
              { formula: '"A"', cached: 'A' },
              null,
              { formula: '"Nej"', cached: 'Nej' },
              { formula: '"§ 30, nr. 1"', cached: '§ 30, nr. 1' },
            ],
          ],
        },
      ]),
    },
    {
      name: 'formula-error.xlsx',
      bytes: rawSheet(
        `<sheetData><row r="1">${HEADER.map((h, i) => `<c r="${columnName(i + 1)}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row><row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2" t="e"><v>#N/A</v></c></row></sheetData>`,
      ),
    },
    { name: 'utf16le-bom.csv', bytes: utf16le(SEMICOLON_CSV, true) },
    { name: 'utf16le-no-bom.csv', bytes: utf16le(SEMICOLON_CSV, false), expect: 'binaryText' },
    { name: 'utf8-bom.csv', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SEMICOLON_CSV)]) },
    {
      name: 'latin1-in-utf8-mojibake.csv',
      bytes: utf8(new TextDecoder('windows-1252').decode(utf8(SEMICOLON_CSV))),
    },
    {
      name: 'mixed-encodings.csv',
      bytes: new Uint8Array([...utf8(SEMICOLON_CSV), 0xe6, 0xf8, 0xe5, 0x0d, 0x0a]),
    },
    { name: 'ebcdic-ish.csv', bytes: junk(7, 2000, false), expect: 'refused' },
    {
      name: 'unbalanced-quotes.csv',
      bytes: utf8(`${HEADER.join(';')}\r\n1;"Ansøgning;01.03.2025;Ja;\r\n2;B;01.03.2025;Nej;§ 30, nr. 1`),
    },
    { name: 'only-separators.csv', bytes: utf8(';;;;\r\n;;;;\r\n'.repeat(100)), expect: 'noHeader' },
    { name: 'only-newlines.csv', bytes: utf8('\r\n'.repeat(10_000)), expect: 'noHeader' },
    { name: 'pdf.pdf', bytes: utf8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), expect: 'unknownListFormat' },
    { name: 'legacy.xls', bytes: compoundFile(['Workbook', 'SummaryInformation']), expect: 'legacyXls' },
    { name: 'legacy-book.xls', bytes: compoundFile(['Book']), expect: 'legacyXls' },
    {
      name: 'encrypted.xlsx',
      bytes: compoundFile(['EncryptionInfo', 'EncryptedPackage']),
      expect: 'encryptedList',
    },
    { name: 'legacy.doc', bytes: compoundFile(['WordDocument', '1Table']), expect: 'legacyDoc' },
    { name: 'other-compound.xlsx', bytes: compoundFile(['Contents']), expect: 'otherCompoundList' },
    {
      name: 'damaged-compound.xls',
      bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]),
      expect: 'damagedCompound',
    },
    { name: 'not-a-zip.xlsx', bytes: utf8('Akt;Titel;Aktindsigt\n1;A;Ja'), expect: 'notZipList' },
    { name: 'truncated.xlsx', bytes: aktbob().slice(0, 1500), expect: 'damagedZip' },
    { name: 'zip-no-workbook.xlsx', bytes: zipSync({ 'hej.txt': utf8('hej') }), expect: 'notSpreadsheet' },
    { name: 'docx-renamed.xlsx', bytes: letterWithTable() },
    {
      name: 'docx-without-table.xlsx',
      bytes: buildDocx({ body: p('Et brev uden tabel.') }),
      expect: 'noTable',
    },
    {
      name: 'zip-bomb-declared.xlsx',
      bytes: rawZip([
        { name: 'xl/workbook.xml', data: utf8('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: utf8('<worksheet/>'), declaredSize: 0xfffffff0 },
        { name: 'xl/worksheets/sheet2.xml', data: utf8('<worksheet/>'), declaredSize: 0xfffffff0 },
      ]),
      expect: 'refused',
    },
    {
      name: 'zip-bomb-ratio.xlsx',
      bytes: zipSync({
        ...unzipSync(writeXlsx([{ name: 'Ark1', rows: [HEADER] }])),
        'xl/worksheets/sheet1.xml': [new Uint8Array(20 * 1024 * 1024).fill(0x20), { level: 9 }],
      }),
      expect: 'ratioTooHigh',
    },
    {
      name: 'zip-too-many-entries.xlsx',
      bytes: zipSync({
        ...unzipSync(writeXlsx([{ name: 'Ark1', rows: [HEADER] }])),
        ...Object.fromEntries(
          Array.from({ length: 2100 }, (_, i) => [`xl/media/x${i}.bin`, new Uint8Array(1)]),
        ),
      }),
      expect: 'tooManyEntries',
    },
    {
      name: 'zip-slip.xlsx',
      bytes: rawZip([
        { name: 'xl/workbook.xml', data: utf8('<w/>') },
        { name: '../../evil.xml', data: utf8('<e/>') },
      ]),
      expect: 'unsafePath',
    },
    {
      name: 'zip-duplicate.xlsx',
      bytes: rawZip([
        { name: 'xl/workbook.xml', data: utf8('<w/>') },
        { name: 'XL/workbook.xml', data: utf8('<w/>') },
      ]),
      expect: 'duplicateEntry',
    },
    {
      name: 'zip-unknown-method.xlsx',
      bytes: rawZip([{ name: 'xl/workbook.xml', data: utf8('<w/>'), method: 99 }]),
      expect: 'unsupportedCompression',
    },
    {
      name: 'doctype-sheet.xlsx',
      bytes: doctypeSheet(),
      expect: 'doctype',
    },
    { name: 'entity-shared-strings.xlsx', bytes: entityStrings(), expect: 'doctype' },
    {
      name: 'far-corner-cell.xlsx',
      bytes: rawSheet(
        '<sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      ),
      expect: 'tooManyRows',
    },
    {
      name: 'far-right-cell.xlsx',
      bytes: rawSheet(
        '<sheetData><row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      ),
      expect: 'tooManyColumns',
    },
    {
      name: 'large-area.xlsx',
      bytes: rawSheet('<sheetData><row r="40000"><c r="ZZ40000"><v>1</v></c></row></sheetData>'),
      expect: 'refused',
    },
    {
      name: 'cells-without-refs.xlsx',
      bytes: rawSheet(
        `<sheetData>${'<row><c t="inlineStr"><is><t>Akt</t></is></c><c t="inlineStr"><is><t>Titel</t></is></c><c t="inlineStr"><is><t>Aktindsigt</t></is></c></row>'.repeat(3)}</sheetData>`,
      ),
    },
    {
      name: 'invalid-sheet-xml.xlsx',
      bytes: rawSheet('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>'),
      expect: 'refused',
    },
    {
      name: 'invalid-workbook-xml.xlsx',
      bytes: zipSync({
        ...unzipSync(writeXlsx([{ name: 'Ark1', rows: [HEADER] }])),
        'xl/workbook.xml': utf8('<workbook><sheets><sheet'),
      }),
      expect: 'refused',
    },
    {
      name: 'workbook-without-sheets.xlsx',
      bytes: zipSync({
        ...unzipSync(writeXlsx([{ name: 'Ark1', rows: [HEADER] }])),
        'xl/workbook.xml': utf8(
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
        ),
      }),
      expect: 'refused',
    },
    {
      name: 'shared-string-out-of-range.xlsx',
      bytes: rawSheet('<sheetData><row r="1"><c r="A1" t="s"><v>999999</v></c></row></sheetData>'),
      expect: 'refused',
    },
    {
      name: 'deep-nesting-sheet.xlsx',
      bytes: rawSheet(`<sheetData>${'<row>'.repeat(5000)}${'</row>'.repeat(5000)}</sheetData>`),
      expect: 'refused',
    },
    {
      name: 'sheet-names-hostile.xlsx',
      bytes: writeXlsx([
        { name: '<script>&amp;', rows: [HEADER, [1, 'A', null, 'Ja', null]] },
        { name: 'Ark\u0000', rows: [['x']] },
      ]),
    },
    {
      name: 'decisions-unknown.csv',
      bytes: csv([
        HEADER,
        ...['Afventer', '?', 'Måske', '', 'JA NEJ'].map((d, i) => [String(i), 'T', '', d, 'x']),
      ]),
    },
    {
      name: 'dates-garbage.csv',
      bytes: csv([
        HEADER,
        ...['31.02.2025', '99/99-99', '0000-00-00', '1e308', '-1'].map((d, i) => [
          String(i),
          'T',
          d,
          'Ja',
          '',
        ]),
      ]),
    },
    {
      name: 'citations-garbage.csv',
      bytes: csv([
        HEADER,
        ...['§§§§', '§ 999999999999', 'offl § 30, nr. 99999', '§ 30 stk. 0 nr. -1', '§'.repeat(5000)].map(
          (r, i) => [String(i), 'T', '', 'Nej', r],
        ),
      ]),
    },
    {
      name: 'formula-injection.csv',
      bytes: csv([HEADER, ['=HYPERLINK("x")', '+cmd', '@SUM(1)', 'Ja', '-1']]),
    },
    { name: 'binary-junk-1.xlsx', bytes: junk(1, 4096, true), expect: 'refused' },
    { name: 'binary-junk-2.csv', bytes: junk(2, 65536, true), expect: 'refused' },
    { name: 'binary-junk-3', bytes: junk(3, 100, true), expect: 'refused' },
    {
      name: 'pk-header-junk.xlsx',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk(4, 2000, true)]),
      expect: 'refused',
    },
  ];
  if (heavy) list.push(...heavyLists());
  return list;
}

function heavyLists(): HostileList[] {
  const rows100k = Array.from({ length: 100_000 }, (_, i) => [
    String(i + 1),
    `Dokument ${i + 1}`,
    '01.03.2025',
    'Ja',
    '',
  ]);
  return [
    { name: 'rows-100000.csv', bytes: csv([HEADER, ...rows100k]), expect: 'tooManyRows', heavy: true },
    {
      name: 'rows-100000.xlsx',
      bytes: writeXlsx([{ name: 'Ark1', rows: [HEADER, ...rows100k] }]),
      expect: 'tooManyRows',
      heavy: true,
    },
    { name: 'rows-40000.csv', bytes: csv([HEADER, ...rows100k.slice(0, 40_000)]), heavy: true },
  ];
}

function doctypeSheet(): Uint8Array {
  const files = unzipSync(writeXlsx([{ name: 'Ark1', rows: [HEADER] }]));
  files['xl/worksheets/sheet1.xml'] = utf8(
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>',
  );
  return zipSync(files);
}

function entityStrings(): Uint8Array {
  const files = unzipSync(writeXlsx([{ name: 'Ark1', rows: [HEADER] }]));
  files['xl/sharedStrings.xml'] = utf8(
    '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>',
  );
  return zipSync(files);
}

/** A letter whose aktliste is a Word table (as the composer writes it), renamed .xlsx by the user. */
export function letterWithTable(): Uint8Array {
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
  const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  const table = `<w:tbl>${[
    ['Nr.', 'Dato', 'Dokument', 'Aktindsigt', 'Begrundelse'],
    ['1', '1. marts 2025', 'Ansøgning', 'Ja', ''],
    ['2', '2. marts 2025', 'Notat', 'Nej', 'offentlighedslovens § 23, stk. 1, nr. 1'],
  ]
    .map(row)
    .join('')}</w:tbl>`;
  return buildDocx({ body: `${p('Afgørelse')}${p('Aktliste')}${table}` });
}

/** Seeded mutations of a valid list: byte flips, truncations, damaged XML, shuffled entries. */
export function listMutations(count: number, seed = 11): HostileList[] {
  const valid = aktbob();
  const next = random(seed);
  const out: HostileList[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    let bytes: Uint8Array;
    if (kind === 0) {
      bytes = valid.slice();
      for (let k = 0; k < 1 + Math.floor(next() * 8); k++)
        bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
    } else if (kind === 1) {
      bytes = valid.slice(0, Math.floor(next() * valid.length));
    } else {
      const files = unzipSync(valid);
      const names = Object.keys(files).filter((n) => n.endsWith('.xml'));
      const name = names[Math.floor(next() * names.length)] ?? 'xl/workbook.xml';
      const text = new TextDecoder().decode(files[name]);
      const at = Math.floor(next() * text.length);
      files[name] = utf8(
        kind === 2
          ? text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20))
          : text.slice(0, at) + '<' + text.slice(at),
      );
      bytes = zipSync(files);
    }
    out.push({ name: `mutation-${i}.xlsx`, bytes });
  }
  return out;
}
