/**
 * The reason vocabulary: what authorities write in a list's reason column, and the ground each wording
 * means under each regime. Data only; `reasons.ts` applies it after the citations. Each target was chosen
 * with the statute text open (src/law/data); the `why` says which words of the act decide it. A wording
 * whose target is missing for a regime is unmapped there (the jurist picks the ground), and a catch-all
 * such as "Andet (uddybes i afgørelsen)" is never guessed. Under miljøoplysningsloven only the wordings
 * whose 1985 (or LBK 988/2012) provision we hold in the words that decide it have a target: private and
 * business matters (1985 § 12, text not held), criminal cases (1985 § 2, not held) and statistics (1985
 * § 10, nr. 5, blocked by MOL § 2, stk. 4) stay with the jurist.
 */
import type { LegalRef } from '../law/types';

/**
 * What a wording means: a catalogue ground, a bare paragraph when the wording does not say which nr.
 * ("Ministerbetjening": § 24, stk. 1, nr. 1 or 2), "outside the request" (no ground, not counted), or a
 * catch-all that must be decided by the jurist.
 */
export type ReasonTarget =
  | { ground: string }
  /** Several grounds at once (a user's answer may pick more than one). */
  | { grounds: readonly string[] }
  | { paragraph: LegalRef }
  | { outside: true }
  | { catchAll: true }
  | { noGround: NoGroundReason };

/**
 * Why a wording names no ground under a regime, when the law says so: statistics and surveys are no ground
 * for environmental information (miljøoplysningslovens § 2, stk. 4 sets the 1985 act's § 10, nr. 5 aside),
 * and the 1985 act has no rule on ministerial service (ministerbetjening).
 */
export type NoGroundReason = 'molStatistics' | 'molMinisterial';

/**
 * The column that applies, by the request's legal basis: offentlighedsloven (§§ 7, 8), forvaltningsloven
 * (§ 9), and under miljøoplysningsloven the 1985 offentlighedslov (`mol`) or, for a party, forvaltningsloven
 * as of LBK 988/2012 (`molParty`).
 */
export type VocabularyRegime = 'offl' | 'fvl' | 'mol' | 'molParty';

export interface VocabularyEntry {
  /** Wordings as authorities write them; matched normalised (case and punctuation insensitive). */
  phrases: readonly string[];
  /** The target per regime; absent when the wording has no ground under that regime. */
  targets: Partial<Record<VocabularyRegime, ReasonTarget>>;
  /** Why these targets (English, for reviewers): the words of the provision that decide it. */
  why: string;
}

const OUTSIDE: ReasonTarget = { outside: true };
const CATCH_ALL: ReasonTarget = { catchAll: true };

