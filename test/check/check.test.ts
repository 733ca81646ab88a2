import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check/check';
import { RULES } from '../../src/check/registry';
import type { DocumentSnapshot } from '../../src/check/types';
import { GROUNDS } from '../../src/grounds/catalogue';
import type { Ground } from '../../src/grounds/types';
import { composePlan } from '../../src/letter/compose';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { Decision, InsertionPlan } from '../../src/letter/types';

const ALL_VALUES = (fields: { name: string }[]) =>
  Object.fromEntries(fields.map((f) => [f.name, `udfyldt ${f.name}`]));

function composed(ground: Ground): InsertionPlan {
  const decision: Decision = {
    kind: 'decision',
    basis: ground.bases[0] ?? 'offl-7',
    outcome: ground.outcomes.includes('refusal') ? 'refusal' : (ground.outcomes[0] ?? 'refusal'),
    request: {
      receivedDate: '2025-03-03',
      subject: 'sagen om renovering af Skolevej',
      requester: 'Eva Eksempel',
    },
    grounds: [{ groundId: ground.id, values: ALL_VALUES(ground.fields) }],
    companionValues: {
      meroffentlighed: 'Vi finder ikke grundlag for det.',
      dokumenter: 'notaterne',
      ekstrahering: 'Oplysningerne er vedlagt.',
      dialog_dato: '5. marts 2025',
      dialog_resultat: 'Du har fastholdt anmodningen.',
      uklart: 'hvilken sag du mener',
      oplys: 'sagens emne',
      kommandoer: 'oplysningerne ligger i to systemer',
      undtagelse_34: '3',
      begrundelse_34: 'resten ikke har et forståeligt indhold',
    },
    caseAreaId: 'sociale-sager',
    letterDate: '2025-03-10',
  };
  return composePlan(decision, EXAMPLE_PROFILE);
}

/** A plan as Word would hold it: our tags on every paragraph, headings as heading levels. */
function tagged(plan: InsertionPlan): DocumentSnapshot {
  return {
    paragraphs: plan.blocks.flatMap((b) =>
      b.paragraphs.map((p) => {
        const text = p.cells ? p.cells.join('\t') : p.runs.map((r) => r.text).join('');
        return p.heading ? { text, blockId: b.id, headingLevel: p.heading } : { text, blockId: b.id };
      }),
    ),
  };
}

/** The same letter typed by hand: no tags, headings styled. */
function untagged(plan: InsertionPlan): DocumentSnapshot {
  return { paragraphs: tagged(plan).paragraphs.map(({ blockId: _, ...p }) => p) };
}

const snapshot = (...texts: string[]): DocumentSnapshot => ({ paragraphs: texts.map((text) => ({ text })) });

