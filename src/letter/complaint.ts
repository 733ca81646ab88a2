/**
 * The complaint guidance (klagevejledning): where and how the requester can complain, chosen by the request's
 * legal basis and the case area, not by the authority's kind alone (DESIGN.md, "Letter anatomy").
 *
 * - Offentlighedsloven (§§ 7, 8): the complaint goes to the top appeal body of the case (§ 37, stk. 1), sent
 *   to us first; if we uphold the decision we forward it "snarest og som udgangspunkt senest 7 arbejdsdage"
 *   after receiving it (§ 37, stk. 2). With no appeal body, a kommune, region or kommunalt fællesskab must
 *   guide on bringing the case before the kommunale og regionale tilsynsmyndighed, through us, as in § 37,
 *   stk. 2 (§ 38, stk. 1); any other authority says there is no administrative appeal.
 * - Forvaltningsloven (a party, § 9): the complaint goes "særskilt" to the appeal body of the case itself
 *   (§ 16, stk. 4), with what § 25, stk. 1 requires: the appeal body, how to complain, and any deadline. The
 *   act has no "send it to us first" rule.
 * - A § 36 notice: after 14 working days the processing time may be complained of to the same body as under
 *   § 37 (§ 39, stk. 1), sent to us, who forward it with our reasons if we have not finished within 7 working
 *   days (§ 39, stk. 2). Forvaltningslovens § 16, stk. 2 gives a party no such complaint.
 *
 * Offentlighedsloven sets no complaint deadline, so none is ever stated on its routes; a case area's
 * `complaintDeadline` is stated on the party route only, and only when given. Folketingets Ombudsmand is
 * named without a deadline, since the project's law data holds no text of ombudsmandsloven.
 */
import { formatRef } from '../law/citations';
import type { LegalRef } from '../law/types';
import { fillTemplate, heading, plain } from './fill';
import type { AuthorityProfile, BlockParagraph, CaseArea, Decision, MissingField } from './types';

export interface ComplaintGuidance {
  /** The "Klagevejledning" heading, then the guidance. */
  paragraphs: BlockParagraph[];
  /** Exactly the provisions the text cites, in the order it cites them, each once. */
  refs: LegalRef[];
  /** Problems the jurist must see, in Danish. */
  warnings: string[];
  /** Required fields left blank (under miljøoplysningsloven: the appeal body when the profile has none). */
  missing?: MissingField[];
}

/**
 * - `appeal-body`: offentlighedslovens § 37 to the case area's appeal body;
 * - `supervision`: offentlighedslovens § 38, the kommunale og regionale tilsynsmyndighed;
 * - `none`: no administrative appeal (e.g. a ministry's department);
 * - `party-appeal`: forvaltningslovens § 16, stk. 4 to the case area's appeal body for parties;
 * - `party-none`: a party's decision with no appeal body;
 * - `mol-board`: miljøoplysningslovens § 4 a, Miljø- og Fødevareklagenævnet (a § 1, stk. 2 organ or a utility);
 * - `mol-appeal`: miljøoplysningslovens § 4, stk. 6, the case area's MOL appeal body;
 * - `mol-none`: under miljøoplysningsloven with no MOL appeal body in the profile (its own text, or a required
 *   field).
 */
export type ComplaintRoute =
  | 'appeal-body'
  | 'supervision'
  | 'none'
  | 'party-appeal'
  | 'party-none'
  | 'mol-board'
  | 'mol-appeal'
  | 'mol-none';

/** Danish warnings for the jurist, by id. */
export const COMPLAINT_WARNINGS = {
  chooseCaseArea: 'Vælg sagsområde, så klagevejledningen peger på den rigtige klageinstans.',
  unknownCaseArea: (id: string) => `Sagsområdet »${id}« findes ikke i myndighedsprofilen.`,
  bothRoutes: (area: string) =>
    `Sagsområdet »${area}« har både klageinstans og § 38-vej i myndighedsprofilen; klagevejledningen bruger klageinstansen.`,
  supervisionForState: (area: string) =>
    `Sagsområdet »${area}« har § 38-vej i myndighedsprofilen, men myndigheden er statslig, og § 38 gælder kun kommuner, regioner og kommunale fællesskaber. Klagevejledningen siger derfor, at der ikke er nogen administrativ klageinstans.`,
  molNoAppealBody: (area: string) =>
    `Sagsområdet »${area}« har ingen klageinstans efter miljøoplysningsloven i myndighedsprofilen. Angiv klageinstansen (miljøoplysningslovens § 4, stk. 6) i brevet, eller få administratoren til at tilføje den eller en tekst for sager uden klageinstans.`,
  molChooseCaseArea:
    'Vælg sagsområde, så klagevejledningen efter miljøoplysningsloven peger på klageinstansen for den sag, anmodningen angår.',
  noRoute: (area: string) =>
    `Sagsområdet »${area}« har hverken klageinstans eller § 38-vej i myndighedsprofilen. En kommune eller region skal vejlede om den kommunale og regionale tilsynsmyndighed, når der ikke er nogen klageinstans; klagevejledningen bruger derfor § 38-vejen.`,
} as const;

