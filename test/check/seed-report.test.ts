/**
 * The seed letter (Københavns Kommune, Socialforvaltningen, 2025; test/fixtures/letters/00-seed-...), judged
 * whole: the report a reviewer gets, written out in full. The letter's own errors are the § 7, stk. 2
 * misquotation and §§ 14 and 30 quoted twice; its text has no date of its own (the letterhead carried it).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check/check';
import type { DocumentSnapshot } from '../../src/check/types';
import { loadLetterFixtures } from '../support/letter-fixtures';

const seed = loadLetterFixtures(join(import.meta.dirname, '../fixtures/letters')).find((f) =>
  f.file.startsWith('00-seed'),
);
if (!seed) throw new Error('seed fixture missing');
const snapshot: DocumentSnapshot = { paragraphs: seed.paragraphs.map((p) => ({ text: p.text })) };
const report = checkDocument(snapshot, { today: '2025-06-01' });
const at = (i: number) => snapshot.paragraphs[i]?.text ?? '';

describe('the seed letter', () => {
  it('is a decision granting access in part, read from its decision sentence', () => {
    expect(report.kind).toBe('decision');
    expect(report.outcome).toBe('partial');
    expect(report.outcomeEvidence?.text).toBe(
      'Socialforvaltningen imødekommer delvist din anmodning om aktindsigt i henvendelsernes hjemkommuner for 2024, jf. offentlighedslovens § 11.',
    );
  });

  it('has every part but the date, each where the letter has it', () => {
    const present = Object.fromEntries(report.parts.map((p) => [p.part, p.present]));
    expect(present).toEqual({
      date: false,
      request_reference: true,
      decision: true,
      reasoning: true,
      meroffentlighed: true,
      extraction: false,
      weighing: false,
      document_list: false,
      legal_basis: true,
      complaint_guidance: true,
      sender: true,
    });
    const first = (part: string) => at(report.parts.find((p) => p.part === part)?.first ?? -1);
    expect(first('request_reference')).toMatch(/^Socialforvaltningen i Københavns Kommune har fra/);
    expect(first('decision')).toBe('Afgørelse');
    expect(first('reasoning')).toBe('Lovgrundlag');
    expect(first('meroffentlighed')).toMatch(/meroffentlighedsprincippet i offentlighedslovens § 14/);
    expect(first('complaint_guidance')).toBe('Klagevejledning');
    expect(first('sender')).toBe('Venlig hilsen');
    expect(first('legal_basis')).toMatch(/^Uddrag af relevante regler i offentlighedsloven/);
  });

  it('finds the misquotation with both word differences, §§ 14 and 30 quoted twice, and no other error', () => {
    expect(
      report.findings.map((f) => ({
        rule: f.ruleId,
        message: f.messageId,
        severity: f.severity,
        at: at(f.location.paragraph).slice(0, 12),
        text: f.message,
      })),
    ).toEqual([
      {
        rule: 'required-parts',
        message: 'missingDate',
        severity: 'warning',
        at: 'Socialforval',
        text: 'Brevet har ingen dato i teksten. Tjek, at brevet er dateret (fx i brevhovedet), før det sendes.',
      },
      {
        rule: 'quotation-differs',
        message: 'differs',
        severity: 'error',
        at: 'Stk. 2. Rett',
        text: 'Offentlighedslovens § 7, stk. 2, afviger fra lovteksten: »med« mangler; »indførsler« i stedet for »indførelser«.',
      },
      {
        rule: 'quoted-twice',
        message: 'twice',
        severity: 'warning',
        at: '§ 14. Det sk',
        text: 'Offentlighedslovens § 14 er citeret mere end én gang i lovgrundlaget.',
      },
      {
        rule: 'quoted-twice',
        message: 'twice',
        severity: 'warning',
        at: '§ 30. Retten',
        text: 'Offentlighedslovens § 30 er citeret mere end én gang i lovgrundlaget.',
      },
    ]);
  });

  it('offers the law’s own words as the fix for the misquotation, and the fixed letter passes', () => {
    const finding = report.findings.find((f) => f.ruleId === 'quotation-differs');
    const { paragraph, start, end } = finding?.location ?? { paragraph: -1 };
    expect(finding?.fix?.kind).toBe('replace');
    const replacement = finding?.fix?.kind === 'replace' ? finding.fix.replacement : '';
    expect(replacement).toContain('omfatter med de i §§ 19-35 nævnte undtagelser 1) alle dokumenter');
    expect(replacement).toContain('2) indførelser i journaler');
    const fixed: DocumentSnapshot = {
      paragraphs: snapshot.paragraphs.map((p, i) =>
        i === paragraph ? { text: p.text.slice(0, start) + replacement + p.text.slice(end) } : p,
      ),
    };
    expect(checkDocument(fixed, { today: '2025-06-01' }).findings.map((f) => f.ruleId)).not.toContain(
      'quotation-differs',
    );
  });
});