describe('letters the add-in composes pass the check', () => {
  it.each(GROUNDS.map((g) => [g.id, g] as const))('%s', (_, ground) => {
    const plan = composed(ground);
    for (const doc of [tagged(plan), untagged(plan)]) {
      const report = checkDocument(doc, { today: '2025-03-10' });
      expect(report.kind).toBe('decision');
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });

  it('recognises the same parts with and without our tags', () => {
    const plan = composed(GROUNDS.find((g) => g.id === 'offl-30-1') as Ground);
    const present = (doc: DocumentSnapshot) =>
      checkDocument(doc)
        .parts.filter((p) => p.present)
        .map((p) => p.part);
    expect(present(untagged(plan))).toEqual(present(tagged(plan)));
    expect(present(tagged(plan))).toEqual([
      'date',
      'request_reference',
      'decision',
      'reasoning',
      'meroffentlighed',
      'legal_basis',
      'complaint_guidance',
      'sender',
    ]);
  });
});

describe('outcome and kind', () => {
  it.each([
    ['Vi afslår din anmodning om aktindsigt.', 'refusal'],
    ['Din anmodning om aktindsigt kan ikke imødekommes.', 'refusal'],
    ['Du får delvis aktindsigt.', 'partial'],
    ['Vi har besluttet at give dig aktindsigt.', 'grant'],
    ['Vi imødekommer din anmodning om aktindsigt.', 'grant'],
    ['Vi afviser din anmodning om aktindsigt, jf. offentlighedslovens § 9, stk. 1.', 'dismissal'],
    ['Der gives ikke afslag på nogen del af anmodningen. Vi imødekommer din anmodning.', 'grant'],
  ])('%s -> %s', (text, outcome) => {
    expect(checkDocument(snapshot('Afgørelse', text)).outcome).toBe(outcome);
  });

  it('a § 36 notice is not judged as a decision missing its parts', () => {
    const report = checkDocument(
      snapshot(
        '12. marts 2025',
        'Du har den 3. marts 2025 anmodet om aktindsigt i sagen om Skolevej.',
        'Vi kan ikke nå at besvare din anmodning inden for fristen på 7 arbejdsdage, jf. offentlighedslovens § 36, stk. 2.',
        'Med venlig hilsen',
      ),
    );
    expect(report.kind).toBe('delay-notice');
    expect(report.findings.filter((f) => f.ruleId === 'required-parts')).toEqual([]);
  });
});

describe('rules', () => {
  const plan = composed(GROUNDS.find((g) => g.id === 'offl-30-1') as Ground);
  const base = tagged(plan);
  const edit = (find: (text: string) => boolean, change: (text: string) => string): DocumentSnapshot => ({
    paragraphs: base.paragraphs.map((p) => (find(p.text) ? { ...p, text: change(p.text) } : p)),
  });
  const ids = (doc: DocumentSnapshot) => checkDocument(doc).findings.map((f) => `${f.ruleId}/${f.messageId}`);

  it('quotation-differs: one word changed in a quotation', () => {
    const doc = edit(
      (t) => t.startsWith('§ 30.'),
      (t) => t.replace('omfatter ikke', 'omfatter normalt ikke'),
    );
    const findings = checkDocument(doc).findings.filter((f) => f.ruleId === 'quotation-differs');
    expect(findings.map((f) => f.messageId)).toEqual(['differs']);
    expect(findings[0]?.message).toBe(
      'Offentlighedslovens § 30, stk. 1, afviger fra lovteksten: »normalt« er tilføjet.',
    );
  });

  it('quoted-twice', () => {
    const quote = base.paragraphs.filter(
      (p) =>
        p.text.startsWith('§ 30.') ||
        p.text.startsWith('1) enkeltpersoners') ||
        p.text.startsWith('2) tekniske'),
    );
    const doc: DocumentSnapshot = { paragraphs: [...base.paragraphs, ...quote] };
    expect(ids(doc)).toContain('quoted-twice/twice');
  });

  it('nonexistent-reference: § 30, nr. 3', () => {
    const doc = edit(
      (t) => t.includes('jf. offentlighedslovens § 30, nr. 1.'),
      (t) => t.replace('§ 30, nr. 1.', '§ 30, nr. 3.'),
    );
    expect(ids(doc)).toContain('nonexistent-reference/notFound');
  });

  it('required-parts: a refusal without complaint guidance', () => {
    const doc: DocumentSnapshot = {
      paragraphs: base.paragraphs.filter((p) => p.blockId !== 'complaint-guidance'),
    };
    const findings = checkDocument(doc).findings.filter((f) => f.ruleId === 'required-parts');
    expect(findings.map((f) => f.message)).toEqual(['Brevet mangler klagevejledningen.']);
  });

  it('cited-not-quoted and quoted-not-cited', () => {
    const cited = edit(
      (t) => t.startsWith('Vi har undtaget'),
      (t) => `${t} Se også offentlighedslovens § 31.`,
    );
    expect(ids(cited)).toContain('cited-not-quoted/citedNotQuoted');
    const uncited = edit(
      (t) => t.includes('jf. offentlighedslovens § 14, stk. 1.'),
      (t) => t.replace(', jf. offentlighedslovens § 14, stk. 1', ''),
    );
    expect(ids(uncited)).toContain('quoted-not-cited/quotedNotCited');
  });

  it('template-placeholder', () => {
    const doc = edit(
      (t) => t.startsWith('Vi har undtaget'),
      (t) => `${t} [Indsæt dato] {dokumenter} XX`,
    );
    expect(
      checkDocument(doc)
        .findings.filter((f) => f.ruleId === 'template-placeholder')
        .map((f) => f.location.text),
    ).toEqual(['{dokumenter}', '[Indsæt dato]', 'XX']);
  });

  it('every rule has a unique id, a Danish title, messages and a doc line', () => {
    const seen = new Set<string>();
    for (const rule of RULES) {
      expect(seen.has(rule.meta.id)).toBe(false);
      seen.add(rule.meta.id);
      expect(rule.meta.title.length).toBeGreaterThan(0);
      expect(rule.meta.doc.length).toBeGreaterThan(0);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    }
    expect([...seen]).toEqual([...seen].sort());
  });
});

describe('composed letters that are not decisions', () => {
  const cases: [Decision['kind'], Partial<Decision>][] = [
    ['delay-notice', {}],
    ['identification-request', { grounds: [{ groundId: 'offl-9-1', values: {} }] }],
  ];
  it.each(cases)('%s keeps its kind and is not judged as a decision', (kind, extra) => {
    const plan = composePlan(
      {
        kind,
        basis: 'offl-7',
        outcome: 'refusal',
        request: { receivedDate: '2025-03-03', subject: 'sagen' },
        grounds: [],
        caseAreaId: 'sociale-sager',
        letterDate: '2025-03-12',
        companionValues: {
          aarsag: 'a',
          forventet_dato: '1. april 2025',
          uklart: 'b',
          svarfrist: '20. marts 2025',
        },
        ...extra,
      },
      EXAMPLE_PROFILE,
    );
    const report = checkDocument(tagged(plan));
    expect(report.kind).toBe(kind);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
