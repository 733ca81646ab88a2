import { describe, expect, it } from 'vitest';
import { LIST_ERROR_CODES, ListReadError } from '../../src/aktliste/errors';
import { readAktliste } from '../../src/aktliste/read';
import { listMutations, namedLists, type HostileList } from './hostile-lists';

async function outcome(file: HostileList): Promise<string> {
  try {
    const list = await readAktliste(file.bytes, { fileName: file.name });
    expect(Array.isArray(list.rows)).toBe(true);
    return 'report';
  } catch (error) {
    if (!(error instanceof ListReadError)) throw error;
    expect(LIST_ERROR_CODES).toContain(error.code);
    expect(error.message.trim()).not.toBe('');
    return error.code;
  }
}

describe('hostile and malformed lists (in-process; npm run hostile runs them through the CLI)', () => {
  const named = namedLists(false);

  it('has the cases the issue names', () => {
    expect(namedLists(false).length + 3 + listMutations(30).length).toBeGreaterThanOrEqual(60);
    expect(named.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'no-header.csv',
        'no-decision-column.xlsx',
        'columns-5000.xlsx',
        'cell-1mb.xlsx',
      ]),
    );
  });

  it.each(named.map((f) => [f.name, f] as const))('%s', async (_, file) => {
    const result = await outcome(file);
    if (file.expect === 'refused') expect(result).not.toBe('report');
    else if (file.expect) expect(result).toBe(file.expect);
  });

  it('seeded mutations of a valid list are read or refused with a reason, never thrown', async () => {
    for (const file of listMutations(30)) await outcome(file);
  });
});
