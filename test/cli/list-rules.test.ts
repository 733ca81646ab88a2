/**
 * `--rules` selects among the list-comparison rules too (LIST_RULES, used with --aktliste): help names them,
 * an unknown id gets the same Danish error (listing them), a list rule without --aktliste is a usage error,
 * and with a list only the named list rules (and checker rules) report.
 */
import { describe, expect, it } from 'vitest';
import { LIST_RULES } from '../../src/aktliste/rules';
import { RULES } from '../../src/check/registry';
import { selectListRules } from '../../src/cli/aktliste-run';
import { parseCliArgs, RULE_IDS, UsageError } from '../../src/cli/args';
import { LIST, LIST_CSV, letterFrom, markdown } from '../aktliste/support';
import { cli, tempDir, write } from './helpers';

/**
 * A list and a letter that breaks it twice, a full grant (aktliste-outcome) and row 3 as "Ja"
 * (aktliste-table), and has an unfilled field for a checker rule (template-placeholder).
 */
function brokenCase(): { listFile: string; letter: string } {
  const dir = tempDir();
  const listFile = write(dir, 'liste.csv', LIST_CSV);
  const letter = write(
    dir,
    'forkert.md',
    markdown(letterFrom(LIST, { outcome: 'grant' })).replace(
      '3 | 1. marts 2025 | Mail fra nabo | Delvis',
      '3 | 1. marts 2025 | Mail fra nabo | Ja',
    ) + '\n\nSagsnummer: {sagsnummer}\n',
  );
  return { listFile, letter };
}

async function ruleIds(argv: string[]): Promise<string[]> {
  const { stdout } = await cli([...argv, '--json', '--today', '2025-03-10']);
  const json = JSON.parse(stdout) as { files: { findings: { ruleId: string }[] }[] };
  return [...new Set(json.files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort();
}

describe('--rules and the list rules', () => {
  it('help names every list rule under its own heading, after the checker rules', async () => {
    const { stdout } = await cli(['--help']);
    const at = stdout.indexOf('Regler for aktlisten (kun med --aktliste):');
    expect(at).toBeGreaterThan(stdout.indexOf('Regler:'));
    const section = stdout.slice(at);
    for (const rule of LIST_RULES)
      expect(section).toMatch(new RegExp(`^  ${rule.meta.id} +${rule.meta.title}`, 'm'));
    for (const rule of RULES) expect(section).not.toContain(`  ${rule.meta.id} `);
  });

  it('an unknown id gets the Danish error, which lists the list rules as well', async () => {
    const { code, stderr } = await cli(['--aktliste', 'liste.csv', 'a.md', '--rules', 'aktliste-outcom']);
    expect(code).toBe(2);
    expect(stderr).toContain('Ukendt regel »aktliste-outcom«. Reglerne er: ');
    for (const id of [...RULES, ...LIST_RULES].map((r) => r.meta.id)) expect(stderr).toContain(id);
    expect(stderr).toContain('--help');
  });

  it('accepts list rule ids with --aktliste, and refuses them without it', () => {
    expect(RULE_IDS).toEqual([...RULES, ...LIST_RULES].map((r) => r.meta.id));
    expect(
      parseCliArgs(['--aktliste', 'l.csv', 'a.md', '--rules', 'aktliste-table,required-parts']).rules,
    ).toEqual(['aktliste-table', 'required-parts']);
    expect(() => parseCliArgs(['a.md', '--rules', 'aktliste-outcome'])).toThrow(UsageError);
    expect(() => parseCliArgs(['a.md', '--rules', 'aktliste-outcome,aktliste-table'])).toThrow(
      'Reglerne »aktliste-outcome«, »aktliste-table« sammenholder brevet med aktlisten og kan kun bruges med --aktliste.',
    );
  });

  it('a list rule without --aktliste: exit 2 with the Danish reason', async () => {
    const { code, stdout, stderr } = await cli(['a.md', '--rules', 'required-parts,aktliste-outcome']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /Reglen »aktliste-outcome« sammenholder brevet med aktlisten og kan kun bruges med --aktliste\./,
    );
  });

  it('selectListRules: all without --rules, else only the list rules named', () => {
    expect(selectListRules(undefined)).toBe(LIST_RULES);
    expect(selectListRules(['required-parts']).map((r) => r.meta.id)).toEqual([]);
    expect(selectListRules(['aktliste-table', 'required-parts']).map((r) => r.meta.id)).toEqual([
      'aktliste-table',
    ]);
  });

  it('with a list, only the rules named report', async () => {
    const { listFile, letter } = brokenCase();
    const all = await ruleIds(['--aktliste', listFile, letter]);
    expect(all).toEqual(expect.arrayContaining(['aktliste-outcome', 'aktliste-table']));
    expect(all).toContain('template-placeholder');

    expect(await ruleIds(['--aktliste', listFile, letter, '--rules', 'aktliste-outcome'])).toEqual([
      'aktliste-outcome',
    ]);
    expect(
      await ruleIds(['--aktliste', listFile, letter, '--rules', 'aktliste-table,aktliste-outcome']),
    ).toEqual(['aktliste-outcome', 'aktliste-table']);
    // A checker rule alone: the letter is still paired with the list, but no list rule runs.
    expect(await ruleIds(['--aktliste', listFile, letter, '--rules', 'template-placeholder'])).toEqual([
      'template-placeholder',
    ]);
    expect(
      await ruleIds(['--aktliste', listFile, letter, '--rules', 'template-placeholder,aktliste-table']),
    ).toEqual(['aktliste-table', 'template-placeholder']);
  });
});
