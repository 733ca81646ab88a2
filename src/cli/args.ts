/**
 * Command-line arguments, parsed with Node's `util.parseArgs`; every usage error has a Danish message.
 */
import { parseArgs } from 'node:util';
import { LIST_RULES } from '../aktliste/rules';
import { RULES } from '../check/registry';
import type { Severity } from '../check/types';

export type OutputFormat = 'text' | 'json' | 'csv';

export interface CliOptions {
  paths: string[];
  format: OutputFormat;
  authority?: string;
  /** --aktliste: the document list (a file, or a folder of lists paired with the letters by base name). */
  aktliste?: string;
  /**
   * Rule ids to run, among the checker's rules and, with --aktliste, the list-comparison rules
   * (LIST_RULES); undefined runs every rule.
   */
  rules?: string[];
  severity: Severity;
  today?: string;
  quiet: boolean;
  help: boolean;
}

/** A usage error: the message is Danish and printed with a pointer to --help; exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FORMATS: Record<string, OutputFormat> = { text: 'text', tekst: 'text', json: 'json', csv: 'csv' };
const SEVERITIES: Record<string, Severity> = {
  error: 'error',
  fejl: 'error',
  warning: 'warning',
  advarsel: 'warning',
  info: 'info',
  oplysning: 'info',
};

const SEVERITY_NAMES: Record<Severity, string> = { error: 'fejl', warning: 'advarsel', info: 'oplysning' };

/** Every rule id --rules accepts: the checker's, then the list-comparison rules'. */
export const RULE_IDS: readonly string[] = [...RULES, ...LIST_RULES].map((r) => r.meta.id);
const LIST_RULE_IDS: ReadonlySet<string> = new Set(LIST_RULES.map((r) => r.meta.id));

/** The Danish help text, with the rule lists from the checker's registry and the list rules. */
export function helpText(): string {
  const all = [...RULES, ...LIST_RULES];
  const width = Math.max(...all.map((r) => r.meta.id.length));
  const lines = (rules: readonly { meta: { id: string; title: string; severity: Severity } }[]) =>
    rules
      .map((r) => `  ${r.meta.id.padEnd(width)}  ${r.meta.title} (${SEVERITY_NAMES[r.meta.severity]})`)
      .join('\n');
  return `aktindsigt-check: kontrollerer afgørelser om aktindsigt (.docx, .txt og .md)

Brug:
  aktindsigt-check FIL|MAPPE... [tilvalg]
  aktindsigt-check --aktliste LISTE [FIL|MAPPE...] [tilvalg]

Hver fil kontrolleres med de samme regler som i Word. Mapper gennemgås med undermapper for
.docx-, .txt- og .md-filer. Filerne læses kun; de ændres aldrig.

Tilvalg:
  --json             én JSON-rapport pr. fil (skema: docs/cli-report.schema.json)
  --format FORMAT    text (standard), json eller csv (én række pr. fund, til Excel)
  --authority FIL    myndighedsprofil (profile.json), som skærper flere af reglerne
  --aktliste LISTE   sagens aktliste (.xlsx, .csv eller et Word-brev med aktlisten som
                     tabel): uden breve vises listen, som den er læst; med breve
                     sammenholdes hvert brev med listen (afgørelse, grunde, brevets
                     egen aktliste). Er LISTE en mappe, bruges listen med samme navn
                     som brevet (sag-12.docx og sag-12.xlsx)
  --rules IDER       kør kun disse regler, adskilt med komma (også reglerne for
                     aktlisten, som kun bruges med --aktliste)
  --severity NIVEAU  vis kun fund på mindst dette niveau: error (fejl), warning
                     (advarsel) eller info (oplysning; standard)
  --today DATO       dato (ÅÅÅÅ-MM-DD) for breve uden egen dato; standard er dags dato
  --quiet            vis kun filer med fund eller læsefejl, og ingen fremdriftslinje
  -h, --help         vis denne hjælp

Afslutningskode:
  0  ingen fund af alvorligheden fejl
  1  mindst ét fund af alvorligheden fejl
  2  mindst én fil kunne ikke læses (årsagen skrives; de andre filer kontrolleres),
     eller kommandoen blev brugt forkert

Eksempler:
  aktindsigt-check afgoerelse.docx
  aktindsigt-check breve/ --authority profile.json
  aktindsigt-check breve/ --format csv > fund.csv
  aktindsigt-check afgoerelse.docx --json --rules required-parts,cited-not-quoted
  aktindsigt-check breve/ --severity error --quiet
  aktindsigt-check --aktliste aktliste.xlsx
  aktindsigt-check --aktliste aktliste.xlsx afgoerelse.docx --json
  aktindsigt-check --aktliste lister/ breve/
  aktindsigt-check --aktliste aktliste.xlsx breve/ --rules aktliste-outcome,required-parts

Regler:
${lines(RULES)}

Regler for aktlisten (kun med --aktliste):
${lines(LIST_RULES)}
`;
}

