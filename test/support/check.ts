/**
 * Helpers for the checker's tests: snapshots from plain lines, composed letters as Word holds them (tagged)
 * and as a jurist types them (untagged), and the findings of one rule.
 */
import { checkDocument, type CheckOptions } from '../../src/check/check';
import { RULES } from '../../src/check/registry';
import type { DocumentSnapshot, Finding } from '../../src/check/types';
import { CATALOGUE } from '../../src/grounds';
import { composePlan } from '../../src/letter/compose';
import { EXAMPLE_PROFILE } from '../../src/letter/profile';
import type { Decision, InsertionPlan } from '../../src/letter/types';

/** A snapshot of plain paragraphs. */
export const snapshot = (...texts: string[]): DocumentSnapshot => ({
  paragraphs: texts.map((text) => ({ text })),
});

/** Companion values that fill every companion block the composer may add. */
export const COMPANION_VALUES: Record<string, string> = {
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
};

/** A decision on the given grounds, every field filled, dated 10 March 2025 (received 3 March). */
export function decisionOn(groundIds: string[], extra: Partial<Decision> = {}): Decision {
  const grounds = groundIds.map((id) => {
    const ground = CATALOGUE.find((g) => g.id === id);
    if (!ground) throw new Error(`No ground ${id}`);
    return ground;
  });
  const first = grounds[0];
  return {
    kind: 'decision',
    basis: first?.bases[0] ?? 'offl-7',
    outcome: !first || first.outcomes.includes('refusal') ? 'refusal' : (first.outcomes[0] ?? 'refusal'),
    request: {
      receivedDate: '2025-03-03',
      subject: 'sagen om renovering af Skolevej',
      requester: 'Eva Eksempel',
    },
    grounds: grounds.map((g) => ({
      groundId: g.id,
      values: Object.fromEntries(g.fields.map((f) => [f.name, `udfyldt ${f.name}`])),
    })),
    companionValues: COMPANION_VALUES,
    caseAreaId: 'sociale-sager',
    letterDate: '2025-03-10',
    ...extra,
  };
}

/** The letter the add-in composes for a decision, with the example profile. */
export const composedPlan = (decision: Decision): InsertionPlan => composePlan(decision, EXAMPLE_PROFILE);

/** A plan as Word holds it: our tags on every paragraph, headings as heading levels. */
export function tagged(plan: InsertionPlan): DocumentSnapshot {
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
export function untagged(plan: InsertionPlan): DocumentSnapshot {
  return { paragraphs: tagged(plan).paragraphs.map(({ blockId: _, ...p }) => p) };
}

/** Replaces the text of the paragraphs `find` picks; fails when it picks none (a test must not pass vacuously). */
export function edit(
  doc: DocumentSnapshot,
  find: (text: string) => boolean,
  change: (text: string) => string,
): DocumentSnapshot {
  if (!doc.paragraphs.some((p) => find(p.text))) throw new Error('edit: no paragraph matched');
  return {
    ...doc,
    paragraphs: doc.paragraphs.map((p) => (find(p.text) ? { ...p, text: change(p.text) } : p)),
  };
}

/** The findings of one rule (run through the whole checker, so part detection and applicability count). */
export function findingsOf(ruleId: string, doc: DocumentSnapshot, options: CheckOptions = {}): Finding[] {
  if (!RULES.some((r) => r.meta.id === ruleId)) throw new Error(`No rule ${ruleId}`);
  return checkDocument(doc, { today: '2025-03-10', ...options }).findings.filter((f) => f.ruleId === ruleId);
}

/** The letter without the managed blocks with these ids (as if the jurist deleted them). */
export const withoutBlocks = (doc: DocumentSnapshot, ...blockIds: string[]): DocumentSnapshot => ({
  ...doc,
  paragraphs: doc.paragraphs.filter((p) => !blockIds.includes(p.blockId ?? '')),
});
