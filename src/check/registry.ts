/** Every rule, sorted by id. A test checks each has its file, its test and its doc entry, and no id repeats. */
import type { Rule } from './rule';
import { rule as aktlisteGround } from './rules/aktliste-ground';
import { rule as anonymisation } from './rules/anonymisation';
import { rule as citedNotQuoted } from './rules/cited-not-quoted';
import { rule as complaintRoute } from './rules/complaint-route';
import { rule as dialogueMissing } from './rules/dialogue-missing';
import { rule as extractionMissing } from './rules/extraction-missing';
import { rule as meroffentlighedMissing } from './rules/meroffentlighed-missing';
import { rule as mol2013Ground } from './rules/mol-2013-ground';
import { rule as mol2013Numbering } from './rules/mol-2013-numbering';
import { rule as molComplaintRoute } from './rules/mol-complaint-route';
import { rule as molDirective } from './rules/mol-directive';
import { rule as molEmissions } from './rules/mol-emissions';
import { rule as molExtraction } from './rules/mol-extraction';
import { rule as molFvlVersion } from './rules/mol-fvl-version';
import { rule as molMeroffentlighed } from './rules/mol-meroffentlighed';
import { rule as molNotConsidered } from './rules/mol-not-considered';
import { rule as molProcessingTime } from './rules/mol-processing-time';
import { rule as molStatistics } from './rules/mol-statistics';
import { rule as molUnderPreparation } from './rules/mol-under-preparation';
import { rule as molWeighing } from './rules/mol-weighing';
import { rule as nonexistentReference } from './rules/nonexistent-reference';
import { rule as outdatedAct } from './rules/outdated-act';
import { rule as processingTime } from './rules/processing-time';
import { rule as quotationDiffers } from './rules/quotation-differs';
import { rule as quotedNotCited } from './rules/quoted-not-cited';
import { rule as quotedTwice } from './rules/quoted-twice';
import { rule as requiredParts } from './rules/required-parts';
import { rule as suppliedText } from './rules/supplied-text';
import { rule as templatePlaceholder } from './rules/template-placeholder';

export const RULES: readonly Rule[] = [
  aktlisteGround,
  anonymisation,
  citedNotQuoted,
  complaintRoute,
  dialogueMissing,
  extractionMissing,
  meroffentlighedMissing,
  mol2013Ground,
  mol2013Numbering,
  molComplaintRoute,
  molDirective,
  molEmissions,
  molExtraction,
  molFvlVersion,
  molMeroffentlighed,
  molNotConsidered,
  molProcessingTime,
  molStatistics,
  molUnderPreparation,
  molWeighing,
  nonexistentReference,
  outdatedAct,
  processingTime,
  quotationDiffers,
  quotedNotCited,
  quotedTwice,
  requiredParts,
  suppliedText,
  templatePlaceholder,
];
