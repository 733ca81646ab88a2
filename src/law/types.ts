/**
 * Types of the law layer: legal references, statutes as data, and what resolving a reference yields.
 * Pure data: nothing here knows about Office, React or the file system.
 */

/**
 * The acts we know. `offl` = offentlighedsloven (2013), `fvl` = forvaltningsloven, `dbl` = databeskyttelsesloven,
 * `mol` = miljøoplysningsloven (LBK 980/2017), `offl1985` = the 1985 offentlighedslov (lov nr. 572 af 19. december
 * 1985 med senere ændringer), which miljøoplysningsloven refers to (its § 6, stk. 2); numbered as the 1985 act and
 * never merged with `offl`. Which wording of `fvl` is quoted depends on the regime (src/law/regime.ts).
 */
export type StatuteId = 'offl' | 'fvl' | 'dbl' | 'mol' | 'offl1985';

/**
 * A reference to a provision: "offentlighedslovens § 30, nr. 1" is
 * `{ statute: 'offl', section: '30', item: 1 }`.
 *
 * `section` is the paragraph number as written, with its letter separated by one space ("9", "9 a", "15 b").
 * `subsection` (stk.) is omitted when the reference does not name one; "§ 30, nr. 1" names no stk.
 */
export interface LegalRef {
  statute: StatuteId;
  section: string;
  subsection?: number;
  item?: number;
  litra?: string;
  sentence?: number;
}

/** A reference found in a text, with the character span it was written in (`end` exclusive). */
export interface FoundCitation {
  ref: LegalRef;
  start: number;
  end: number;
  /** The exact text of the span, e.g. "offl. § 30 nr. 1". */
  text: string;
  /** True when the act was not written with the reference and not known from context (defaults to `offl`). */
  statuteAssumed: boolean;
}

/**
 * Where a text comes from and how far we trust it, mapped from the status line under each paragraph in the
 * shared law files:
 * - `verified`: "ordret": character for character from a consolidated text (`sourceCount` independent sources);
 * - `consolidated`: "konsolideret af os": a later amending act's change applied by us to a verified text;
 * - `secondary`: only seen quoted in a guide or letter;
 * - `missing`: no text held.
 */
export type ProvenanceStatus = 'verified' | 'consolidated' | 'secondary' | 'missing';

export interface Provenance {
  status: ProvenanceStatus;
  /** Number of independent sources with the same wording, when the status line says so. */
  sourceCount?: number;
  /** The status line, verbatim (Danish), for reviewers. */
  statusLine: string;
  /** Source notes, verbatim (Danish). */
  sources: string[];
}

/**
 * How much of a text part we hold, where a source shows only part of it: `truncated` = the source stops inside
 * it (the text ends with "[...]" as the source has it), `missing` = the source shows that it exists but not its
 * words (text ""). Absent = whole.
 */
export type PartialText = 'truncated' | 'missing';

/** One numbered item ("1) ...") of a subsection. `text` is without the "1) " label. */
export interface ItemText {
  number: number;
  text: string;
  /** Set only when we do not hold the item whole. */
  partial?: PartialText;
}

/**
 * One wording of a subsection (stk.), valid from `from` (inclusive) until `until` (exclusive), ISO dates.
 * A missing bound means "since the act's version we hold" / "still in force".
 */
export interface SubsectionVersion {
  from?: string;
  until?: string;
  /** The whole subsection as the act prints it, without the "Stk. N." label; items on their own lines. */
  text: string;
  /** The text before the first item ("... skal"), or the whole text when there are no items. */
  intro: string;
  items: ItemText[];
  /** Text after the last item that does not belong to it, when the source shows it on its own line. */
  tail?: string;
  provenance: Provenance;
  /** The amending act that introduced this wording, e.g. "lov nr. 655 af 11. juni 2024". */
  amendedBy?: string;
  /**
   * Set only when we do not hold the opening words whole: `truncated` (cut off "[...]"), `missing` (the whole
   * stk. is known to exist, its words are not held; text "").
   */
  introPartial?: PartialText;
  /** True when the source says the rest of the stk. after what we hold is not held ("Resten af § 4 ..."). */
  restMissing?: boolean;
}

export interface Subsection {
  number: number;
  versions: SubsectionVersion[];
}

export interface Section {
  /** "9", "9 a". */
  id: string;
  /** Empty when we know the paragraph exists but hold no text for it. */
  subsections: Subsection[];
  /** Warnings for maintainers, e.g. "differs from OFL § 33 on purpose: do not correct". */
  notes: string[];
  /** True when the paragraph is repealed ("(Ophævet)"). */
  repealed?: boolean;
  /**
   * True when the paragraph's stk. and nr. beyond those we hold are unknown (may or may not exist): a reference
   * to one is "unknown", never "does not exist". Absent = the paragraph's structure is what we hold.
   */
  open?: boolean;
}

/** The version of an act that we quote. */
export interface StatuteVersion {
  /** e.g. "lovbekendtgørelse nr. 145 af 24. februar 2020". */
  consolidation: string;
  /** Amending acts folded in, oldest first, with the date they came into force where we know it. */
  amendments: { act: string; inForce?: string }[];
}

export interface Statute {
  id: StatuteId;
  /** "Lov om offentlighed i forvaltningen (offentlighedsloven)". */
  title: string;
  /** "offentlighedsloven". */
  name: string;
  /** Genitive used in citations: "offentlighedslovens". */
  genitive: string;
  /** Abbreviation: "offl.". */
  abbreviation: string;
  version: StatuteVersion;
  /**
   * Which paragraphs exist, in the law's order, whether or not we hold their text. When
   * `structureComplete` is false, a paragraph not listed is "unknown", never "does not exist".
   */
  sectionIds: string[];
  structureComplete: boolean;
  /** The act's last paragraph, when known: a paragraph after it does not exist. */
  lastSection?: string;
  sections: Section[];
  /**
   * The heading of this act's part of a legal-basis quotation when it is not "Uddrag af <name> (<version>)",
   * e.g. for the 1985 act and the pinned forvaltningslov, whose heading names the version and miljøoplysningslovens
   * § 6, stk. 2.
   */
  quoteHeading?: string;
  /** Where a `secondary` text of this act was seen, named to the jurist (Danish). */
  secondarySource?: string;
}
