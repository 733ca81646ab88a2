/**
 * What the views show, derived from the decision: the companion blocks the chosen grounds bring with them
 * (and why), the fields of a delay notice or a request to narrow, the grounds whose statute text is missing,
 * and what an insert would change. Fields are read from the composer itself (`composePlan`'s missing fields
 * on a decision with blank values), so the pane asks exactly for what the letter will hold.
 */
import { BASIS_REGIME, blockedReason, groundById } from '../../grounds/index';
import type { Companion, Ground, RequestBasis, TemplateField } from '../../grounds/types';
import { quoteBlock, type QuoteProblem } from '../../law/quote';
import { COMPANION_TEXTS } from '../../letter/companions';
import { composePlan } from '../../letter/compose';
import { WEIGHING_FIELDS } from '../../letter/compose-mol';
import type { AuthorityProfile, Block, ChosenGround, Decision, InsertionPlan } from '../../letter/types';
import { partOfBlockId } from '../../port';
import { STRINGS } from '../strings';
import { fromIso, todayIso } from './dates';

/** A field the pane shows: a template field, with a fixed set of choices where the composer wants one. */
export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  choices?: readonly { value: string; label: string }[];
}

/** A companion block the decision brings with it. */
export interface CompanionNeed {
  id: Companion;
  title: string;
  /** Why it comes with the grounds, in Danish; empty when we have no words for it. */
  why: string;
  /** The chosen grounds that require it. */
  requiredBy: Ground[];
  fields: FieldSpec[];
}

// Used only to learn which fields the composer asks for: the profile shapes the complaint guidance and the
// sender, never a field.
const NO_PROFILE: AuthorityProfile = {
  name: '',
  kind: 'other',
  address: [],
  signature: [],
  extraNonWorkingDays: [],
  caseAreas: [],
};

function fromTemplate(field: TemplateField): FieldSpec {
  return { name: field.name, label: field.label, hint: field.hint, required: field.required };
}

/**
 * The composer's plan for the decision with every companion value blank (except the § 34 choice it reads), and
 * dates it can always write: a half-typed date must not stop the pane from showing fields.
 */
function dryRun(decision: Decision): InsertionPlan {
  const undtagelse = decision.companionValues?.undtagelse_34;
  const request = { ...decision.request, receivedDate: undefined };
  return composePlan(
    {
      ...decision,
      request,
      letterDate: fromIso(decision.letterDate) ? decision.letterDate : todayIso(),
      companionValues: undtagelse ? { undtagelse_34: undtagelse } : {},
    },
    NO_PROFILE,
  );
}

/** The fields the composer reports for a block when left blank, with hints from the companion texts. */
function blockFields(
  plan: InsertionPlan,
  blockId: string,
  hints: readonly TemplateField[] = [],
): FieldSpec[] {
  return plan.missing
    .filter((m) => m.blockId === blockId)
    .map((m) => {
      const known = hints.find((f) => f.name === m.field);
      const spec: FieldSpec = { name: m.field, label: m.label, required: true };
      if (known) spec.hint = known.hint;
      if (m.field === 'undtagelse_34') spec.choices = STRINGS.fields.exception34;
      return spec;
    });
}

/**
 * What the fields `companionsFor` and `kindFields` find depend on: everything but the typed values. Views
 * memoise on it, so typing in a field does not compose the letter again.
 */
export function fieldsKey(decision: Decision): string {
  const { kind, basis, outcome, grounds, companionValues } = decision;
  return JSON.stringify([
    kind,
    basis,
    outcome,
    grounds.map((g) => g.groundId),
    companionValues?.undtagelse_34 ?? '',
  ]);
}

/**
 * The fields the pane shows for a ticked ground: its template's, and under miljøoplysningsloven the concrete
 * weighing's (§ 2, stk. 3), kept with the ground's values as the composer reads them. No weighing on a grant.
 */
export function groundFields(
  ground: Ground,
  { basis, outcome }: Pick<Decision, 'basis' | 'outcome'>,
  chosen?: ChosenGround,
): FieldSpec[] {
  const own = ground.fields.map(fromTemplate);
  const weighs =
    ground.weighing !== undefined &&
    outcome !== 'grant' &&
    BASIS_REGIME[basis] === 'mol' &&
    !(ground.weighing === 'unless-police' && chosen?.policeOrProsecution);
  return weighs ? [...own, ...WEIGHING_FIELDS.map(fromTemplate)] : own;
}

/**
 * Why a ground cannot be relied on for a request on this basis (Danish), or undefined when it can.
 * @example groundBlocked(groundById('offl1985-10-5')!, 'mol') // "Kan ikke bruges på miljøoplysninger: ..."
 */
export function groundBlocked(ground: Ground, basis: RequestBasis): string | undefined {
  return blockedReason(ground, BASIS_REGIME[basis]);
}

/** The chosen grounds that exist in the catalogue. */
export function chosenGrounds(decision: Decision): Ground[] {
  return decision.grounds.flatMap((g) => {
    const ground = groundById(g.groundId);
    return ground ? [ground] : [];
  });
}

