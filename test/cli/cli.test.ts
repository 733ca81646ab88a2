import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import { fixtureToDocx } from '../support/letter-docx';
import { loadLetterFixtures } from '../support/letter-fixtures';
import { BARE_REFUSAL, cleanLetterMarkdown, cli, tempDir, write } from './helpers';

const FIXTURE = loadLetterFixtures(join(import.meta.dirname, '..', 'fixtures', 'letters'))[5];

describe('usage', () => {
  it('prints Danish help with usage, options, exit codes, examples and the rules', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const heading of ['Brug:', 'Tilvalg:', 'Afslutningskode:', 'Eksempler:', 'Regler:']) {
      expect(stdout).toContain(heading);
    }
    for (const option of ['--json', '--format', '--authority', '--rules', '--severity', '--quiet']) {
      expect(stdout).toContain(option);
    }
    for (const rule of RULES) expect(stdout).toContain(rule.meta.id);
    expect((await cli(['-h'])).stdout).toBe(stdout);
  });

  it.each([
    [['--bogus', 'a.docx'], /Ukendt tilvalg --bogus/],
    [['a.docx', '--format', 'xml'], /Ukendt format »xml«/],
    [['a.docx', '--severity', 'alvorlig'], /Ukendt niveau »alvorlig«/],
    [['a.docx', '--rules', 'required-parts,no-such-rule'], /Ukendt regel »no-such-rule«/],
    [['a.docx', '--today', '2025-02-30'], /Datoen »2025-02-30« er ikke gyldig/],
    [['a.docx', '--json', '--format', 'csv'], /--json og --format/],
    [[], /Angiv mindst én fil eller mappe/],
  ])('%j is a usage error (exit 2) with a Danish message', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain('--help');
  });
});

describe('exit codes', () => {
  it('0 when no finding is an error', async () => {
    const dir = tempDir();
    const file = write(dir, 'ren.md', cleanLetterMarkdown());
    const { code, stdout } = await cli([file, '--today', '2025-03-10']);
    expect(stdout).not.toMatch(/^\s+fejl /m);
    expect(code).toBe(0);
  });

  it('1 when a finding is an error, whatever --severity shows', async () => {
    const dir = tempDir();
    const file = write(dir, 'afslag.txt', BARE_REFUSAL);
    expect((await cli([file])).code).toBe(1);
    expect((await cli([file, '--severity', 'error'])).code).toBe(1);
  });

  it('2 when a file cannot be read, with the reason, and the other files are still checked', async () => {
    const dir = tempDir();
    write(dir, 'a-afslag.txt', BARE_REFUSAL);
    write(dir, 'b-ødelagt.docx', 'ikke en zip');
    write(dir, 'c-ren.md', cleanLetterMarkdown());
    const { code, stdout } = await cli([dir, join(dir, 'findes-ikke.docx'), '--today', '2025-03-10']);
    expect(code).toBe(2);
    expect(stdout).toContain('b-ødelagt.docx\n  Kan ikke læses: Filen er ikke et Word-dokument (.docx)');
    expect(stdout).toContain('findes-ikke.docx\n  Kan ikke læses: Filen eller mappen findes ikke.');
    expect(stdout).toContain('a-afslag.txt\n  Brev: afgørelse; udfald: afslag');
    expect(stdout).toContain('c-ren.md');
    expect(stdout).toMatch(/Filer\s+Ulæselige\s+Med fejl\s+Fejl\s+Advarsler\s+Oplysninger\n\s+4\s+2\s+1\s/);
  });

  it('2 when a folder holds no letters', async () => {
    const dir = tempDir();
    write(dir, 'noter.pdf', 'x');
    const { code, stderr } = await cli([dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Ingen breve/);
  });
});

describe('folders', () => {
  it('walks subfolders for .docx, .txt, .md (and .doc, to say why it is not read), skipping Word lock files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'under'));
    write(dir, 'b.txt', BARE_REFUSAL);
    write(dir, 'a.md', BARE_REFUSAL);
    write(join(dir, 'under'), 'c.docx', await fixtureToDocx(FIXTURE!));
    write(dir, 'gammel.doc', 'x');
    write(dir, '~$låst.docx', 'x');
    write(dir, 'billede.png', 'x');
    const { stdout } = await cli([dir, '--json']);
    const files = (JSON.parse(stdout) as { file: string }[]).map((r) => r.file.slice(dir.length + 1));
    expect(files).toEqual(['a.md', 'b.txt', 'gammel.doc', join('under', 'c.docx')]);
  });
});

