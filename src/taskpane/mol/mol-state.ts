/**
 * The decision's miljøoplysningslov (MOL) state, pure and data-free (no grounds catalogue, no statute data), so
 * the pane's reducer can use it without growing the first-render bundle: turning "the request concerns
 * environmental information" on and off, keeping `basis`, `regime` and `environmentalInformation` consistent,
 * the MOL options of a refusal, the second track's grounds, the police flag, the texts the jurist supplies, and
 * the validation of all of these when a decision is read back from a letter.
 */
import type { RequestBasis } from '../../grounds/types';
import type { SuppliedText } from '../../law/quote';
import type { StatuteId } from '../../law/types';
import type { ChosenGround, Decision, EmissionsAnswer } from '../../letter/types';

/** The MOL options of a decision that are plain values. */
export type MolPatch = Partial<
  Pick<Decision, 'emissions' | 'secondTrack' | 'meroffentlighed' | 'underPreparation' | 'formRefusal'>
>;

/** What the MOL part of the pane can change. */
export type MolAction =
  | { kind: 'patch'; patch: MolPatch }
  | { kind: 'police'; groundId: string; value: boolean }
  | { kind: 'secondTrackGround'; groundId: string; checked: boolean }
  | { kind: 'secondTrackValue'; groundId: string; field: string; value: string }
  | { kind: 'supplied'; statute: StatuteId; section: string; text: string; source?: string };

/**
 * True when the request's basis is one of miljøoplysningsloven's.
 * @example isMolBasis('mol-party') // true
 */
export function isMolBasis(basis: RequestBasis): boolean {
  return basis === 'mol' || basis === 'mol-party';
}

/**
 * The MOL basis for a request on another basis: a party's (forvaltningslovens § 9) becomes `mol-party`, anyone's
 * (offentlighedslovens § 7 or § 8) `mol`.
 * @example molBasisFor('fvl-9') // "mol-party"
 */
export function molBasisFor(basis: RequestBasis): RequestBasis {
  if (isMolBasis(basis)) return basis;
  return basis === 'fvl-9' ? 'mol-party' : 'mol';
}

/**
 * The basis to go back to when MOL is turned off: the one before, else the plain act's counterpart.
 * @example nonMolBasis('mol-party') // "fvl-9"
 */
export function nonMolBasis(basis: RequestBasis, before?: RequestBasis): RequestBasis {
  if (!isMolBasis(basis)) return basis;
  if (before && !isMolBasis(before) && (before === 'fvl-9') === (basis === 'mol-party')) return before;
  return basis === 'mol-party' ? 'fvl-9' : 'offl-7';
}

/**
 * The decision with `environmentalInformation` and `regime` following its basis: a MOL basis means MOL, any
 * other basis means not (the composer would otherwise still decide under MOL).
 * @example withConsistentRegime({ ...decision, basis: 'mol' }).regime // "mol"
 */
export function withConsistentRegime(decision: Decision): Decision {
  if (isMolBasis(decision.basis)) return { ...decision, environmentalInformation: true, regime: 'mol' };
  const rest = { ...decision };
  delete rest.environmentalInformation;
  delete rest.regime;
  return rest;
}

/**
 * Turns "the request concerns environmental information" on or off: the basis becomes MOL's (or goes back to
 * `before`, the basis it had), and the regime follows. Nothing the jurist typed is dropped.
 * @example setEnvironmental({ ...decision, basis: 'fvl-9' }, true).basis // "mol-party"
 */
export function setEnvironmental(decision: Decision, on: boolean, before?: RequestBasis): Decision {
  const basis = on ? molBasisFor(decision.basis) : nonMolBasis(decision.basis, before);
  return withConsistentRegime({ ...decision, basis });
}

function updateGround(
  list: readonly ChosenGround[],
  groundId: string,
  update: (g: ChosenGround) => ChosenGround,
): ChosenGround[] {
  return list.map((g) => (g.groundId === groundId ? update(g) : g));
}

/**
 * The MOL part of the pane's reducer. A second-track ground unticked keeps its values in `parked` (by
 * `second:<id>`), so ticking it again brings them back.
 */
