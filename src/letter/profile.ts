/**
 * The authority profile: who sends the letter, what kind of authority it is, and the complaint route of each
 * case area. The administrator deploys it as `profile.json` beside the add-in; each user may override parts of
 * it. This module validates it (with Danish messages for the administrator), merges overrides into it, and
 * holds an example. Pure: reading and writing the profile is the job of a `ProfileStore`.
 */
import { z } from 'zod';
import type { AuthorityProfile } from './types';

export { EXAMPLE_PROFILE, mergeProfile } from './profile-example';

/**
 * Where the profile comes from and where the user's changes go. Implementations live in the layers that know
 * their host: the preview's (browser storage) and Word's own (the add-in's origin). `load` reads the
 * administrator's `profile.json`, deployed beside the add-in's static files, and merges the user's own
 * overrides into it (`mergeProfile`); `save` stores the user's overrides only, never the administrator's file.
 * The profile is never stored in a letter.
 */
export interface ProfileStore {
  load(): Promise<AuthorityProfile>;
  save(overrides: Partial<AuthorityProfile>): Promise<void>;
}

/** Danish validation messages, by id, so tests and the task pane can refer to them without copying text. */
export const PROFILE_MESSAGES = {
  notObject: 'Profilen skal være et JSON-objekt med felterne name, kind, address og caseAreas.',
  unknownFields: (keys: readonly string[]) =>
    keys.length === 1
      ? `Ukendt felt »${keys[0]}«; tjek stavemåden.`
      : `Ukendte felter ${keys.map((k) => `»${k}«`).join(', ')}; tjek stavemåden.`,
  nameMissing: 'Myndighedens navn mangler.',
  unitEmpty: 'Enheden er tom; udelad feltet, hvis der ikke er en enhed.',
  kindInvalid:
    'Myndighedstypen skal være »state« (statslig myndighed), »municipality« (kommune), »region« (region) eller »other« (anden myndighed, fx et kommunalt fællesskab).',
  addressMissing: 'Myndighedens adresse mangler.',
  addressNotList: 'Adressen skal være en liste af linjer.',
  signatureNotList: 'Underskriften skal være en liste af linjer.',
  lineEmpty: 'Linjen er tom.',
  lineNotText: 'Linjen skal være tekst.',
  daysNotList: 'Lukkedagene skal være en liste af datoer (ÅÅÅÅ-MM-DD).',
  invalidDate: (value: string) => `Datoen ${value} er ikke gyldig (brug ÅÅÅÅ-MM-DD).`,
  caseAreasNotList: 'Sagsområderne skal være en liste.',
  caseAreaNotObject: 'Sagsområdet skal være et objekt med mindst id og name.',
  caseAreaIdMissing: 'Sagsområdet mangler et id (fx »byggesager«).',
  caseAreaIdDuplicate: (id: string) => `Id'et »${id}« er brugt af mere end ét sagsområde.`,
  caseAreaNameMissing: 'Sagsområdets navn mangler.',
  appealBodyEmpty: 'Klageinstansens navn er tomt; udelad feltet, hvis der ikke er nogen klageinstans.',
  partyAppealBodyEmpty:
    'Klageinstansen for partsaktindsigt er tom; udelad feltet, hvis der ikke er nogen klageinstans.',
  complaintDeadlineEmpty:
    'Klagefristen er tom; udelad feltet, hvis reglerne på sagsområdet ikke fastsætter en klagefrist.',
  supervisionRouteNotBoolean: 'Feltet supervisionRoute (§ 38-vejen) skal være true eller false.',
  molAppealBodyEmpty:
    'Klageinstansen efter miljøoplysningsloven er tom; udelad feltet, hvis sagsområdet ikke har nogen.',
  molNoAppealBodyEmpty:
    'Teksten til sager uden klageinstans efter miljøoplysningsloven er tom; udelad feltet, hvis der ikke er nogen.',
  molComplaintDeadlineEmpty:
    'Klagefristen efter miljøoplysningsloven er tom; udelad feltet, hvis der ikke er fastsat nogen.',
  molNotObject:
    'Feltet mol skal være et objekt med organ, utility, howToComplain og secondTrack (alle valgfrie).',
  molFlagNotBoolean: 'Felterne organ, utility og secondTrack under mol skal være true eller false.',
  aktlisteNotObject:
    'Feltet aktliste skal være et objekt med documentReference og vocabulary (begge valgfrie).',
  vocabularyNotList:
    'Feltet vocabulary under aktliste skal være en liste af formuleringer, hver med phrase og grounds.',
  vocabularyEntryNotObject:
    'En formulering under aktliste.vocabulary skal være et objekt med phrase (teksten i aktlisten) og grounds (grundenes id, fx »offl-30-1«; en tom liste betyder »ikke en undtagelsesgrund«).',
  vocabularyPhraseMissing: 'Formuleringen (phrase) under aktliste.vocabulary mangler.',
  vocabularyGroundsNotList:
    'Feltet grounds under aktliste.vocabulary skal være en liste af grundenes id (fx »offl-30-1«).',
  vocabularyGroundInvalid: 'En grunds id skal være tekst som »offl-30-1« (se grundkataloget).',
  documentReferenceInvalid:
    'Feltet documentReference skal være »numbers« (aktnumre) eller »titles« (dokumenttitler).',
  molHowToEmpty: 'Teksten om, hvordan man klager, er tom; udelad feltet for at bruge standardteksten.',
  bothRoutes: (area: string) => `Sagsområdet »${area}« har både klageinstans og § 38-vej; vælg én.`,
  supervisionForState: (area: string) =>
    `Sagsområdet »${area}« kan ikke have § 38-vej, fordi myndigheden er statslig; § 38 gælder kun kommuner, regioner og kommunale fællesskaber.`,
  invalidValue: 'Ugyldig værdi.',
} as const;

