/**
 * The shape shared by the rules that demand a companion part with certain grounds (meroffentlighed,
 * extraction, dialogue): find the grounds relied on that require it, look for the part or a mention of it,
 * and report once, at the first such citation, with a fix that inserts the companion block.
 */
import type { Companion } from '../grounds/types';
import type { LegalRef } from '../law/types';
import { formatRefList } from '../letter/fill';
import type { PartId } from '../letter/types';
import { companionFix } from './fixes';
import { groundsRelied, mentions, type GroundRelied } from './grounds-relied';
import type { RuleContext } from './rule';

export interface CompanionDemand {
  /** The rule's message for a missing companion; its data has `grounds`. */
  messageId: string;
  companion: Companion;
  /** The part that holds the companion, when it is a part of its own. */
  part?: PartId;
  /** Provisions whose citation in the body counts as the companion's mention ("offl 14"). */
  citedAs: (ref: LegalRef) => boolean;
  /** Wordings that count as its mention. */
  sentences: readonly RegExp[];
  /** The provisions the inserted companion cites, given the grounds relied on. */
  refs: (relied: GroundRelied[]) => LegalRef[];
}

/** Reports a missing companion, and returns whether it did. */
export function checkCompanion(ctx: RuleContext, demand: CompanionDemand): boolean {
  const { analysis } = ctx;
  const relied = groundsRelied(analysis).filter((r) => r.companions.has(demand.companion));
  const first = relied[0];
  if (!first) return false;
  if (demand.part && analysis.parts.some((p) => p.part === demand.part && p.present)) return false;
  const cited = analysis.citations.some(
    (c) => !c.inLegalBasis && analysis.partOf[c.paragraph] !== 'complaint_guidance' && demand.citedAs(c.ref),
  );
  if (cited) return false;
  if (mentions(analysis.normalised, analysis, demand.sentences) !== undefined) return false;
  const grounds: LegalRef[] = [];
  const seen = new Set<string>();
  for (const r of relied) {
    const key = JSON.stringify(r.citation.ref);
    if (seen.has(key)) continue;
    seen.add(key);
    grounds.push(r.citation.ref);
  }
  const fix = companionFix(demand.companion, demand.refs(relied));
  const c = first.citation;
  ctx.report(
    demand.messageId,
    { paragraph: c.paragraph, start: c.start, end: c.end, text: c.text },
    { grounds: formatRefList(grounds) },
    fix ? { fix } : {},
  );
  return true;
}

/** True when a relied-on ground is in `statute` with a section number between `from` and `to`. */
export function reliesOn(relied: GroundRelied[], statute: string, from: number, to: number): boolean {
  return relied.some((r) => {
    const n = Number.parseInt(r.citation.ref.section, 10);
    return r.citation.ref.statute === statute && n >= from && n <= to;
  });
}