/** Node's parseArgs errors, in Danish. */
function translate(error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']+)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`Ukendt tilvalg ${option}.`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(`Tilvalget ${option.split(' ')[0]} mangler en værdi eller tager ingen.`);
  }
  return new UsageError(`Kommandoen kan ikke læses: ${message}`);
}

/**
 * Parses the arguments (without node and the script).
 * @example parseCliArgs(['breve/', '--json']).format // "json"
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        authority: { type: 'string' },
        aktliste: { type: 'string' },
        rules: { type: 'string' },
        severity: { type: 'string' },
        today: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw translate(error);
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    paths: positionals,
    format: 'text',
    severity: 'info',
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
  if (options.help) return options;
  if (values.format !== undefined) {
    const format = FORMATS[values.format.toLowerCase()];
    if (!format) throw new UsageError(`Ukendt format »${values.format}«; brug text, json eller csv.`);
    options.format = format;
  }
  if (values.json) {
    if (values.format !== undefined && options.format !== 'json') {
      throw new UsageError('--json og --format kan ikke bruges sammen med et andet format end json.');
    }
    options.format = 'json';
  }
  if (values.severity !== undefined) {
    const severity = SEVERITIES[values.severity.toLowerCase()];
    if (!severity) {
      throw new UsageError(`Ukendt niveau »${values.severity}«; brug error, warning eller info.`);
    }
    options.severity = severity;
  }
  if (values.rules !== undefined) {
    const ids = values.rules
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const unknown = ids.filter((id) => !RULE_IDS.includes(id));
    if (ids.length === 0) throw new UsageError('--rules skal have mindst én regel.');
    if (unknown.length > 0) {
      throw new UsageError(
        `Ukendt regel ${unknown.map((id) => `»${id}«`).join(', ')}. Reglerne er: ${RULE_IDS.join(', ')}.`,
      );
    }
    const listOnly = ids.filter((id) => LIST_RULE_IDS.has(id));
    if (listOnly.length > 0 && values.aktliste === undefined) {
      throw new UsageError(
        `${listOnly.length === 1 ? 'Reglen' : 'Reglerne'} ${listOnly.map((id) => `»${id}«`).join(', ')} sammenholder brevet med aktlisten og kan kun bruges med --aktliste.`,
      );
    }
    options.rules = ids;
  }
  if (values.today !== undefined) {
    const date = new Date(`${values.today}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(values.today) ||
      Number.isNaN(date.getTime()) ||
      date.toISOString().slice(0, 10) !== values.today
    ) {
      throw new UsageError(`Datoen »${values.today}« er ikke gyldig; skriv den som ÅÅÅÅ-MM-DD.`);
    }
    options.today = values.today;
  }
  if (values.authority !== undefined) options.authority = values.authority;
  if (values.aktliste !== undefined) options.aktliste = values.aktliste;
  if (options.paths.length === 0 && options.aktliste === undefined)
    throw new UsageError('Angiv mindst én fil eller mappe.');
  return options;
}