const M = PROFILE_MESSAGES;

/**
 * A real calendar date written YYYY-MM-DD.
 * @example isIsoDate('2025-02-29') // false
 */
function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A required, non-blank text; `missing` is the message when it is absent or blank. */
const requiredText = (missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : M.lineNotText) })
    .trim()
    .min(1, { error: missing });

/** An optional text that, when given, is not blank. */
const optionalText = (empty: string) =>
  z.string({ error: M.lineNotText }).trim().min(1, { error: empty }).optional();

const line = z.string({ error: M.lineNotText }).trim().min(1, { error: M.lineEmpty });

const isoDate = z
  .string({ error: (issue) => M.invalidDate(String(issue.input)) })
  .superRefine((value, ctx) => {
    if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: M.invalidDate(value) });
  });

/** An object that rejects unknown keys, so a misspelt field ("apealBody") is reported, not silently ignored. */
const strictObjectError = (notObject: string) => (issue: { code?: string; keys?: readonly string[] }) =>
  issue.code === 'unrecognized_keys' ? M.unknownFields(issue.keys ?? []) : notObject;

const caseAreaSchema = z
  .strictObject(
    {
      id: requiredText(M.caseAreaIdMissing),
      name: requiredText(M.caseAreaNameMissing),
      appealBody: optionalText(M.appealBodyEmpty),
      supervisionRoute: z.boolean({ error: M.supervisionRouteNotBoolean }).default(false),
      partyAppealBody: optionalText(M.partyAppealBodyEmpty),
      complaintDeadline: optionalText(M.complaintDeadlineEmpty),
      molAppealBody: optionalText(M.molAppealBodyEmpty),
      molNoAppealBody: optionalText(M.molNoAppealBodyEmpty),
      molComplaintDeadline: optionalText(M.molComplaintDeadlineEmpty),
    },
    { error: strictObjectError(M.caseAreaNotObject) },
  )
  .superRefine((area, ctx) => {
    // § 38 applies only "i sager, hvor der ikke er nogen administrativ klageinstans": the two exclude each other.
    if (area.supervisionRoute && area.appealBody !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['supervisionRoute'], message: M.bothRoutes(area.name) });
    }
  });

/**
 * The authority profile as the administrator writes it in `profile.json`. Missing `supervisionRoute`,
 * `signature` and `extraNonWorkingDays` default to false / empty; every other constraint has a Danish message.
 */
