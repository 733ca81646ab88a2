/**
 * The settings form's model: the profile as the user is typing it (every field kept as typed, valid or not),
 * its validation with the profile's own schema and Danish messages, placed by the field they concern, and the
 * overrides to save (only what differs from the administrator's profile). Pure: no React.
 */
import { PROFILE_MESSAGES, profileSchema } from '../../letter/profile';
import type { AuthorityKind, AuthorityProfile } from '../../letter/types';
import { SETTINGS_STRINGS as S } from '../strings-check';

export interface CaseAreaDraft {
  /** The row's identity in the form (not saved). */
  key: string;
  id: string;
  name: string;
  appealBody: string;
  supervisionRoute: boolean;
  partyAppealBody: string;
  complaintDeadline: string;
  /** Miljøoplysningsloven: the appeal body of the case the request concerns (its § 4, stk. 6). */
  molAppealBody: string;
  /** Miljøoplysningsloven: what the letter says when the case has no appeal body. */
  molNoAppealBody: string;
  /** Miljøoplysningsloven: a complaint time limit from the authority's own data. */
  molComplaintDeadline: string;
}

/**
 * The authority under miljøoplysningsloven. A flag is undefined until the profile or the user sets it, so a
 * profile without a `mol` section is saved without one.
 */
export interface MolDraft {
  organ?: boolean;
  utility?: boolean;
  howToComplain: string;
  secondTrack?: boolean;
}

export interface ProfileDraft {
  name: string;
  unit: string;
  kind: AuthorityKind | '';
  /** One line per line of the text area. */
  address: string;
  signature: string;
  extraNonWorkingDays: string;
  caseAreas: CaseAreaDraft[];
  mol: MolDraft;
  /** The document-list settings, not edited here: kept as they were so saving never drops them. */
  aktliste?: AuthorityProfile['aktliste'];
}

export type CaseAreaField = Exclude<keyof CaseAreaDraft, 'key'>;

/** Where a message goes: a profile field, or a case area's field by the row's key. */
export type FieldKey =
  | Exclude<keyof ProfileDraft, 'caseAreas'>
  | 'caseAreas'
  | `caseArea:${string}:${CaseAreaField}`
  | `mol:${keyof MolDraft}`;

export type FieldErrors = Partial<Record<FieldKey, string[]>>;

export type DraftValidation =
  { ok: true; profile: AuthorityProfile } | { ok: false; errors: FieldErrors; general: string[] };

let rowSerial = 0;

/** A fresh, empty case area row. */
export function emptyCaseArea(): CaseAreaDraft {
  rowSerial += 1;
  return {
    key: `area-${rowSerial}`,
    id: '',
    name: '',
    appealBody: '',
    supervisionRoute: false,
    partyAppealBody: '',
    complaintDeadline: '',
    molAppealBody: '',
    molNoAppealBody: '',
    molComplaintDeadline: '',
  };
}

/**
 * The form's model of the profile's `mol` section.
 * @example molDraftOf(undefined) // { howToComplain: '' }
 */
export function molDraftOf(mol: AuthorityProfile['mol']): MolDraft {
  const draft: MolDraft = { howToComplain: mol?.howToComplain ?? '' };
  if (mol?.organ !== undefined) draft.organ = mol.organ;
  if (mol?.utility !== undefined) draft.utility = mol.utility;
  if (mol?.secondTrack !== undefined) draft.secondTrack = mol.secondTrack;
  return draft;
}

/** The field key of a case area row's field. */
export function caseAreaKey(row: string, field: CaseAreaField): FieldKey {
  return `caseArea:${row}:${field}`;
}

/**
 * The form's model of a profile.
 * @example draftOf(EXAMPLE_PROFILE).address // "Rådhuspladsen 1\n9999 Eksempelby"
 */
export function draftOf(profile: AuthorityProfile): ProfileDraft {
  return {
    name: profile.name,
    unit: profile.unit ?? '',
    kind: profile.kind,
    address: profile.address.join('\n'),
    signature: profile.signature.join('\n'),
    extraNonWorkingDays: profile.extraNonWorkingDays.join('\n'),
    mol: molDraftOf(profile.mol),
    ...(profile.aktliste ? { aktliste: profile.aktliste } : {}),
    caseAreas: profile.caseAreas.map((area) => ({
      ...emptyCaseArea(),
      id: area.id,
      name: area.name,
      appealBody: area.appealBody ?? '',
      supervisionRoute: area.supervisionRoute,
      partyAppealBody: area.partyAppealBody ?? '',
      complaintDeadline: area.complaintDeadline ?? '',
      molAppealBody: area.molAppealBody ?? '',
      molNoAppealBody: area.molNoAppealBody ?? '',
      molComplaintDeadline: area.molComplaintDeadline ?? '',
    })),
  };
}

/** The non-blank lines of a text area, each with its line number (1-based) for messages. */
function linesOf(text: string): { value: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((value, i) => ({ value: value.trim(), line: i + 1 }))
    .filter((l) => l.value !== '');
}

/**
 * A date as the profile stores it: ISO as typed, or a Danish dd.mm.yyyy turned into ISO.
 * @example isoOf('5.6.2025') // "2025-06-05"
 */
