/**
 * The case's document list (aktliste) in the letter: the table block both composers insert, the `{dokumenter}`
 * value a ground's reasoning gets from the rows it covers, and the companions a partly withheld document
 * brings. Pure and deterministic; the Danish words are data, so tests refer to them by id.
 */
import type { Companion, Ground } from '../grounds/types';
import { formatShortRef } from '../law/citations';
import { danishDate, heading } from './fill';
import type { AuthorityProfile, Block, BlockParagraph, CaseDocument, Decision } from './types';

/** The table's header row, in column order. */
export const DOCUMENT_LIST_HEADER = ['Akt nr.', 'Dato', 'Titel', 'Aktindsigt', 'Hjemmel'] as const;

/** The "Aktindsigt" column's words, by document decision. */
export const DOCUMENT_DECISION_WORDS = { granted: 'Ja', partial: 'Delvis', withheld: 'Nej' } as const;

/** The block's Danish heading and content-control title. */
export const DOCUMENT_LIST_TITLE = 'Aktliste';

/** Danish warnings of the document list, by id. */
export const DOCUMENT_LIST_WARNINGS = {
  groundNotChosen: (number: string, groundId: string) =>
    `Dokument ${number} er undtaget efter en grund, som ikke er valgt i afgørelsen (${groundId}).`,
  noGround: (number: string) =>
    `Dokument ${number} er ikke udleveret fuldt ud, men der er ikke angivet nogen grund.`,
} as const;

/** How `{dokumenter}` names one document: "akt 3", or its title in Danish quotation marks. */
export const DOCUMENT_REFERENCE = {
  number: (number: string) => `akt ${number}`,
  title: (title: string) => `»${title}«`,
} as const;

export interface DocumentListOptions {
  /** The grounds the documents' ids are looked up in (today's acts, or the whole catalogue under MOL). */
  catalogue: readonly Ground[];
  /** The ids of the grounds the letter relies on (under MOL both tracks'). */
  chosen: readonly string[];
  /**
   * The letter is decided under miljøoplysningsloven, where "offl." alone means the 1985 act: the 2013 act's
   * references (the second track) are written "2013-offl. § 30, nr. 1".
   */
  mark2013?: boolean;
}

/** The prefix that marks the 2013 offentlighedslov in an MOL letter's table. */
export const MARK_2013 = '2013-';

/**
 * Items joined the Danish way: "a", "a og b", "a, b og c".
 * @example danishList(['akt 3', '7', '12']) // "akt 3, 7 og 12"
 */
export function danishList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/**
 * The "Hjemmel" cell of a document: the short citation of each ground's own provision, separated by "; ".
 * @example hjemmelCell(['offl-30-1', 'offl-23-1-1'], GROUNDS) // "offl. § 30, nr. 1; offl. § 23, stk. 1, nr. 1"
 */
export function hjemmelCell(
  groundIds: readonly string[],
  catalogue: readonly Ground[],
  mark2013 = false,
): string {
  const cited: string[] = [];
  for (const id of groundIds) {
    const ref = catalogue.find((g) => g.id === id)?.refs[0];
    if (!ref) continue;
    const short = `${mark2013 && ref.statute === 'offl' ? MARK_2013 : ''}${formatShortRef(ref)}`;
    if (!cited.includes(short)) cited.push(short);
  }
  return cited.join('; ');
}

/**
 * The aktliste table block: a heading, then a header row ("Akt nr.", "Dato", "Titel", "Aktindsigt",
 * "Hjemmel") and one row per document, with the warnings a row gives (a ground not chosen, no ground).
 * @example documentListBlock(documents, { catalogue: GROUNDS, chosen: ['offl-30-1'] }).block.paragraphs[1].cells // ["Akt nr.", "Dato", "Titel", "Aktindsigt", "Hjemmel"]
 */
export function documentListBlock(
  documents: readonly CaseDocument[],
  options: DocumentListOptions,
): { block: Block; warnings: string[] } {
  const warnings: string[] = [];
  const rows: BlockParagraph[] = [{ runs: [], cells: [...DOCUMENT_LIST_HEADER], header: true }];
  for (const doc of documents) {
    for (const id of doc.groundIds) {
      if (!options.chosen.includes(id)) warnings.push(DOCUMENT_LIST_WARNINGS.groundNotChosen(doc.number, id));
    }
    const hjemmel = hjemmelCell(doc.groundIds, options.catalogue, options.mark2013);
    if (doc.decision !== 'granted' && hjemmel === '')
      warnings.push(DOCUMENT_LIST_WARNINGS.noGround(doc.number));
    rows.push({
      runs: [],
      cells: [
        doc.number,
        doc.date ? danishDate(doc.date) : '',
        doc.title,
        DOCUMENT_DECISION_WORDS[doc.decision],
        doc.decision === 'granted' ? '' : hjemmel,
      ],
    });
  }
  return {
    block: {
      id: 'document-list',
      part: 'document_list',
      title: DOCUMENT_LIST_TITLE,
      paragraphs: [heading(DOCUMENT_LIST_TITLE), ...rows],
    },
    warnings,
  };
}