/**
 * The companion blocks the chosen grounds bring with them on this decision, in the letter's order, with the
 * grounds that require each and its fields. None for a full grant or a letter that is not a decision, as in
 * the composer.
 * @example companionsFor(partialRefusalUnder301).map((c) => c.id) // ["partial-34", "meroffentlighed"]
 */
export function companionsFor(decision: Decision): CompanionNeed[] {
  if (decision.kind !== 'decision' || decision.outcome === 'grant') return [];
  const byCompanion = new Map<Companion, Ground[]>();
  for (const ground of chosenGrounds(decision)) {
    for (const companion of ground.requires)
      byCompanion.set(companion, [...(byCompanion.get(companion) ?? []), ground]);
  }
  if (byCompanion.size === 0) return [];
  const plan = dryRun(decision);
  // The composer's order; a companion it leaves out for these grounds (e.g. no provision to cite) is left out.
  const ids = plan.blocks.map((b) => b.id as Companion).filter((id) => byCompanion.has(id));
  // § 29 extraction is optional: the composer leaves the block out until the jurist has something to say.
  if (byCompanion.has('extraction-29') && !ids.includes('extraction-29')) {
    const after = ids.indexOf('extraction');
    ids.splice(after < 0 ? ids.length : after + 1, 0, 'extraction-29');
  }
  return ids.flatMap((id) => {
    const text = COMPANION_TEXTS[id];
    const title = text?.title ?? plan.blocks.find((b) => b.id === id)?.title;
    const requiredBy = byCompanion.get(id) ?? [];
    if (!title) return [];
    const fields =
      id === 'extraction-29' && text
        ? text.fields.map((f) => ({ ...fromTemplate(f), required: false }))
        : blockFields(plan, id, text?.fields);
    return [{ id, title, why: STRINGS.grounds.companionWhy[id] ?? '', requiredBy, fields }];
  });
}

/**
 * The fields of a letter that is not a decision: the delay notice's reason and expected date, or what a
 * request to identify or narrow asks of the requester. Empty for a decision.
 */
export function kindFields(decision: Decision): FieldSpec[] {
  if (decision.kind === 'decision') return [];
  const blockId = decision.kind === 'delay-notice' ? 'delay' : 'identification-request';
  return blockFields(dryRun(decision), blockId);
}

/** How a ground's provisions stand in the law data on the letter's date. */
export interface QuoteStatus {
  /** Provisions that will not be quoted (text not held, not in force, ...), with the Danish reason. */
  missing: QuoteProblem[];
  /** Provisions quoted from a secondary source only. */
  secondary: QuoteProblem[];
}

/**
 * Which of a ground's provisions cannot be quoted on the letter's date under the request's regime, and which
 * only from a secondary source.
 * @example quoteStatus(groundById('offl-30-1')!, '2025-03-10', 'offl-7').missing // []
 */
export function quoteStatus(ground: Ground, date: string, basis: RequestBasis): QuoteStatus {
  const { problems } = quoteBlock(ground.refs, { date, regime: BASIS_REGIME[basis] });
  return {
    missing: problems.filter((p) => p.kind !== 'secondary'),
    secondary: problems.filter((p) => p.kind === 'secondary'),
  };
}

/** The Danish title of a managed block: from the plans when they hold it, else from its id. */
export function blockTitle(id: string, ...plans: (InsertionPlan | undefined)[]): string {
  for (const plan of plans) {
    const block = plan?.blocks.find((b) => b.id === id);
    if (block) return block.title;
  }
  const [head, groundId] = id.split(':');
  const ground = head === 'reasoning' && groundId ? groundById(groundId) : undefined;
  if (ground) return `${STRINGS.partTitles.reasoning}: ${ground.label}`;
  const part = partOfBlockId(id);
  return part ? STRINGS.partTitles[part] : id;
}

/** What an insert will do: blocks to insert, to update in place, and to remove, each by id and title. */
export interface InsertPreview {
  add: Block[];
  update: Block[];
  remove: { id: string; title: string }[];
  unchanged: string[];
}

function same(a: Block | undefined, b: Block): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Compares the plan with the document: a block the document lacks is inserted, one it holds is updated unless
 * it is what was applied last, and a managed block the plan no longer has is removed. Before the document has
 * been read (`present` undefined), the last applied plan stands for the document.
 */
export function insertPreview(
  plan: InsertionPlan,
  applied: InsertionPlan | undefined,
  present?: readonly string[],
): InsertPreview {
  const before = new Map((applied?.blocks ?? []).map((b) => [b.id, b]));
  const inDocument = new Set(present ?? before.keys());
  const preview: InsertPreview = { add: [], update: [], remove: [], unchanged: [] };
  for (const block of plan.blocks) {
    if (!inDocument.has(block.id)) preview.add.push(block);
    else if (same(before.get(block.id), block)) preview.unchanged.push(block.id);
    else preview.update.push(block);
  }
  const ids = new Set(plan.blocks.map((b) => b.id));
  for (const id of inDocument) if (!ids.has(id)) preview.remove.push({ id, title: blockTitle(id, applied) });
  return preview;
}
