/**
 * The pane's aktliste logic, pure or nearly: reading a source with the user's memory, the vocabulary the
 * reader is given (the user's own answers before the administrator's), the actions "Brug aktlisten"
 * dispatches, and where the list and the jurist's choices disagree.
 */
import {
  headerOfError,
  ListReadError,
  proposeOutcome,
  readAktliste,
  readPastedAktliste,
  regimeOf,
  toCaseDocuments,
  unionOfGrounds,
  type BuildOptions,
  type ColumnOverrides,
  type ReadList,
  type VocabularyEntry,
  type VocabularyRegime,
} from '../../aktliste';
import type { Outcome, RequestBasis } from '../../grounds/types';
import type { CaseDocument, Decision, ListVocabularyEntry } from '../../letter/types';
import type { PaneAction } from '../state/pane-state';
import type { ListMemory } from '../profile-store';
import type { ImportedList, ListSource } from './imported';
import { AKTLISTE_STRINGS as S } from './strings';

const REGIMES: readonly VocabularyRegime[] = ['offl', 'fvl', 'mol', 'molParty'];
const BASES_OF: Record<VocabularyRegime, RequestBasis[]> = {
  offl: ['offl-7', 'offl-8'],
  fvl: ['fvl-9'],
  mol: ['mol'],
  molParty: ['mol-party'],
};

/**
 * The reader's user vocabulary: the user's own answers (for the regime they were given under) first, then the
 * administrator's shared wordings, each under every regime one of its grounds serves (empty: outside the
 * request, under every regime).
 * @example userVocabulary(memory, profile.aktliste?.vocabulary, groundBases)[0].targets.offl // { grounds: ["offl-30-1"] }
 */
export function userVocabulary(
  memory: ListMemory,
  shared: readonly ListVocabularyEntry[] = [],
  basesOf: (groundId: string) => readonly RequestBasis[] = () => [],
): VocabularyEntry[] {
  const own = memory.reasons.flatMap((r): VocabularyEntry[] => {
    if (!REGIMES.includes(r.regime as VocabularyRegime)) return [];
    const target = r.groundIds.length > 0 ? { grounds: r.groundIds } : { outside: true as const };
    return [{ phrases: [r.phrase], targets: { [r.regime]: target }, why: 'Brugerens eget svar.' }];
  });
  const admin = shared.map((entry): VocabularyEntry => {
    const targets: VocabularyEntry['targets'] = {};
    for (const regime of REGIMES) {
      if (entry.grounds.length === 0) targets[regime] = { outside: true };
      else {
        const fit = entry.grounds.filter((id) => basesOf(id).some((b) => BASES_OF[regime].includes(b)));
        if (fit.length > 0) targets[regime] = { grounds: fit };
      }
    }
    return { phrases: [entry.phrase], targets, why: 'Myndighedens fælles formulering (profile.json).' };
  });
  return [...own, ...admin];
}

/**
 * Reads a source into an `ImportedList`: the list, or the Danish reason it could not be read (with the header
 * found, when only the decision column is missing, so the user can pick it).
 */
export async function readSource(source: ListSource, options: BuildOptions): Promise<ImportedList> {
  const name = source.kind === 'file' ? source.name : S.pastedName;
  try {
    const list: ReadList =
      source.kind === 'file'
        ? await readAktliste(source.bytes, { ...options, fileName: source.name })
        : await readPastedAktliste(source.text, options);
    return { source, name, list };
  } catch (error) {
    if (!(error instanceof ListReadError)) throw error;
    const imported: ImportedList = { source, name, error: error.message };
    const header = headerOfError(error);
    if (header) imported.header = header;
    if (error.sheet) imported.sheet = error.sheet;
    return imported;
  }
}

/**
 * The memory with one column correction made.
 * @example withColumn(memory, 'akt|titel|udfald', 'decision', 2).columns['akt|titel|udfald'] // { decision: 2 }
 */
export function withColumn(
  memory: ListMemory,
  signature: string,
  field: keyof ColumnOverrides,
  column: number | null,
): ListMemory {
  return {
    ...memory,
    columns: { ...memory.columns, [signature]: { ...memory.columns[signature], [field]: column } },
  };
}

/** The memory with the user's answer for a wording (replacing an earlier answer under the same regime). */
export function withReason(
  memory: ListMemory,
  phrase: string,
  basis: RequestBasis,
  groundIds: readonly string[],
): ListMemory {
  const regime = regimeOf(basis);
  return {
    ...memory,
    reasons: [
      { phrase, regime, groundIds: [...groundIds] },
      ...memory.reasons.filter((r) => !(r.phrase === phrase && r.regime === regime)),
    ],
  };
}

/**
 * What "Brug aktlisten" does: the outcome the rows propose, a tick for each of their grounds, and the
 * documents (replacing any before).
 * @example listActions(list, decision).map((a) => a.type) // ["set", "ground", "documents"]
 */
export function listActions(list: ReadList, decision: Decision): PaneAction[] {
  const actions: PaneAction[] = [];
  if (list.outcome && decision.kind === 'decision') {
    actions.push({ type: 'set', patch: { outcome: list.outcome } });
  }
  const chosen = new Set(decision.grounds.map((g) => g.groundId));
  for (const id of unionOfGrounds(list.rows).groundIds) {
    if (!chosen.has(id)) actions.push({ type: 'ground', groundId: id, checked: true });
  }
  actions.push({ type: 'documents', documents: toCaseDocuments(list.rows) });
  return actions;
}

export interface Disagreement {
  kind: 'outcome' | 'groundNotUsed' | 'groundNotTicked';
  /** The ground concerned. */
  groundId?: string;
  /** Danish. */
  message: string;
}

/**
 * Where the documents the list gave and the jurist's choices disagree: an outcome other than the list's, a
 * ticked ground no withheld document uses, a document's ground not ticked. Never blocking: the pane says it.
 * @example disagreements(decision, (id) => id)[0].kind // "groundNotTicked"
 */
export function disagreements(
  decision: Pick<Decision, 'outcome' | 'grounds' | 'documents' | 'kind'>,
  labelOf: (groundId: string) => string,
  outcomeLabel: (outcome: Outcome) => string = (o) => o,
): Disagreement[] {
  const documents: readonly CaseDocument[] = decision.documents ?? [];
  if (documents.length === 0 || decision.kind !== 'decision') return [];
  const out: Disagreement[] = [];
  const proposed = proposeOutcome(documents);
  if (proposed && proposed !== decision.outcome) {
    out.push({
      kind: 'outcome',
      message: S.outcomeDiffers(outcomeLabel(proposed), outcomeLabel(decision.outcome)),
    });
  }
  const used = new Set(documents.filter((d) => d.decision !== 'granted').flatMap((d) => d.groundIds));
  const ticked = new Set(decision.grounds.map((g) => g.groundId));
  for (const id of ticked) {
    if (!used.has(id))
      out.push({ kind: 'groundNotUsed', groundId: id, message: S.groundNotUsed(labelOf(id)) });
  }
  for (const id of used) {
    if (!ticked.has(id))
      out.push({ kind: 'groundNotTicked', groundId: id, message: S.groundNotTicked(labelOf(id)) });
  }
  return out;
}
