/** `--json`: an array with one report object per file (docs/cli-report.schema.json). */
import type { Severity } from '../check/types';
import { toJson, type FileResult } from './report';

/**
 * The JSON document for all files.
 * @example JSON.parse(formatJson(results, 'info'))[0].file // "brev.docx"
 */
export function formatJson(results: readonly FileResult[], minimum: Severity): string {
  return `${JSON.stringify(
    results.map((r) => toJson(r, minimum)),
    null,
    2,
  )}\n`;
}
