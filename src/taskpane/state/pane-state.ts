/**
 * The pane's state and its reducer: the jurist's decision for this letter, the authority profile, what the
 * pane knows of the document (the managed blocks it holds), the plan last applied, and what the last port
 * call said. Pure: the port calls that feed it live in `use-pane.ts`.
 */
import { BASIS_LABELS } from '../../grounds/bases';
import type { RequestBasis } from '../../grounds/types';
import type { ApplyResult, LetterState } from '../../port';
import type {
  AccessRequest,
  AuthorityProfile,
  CaseDocument,
  Decision,
  InsertionPlan,
  LetterKind,
} from '../../letter/types';
import {
  molReduce,
  setEnvironmental,
  withConsistentRegime,
  withMolFields,
  type MolAction,
} from '../mol/mol-state';
import { fromIso, todayIso } from './dates';

export interface PaneState {
  /** `loading` until the letter's saved choices and the profile have been asked for. */
  phase: 'loading' | 'ready';
  decision: Decision;
  profile?: AuthorityProfile;
  /** The profile store failed: the pane works, but cannot compose a letter. */
  profileFailed: boolean;
  /** The store's own Danish reasons, when it gave any (e.g. the validation messages of a bad profile.json). */
  profileDetails: string[];
  /** Ids of the managed blocks in the document as last read or applied; undefined before the first read. */
  present?: string[];
  /** The plan last applied to this letter (saved in it with the decision). */
  applied?: InsertionPlan;
  /** What the pane is waiting for. */
  busy?: 'reading' | 'inserting';
  /** A Danish message from the last port call that failed. */
  error?: string;
  /** The result of the last insert. */
  lastResult?: ApplyResult;
  /**
   * Field values of grounds the jurist has unticked, kept so ticking again brings them back (the pane never
   * drops what the user typed). Not saved in the letter.
   */
  parked: Record<string, Record<string, string>>;
  /** The basis the request had before it was marked as concerning environmental information (restored when unmarked). */
  basisBeforeMol?: RequestBasis;
}

export type PaneAction =
  | {
      type: 'loaded';
      letterState?: LetterState;
      profile?: AuthorityProfile;
      profileFailed: boolean;
      profileDetails?: string[];
      error?: string;
    }
  | {
      type: 'set';
      patch: Partial<
        Pick<Decision, 'kind' | 'basis' | 'outcome' | 'caseAreaId' | 'letterDate' | 'caseNumber'>
      >;
    }
  | { type: 'request'; patch: Partial<AccessRequest> }
  | { type: 'ground'; groundId: string; checked: boolean }
  | { type: 'groundValue'; groundId: string; field: string; value: string }
  | { type: 'companionValue'; field: string; value: string }
  /** The case's documents from the aktliste (replacing any before); undefined removes them. */
  | { type: 'documents'; documents: CaseDocument[] | undefined }
  /** "Anmodningen angår miljøoplysninger" on or off: the basis and the regime follow. */
  | { type: 'environmental'; on: boolean }
  /** The decision's miljøoplysningslov options (see `molReduce`). */
  | { type: 'mol'; action: MolAction }
  | { type: 'profile'; profile: AuthorityProfile }
  | { type: 'busy'; busy: PaneState['busy'] }
  | { type: 'read'; blockIds: string[] }
  | { type: 'applied'; plan: InsertionPlan; result: ApplyResult }
  | { type: 'failed'; message: string }
  | { type: 'dismissError' }
  | { type: 'dismissResult' };

/** A fresh decision: a decision letter on an OFL § 7 request, dated today. */
export function emptyDecision(today: string = todayIso()): Decision {
  return {
    kind: 'decision',
    basis: 'offl-7',
    outcome: 'grant',
    request: { subject: '' },
    grounds: [],
    companionValues: {},
    letterDate: today,
  };
}

export function initialPaneState(): PaneState {
  return {
    phase: 'loading',
    decision: emptyDecision(),
    profileFailed: false,
    profileDetails: [],
    parked: {},
  };
}

const KINDS: readonly LetterKind[] = ['decision', 'identification-request', 'delay-notice'];
const BASES = Object.keys(BASIS_LABELS) as RequestBasis[];
const OUTCOMES: readonly Decision['outcome'][] = ['grant', 'partial', 'refusal', 'dismissal'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined);
const isoDate = (value: unknown) => (typeof value === 'string' && fromIso(value) ? value : undefined);

const DOCUMENT_DECISIONS: readonly CaseDocument['decision'][] = ['granted', 'partial', 'withheld'];

/**
 * The case's documents read back from a letter: entries that are not a document (no number or title, an
 * unknown decision) are left out, ground ids that are not text dropped; undefined when there is no list.
 * @example caseDocuments([{ number: '1', title: 'Notat', decision: 'withheld', groundIds: ['offl-30-1'] }])?.length // 1
 */