describe('human output', () => {
  it('shows kind, outcome, parts found and missing, and findings with paragraph and excerpt', async () => {
    const dir = tempDir();
    const file = write(
      dir,
      'brev.txt',
      `Afgørelse\nVi afslår din anmodning, jf. offentlighedslovens § 99.\n`,
    );
    const { stdout } = await cli([file, '--today', '2025-03-10']);
    expect(stdout).toContain('Brev: afgørelse; udfald: afslag');
    expect(stdout).toMatch(/Dele fundet: .*afgørelse/);
    expect(stdout).toMatch(/Dele ikke fundet: .*klagevejledning/);
    expect(stdout).toMatch(
      /fejl\s+(hele brevet|afsnit \d+): Brevet mangler klagevejledningen\. \[required-parts\]/,
    );
    expect(stdout).toMatch(/afsnit 2: .*\[nonexistent-reference\] ».*§ 99.*«/);
  });

  it('--quiet leaves out files without findings; --severity hides findings below the level', async () => {
    const dir = tempDir();
    write(dir, 'a.txt', BARE_REFUSAL);
    write(dir, 'b.md', cleanLetterMarkdown());
    const quiet = await cli([dir, '--quiet', '--severity', 'warning', '--today', '2025-03-10']);
    expect(quiet.stdout).toContain('a.txt');
    expect(quiet.stdout).not.toContain('b.md');
    expect(quiet.stdout).toContain('Opsummering');
    const errorsOnly = await cli([join(dir, 'a.txt'), '--severity', 'error']);
    expect(errorsOnly.stdout).not.toMatch(/^\s+(advarsel|oplysning) /m);
  });

  it('colours only a terminal, and never with NO_COLOR', async () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', BARE_REFUSAL);
    const ESC = '\u001b[';
    expect((await cli([file], { stdoutTTY: true })).stdout).toContain(ESC);
    expect((await cli([file], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await cli([file], { stdoutTTY: false })).stdout).not.toContain(ESC);
  });

  it('shows a progress bar on a terminal stderr for more than a few files, and none otherwise', async () => {
    const dir = tempDir();
    for (let i = 0; i < 7; i++) write(dir, `brev-${i}.txt`, BARE_REFUSAL);
    const tty = await cli([dir], { stderrTTY: true });
    expect(tty.stderr).toContain('[');
    expect(tty.stderr).toMatch(/\d\/7/);
    expect(tty.stdout).not.toMatch(/\d\/7/);
    expect((await cli([dir], { stderrTTY: false })).stderr).toBe('');
    expect((await cli([dir, '--quiet'], { stderrTTY: true })).stderr).toBe('');
    expect((await cli([join(dir, 'brev-0.txt')], { stderrTTY: true })).stderr).toBe('');
  });
});

describe('rules and profile', () => {
  it('--rules runs only the rules named', async () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', `Vi afslår din anmodning, jf. offentlighedslovens § 99. {dato}\n`);
    const all = JSON.parse((await cli([file, '--json'])).stdout)[0].findings.map(
      (f: { ruleId: string }) => f.ruleId,
    );
    expect(new Set(all).size).toBeGreaterThan(1);
    const one = JSON.parse((await cli([file, '--json', '--rules', 'template-placeholder'])).stdout)[0];
    expect(one.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['template-placeholder']);
  });

  it('--authority reads and validates the profile', async () => {
    const dir = tempDir();
    const file = write(dir, 'a.txt', BARE_REFUSAL);
    const good = write(dir, 'profile.json', JSON.stringify(EXAMPLE_PROFILE));
    expect((await cli([file, '--authority', good])).code).toBe(1);
    const bad = write(dir, 'bad.json', JSON.stringify({ ...EXAMPLE_PROFILE, kind: 'kommune' }));
    const refused = await cli([file, '--authority', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Myndighedsprofilen .*bad\.json er ikke gyldig:\n\s+.*Myndighedstypen/);
    const broken = write(dir, 'broken.json', '{ name: ');
    expect((await cli([file, '--authority', broken])).stderr).toMatch(/er ikke gyldig JSON/);
    expect((await cli([file, '--authority', join(dir, 'nej.json')])).stderr).toMatch(/kan ikke læses/);
  });
});

describe('CSV for Excel', () => {
  it('writes a BOM, a Danish header, ";" between fields, CRLF, one row per finding and one per unreadable file', async () => {
    const dir = tempDir();
    write(dir, 'a.txt', 'Vi afslår din anmodning; "hurtigt", jf. offentlighedslovens § 99.\n');
    write(dir, 'b.docx', 'ikke en zip');
    const { stdout, code } = await cli([dir, '--format', 'csv']);
    expect(code).toBe(2);
    expect(stdout.startsWith('\uFEFFFil;Regel;Alvorlighed;Afsnit;Meddelelse\r\n')).toBe(true);
    const rows = stdout.slice(1).split('\r\n').slice(1, -1);
    const json = JSON.parse((await cli([dir, '--json'])).stdout) as { findings?: unknown[] }[];
    expect(rows.length).toBe((json[0]?.findings?.length ?? 0) + 1);
    expect(rows.at(-1)).toMatch(/b\.docx;læsefejl;fejl;;Filen er ikke et Word-dokument/);
    expect(rows.some((r) => /a\.txt;nonexistent-reference;fejl;1;/.test(r))).toBe(true);
  });
});

describe('files are only read', () => {
  it('leaves every file as it was', async () => {
    const dir = tempDir();
    const files = [
      write(dir, 'a.docx', await fixtureToDocx(FIXTURE!)),
      write(dir, 'b.txt', BARE_REFUSAL),
      write(dir, 'c.docx', 'ikke en zip'),
    ];
    const before = files.map((f) => [
      statSync(f).mtimeMs,
      createHash('sha256').update(readFileSync(f)).digest('hex'),
    ]);
    await cli([dir, '--json']);
    await cli([dir, '--format', 'csv']);
    await cli([dir]);
    const after = files.map((f) => [
      statSync(f).mtimeMs,
      createHash('sha256').update(readFileSync(f)).digest('hex'),
    ]);
    expect(after).toEqual(before);
  });

  it('reads a folder it may not write to', async () => {
    const dir = tempDir();
    write(dir, 'a.txt', BARE_REFUSAL);
    writeFileSync(join(dir, 'b.txt'), BARE_REFUSAL, { mode: 0o444 });
    expect((await cli([dir])).code).toBe(1);
  });
});
