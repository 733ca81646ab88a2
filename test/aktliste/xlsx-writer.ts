/**
 * A small .xlsx writer for tests, the hostile suite and the bench: it writes the SpreadsheetML parts by
 * hand (with fflate), so the fixtures can hold exactly the untidy things real lists have (title rows,
 * merged cells, rich text, cached formulas, hidden columns and sheets, protection, data validation) and
 * the hostile cases what no spreadsheet program would write.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export type XCell =
  | string
  | number
  | boolean
  | null
  | { formula: string; cached?: string | number }
  | { rich: string[] }
  | { serial: number }
  | { inline: string };

export interface XSheet {
  name: string;
  rows: XCell[][];
  /** Number of the first row (default 1). */
  startRow?: number;
  merges?: string[];
  hiddenColumns?: number[];
  state?: 'hidden' | 'veryHidden';
  protect?: boolean;
  /** A data-validation list on a range, e.g. ['J2:J20', 'Ja,Delvis,Nej']. */
  validation?: [string, string];
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Column letters of a 1-based column number. */
export function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The bytes of a workbook with the given sheets.
 * @example writeXlsx([{ name: 'Ark1', rows: [['Akt', 'Titel', 'Aktindsigt'], [1, 'Ansøgning', 'Ja']] }])
 */
export function writeXlsx(sheets: XSheet[], extra: Zippable = {}): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (key: string, xml: string) => {
    let i = index.get(key);
    if (i === undefined) {
      i = strings.length;
      strings.push(xml);
      index.set(key, i);
    }
    return i;
  };
  const files: Zippable = {};
  sheets.forEach((sheet, s) => {
    const start = sheet.startRow ?? 1;
    const rows = sheet.rows
      .map((cells, r) => {
        const rowNumber = start + r;
        const xml = cells
          .map((cell, c) => {
            const ref = `${columnName(c + 1)}${rowNumber}`;
            if (cell === null) return '';
            if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
            if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
            if (typeof cell === 'string') {
              const i = shared(`s:${cell}`, `<si><t xml:space="preserve">${esc(cell)}</t></si>`);
              return `<c r="${ref}" t="s"><v>${i}</v></c>`;
            }
            if ('rich' in cell) {
              const runs = cell.rich
                .map(
                  (t, k) => `<r>${k % 2 ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${esc(t)}</t></r>`,
                )
                .join('');
              const i = shared(`r:${cell.rich.join('\u0000')}`, `<si>${runs}</si>`);
              return `<c r="${ref}" t="s"><v>${i}</v></c>`;
            }
            if ('serial' in cell) return `<c r="${ref}" s="1"><v>${cell.serial}</v></c>`;
            if ('inline' in cell)
              return `<c r="${ref}" t="inlineStr"><is><t>${esc(cell.inline)}</t></is></c>`;
            const cached = cell.cached;
            if (cached === undefined) return `<c r="${ref}"><f>${esc(cell.formula)}</f></c>`;
            return typeof cached === 'number'
              ? `<c r="${ref}"><f>${esc(cell.formula)}</f><v>${cached}</v></c>`
              : `<c r="${ref}" t="str"><f>${esc(cell.formula)}</f><v>${esc(cached)}</v></c>`;
          })
          .join('');
        return `<row r="${rowNumber}">${xml}</row>`;
      })
      .join('');
    const cols = sheet.hiddenColumns?.length
      ? `<cols>${sheet.hiddenColumns.map((c) => `<col min="${c}" max="${c}" width="0" hidden="1"/>`).join('')}</cols>`
      : '';
    const protect = sheet.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : '';
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '';
    const validation = sheet.validation
      ? `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${sheet.validation[0]}"><formula1>"${esc(sheet.validation[1])}"</formula1></dataValidation></dataValidations>`
      : '';
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${REL_NS}>${cols}<sheetData>${rows}</sheetData>${protect}${merges}${validation}</worksheet>`,
    );
  });
  const sheetList = sheets
    .map(
      (sheet, s) =>
        `<sheet name="${esc(sheet.name)}" sheetId="${s + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${s + 1}"/>`,
    )
    .join('');
  const rels = sheets
    .map(
      (_, s) =>
        `<Relationship Id="rId${s + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`,
    )
    .join('');
  const n = sheets.length;
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, s) => `<Override PartName="/xl/worksheets/sheet${s + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} ${REL_NS}><sheets>${sheetList}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.join('')}</sst>`,
  );
  return zipSync({ ...files, ...extra }, { mtime: new Date('2025-01-01T00:00:00Z') });
}

/** Excel's serial day number of an ISO date (1900 system). */
export function serialOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25569;
}