export function isoOf(value: string): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  return m ? `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : value;
}

/** The profile object the draft describes, for validation: blank optional fields left out. */
function candidateOf(draft: ProfileDraft): Record<string, unknown> {
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  return {
    name: draft.name,
    ...(optional(draft.unit) !== undefined ? { unit: draft.unit } : {}),
    kind: draft.kind === '' ? undefined : draft.kind,
    address: linesOf(draft.address).map((l) => l.value),
    signature: linesOf(draft.signature).map((l) => l.value),
    extraNonWorkingDays: linesOf(draft.extraNonWorkingDays).map((l) => isoOf(l.value)),
    caseAreas: draft.caseAreas.map((row) => {
      const area: Record<string, unknown> = {
        id: row.id,
        name: row.name,
        supervisionRoute: row.supervisionRoute,
      };
      for (const field of [
        'appealBody',
        'partyAppealBody',
        'complaintDeadline',
        'molAppealBody',
        'molNoAppealBody',
        'molComplaintDeadline',
      ] as const) {
        if (optional(row[field]) !== undefined) area[field] = row[field];
      }
      return area;
    }),
    ...molCandidateOf(draft.mol),
    ...(draft.aktliste ? { aktliste: draft.aktliste } : {}),
  };
}

/** The `mol` section the draft describes: only what is set, and none at all when nothing is. */
function molCandidateOf(mol: MolDraft | undefined): { mol?: Record<string, unknown> } {
  if (!mol) return {};
  const out: Record<string, unknown> = {};
  for (const flag of ['organ', 'utility', 'secondTrack'] as const)
    if (mol[flag] !== undefined) out[flag] = mol[flag];
  // Blank means "use the standard sentence", as a blank optional field means absent everywhere in the form.
  if (mol.howToComplain.trim() !== '') out.howToComplain = mol.howToComplain;
  return Object.keys(out).length > 0 ? { mol: out } : {};
}

/**
 * Validates the draft with the profile's schema; each Danish message is placed by the field it concerns
 * (a line's number is given for the text areas).
 * @example validateDraft({ ...draftOf(EXAMPLE_PROFILE), name: ' ' }) // { ok: false, errors: { name: ['Myndighedens navn mangler.'] }, ... }
 */
export function validateDraft(draft: ProfileDraft, admin?: AuthorityProfile): DraftValidation {
  const result = profileSchema.safeParse(candidateOf(draft), { error: () => PROFILE_MESSAGES.invalidValue });
  const errors: FieldErrors = {};
  const general: string[] = [];
  const add = (key: FieldKey, message: string) => {
    const list = errors[key] ?? [];
    if (!list.includes(message)) list.push(message);
    errors[key] = list;
  };
  // The overrides cannot take a field away from the administrator's profile (an absent field means "not
  // overridden"), so clearing the unit would silently bring the administrator's back.
  if (admin?.unit !== undefined && draft.unit.trim() === '') add('unit', S.unitFromAdmin);
  if (result.success && Object.keys(errors).length === 0) return { ok: true, profile: result.data };
  for (const issue of result.success ? [] : result.error.issues) {
    const [field, index, sub] = issue.path;
    if (field === 'caseAreas' && typeof index === 'number') {
      const row = draft.caseAreas[index];
      if (row && typeof sub === 'string' && sub in row && sub !== 'key') {
        add(caseAreaKey(row.key, sub as CaseAreaField), issue.message);
      } else if (row) {
        add(caseAreaKey(row.key, 'name'), issue.message);
      } else {
        add('caseAreas', issue.message);
      }
      continue;
    }
    if (field === 'address' || field === 'signature' || field === 'extraNonWorkingDays') {
      const lines = linesOf(draft[field]);
      const line = typeof index === 'number' ? lines[index]?.line : undefined;
      add(field, line ? `${S.line(line)}: ${issue.message}` : issue.message);
      continue;
    }
    if (field === 'mol') {
      const key = typeof index === 'string' && index in draft.mol ? index : 'howToComplain';
      add(`mol:${key as keyof MolDraft}`, issue.message);
      continue;
    }
    if (field === 'name' || field === 'unit' || field === 'kind' || field === 'caseAreas') {
      add(field, issue.message);
      continue;
    }
    general.push(issue.message);
  }
  return { ok: false, errors, general };
}

/** JSON with object keys sorted, so two equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

const FIELDS = [
  'name',
  'unit',
  'kind',
  'address',
  'signature',
  'extraNonWorkingDays',
  'caseAreas',
  'mol',
  'aktliste',
] as const;

/**
 * What the user changed relative to the administrator's profile: only those fields are saved. With no
 * administrator profile, everything is the user's own.
 * @example overridesOf(EXAMPLE_PROFILE, { ...EXAMPLE_PROFILE, name: 'Anden Kommune' }) // { name: 'Anden Kommune' }
 */
export function overridesOf(
  admin: AuthorityProfile | undefined,
  profile: AuthorityProfile,
): Partial<AuthorityProfile> {
  if (!admin) return { ...profile };
  const out: Partial<Record<(typeof FIELDS)[number], unknown>> = {};
  for (const field of FIELDS) {
    if (profile[field] === undefined) continue;
    if (canonical(profile[field]) !== canonical(admin[field])) out[field] = profile[field];
  }
  return out as Partial<AuthorityProfile>;
}