const W = COMPLAINT_WARNINGS;

/** The kommunale og regionale tilsynsmyndighed (for kommuner, regioner and kommunale fællesskaber). */
const SUPERVISORY_AUTHORITY = 'Ankestyrelsen';
const OMBUDSMAN = 'Folketingets Ombudsmand';

interface ResolvedRoute {
  route: ComplaintRoute;
  area?: CaseArea;
  warnings: string[];
}

/** True when the request is decided under miljøoplysningsloven. */
function isMol(decision: Decision): boolean {
  return (
    decision.basis === 'mol' ||
    decision.basis === 'mol-party' ||
    decision.regime === 'mol' ||
    decision.environmentalInformation === true
  );
}

function resolveMolRoute(decision: Decision, profile: AuthorityProfile): ResolvedRoute {
  const warnings: string[] = [];
  const area =
    decision.caseAreaId === undefined
      ? undefined
      : profile.caseAreas.find((a) => a.id === decision.caseAreaId);
  // § 4 a: an organ under § 1, stk. 2 or a utility: Miljø- og Fødevareklagenævnet, whatever the case area.
  if (profile.mol?.organ || profile.mol?.utility) return { route: 'mol-board', area, warnings };
  if (!area) {
    if (decision.caseAreaId !== undefined) warnings.push(W.unknownCaseArea(decision.caseAreaId));
    warnings.push(W.molChooseCaseArea);
    return { route: 'mol-none', warnings };
  }
  if (area.molAppealBody) return { route: 'mol-appeal', area, warnings };
  if (!area.molNoAppealBody) warnings.push(W.molNoAppealBody(area.name));
  return { route: 'mol-none', area, warnings };
}

function resolveRoute(decision: Decision, profile: AuthorityProfile): ResolvedRoute {
  if (isMol(decision)) return resolveMolRoute(decision, profile);
  const warnings: string[] = [];
  const area =
    decision.caseAreaId === undefined
      ? undefined
      : profile.caseAreas.find((a) => a.id === decision.caseAreaId);
  if (!area) {
    if (decision.caseAreaId !== undefined) warnings.push(W.unknownCaseArea(decision.caseAreaId));
    warnings.push(W.chooseCaseArea);
  }
  const local = profile.kind === 'municipality' || profile.kind === 'region';

  if (decision.basis === 'fvl-9') {
    return { route: area?.partyAppealBody ? 'party-appeal' : 'party-none', area, warnings };
  }
  if (!area) return { route: local ? 'supervision' : 'none', warnings };
  if (area.appealBody) {
    if (area.supervisionRoute) warnings.push(W.bothRoutes(area.name));
    return { route: 'appeal-body', area, warnings };
  }
  if (area.supervisionRoute) {
    if (profile.kind === 'state') {
      warnings.push(W.supervisionForState(area.name));
      return { route: 'none', area, warnings };
    }
    return { route: 'supervision', area, warnings };
  }
  if (local) {
    warnings.push(W.noRoute(area.name));
    return { route: 'supervision', area, warnings };
  }
  return { route: 'none', area, warnings };
}

/**
 * The complaint route for a decision: by the request's basis and the case area, falling back on the
 * authority's kind when no case area is chosen (kommune and region: § 38; others: no appeal).
 * @example complaintRoute({ ...decision, basis: 'offl-7', caseAreaId: 'byggesager' }, EXAMPLE_PROFILE) // "appeal-body"
 */
export function complaintRoute(decision: Decision, profile: AuthorityProfile): ComplaintRoute {
  return resolveRoute(decision, profile).route;
}

/** How to reach us: "Juridisk Sekretariat, Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby". */
function contact(profile: AuthorityProfile): string {
  const named = [profile.unit, profile.name].filter((s): s is string => Boolean(s));
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const address = profile.address.filter((line) => !named.some((n) => same(n, line)));
  return [...named, ...address].join(', ');
}

/** Builds the text and collects the references it cites, so the two cannot drift apart. */
class GuidanceWriter {
  readonly paragraphs: BlockParagraph[] = [heading('Klagevejledning', 2)];
  readonly refs: LegalRef[] = [];

  /** "jf. offentlighedslovens § 37, stk. 1", recording the reference. */
  cite(ref: LegalRef): string {
    if (!this.refs.some((r) => formatRef(r) === formatRef(ref))) this.refs.push(ref);
    return `jf. ${formatRef(ref)}`;
  }