export function molReduce(
  decision: Decision,
  parked: Record<string, Record<string, string>>,
  action: MolAction,
): { decision: Decision; parked: Record<string, Record<string, string>> } {
  switch (action.kind) {
    case 'patch': {
      const next: Decision = { ...decision, ...action.patch };
      // An absent value means "not chosen": keep the saved decision free of explicit undefined.
      for (const key of Object.keys(action.patch) as (keyof MolPatch)[])
        if (action.patch[key] === undefined) delete next[key];
      return { decision: next, parked };
    }
    case 'police':
      return {
        decision: {
          ...decision,
          grounds: updateGround(decision.grounds, action.groundId, (g) => {
            const rest = { ...g };
            delete rest.policeOrProsecution;
            return action.value ? { ...rest, policeOrProsecution: true } : rest;
          }),
        },
        parked,
      };
    case 'secondTrackGround': {
      const list = decision.secondTrackGrounds ?? [];
      const key = `second:${action.groundId}`;
      const chosen = list.find((g) => g.groundId === action.groundId);
      if (action.checked === Boolean(chosen)) return { decision, parked };
      if (action.checked) {
        const { [key]: values = {}, ...rest } = parked;
        return {
          decision: { ...decision, secondTrackGrounds: [...list, { groundId: action.groundId, values }] },
          parked: rest,
        };
      }
      return {
        decision: { ...decision, secondTrackGrounds: list.filter((g) => g.groundId !== action.groundId) },
        parked: { ...parked, [key]: chosen?.values ?? {} },
      };
    }
    case 'secondTrackValue':
      return {
        decision: {
          ...decision,
          secondTrackGrounds: updateGround(decision.secondTrackGrounds ?? [], action.groundId, (g) => ({
            ...g,
            values: { ...g.values, [action.field]: action.value },
          })),
        },
        parked,
      };
    case 'supplied': {
      const others = (decision.suppliedTexts ?? []).filter(
        (s) => !(s.statute === action.statute && s.section === action.section),
      );
      const own: SuppliedText = { statute: action.statute, section: action.section, text: action.text };
      if (action.source !== undefined && action.source !== '') own.source = action.source;
      // An emptied text with no source is no longer supplied; the typed source alone is kept.
      const keep = action.text !== '' || own.source !== undefined;
      return { decision: { ...decision, suppliedTexts: keep ? [...others, own] : others }, parked };
    }
  }
}

const STATUTES: readonly StatuteId[] = ['offl', 'fvl', 'dbl', 'mol', 'offl1985'];
const EMISSIONS: readonly EmissionsAnswer[] = ['yes', 'no', 'partly'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/**
 * A chosen ground read back from a letter: its id, its string values, and the police flag when it is true.
 * Undefined for anything that is not a ground.
 * @example chosenGroundOf({ groundId: 'offl1985-2-1-1', values: {}, policeOrProsecution: true })?.policeOrProsecution // true
 */
export function chosenGroundOf(raw: unknown): ChosenGround | undefined {
  if (!isRecord(raw) || typeof raw.groundId !== 'string') return undefined;
  const ground: ChosenGround = { groundId: raw.groundId, values: stringRecord(raw.values) };
  if (raw.policeOrProsecution === true) ground.policeOrProsecution = true;
  return ground;
}

function suppliedOf(raw: unknown): SuppliedText | undefined {
  if (!isRecord(raw)) return undefined;
  const { statute, section, text, source } = raw;
  if (!STATUTES.includes(statute as StatuteId) || typeof section !== 'string' || typeof text !== 'string')
    return undefined;
  const supplied: SuppliedText = { statute: statute as StatuteId, section, text };
  if (typeof source === 'string') supplied.source = source;
  return supplied;
}

const flag = (value: unknown) => (typeof value === 'boolean' ? value : undefined);

/**
 * A decision read back from a letter with its MOL fields validated: each kept only when valid, the police
 * flag kept on the grounds, and `basis`, `regime` and `environmentalInformation` made consistent (a letter
 * marked as MOL on another basis gets MOL's basis, as the composer would read it).
 * @example withMolFields(decision, { emissions: 'maybe', formRefusal: 2 }).formRefusal // 2
 */
export function withMolFields(decision: Decision, raw: Record<string, unknown>): Decision {
  const list = (value: unknown) =>
    Array.isArray(value)
      ? value.flatMap((g) => {
          const ground = chosenGroundOf(g);
          return ground ? [ground] : [];
        })
      : undefined;
  const supplied = Array.isArray(raw.suppliedTexts)
    ? raw.suppliedTexts.flatMap((s) => {
        const text = suppliedOf(s);
        return text ? [text] : [];
      })
    : undefined;
  const fields: Partial<Decision> = {
    grounds: list(raw.grounds) ?? [],
    emissions: EMISSIONS.includes(raw.emissions as EmissionsAnswer)
      ? (raw.emissions as EmissionsAnswer)
      : undefined,
    secondTrack: flag(raw.secondTrack),
    secondTrackGrounds: list(raw.secondTrackGrounds),
    suppliedTexts: supplied,
    meroffentlighed: flag(raw.meroffentlighed),
    underPreparation: flag(raw.underPreparation),
    formRefusal: raw.formRefusal === 1 || raw.formRefusal === 2 ? raw.formRefusal : undefined,
  };
  const next: Decision = { ...decision };
  for (const [key, value] of Object.entries(fields) as [keyof Decision, unknown][]) {
    if (value === undefined) delete next[key];
    else (next as unknown as Record<string, unknown>)[key] = value;
  }
  const marked = raw.regime === 'mol' || raw.environmentalInformation === true;
  return withConsistentRegime(marked ? { ...next, basis: molBasisFor(next.basis) } : next);
}