/**
 * The documents a ground covers: those the list withholds wholly or in part on that ground, in list order.
 * @example coveredDocuments(decision, 'offl-30-1').map((d) => d.number) // ["3", "7"]
 */
export function coveredDocuments(decision: Pick<Decision, 'documents'>, groundId: string): CaseDocument[] {
  return (decision.documents ?? []).filter((doc) => covers(doc, groundId));
}

/** A document is withheld, wholly or in part, on the ground. */
function covers(doc: CaseDocument, groundId: string): boolean {
  return doc.decision !== 'granted' && doc.groundIds.includes(groundId);
}

/**
 * The value `{dokumenter}` gets from the list for a ground (or several: the documents any of them covers):
 * "akt 3, 7 og 12", or by title ("»Notat om X« og »Mail af 3. marts«") when the profile prefers titles; ""
 * when the list covers nothing. The pane shows it as a hint; the composer uses it only where the jurist left
 * the field blank.
 * @example documentsField(decision, 'offl-30-1', profile) // "akt 3 og 7"
 */
export function documentsField(
  decision: Pick<Decision, 'documents'>,
  groundId: string | readonly string[],
  profile: Pick<AuthorityProfile, 'aktliste'>,
): string {
  const byTitle = profile.aktliste?.documentReference === 'titles';
  const ids = typeof groundId === 'string' ? [groundId] : groundId;
  const covered = (decision.documents ?? []).filter((doc) => ids.some((id) => covers(doc, id)));
  const names: string[] = [];
  for (const doc of covered) {
    // A document without a title is still named, by its number.
    const name =
      byTitle && doc.title.trim()
        ? DOCUMENT_REFERENCE.title(doc.title.trim())
        : DOCUMENT_REFERENCE.number(doc.number);
    if (!names.includes(name)) names.push(name);
  }
  if (!byTitle && names.length > 1) {
    // "akt 3, 7 og 12": the word once.
    const prefix = DOCUMENT_REFERENCE.number('');
    return `${prefix}${danishList(names.map((n) => n.slice(prefix.length)))}`;
  }
  return danishList(names);
}

/**
 * A ground's field values with `{dokumenter}` filled from the list when the jurist left it blank; a value the
 * jurist typed always wins.
 * @example withDocumentsField({}, decision, 'offl-30-1', profile).dokumenter // "akt 3 og 7"
 */
export function withDocumentsField(
  values: Record<string, string>,
  decision: Pick<Decision, 'documents'>,
  groundId: string | readonly string[],
  profile: Pick<AuthorityProfile, 'aktliste'>,
): Record<string, string> {
  if ((values.dokumenter ?? '').trim() !== '') return values;
  const proposed = documentsField(decision, groundId, profile);
  return proposed ? { ...values, dokumenter: proposed } : values;
}

/**
 * The companions that state what a partly withheld document's requester still gets or may get: offentlighedslovens
 * § 34 (the rest of the document) and § 28 (extraction), and under miljøoplysningsloven the 1985 act's and
 * LBK 988/2012's counterparts. A ground brings one only when the catalogue lists it in the ground's `requires`.
 */
export const PARTIAL_ACCESS_COMPANIONS: ReadonlySet<Companion> = new Set<Companion>([
  'partial-34',
  'extraction',
  'partial-1985',
  'extraction-1985',
  'partial-fvl2012',
  'extraction-fvl2012',
]);

/**
 * The grounds of the documents the list hands out in part, looked up in the catalogue, each once.
 * @example partialGrounds(decision, GROUNDS).map((g) => g.id) // ["offl-30-1"]
 */
export function partialGrounds(
  decision: Pick<Decision, 'documents'>,
  catalogue: readonly Ground[],
): Ground[] {
  const grounds: Ground[] = [];
  for (const doc of decision.documents ?? []) {
    if (doc.decision !== 'partial') continue;
    for (const id of doc.groundIds) {
      const ground = catalogue.find((g) => g.id === id);
      if (ground && !grounds.includes(ground)) grounds.push(ground);
    }
  }
  return grounds;
}

/**
 * The partial-access companions the partly withheld documents bring, whatever the outcome the jurist chose.
 * @example partialAccessCompanions(decision, GROUNDS) // ["partial-34"] for a document partly withheld under § 30, nr. 1
 */
export function partialAccessCompanions(
  decision: Pick<Decision, 'documents'>,
  catalogue: readonly Ground[],
): Companion[] {
  const companions: Companion[] = [];
  for (const ground of partialGrounds(decision, catalogue)) {
    for (const companion of ground.requires) {
      if (PARTIAL_ACCESS_COMPANIONS.has(companion) && !companions.includes(companion))
        companions.push(companion);
    }
  }
  return companions;
}