  paragraph(...sentences: string[]): void {
    this.paragraphs.push(plain(sentences.join(' ')));
  }
}

const OFFL_37_1: LegalRef = { statute: 'offl', section: '37', subsection: 1 };
const OFFL_37_2: LegalRef = { statute: 'offl', section: '37', subsection: 2 };
const OFFL_38_1: LegalRef = { statute: 'offl', section: '38', subsection: 1 };
const OFFL_39_1: LegalRef = { statute: 'offl', section: '39', subsection: 1 };
const OFFL_39_2: LegalRef = { statute: 'offl', section: '39', subsection: 2 };
const FVL_16_4: LegalRef = { statute: 'fvl', section: '16', subsection: 4 };

function appealBody(w: GuidanceWriter, body: string, profile: AuthorityProfile): void {
  w.paragraph(`Du kan klage over afgørelsen til ${body}, ${w.cite(OFFL_37_1)}.`);
  w.paragraph(
    `Klagen skal sendes til os: ${contact(profile)}.`,
    'Du kan også sende klagen som svar på dette brev.',
    `Hvis vi fastholder afgørelsen, sender vi snarest og som udgangspunkt senest 7 arbejdsdage efter, at vi har modtaget klagen, sagen og dens dokumenter videre til ${body}, ${w.cite(OFFL_37_2)}.`,
  );
}

function supervision(w: GuidanceWriter, profile: AuthorityProfile): void {
  w.paragraph(
    'Der er ikke nogen administrativ klageinstans for den sag, din anmodning vedrører.',
    `Du kan i stedet indbringe sagen for ${SUPERVISORY_AUTHORITY}, som er den kommunale og regionale tilsynsmyndighed, ${w.cite(OFFL_38_1)}.`,
  );
  w.paragraph(
    `Din henvendelse om at indbringe sagen for tilsynsmyndigheden skal sendes til os: ${contact(profile)}.`,
    'Du kan også sende den som svar på dette brev.',
    `Hvis vi fastholder afgørelsen, sender vi snarest og som udgangspunkt senest 7 arbejdsdage efter, at vi har modtaget din henvendelse, sagen og dens dokumenter videre til tilsynsmyndigheden, ${w.cite(OFFL_37_2)}.`,
  );
}

function noAppeal(w: GuidanceWriter, what: string): void {
  w.paragraph(`Du kan ikke klage over ${what} til en anden forvaltningsmyndighed.`);
  w.paragraph(`Du kan klage over ${what} til ${OMBUDSMAN}.`);
}

function partyAppeal(w: GuidanceWriter, body: string, deadline: string | undefined): void {
  w.paragraph(`Du kan klage særskilt over afgørelsen om aktindsigt til ${body}, ${w.cite(FVL_16_4)}.`);
  const procedure = [`Klagen sendes til ${body}.`];
  if (deadline) procedure.push(`Klagefristen er ${deadline}.`);
  w.paragraph(...procedure);
}

function processingTime(
  w: GuidanceWriter,
  route: ComplaintRoute,
  area: CaseArea | undefined,
  profile: AuthorityProfile,
): void {
  const body = route === 'appeal-body' ? area?.appealBody : undefined;
  if (!body) {
    // § 39 sends the complaint to the top appeal body of the case; where there is none, it gives no complaint.
    w.paragraph(
      `Der er ikke nogen administrativ klageinstans for den sag, din anmodning vedrører, og du kan derfor ikke klage over sagsbehandlingstiden til en anden forvaltningsmyndighed, ${w.cite(OFFL_39_1)}.`,
      `Du kan klage over sagsbehandlingstiden til ${OMBUDSMAN}.`,
    );
    return;
  }
  w.paragraph(
    `Hvis vi ikke har færdigbehandlet din anmodning inden 14 arbejdsdage efter, at vi modtog den, kan du klage over sagsbehandlingstiden til ${body}, ${w.cite(OFFL_39_1)}.`,
  );
  w.paragraph(
    `Klagen skal sendes til os: ${contact(profile)}.`,
    'Du kan også sende klagen som svar på dette brev.',
    `Hvis vi ikke har færdigbehandlet din anmodning senest 7 arbejdsdage efter, at vi har modtaget klagen, sender vi klagen videre til ${body} med en begrundelse for sagsbehandlingstiden, ${w.cite(OFFL_39_2)}.`,
  );
}

const MOL_4_6: LegalRef = { statute: 'mol', section: '4', subsection: 6 };
const MOL_4A: LegalRef = { statute: 'mol', section: '4 a' };
const MOL_4B_1: LegalRef = { statute: 'mol', section: '4 b', subsection: 1 };
/** Miljøoplysningslovens § 4 a names the board so. */
export const MOL_BOARD = 'Miljø- og Fødevareklagenævnet';

