// The CLI's JSON names the regime read from the letter (issue 12, section 5): regime, regimeInferred, party.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import schema from '../../docs/cli-report.schema.json';
import { BARE_REFUSAL, cli, tempDir, write } from './helpers';

const MOL_DIR = join(import.meta.dirname, '..', 'fixtures', 'letters', 'mol');
/** A fixture's letter text without its header and markers. */
const letterOf = (file: string) =>
  readFileSync(join(MOL_DIR, file), 'utf8')
    .split('\n---\n')[1]
    ?.replace(/\s*\{finding:[a-z0-9-]+\}/g, '') ?? '';

describe('--json: regime, regimeInferred, party', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('reads mol from a citation, mol from words, a party under MOL, and offl', async () => {
    const dir = tempDir();
    write(dir, 'a-mol.txt', letterOf('01-municipality-refusal-1985-12-weighing-correct.txt'));
    write(
      dir,
      'b-words.txt',
      'Du har anmodet om aktindsigt i miljøoplysninger om Søby Renseanlæg.\nVi giver dig afslag på aktindsigt, jf. offentlighedslovens § 7, nr. 1.\n',
    );
    write(dir, 'c-party.txt', letterOf('10-state-agency-partial-party-fvl-2012-15.txt'));
    write(dir, 'd-offl.txt', BARE_REFUSAL);
    const { stdout } = await cli([dir, '--json', '--today', '2025-12-31']);
    const reports = JSON.parse(stdout) as Record<string, unknown>[];
    expect(validate(reports)).toBe(true);
    const pick = (r: Record<string, unknown>) => [r.regime, r.regimeInferred, r.party];
    expect(reports.map(pick)).toEqual([
      ['mol', false, false],
      ['mol', true, false],
      ['mol', false, true],
      ['offl', expect.any(Boolean), false],
    ]);
  });

  it('the schema rejects a regime that is not one of the three', () => {
    expect(
      validate([
        {
          file: 'x',
          kind: 'decision',
          outcome: 'grant',
          regime: 'dbl',
          trackedChanges: false,
          parts: {},
          citations: [],
          findings: [],
        },
      ]),
    ).toBe(false);
  });
});
