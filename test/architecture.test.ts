import { createRequire } from 'node:module';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs');

async function violations(paths: string[]): Promise<string[]> {
  const result = await cruise(paths, {
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    ...config.options,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('architecture: layers import only downwards', () => {
  it('src has no forbidden import and no cycle', async () => {
    expect(await violations(['src'])).toEqual([]);
  });

  it('a lower layer importing a higher one is caught', async () => {
    expect(await violations(['test/fixtures/architecture/src'])).toEqual([
      'layer-law: test/fixtures/architecture/src/law/wrong-way.ts -> test/fixtures/architecture/src/check/rule.ts',
    ]);
  });
});