export const REASON_VOCABULARY: readonly VocabularyEntry[] = [
  {
    phrases: [
      'Internt dokument',
      'Interne dokumenter',
      'Internt arbejdsdokument',
      'Internt dokument - ufærdigt arbejdsdokument',
      'Ufærdigt arbejdsdokument',
      'Internt dokument - foreløbige og sagsforberedende overvejelser',
      'Foreløbige og sagsforberedende overvejelser',
      'Internt dokument - del af intern beslutningsproces',
      'Del af intern beslutningsproces',
    ],
    targets: {
      offl: { ground: 'offl-23-1-1' },
      fvl: { ground: 'fvl-12' },
      mol: { ground: 'offl1985-7-1' },
      molParty: { ground: 'fvl-12-1-1' },
    },
    why: 'offl § 23, stk. 1, nr. 1: "dokumenter, der ikke er afgivet til udenforstående" is the internal document as such (nr. 2 and 3 are the ministerial and KL cases, named apart); fvl § 12, stk. 1: "en myndigheds interne arbejdsdokumenter"; under MOL the 1985 act\'s § 7, nr. 1 and fvl (LBK 988/2012) § 12, stk. 1, nr. 1: "dokumenter, der udarbejdes af en myndighed til eget brug" (nr. 2 and 3, correspondence inside the authority and with the council\'s committees, are named apart).',
  },
  {
    phrases: [
      'Korrespondance med sagkyndig rådgiver vedr. tvistsag',
      'Særlige dokumenter - korrespondance med sagkyndig rådgiver vedr. tvistsag',
      'Andre dokumenter - korrespondance med sagkyndig rådgiver vedr. tvistsag',
      'Brevveksling med sagkyndige',
      'Advokatkorrespondance',
    ],
    targets: {
      offl: { ground: 'offl-27-4' },
      fvl: { ground: 'fvl-14-3' },
      mol: { ground: 'offl1985-10-4' },
      molParty: { ground: 'fvl-14-1-3' },
    },
    why: 'offl § 27, nr. 4 and fvl § 14, nr. 3: "brevveksling med sagkyndige til brug i retssager eller ved overvejelse af, om retssag bør føres"; under MOL the 1985 act\'s § 10, nr. 4 ("Myndigheders brevveksling med sagkyndige ...") and fvl (LBK 988/2012) § 14, stk. 1, nr. 3.',
  },
  {
    phrases: [
      'Straffesag',
      'Særlige dokumenter - straffesag',
      'Dokument i straffesag',
      'Sag inden for strafferetsplejen',
    ],
    targets: { offl: { ground: 'offl-19' }, fvl: { ground: 'fvl-11-1' } },
    why: 'offl § 19, stk. 1: "sager inden for strafferetsplejen"; fvl § 11, stk. 1: "sager om strafferetlig forfølgning af lovovertrædelser".',
  },
  {
    phrases: [
      'Særlige dokumenter - statistik og undersøgelser',
      'Statistik og undersøgelser',
      'Materiale til statistik eller videnskabelige undersøgelser',
    ],
    targets: { offl: { ground: 'offl-27-5' }, mol: { noGround: 'molStatistics' } },
    why: 'offl § 27, nr. 5: "materiale, der tilvejebringes som grundlag for udarbejdelse af offentlig statistik eller videnskabelige undersøgelser"; forvaltningsloven has no such item (§ 14 has three), so a party\'s list leaves it to the jurist. Under MOL, § 2, stk. 4: "§ 10, stk. 1, nr. 5, i lov om offentlighed i forvaltningen gælder ikke for miljøoplysninger": a row problem, not a ground.',
  },
  {
    phrases: [
      'Andre dokumenter - vedr. udførelse af sekretariatsopgave',
      'Sekretariatsopgave',
      'Udførelse af sekretariatsopgaver for en anden myndighed',
    ],
    targets: {
      offl: { ground: 'offl-27-3' },
      fvl: { ground: 'fvl-14-2' },
      mol: { ground: 'offl1985-10-3' },
      molParty: { ground: 'fvl-14-1-2' },
    },
    why: 'offl § 27, nr. 3 and fvl § 14, nr. 2: "dokumenter, der udveksles, i forbindelse med at en myndighed udfører sekretariatsopgaver for en anden myndighed"; under MOL the 1985 act\'s § 10, nr. 3 and fvl (LBK 988/2012) § 14, stk. 1, nr. 2, in the same words.',
  },
  {
    phrases: [
      'Tavshedsbelagte oplysninger - om private forhold',
      'Oplysninger om private forhold',
      'Private forhold',
      'Private oplysninger',
      'Personlige oplysninger',
    ],
    targets: { offl: { ground: 'offl-30-1' }, fvl: { ground: 'fvl-15b-5' } },
    why: 'offl § 30, nr. 1: "enkeltpersoners private, herunder økonomiske, forhold" (not § 35, which needs a special confidentiality provision); for a party fvl § 15 b, nr. 5: "private og offentlige interesser, hvor hemmeligholdelse efter forholdets særlige karakter er påkrævet".',
  },
  {
    phrases: [
      'Tavshedsbelagte oplysninger - forretningsforhold',
      'Tavshedsbelagte oplysninger - om forretningsforhold',
      'Tavshedsbelagte oplysninger - om erhvervsmæssige forhold',
      'Forretningshemmeligheder',
      'Forretningshemmelighed',
      'Forretningsforhold',
      'Drifts- eller forretningsforhold',
    ],
    targets: { offl: { ground: 'offl-30-2' }, fvl: { ground: 'fvl-15b-5' } },
    why: 'offl § 30, nr. 2: "tekniske indretninger eller fremgangsmåder eller om drifts- eller forretningsforhold el.lign." (not § 35); for a party fvl § 15 b, nr. 5 (private interests, secrecy required by their special character).',
  },
  {
    phrases: ['Ministerbetjening', 'Dokumenter i ministerbetjening', 'Ministerbetjeningsdokument'],
    targets: {
      offl: { paragraph: { statute: 'offl', section: '24', subsection: 1 } },
      mol: { noGround: 'molMinisterial' },
    },
    why: 'offl § 24, stk. 1: documents exchanged "på et tidspunkt, hvor der er konkret grund til at antage, at en minister har eller vil få behov for embedsværkets rådgivning og bistand"; the wording does not say between whom, so nr. 1 (department and subordinate authorities) or nr. 2 (ministries) stays open: the bare paragraph. Forvaltningsloven has no such rule, nor has the 1985 act: under MOL a row problem.',
  },
  {
    phrases: [
      'Ikke omfattet af anmodningen',
      'Ikke omfattet af sagen',
      'Ikke omfattet af ansøgningen',
      'Ikke omfattet af aktindsigtsanmodningen',
      'Uden for anmodningen',
      'Ikke omfattet',
    ],
    targets: { offl: OUTSIDE, fvl: OUTSIDE, mol: OUTSIDE, molParty: OUTSIDE },
    why: 'A document outside the request is not part of the decision: no ground, and it does not count toward the outcome.',
  },
  {
    phrases: [
      'Andet (uddybes i afgørelsen)',
      'Andet (uddybes i afgørelse)',
      'Tavshedsbelagte oplysninger - Andet (uddybes i afgørelsen)',
      'Andre dokumenter - Andet (uddybes i afgørelse)',
      'Særlige dokumenter - Andet (uddybes i afgørelsen)',
      'Andet',
    ],
    targets: { offl: CATCH_ALL, fvl: CATCH_ALL, mol: CATCH_ALL, molParty: CATCH_ALL },
    why: 'A catch-all names no ground; it is never guessed.',
  },
];
