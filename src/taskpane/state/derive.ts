/**
 * What the views show, derived from the decision: the companion blocks the chosen grounds bring with them
 * (and why), the fields of a delay notice or a request to narrow, the grounds whose statute text is missing,
 * and what an insert would change. Fields are read from the composer itself (`composePlan`'s missing fields
 * on a decision with blank values), so the pane asks exactly for what the letter will hold.
 */
import { BASIS_REGIME, blockedReason, groundById } from '../../grounds/index';
import type { Companion, Ground, RequestBasis, TemplateField } from '../../grounds/types';
import { formatRef } from '../../law/citations';
import { quoteBlock, type QuoteProblem, type SuppliedText } from '../../law/quote';
import type { LegalRef, StatuteId } from '../../law/types';
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
    grounds.map((g) => [g.groundId, g.policeOrProsecution === true]),
    companionValues?.undtagelse_34 ?? '',
    decision.regime ?? '',
    decision.environmentalInformation ?? '',
    decision.emissions ?? '',
    decision.secondTrack ?? '',
    (decision.secondTrackGrounds ?? []).map((g) => g.groundId),
    decision.meroffentlighed ?? '',
    decision.underPreparation ?? '',
    decision.formRefusal ?? '',
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

/** The blocks miljøoplysningsloven adds whose fields the pane shows with the MOL options, in the letter's order. */
export const MOL_OPTION_BLOCKS = [
  'under-preparation',
  'form',
  'emissions',
  'directive',
  'meroffentlighed',
  'second-track',
  'second-track:meroffentlighed',
] as const;

export type MolOptionBlock = (typeof MOL_OPTION_BLOCKS)[number];

/**
 * The fields of the blocks miljøoplysningsloven adds to this decision (emissions and article 4(2), material
 * under preparation, form, meroffentlighed, the second track's result and its § 14), as the composer asks for
 * them; the emissions answer itself is the decision's `emissions`, asked for separately. Empty outside MOL.
 * @example molOptionFields({ ...molRefusal, underPreparation: true })['under-preparation'].map((f) => f.name) // ["udarbejdende_myndighed", "forventet_endelig"]
 */
export function molOptionFields(decision: Decision): Partial<Record<MolOptionBlock, FieldSpec[]>> {
  if (BASIS_REGIME[decision.basis] !== 'mol' || decision.kind !== 'decision') return {};
  const plan = dryRun(decision);
  const out: Partial<Record<MolOptionBlock, FieldSpec[]>> = {};
  for (const id of MOL_OPTION_BLOCKS) {
    const fields = blockFields(plan, id).filter((f) => f.name !== 'emissions');
    if (fields.length > 0) out[id] = fields;
  }
  return out;
}

/**
 * The chosen grounds named in miljøoplysningslovens § 2, stk. 5 (emissions): when there are any on a refusal or
 * partial grant under MOL, the pane asks whether the information concerns emissions.
 * @example emissionGrounds({ ...molRefusal, grounds: [{ groundId: 'offl1985-12-1-2', values: {} }] }).length // 1
 */
export function emissionGrounds(decision: Decision): Ground[] {
  if (BASIS_REGIME[decision.basis] !== 'mol' || decision.kind !== 'decision' || decision.outcome === 'grant')
    return [];
  return chosenGrounds(decision).filter(
    (g) =>
      g.restrictions?.includes('emissions') &&
      (g.bases.includes(decision.basis) || g.bases.includes('mol') || g.bases.includes('mol-party')),
  );
}

/** A statute text the legal basis cannot quote from the law data, which the jurist may paste for this letter. */
export interface MissingText {
  statute: StatuteId;
  /** The paragraph: "7", "12". */
  section: string;
  /** "1985-offentlighedslovens § 7" or the like, from the law's own reference format. */
  label: string;
  /** Why it is not quoted (the quotation's own Danish message). */
  reason: string;
  /** The text the jurist has supplied, if any. */
  supplied?: SuppliedText;
}

/**
 * The paragraphs the legal-basis quotation of this MOL decision cannot quote from the law data (a `missing`
 * text, or one cut off), each once, with what the jurist has supplied for it. The references are those of the
 * chosen grounds (and of the second track and the meroffentlighed block), read with quoteBlock's problems as
 * the composer reads them. Empty outside MOL.
 * @example missingTexts({ ...molRefusal, grounds: [{ groundId: 'offl1985-7-1', values: {} }] })[0].section // "7"
 */
export function missingTexts(decision: Decision): MissingText[] {
  if (BASIS_REGIME[decision.basis] !== 'mol' || decision.kind !== 'decision') return [];
  const refs: LegalRef[] = chosenGrounds(decision).flatMap((g) => g.refs);
  for (const chosen of decision.secondTrackGrounds ?? [])
    refs.push(...(groundById(chosen.groundId)?.refs ?? []));
  if (decision.meroffentlighed && decision.basis !== 'mol-party')
    refs.push({ statute: 'offl1985', section: '4', subsection: 1, sentence: 2 });
  const supplied = decision.suppliedTexts ?? [];
  const options = { regime: 'mol' as const, date: decision.letterDate };
  // Quoted without the jurist's texts, so a paragraph stays listed (with its text) once something is pasted.
  const { problems } = quoteBlock(refs, options);
  const out: MissingText[] = [];
  for (const problem of problems) {
    if (problem.kind !== 'text-missing') continue;
    const { statute, section } = problem.ref;
    if (out.some((m) => m.statute === statute && m.section === section)) continue;
    const text: MissingText = {
      statute,
      section,
      label: formatRef({ statute, section }),
      reason: problem.message,
    };
    const own = supplied.find((s) => s.statute === statute && s.section === section);
    if (own) text.supplied = own;
    out.push(text);
  }
  return out;
}
