import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_RULES } from '../../../src/aktliste/rules';
import { RULES } from '../../../src/check/registry';

describe('the list rules', () => {
  it("are sorted, unique, do not clash with the checker's ids, and each has its file and its test", () => {
    const ids = LIST_RULES.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(
        RULES.some((r) => r.meta.id === id),
        id,
      ).toBe(false);
      expect(existsSync(join(__dirname, '..', '..', '..', 'src', 'aktliste', 'rules', `${id}.ts`)), id).toBe(
        true,
      );
      expect(existsSync(join(__dirname, `${id}.test.ts`)), id).toBe(true);
    }
  });

  it('have Danish titles and every message placeholder filled by the rule', () => {
    for (const rule of LIST_RULES) {
      expect(rule.meta.title).toMatch(/[æøåÆØÅ]|aktliste/i);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    }
  });
});