export function caseDocuments(value: unknown): CaseDocument[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((d): CaseDocument[] => {
    if (!isRecord(d) || typeof d.number !== 'string' || typeof d.title !== 'string') return [];
    if (!DOCUMENT_DECISIONS.includes(d.decision as CaseDocument['decision'])) return [];
    const doc: CaseDocument = {
      number: d.number,
      title: d.title,
      decision: d.decision as CaseDocument['decision'],
      groundIds: Array.isArray(d.groundIds)
        ? d.groundIds.filter((g): g is string => typeof g === 'string')
        : [],
    };
    const date = isoDate(d.date);
    if (date) doc.date = date;
    return [doc];
  });
}

/**
 * A decision read back from a letter, made whole: a letter saved by an older pane, or edited by another tool,
 * never breaks the pane. Known values are kept, unknown or missing ones fall back to a fresh decision's.
 * @example normaliseDecision({ outcome: 'refusal' }).outcome // "refusal"
 */
export function normaliseDecision(raw: unknown, today: string = todayIso()): Decision {
  const base = emptyDecision(today);
  if (!isRecord(raw)) return base;
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  const request = isRecord(raw.request) ? raw.request : {};
  const decision: Decision = {
    ...raw,
    kind: pick(raw.kind, KINDS, base.kind),
    basis: pick(raw.basis, BASES, base.basis),
    outcome: pick(raw.outcome, OUTCOMES, base.outcome),
    request: {
      subject: optionalString(request.subject) ?? '',
      receivedDate: isoDate(request.receivedDate),
      requester: optionalString(request.requester),
    },
    grounds: Array.isArray(raw.grounds)
      ? raw.grounds.flatMap((g) =>
          isRecord(g) && typeof g.groundId === 'string'
            ? [{ groundId: g.groundId, values: stringRecord(g.values) }]
            : [],
        )
      : [],
    companionValues: stringRecord(raw.companionValues),
    letterDate: isoDate(raw.letterDate) ?? base.letterDate,
    caseAreaId: optionalString(raw.caseAreaId),
    caseNumber: optionalString(raw.caseNumber),
  };
  const documents = caseDocuments(raw.documents);
  if (documents) decision.documents = documents;
  else delete decision.documents;
  return withMolFields(decision, raw);
}

function withDecision(state: PaneState, decision: Decision): PaneState {
  return { ...state, decision };
}

/** The pane's reducer. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  const { decision } = state;
  switch (action.type) {
    case 'loaded':
      return {
        ...state,
        phase: 'ready',
        decision: action.letterState ? normaliseDecision(action.letterState.decision) : state.decision,
        applied: action.letterState?.applied,
        profile: action.profile,
        profileFailed: action.profileFailed,
        profileDetails: action.profileDetails ?? [],
        error: action.error,
      };
    case 'set': {
      const next = { ...decision, ...action.patch };
      // A basis picked directly decides the regime too: the composer reads both.
      return withDecision(state, action.patch.basis ? withConsistentRegime(next) : next);
    }
    case 'request':
      return withDecision(state, { ...decision, request: { ...decision.request, ...action.patch } });
    case 'ground': {
      const chosen = decision.grounds.find((g) => g.groundId === action.groundId);
      if (action.checked === Boolean(chosen)) return state;
      if (action.checked) {
        const { [action.groundId]: values = {}, ...parked } = state.parked;
        return {
          ...state,
          parked,
          decision: { ...decision, grounds: [...decision.grounds, { groundId: action.groundId, values }] },
        };
      }
      return {
        ...state,
        parked: { ...state.parked, [action.groundId]: chosen?.values ?? {} },
        decision: { ...decision, grounds: decision.grounds.filter((g) => g.groundId !== action.groundId) },
      };
    }
    case 'groundValue':
      return withDecision(state, {
        ...decision,
        grounds: decision.grounds.map((g) =>
          g.groundId === action.groundId
            ? { ...g, values: { ...g.values, [action.field]: action.value } }
            : g,
        ),
      });
    case 'documents': {
      const next: Decision = { ...decision, documents: action.documents };
      if (!action.documents) delete next.documents;
      return withDecision(state, next);
    }
    case 'companionValue':
      return withDecision(state, {
        ...decision,
        companionValues: { ...decision.companionValues, [action.field]: action.value },
      });
    case 'environmental':
      return {
        ...state,
        basisBeforeMol: action.on ? decision.basis : undefined,
        decision: setEnvironmental(decision, action.on, state.basisBeforeMol),
      };
    case 'mol':
      return { ...state, ...molReduce(decision, state.parked, action.action) };
    case 'profile':
      return { ...state, profile: action.profile, profileFailed: false, profileDetails: [] };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'read':
      return { ...state, busy: undefined, present: action.blockIds };
    case 'applied': {
      const { result } = action;
      const gone = new Set(result.removed);
      const present = [
        ...(state.present ?? []).filter((id) => !gone.has(id)),
        ...result.inserted,
        ...result.updated,
        ...result.unchanged,
      ];
      return {
        ...state,
        busy: undefined,
        applied: action.plan,
        lastResult: result,
        present: [...new Set(present)],
        error: undefined,
      };
    }
    case 'failed':
      return { ...state, busy: undefined, error: action.message };
    case 'dismissError':
      return { ...state, error: undefined };
    case 'dismissResult':
      return { ...state, lastResult: undefined };
  }
}
