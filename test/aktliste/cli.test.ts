import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../docs/cli-report.schema.json';
import { cli, tempDir, write } from '../cli/helpers';
import { compoundFile } from '../support/hostile-files';
import { aktbob } from './make-fixtures';
import { LIST, LIST_CSV, letterFrom, markdown } from './support';

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const valid = (json: unknown) => {
  const ok = validate(json);
  expect(validate.errors ?? []).toEqual([]);
  return ok;
};

describe('aktindsigt-check --aktliste LIST (no letters): the list as read', () => {
  it('prints the list in Danish', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(['--aktliste', write(dir, 'aktbob.xlsx', aktbob())]);
    expect(code).toBe(0);
    expect(stdout).toContain('Ark: »Sagsoversigt« (valgt blandt »Sagsoversigt«, »VeryHidden«)');
    expect(stdout).toContain('Uden for anmodningen (1; tæller ikke med)');
    expect(stdout).toMatch(
      /række 4 +akt 3 +Nej +Sagsbehandlers notat om vurdering \(2025-02-10\) - offentlighedslovens § 23, stk\. 1, nr\. 1/,
    );
  });

  it('--json: the shape of the issue, valid against the schema', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli(['--aktliste', write(dir, 'aktbob.xlsx', aktbob()), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      aktliste: Record<string, unknown> & { rows: Record<string, unknown>[] };
    };
    expect(valid(json)).toBe(true);
    expect(json.aktliste).toMatchObject({
      sheet: 'Sagsoversigt',
      regime: 'offl',
      outcome: 'partial',
      format: 'xlsx',
    });
    expect(json.aktliste.rows[2]).toEqual({
      row: 4,
      aktId: '3',
      docId: 'D-108',
      title: 'Sagsbehandlers notat om vurdering',
      date: '2025-02-10',
      dateText: '10-02-2025',
      decision: 'withheld',
      reason: 'Internt dokument - ufærdigt arbejdsdokument',
      grounds: [{ id: 'offl-23-1-1', statute: 'offl', section: '23', subsection: 1, item: 1 }],
      problems: [],
    });
    // The schema can fail: a row without its decision does not validate.
    delete json.aktliste.rows[0]?.decision;
    expect(validate(json)).toBe(false);
  });

  it('a list that cannot be read: exit 2 and a Danish reason, in text and JSON', async () => {
    const dir = tempDir();
    const file = write(dir, 'gammel.xls', compoundFile(['Workbook']));
    const text = await cli(['--aktliste', file]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('Aktlisten kan ikke læses: Filen er et ældre Excel-regneark (.xls)');
    const json = await cli(['--aktliste', file, '--json']);
    expect(json.code).toBe(2);
    const parsed = JSON.parse(json.stdout) as unknown;
    expect(valid(parsed)).toBe(true);
    expect(parsed).toEqual({
      aktliste: {
        file,
        error: { code: 'legacyXls', message: expect.stringMatching(/^Filen er et ældre Excel/) },
      },
    });
    expect((await cli(['--aktliste', join(dir, 'findes-ikke.xlsx')])).code).toBe(2);
  });

  it('--format csv prints one line per document for Excel', async () => {
    const dir = tempDir();
    const { stdout } = await cli(['--aktliste', write(dir, 'liste.csv', LIST_CSV), '--format', 'csv']);
    expect(stdout.split('\r\n')[0]).toBe('\uFEFFRække;Akt;Dok.;Titel;Dato;Aktindsigt;Hjemmel;Problemer');
    expect(stdout.split('\r\n')[3]).toBe(
      '4;3;;Mail fra nabo;2025-03-01;Delvis;offentlighedslovens § 30, nr. 1;',
    );
  });
});

describe('aktindsigt-check --aktliste LIST LETTER...', () => {
  it('a letter composed from the list fits it; a broken one gets findings that name the row', async () => {
    const dir = tempDir();
    const listFile = write(dir, 'liste.csv', LIST_CSV);
    const good = write(dir, 'god.md', markdown(letterFrom(LIST)));
    const bad = write(
      dir,
      'forkert.md',
      markdown(letterFrom(LIST, { outcome: 'grant' })).replace(
        '3 | 1. marts 2025 | Mail fra nabo | Delvis',
        '3 | 1. marts 2025 | Mail fra nabo | Ja',
      ),
    );
    const { code, stdout } = await cli([
      '--aktliste',
      listFile,
      good,
      bad,
      '--json',
      '--today',
      '2025-03-10',
    ]);
    const json = JSON.parse(stdout) as {
      aktliste: unknown;
      files: { file: string; aktliste: string; findings: { ruleId: string; row?: { row: number } }[] }[];
    };
    expect(valid(json)).toBe(true);
    const listFindings = (i: number) =>
      json.files[i]?.findings
        .filter((f) => f.ruleId.startsWith('aktliste-') && f.ruleId !== 'aktliste-ground')
        .map((f) => [f.ruleId, f.row?.row]);
    expect(json.files.map((f) => f.aktliste)).toEqual([listFile, listFile]);
    expect(listFindings(0)).toEqual([]);
    expect(listFindings(1)).toEqual(
      expect.arrayContaining([
        ['aktliste-outcome', 3],
        ['aktliste-table', 4],
      ]),
    );
    expect(code).toBe(1);
    const text = await cli(['--aktliste', listFile, bad, '--today', '2025-03-10']);
    expect(text.stdout).toContain(
      `Aktliste ${listFile}: ark »CSV«, 3 dokumenter (0 uden for anmodningen); delvis aktindsigt`,
    );
    expect(text.stdout).toMatch(
      /aktlistens række 3: Brevet giver fuld aktindsigt, men aktlisten giver delvis aktindsigt/,
    );
  });

  it('a folder of lists: each letter with the list of its base name; a letter without one is reported', async () => {
    const dir = tempDir();
    const lists = join(dir, 'lister');
    const letters = join(dir, 'breve');
    mkdirSync(lists);
    mkdirSync(letters);
    write(lists, 'sag-1.csv', LIST_CSV);
    write(lists, 'sag-2.xls', compoundFile(['Workbook']));
    write(letters, 'sag-1.md', markdown(letterFrom(LIST)));
    write(letters, 'sag-2.md', markdown(letterFrom(LIST)));
    write(letters, 'sag-3.md', markdown(letterFrom(LIST)));
    const { code, stdout } = await cli(['--aktliste', lists, letters, '--json', '--today', '2025-03-10']);
    const json = JSON.parse(stdout) as {
      aktliste: { file: string; error?: { code: string } }[];
      files: { aktliste: string | null }[];
    };
    expect(valid(json)).toBe(true);
    expect(json.files.map((f) => f.aktliste)).toEqual([
      join(lists, 'sag-1.csv'),
      join(lists, 'sag-2.xls'),
      null,
    ]);
    expect(json.aktliste.map((l) => [l.file, l.error?.code])).toEqual([
      [join(lists, 'sag-1.csv'), undefined],
      [join(lists, 'sag-2.xls'), 'legacyXls'],
    ]);
    expect(code).toBe(2);
    const text = await cli(['--aktliste', lists, letters, '--today', '2025-03-10']);
    expect(text.stdout).toContain(
      'Ingen aktliste med samme navn; brevet er ikke sammenholdt med en aktliste.',
    );
  });

  it('a folder of lists without letters is a usage error, and --help explains --aktliste', async () => {
    const dir = tempDir();
    expect((await cli(['--aktliste', dir])).code).toBe(2);
    expect((await cli(['--help'])).stdout).toContain('--aktliste LISTE');
  });
});
