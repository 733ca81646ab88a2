// Every rule has its file, its table-driven test and its entry in docs/check-rules.md; the registry holds
// every rule file once, sorted; and the generated document is current.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry';
import { renderRulesDoc } from '../../src/check/rules-doc';

const root = join(import.meta.dirname, '..', '..');
const ruleFiles = readdirSync(join(root, 'src/check/rules'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

describe('rule parity', () => {
  it('the registry holds every rule file once, sorted by id', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ruleFiles].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))(
    '%s has its test, doc line, title and messages',
    (id, rule) => {
      expect(existsSync(join(root, 'test/check/rules', `${id}.test.ts`))).toBe(true);
      expect(rule.meta.title.trim()).not.toBe('');
      expect(rule.meta.enforces.trim()).not.toBe('');
      expect(rule.meta.doc.trim()).not.toBe('');
      expect(rule.meta.kinds.length).toBeGreaterThan(0);
      expect(rule.meta.outcomes.length).toBeGreaterThan(0);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      // The rule's source uses every message it declares (a message nobody reports is dead text).
      const source = readFileSync(join(root, 'src/check/rules', `${id}.ts`), 'utf8');
      for (const messageId of Object.keys(rule.meta.messages)) {
        expect(source, `${id} never reports ${messageId}`).toMatch(new RegExp(`['"\`]${messageId}['"\`]`));
      }
    },
  );

  it('docs/check-rules.md is current (run `npm run docs`)', () => {
    const committed = readFileSync(join(root, 'docs/check-rules.md'), 'utf8');
    expect(committed).toBe(renderRulesDoc(RULES));
    for (const rule of RULES) expect(committed).toContain(`\`${rule.meta.id}\``);
  });
});