/**
 * Complaint guidance under miljøoplysningsloven: the appeal body (§ 4 a for an organ or a utility, else the
 * case area's appeal body under § 4, stk. 6), lodged in writing with us, forwarded within 3 weeks as a rule if
 * we uphold the decision (§ 4 b, stk. 1). Never the 2013 route (no 7 working days, no § 37 or § 38), no fee, and
 * a time limit only where the profile gives one. Without an appeal body, the profile's own text or a required
 * field; never a guess.
 */
function molGuidance(decision: Decision, profile: AuthorityProfile): ComplaintGuidance {
  const { route, area, warnings } = resolveMolRoute(decision, profile);
  const w = new GuidanceWriter();
  const missing: MissingField[] = [];
  if (route === 'mol-none' && area?.molNoAppealBody) {
    w.paragraph(area.molNoAppealBody);
    return { paragraphs: w.paragraphs, refs: w.refs, warnings };
  }
  let body = route === 'mol-board' ? MOL_BOARD : (area?.molAppealBody ?? '');
  if (route === 'mol-board') {
    w.paragraph(`Du kan klage over afgørelsen til ${MOL_BOARD}, ${w.cite(MOL_4A)}.`);
  } else if (route === 'mol-appeal') {
    w.paragraph(`Du kan klage over afgørelsen til ${body}, ${w.cite(MOL_4_6)}.`);
  } else {
    const field = {
      name: 'klageinstans_mol',
      label: 'Klageinstansen efter miljøoplysningslovens § 4, stk. 6',
      hint: 'Fx: Miljø- og Fødevareklagenævnet (for afgørelser efter miljøbeskyttelsesloven)',
      required: true,
    };
    const filled = fillTemplate(
      `Du kan klage over afgørelsen til {klageinstans_mol}, ${w.cite(MOL_4_6)}.`,
      [field],
      {},
      'complaint-guidance',
    );
    w.paragraphs.push(...filled.paragraphs);
    missing.push(...filled.missing);
    body = 'klageinstansen';
  }
  const howTo =
    profile.mol?.howToComplain?.trim() || `Klagen skal indgives skriftligt til os: ${contact(profile)}.`;
  const procedure = [
    howTo,
    `Hvis vi fastholder afgørelsen, sender vi klagen videre til ${body} snarest og som udgangspunkt ikke senere end 3 uger efter, at vi har modtaget den, ${w.cite(MOL_4B_1)}.`,
  ];
  if (area?.molComplaintDeadline) procedure.push(`Klagefristen er ${area.molComplaintDeadline}.`);
  w.paragraph(...procedure);
  return { paragraphs: w.paragraphs, refs: w.refs, warnings, missing };
}

/**
 * The complaint guidance for a letter, or undefined when the letter needs none: a full grant (forvaltningslovens
 * § 25, stk. 1, 2. pkt.; offentlighedslovens §§ 37-38 concern refusals), a request to identify the documents
 * (not a decision), and a party's § 16, stk. 2 notice (forvaltningsloven gives no complaint about processing
 * time). A § 36 notice under offentlighedsloven gives the § 39 complaint.
 * @example composeComplaintGuidance({ ...decision, outcome: 'refusal', caseAreaId: 'byggesager' }, EXAMPLE_PROFILE)?.refs
 * // [{ statute: 'offl', section: '37', subsection: 1 }, { statute: 'offl', section: '37', subsection: 2 }]
 */
export function composeComplaintGuidance(
  decision: Decision,
  profile: AuthorityProfile,
): ComplaintGuidance | undefined {
  const party = decision.basis === 'fvl-9';
  if (decision.kind === 'identification-request') return undefined;
  if (decision.kind === 'decision' && decision.outcome === 'grant') return undefined;
  // Miljøoplysningsloven gives no complaint about processing time: its notice of delay has no guidance.
  if (isMol(decision)) return decision.kind === 'delay-notice' ? undefined : molGuidance(decision, profile);
  if (decision.kind === 'delay-notice' && party) return undefined;

  const { route, area, warnings } = resolveRoute(decision, profile);
  const w = new GuidanceWriter();
  if (decision.kind === 'delay-notice') {
    processingTime(w, route, area, profile);
  } else if (route === 'appeal-body' && area?.appealBody) {
    appealBody(w, area.appealBody, profile);
  } else if (route === 'supervision') {
    supervision(w, profile);
  } else if (route === 'party-appeal' && area?.partyAppealBody) {
    partyAppeal(w, area.partyAppealBody, area.complaintDeadline);
  } else {
    noAppeal(w, party ? 'afgørelsen om aktindsigt' : 'afgørelsen');
  }
  return { paragraphs: w.paragraphs, refs: w.refs, warnings };
}
