/** Danish words for the report's values, as the CLI prints them. */
import type { Outcome } from '../grounds/types';
import type { LetterKindFound, Region, Severity } from '../check/types';
import type { PartId } from '../letter/types';

export const PART_LABELS: Record<PartId, string> = {
  request_reference: 'indledning',
  decision: 'afgørelse',
  reasoning: 'begrundelse',
  meroffentlighed: 'meroffentlighed',
  extraction: 'ekstrahering',
  weighing: 'afvejning',
  document_list: 'aktliste',
  legal_basis: 'lovgrundlag',
  complaint_guidance: 'klagevejledning',
  date: 'dato',
  sender: 'afsender',
};

export const OUTCOME_LABELS: Record<Outcome | 'unknown', string> = {
  grant: 'fuld aktindsigt',
  partial: 'delvis aktindsigt',
  refusal: 'afslag',
  dismissal: 'afvisning',
  unknown: 'ikke fundet',
};

export const KIND_LABELS: Record<LetterKindFound, string> = {
  decision: 'afgørelse',
  'identification-request': 'anmodning om præcisering',
  'delay-notice': 'underretning om forsinkelse',
  acknowledgement: 'kvittering for modtagelse',
  other: 'andet brev',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'fejl',
  warning: 'advarsel',
  info: 'oplysning',
};

export const REGION_LABELS: Record<Region, string> = {
  body: 'brødtekst',
  header: 'sidehoved',
  footer: 'sidefod',
  footnote: 'fodnote',
};
