/**
 * The generated review document: current with the catalogue, and complete.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGroundsCatalogue } from '../../src/grounds/catalogue-doc';
import { CATALOGUE, GROUND_GROUPS } from '../../src/grounds/index';
import { formatRef } from '../../src/law/citations';

describe('docs/grounds-catalogue.md', () => {
  const rendered = renderGroundsCatalogue(CATALOGUE);

  it('is current (run `npm run docs` after changing the catalogue)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../docs/grounds-catalogue.md'), 'utf8');
    expect(committed).toBe(rendered);
  });

  it.each(CATALOGUE.map((g) => [g.id, g] as const))(
    '%s: label, id, references, fields and template',
    (id, g) => {
      const start = rendered.indexOf(`### ${g.label}\n`);
      expect(start).toBeGreaterThan(0);
      const next = rendered.indexOf('\n### ', start + 1);
      const section = rendered.slice(start, next < 0 ? undefined : next);
      expect(section).toContain(`\`${id}\``);
      for (const ref of g.refs) expect(section).toContain(formatRef(ref));
      for (const f of g.fields) expect(section).toMatch(new RegExp(`^\\| \`${f.name}\` +\\|`, 'm'));
      expect(section).toContain(g.guidance);
      expect(section).toContain(`> ${g.template}`);
    },
  );

  it('groups appear in picker order', () => {
    const positions = GROUND_GROUPS.map((group) => rendered.indexOf(`\n## ${group}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