export const profileSchema = z
  .strictObject(
    {
      name: requiredText(M.nameMissing),
      unit: optionalText(M.unitEmpty),
      kind: z.enum(['state', 'municipality', 'region', 'other'], { error: M.kindInvalid }),
      address: z
        .array(line, { error: (issue) => (issue.input === undefined ? M.addressMissing : M.addressNotList) })
        .min(1, { error: M.addressMissing }),
      signature: z.array(line, { error: M.signatureNotList }).default([]),
      extraNonWorkingDays: z.array(isoDate, { error: M.daysNotList }).default([]),
      mol: z
        .strictObject(
          {
            organ: z.boolean({ error: M.molFlagNotBoolean }).optional(),
            utility: z.boolean({ error: M.molFlagNotBoolean }).optional(),
            howToComplain: optionalText(M.molHowToEmpty),
            secondTrack: z.boolean({ error: M.molFlagNotBoolean }).optional(),
          },
          { error: strictObjectError(M.molNotObject) },
        )
        .optional(),
      aktliste: z
        .strictObject(
          {
            documentReference: z
              .enum(['numbers', 'titles'], { error: M.documentReferenceInvalid })
              .optional(),
            vocabulary: z
              .array(
                z.strictObject(
                  {
                    phrase: requiredText(M.vocabularyPhraseMissing),
                    grounds: z.array(
                      z
                        .string({ error: M.vocabularyGroundInvalid })
                        .trim()
                        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)+$/, { error: M.vocabularyGroundInvalid }),
                      { error: M.vocabularyGroundsNotList },
                    ),
                  },
                  { error: strictObjectError(M.vocabularyEntryNotObject) },
                ),
                { error: M.vocabularyNotList },
              )
              .optional(),
          },
          { error: strictObjectError(M.aktlisteNotObject) },
        )
        .optional(),
      caseAreas: z.array(caseAreaSchema, { error: M.caseAreasNotList }).superRefine((areas, ctx) => {
        const seen = new Set<string>();
        areas.forEach((area, i) => {
          if (seen.has(area.id)) {
            ctx.addIssue({ code: 'custom', path: [i, 'id'], message: M.caseAreaIdDuplicate(area.id) });
          }
          seen.add(area.id);
        });
      }),
    },
    { error: strictObjectError(M.notObject) },
  )
  .superRefine((profile, ctx) => {
    // Offentlighedslovens § 38 covers decisions "truffet af en kommune, en region eller et kommunalt
    // fællesskab": a kommunalt fællesskab is kind `other`, so only a state authority can never have the route.
    if (profile.kind !== 'state') return;
    profile.caseAreas.forEach((area, i) => {
      if (area.supervisionRoute) {
        ctx.addIssue({
          code: 'custom',
          path: ['caseAreas', i, 'supervisionRoute'],
          message: M.supervisionForState(area.name),
        });
      }
    });
  });

const FIELD_LABELS: Record<string, string> = {
  name: 'Navn',
  unit: 'Enhed',
  kind: 'Myndighedstype',
  address: 'Adresse',
  signature: 'Underskrift',
  extraNonWorkingDays: 'Lukkedage',
  caseAreas: 'Sagsområder',
  mol: 'Miljøoplysningsloven',
  aktliste: 'Aktliste',
};

function caseAreaName(input: unknown, index: number): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const areas = (input as { caseAreas?: unknown }).caseAreas;
  if (!Array.isArray(areas)) return undefined;
  const area: unknown = areas[index];
  if (typeof area !== 'object' || area === null) return undefined;
  const name = (area as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

/** Where in the profile an issue is, in Danish: "Sagsområde 2 (Byggesager)", "Lukkedage, nr. 1", "Profil". */
function location(path: readonly PropertyKey[], input: unknown): string {
  const [field, index] = path;
  if (typeof field !== 'string') return 'Profil';
  if (field === 'caseAreas' && typeof index === 'number') {
    const name = caseAreaName(input, index);
    return name ? `Sagsområde ${index + 1} (${name})` : `Sagsområde ${index + 1}`;
  }
  const label = FIELD_LABELS[field] ?? field;
  if (typeof index !== 'number') return label;
  return field === 'extraNonWorkingDays' ? `${label}, nr. ${index + 1}` : `${label}, linje ${index + 1}`;
}

/**
 * Validates a profile (e.g. the parsed `profile.json`), giving Danish messages that say where each problem is.
 * @example parseProfile({ kind: 'state' }).ok // false; errors[0] === "Navn: Myndighedens navn mangler."
 */
export function parseProfile(
  input: unknown,
): { ok: true; profile: AuthorityProfile } | { ok: false; errors: string[] } {
  const result = profileSchema.safeParse(input, { error: () => M.invalidValue });
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${location(issue.path, input)}: ${issue.message}`),
  };
}
