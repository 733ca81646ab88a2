/**
 * The complaint guidance the add-in would write for a letter, as an insert fix: shared by the rules that find
 * it missing (required-parts) or wrong (complaint-route). Needs the authority's profile and a case area the
 * letter can be tied to.
 */
import { composeComplaintGuidance } from '../letter/complaint';
import type { AuthorityProfile, CaseArea, Decision } from '../letter/types';
import type { LetterAnalysis } from './analyse';
import { loweredTexts } from './lowered';
import type { DocumentSnapshot, Fix } from './types';

/**
 * The profile's case area the letter concerns: the only one, or the only one whose name (without its plural
 * ending: "Byggesager" -> "byggesag") the letter's body uses.
 */
export function caseAreaOf(
  profile: AuthorityProfile,
  snapshot: DocumentSnapshot,
  analysis: LetterAnalysis,
): CaseArea | undefined {
  if (profile.caseAreas.length === 1) return profile.caseAreas[0];
  const lowered = loweredTexts(snapshot, analysis);
  const inBody = (i: number) =>
    analysis.partOf[i] !== 'legal_basis' && analysis.partOf[i] !== 'complaint_guidance';
  let body: string | undefined;
  // The body's paragraphs, lower-cased, as one text joined by line breaks; a name without a line break
  // is found paragraph by paragraph, without building that text.
  const named = profile.caseAreas.filter((a) => {
    const name = a.name.toLowerCase().replace(/e?r$/, '');
    if (name === '') return true;
    if (!name.includes('\n')) return lowered.some((text, i) => inBody(i) && text.includes(name));
    body ??= lowered.filter((_, i) => inBody(i)).join('\n');
    return body.includes(name);
  });
  return named.length === 1 ? named[0] : undefined;
}

/** The request's basis: a party's (forvaltningslovens § 9) or anyone's under offentlighedsloven. */
export function isParty(analysis: LetterAnalysis, guidance: Set<number>): boolean {
  const inGuidance = analysis.citations.filter((c) => guidance.has(c.paragraph));
  if (inGuidance.some((c) => c.ref.statute === 'fvl' && c.ref.section === '16')) return true;
  if (inGuidance.some((c) => c.ref.statute === 'offl' && ['37', '38', '39'].includes(c.ref.section)))
    return false;
  const body = analysis.citations.filter((c) => !c.inLegalBasis && !guidance.has(c.paragraph));
  const fvl = body.some((c) => c.ref.statute === 'fvl' && (c.ref.section === '9' || c.ref.section === '9 a'));
  const offl = body.some((c) => c.ref.statute === 'offl' && (c.ref.section === '7' || c.ref.section === '8'));
  return fvl && !offl;
}

/** A 1985-regime letter: dated before the 2013 act, citing the 1985 act, or on environmental information. */
/** A decision of the given route for the case area, as the composer takes it. */
export function decisionFor(
  area: CaseArea,
  party: boolean,
  outcome: Decision['outcome'],
  date: string,
): Decision {
  return {
    kind: 'decision',
    basis: party ? 'fvl-9' : 'offl-7',
    outcome,
    request: { subject: '' },
    grounds: [],
    caseAreaId: area.id,
    letterDate: date,
  };
}

/** The guidance the add-in writes for the case area, offered as blocks to insert. */
export function complaintGuidanceFix(
  profile: AuthorityProfile | undefined,
  area: CaseArea | undefined,
  party: boolean,
  analysis: LetterAnalysis,
  date: string,
): Fix | undefined {
  if (!profile || !area) return undefined;
  const outcome = analysis.outcome === 'unknown' ? 'refusal' : analysis.outcome;
  const composed = composeComplaintGuidance(decisionFor(area, party, outcome, date), profile);
  if (!composed) return undefined;
  return {
    kind: 'insert',
    label: `Indsæt klagevejledningen for sagsområdet »${area.name}«`,
    blocks: [
      {
        id: 'complaint-guidance',
        part: 'complaint_guidance',
        title: 'Klagevejledning',
        paragraphs: composed.paragraphs,
      },
    ],
  };
}
