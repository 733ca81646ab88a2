/**
 * CSV lists and tables pasted from Excel, read with papaparse (loaded lazily). The delimiter is detected
 * (Danish Excel saves ";"); the bytes are UTF-8 with or without a byte-order mark, UTF-16 with one, or
 * Windows-1252 when they are not valid UTF-8 (decoded with TextDecoder, as the letter reader does).
 */
import { ReadError } from '../docx';
import { decodeText } from '../docx/text';
import { fromReadError, listError } from './errors';
import type { Grid } from './grid';
import type { ListLimits } from './limits';

async function parse(text: string, name: string, delimiter: string, limits: ListLimits): Promise<Grid> {
  const { default: Papa } = await import('papaparse');
  const result = Papa.parse<string[]>(text, {
    delimiter,
    delimitersToGuess: [';', '\t', ',', '|'],
    skipEmptyLines: false,
    preview: limits.maxRows + 1,
  });
  const rows = result.data;
  if (rows.length > limits.maxRows) throw listError('tooManyRows', rows.length, limits.maxRows);
  rows.forEach((row, i) => {
    if (row.length > limits.maxColumns) throw listError('tooManyColumns', row.length, limits.maxColumns);
    for (const cell of row) {
      if (cell.length > limits.maxCellChars) throw listError('cellTooLong', i + 1, limits.maxCellChars);
    }
  });
  return { name, rows };
}

/**
 * Reads a CSV file's bytes into one grid.
 * @example (await readCsv(new TextEncoder().encode('Akt;Titel;Aktindsigt\n1;Ansøgning;Ja'), LIST_LIMITS)).rows[1] // ["1", "Ansøgning", "Ja"]
 */
export async function readCsv(bytes: Uint8Array, limits: ListLimits): Promise<Grid> {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (error) {
    if (error instanceof ReadError) throw fromReadError(error, limits.zip.maxEntries);
    throw error;
  }
  return parse(text, 'CSV', '', limits);
}

/**
 * Reads a table pasted from Excel (tab-separated rows; other delimiters detected if there are no tabs).
 * @example (await readPaste('Akt\tTitel\tAktindsigt\n1\tAnsøgning\tJa', LIST_LIMITS)).rows.length // 2
 */
export async function readPaste(text: string, limits: ListLimits): Promise<Grid> {
  if (text.length > limits.maxInputBytes) {
    throw listError(
      'tooLarge',
      Math.round(text.length / 1048576),
      Math.round(limits.maxInputBytes / 1048576),
    );
  }
  return parse(text.replace(/^\uFEFF/, ''), 'Indsat tabel', text.includes('\t') ? '\t' : '', limits);
}
