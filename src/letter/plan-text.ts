/**
 * A plan as readable plain text: headings marked with "#", quotations with "> ", table rows with " | ",
 * bold placeholders as they are. Used for review snapshots and by hosts that show text only.
 */
import type { BlockParagraph, InsertionPlan } from './types';

function paragraphText(p: BlockParagraph): string {
  if (p.cells) return `| ${p.cells.join(' | ')} |`;
  const text = p.runs.map((r) => r.text).join('');
  if (p.heading) return `${'#'.repeat(p.heading)} ${text}`;
  return p.quote ? `> ${text}` : text;
}

/**
 * The whole plan, block by block, each introduced by its tag.
 * @example renderPlanText(plan).split('\n')[0] // "[aktindsigt:date]"
 */
export function renderPlanText(plan: InsertionPlan): string {
  return plan.blocks
    .map((block) => [`[aktindsigt:${block.id}]`, ...block.paragraphs.map(paragraphText)].join('\n'))
    .join('\n\n');
}
