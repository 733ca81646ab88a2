import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../docs/cli-report.schema.json';
import { fixtureToDocx } from '../support/letter-docx';
import { loadLetterFixtures } from '../support/letter-fixtures';
import { BARE_REFUSAL, cleanLetterMarkdown, cli, tempDir, write } from './helpers';

const GOLDEN_LETTER = 'test/fixtures/cli/afslag.txt';
const GOLDEN_RULES = 'nonexistent-reference,template-placeholder';

describe('golden output', () => {
  it('human output for a short refusal', async () => {
    const { stdout, code } = await cli([GOLDEN_LETTER, '--rules', GOLDEN_RULES]);
    expect(code).toBe(1);
    await expect(stdout).toMatchFileSnapshot('__snapshots__/afslag.txt');
  });

  it('CSV for the same letter', async () => {
    const { stdout } = await cli([GOLDEN_LETTER, '--rules', GOLDEN_RULES, '--format', 'csv']);
    await expect(stdout).toMatchFileSnapshot('__snapshots__/afslag.csv');
  });
});

describe('--json', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('validates against docs/cli-report.schema.json, for reports and unreadable files alike', async () => {
    const dir = tempDir();
    const fixtures = loadLetterFixtures(join(import.meta.dirname, '..', 'fixtures', 'letters'));
    for (const fixture of fixtures.slice(0, 6)) {
      write(
        dir,
        fixture.file.replace(/\.txt$/, '.docx'),
        await fixtureToDocx(fixture, { contentControls: true }),
      );
    }
    write(dir, 'afslag.txt', BARE_REFUSAL);
    write(dir, 'ren.md', cleanLetterMarkdown());
    write(dir, 'ødelagt.docx', 'ikke en zip');
    const { stdout } = await cli([dir, '--json', '--today', '2025-03-10']);
    const reports = JSON.parse(stdout) as Record<string, unknown>[];
    expect(reports).toHaveLength(9);
    const valid = validate(reports);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The parts object names every part, with a location when present.
    const first = reports[0] as { parts: Record<string, { present: boolean; location?: unknown }> };
    expect(first.parts.decision).toMatchObject({ present: true, location: { first: expect.any(Number) } });
    expect(reports.at(-1)).toEqual({
      file: join(dir, 'ødelagt.docx'),
      error: { code: 'notZip', message: expect.stringMatching(/^Filen er ikke et Word-dokument/) },
    });
  });

  it('the schema can fail: a report missing its findings does not validate', async () => {
    const dir = tempDir();
    const { stdout } = await cli([write(dir, 'a.txt', BARE_REFUSAL), '--json']);
    const [report] = JSON.parse(stdout) as Record<string, unknown>[];
    expect(validate([report])).toBe(true);
    delete report?.findings;
    expect(validate([report])).toBe(false);
  });
});

describe('the executable', () => {
  it('runs as a process with the exit code of its result', () => {
    const dir = tempDir();
    const file = write(dir, 'ødelagt.docx', 'ikke en zip');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', file], {
      encoding: 'utf8',
    });
    expect(result.stdout).toContain('Kan ikke læses: Filen er ikke et Word-dokument');
    expect(result.status).toBe(2);
  });
});
