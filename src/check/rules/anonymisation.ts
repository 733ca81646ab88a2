// Databeskyttelsesforordningens art. 5, stk. 1, litra c (dataminimering): a decision letter carries no CPR
// numbers, and no phone numbers or e-mail addresses of private persons; the authority's own contact data are fine.
import type { PartId } from '../../letter/types';
import { ALL_KINDS, ALL_OUTCOMES, type Rule, type RuleContext } from '../rule';
import type { Location } from '../types';
import {
  AUTHORITY_REFERENCES,
  CONTACT_LEAD_IN,
  GREETINGS,
  NON_PERSONAL_NUMBER_LABELS,
  normaliseForMatch,
  PHONE_CONTEXT,
  SHARED_MAILBOXES,
  WEBMAIL_DOMAINS,
} from '../vocabulary';

const SP = '[ \\u00a0\\u202f]';
/** Not inside a longer number, word or code: "DK-140365-1457", "1.140365", "x140365" are not CPR numbers. */
const BEFORE = '(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,/-])';
const AFTER = '(?![\\p{L}\\p{N}])(?![.,/-]\\p{N})';

/** DDMMYY-SSSS or DDMMYYSSSS (any of the dashes Word substitutes). */
const CPR = new RegExp(
  `${BEFORE}(\\d{2})(\\d{2})(\\d{2})[-\\u2010\\u2011\\u2012\\u2013]?(\\d{4})${AFTER}`,
  'gu',
);
/** 8 digits, first 2-9, as "12 34 56 78", "1234 5678" or "12345678", optionally after +45 or 0045. */
const PHONE = new RegExp(
  `${BEFORE}(?<![+]|\\p{N}${SP})((?:\\+|00)45${SP}?)?([2-9]\\d(?:${SP}\\d{2}){3}|[2-9]\\d{3}${SP}\\d{4}|[2-9]\\d{7})${AFTER}(?!${SP}\\p{N})`,
  'gu',
);
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})(?![\p{L}\p{N}-])/gu;

const REPLACEMENT = {
  cpr: '[CPR-nummer udeladt]',
  phone: '[telefonnummer udeladt]',
  email: '[e-mailadresse udeladt]',
} as const;

/** Parts whose contact data are the authority's or another public body's (sender, complaint route). */
const CONTACT_PARTS: (PartId | undefined)[] = ['sender', 'complaint_guidance'];

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Whether a CPR number's date part is a real date, the century read from the 7th digit (CPR-kontoret's table).
 * No modulus 11 check: numbers issued since 2007 need not pass it.
 */
function validCprDate(dd: string, mm: string, yy: string, serial: string): boolean {
  const y = Number(yy);
  const s = Number(serial[0]);
  const century = s <= 3 ? 1900 : s === 4 || s === 9 ? (y <= 36 ? 2000 : 1900) : y <= 57 ? 2000 : 1800;
  return isCalendarDate(century + y, Number(mm), Number(dd));
}

/** Letters folded to ASCII the two ways Danish domains write them ("ø" as "oe" or "o"). */
function folds(text: string): string[] {
  const lower = text.toLowerCase();
  return [
    lower.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'),
    lower.replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a'),
  ];
}

const digitsOf = (text: string) => text.replace(/\D/g, '').slice(-8);

/**
 * Whether a text has the eight digits (0-9) a phone number needs, and a CPR number more: most paragraphs
 * have fewer, and are spared the patterns' look-behinds at every position.
 */
function hasEightDigits(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && ++count === 8) return true;
  }
  return false;
}

/** What the letter and the profile say about the authority: its names, phone numbers and mail domains. */
interface Authority {
  names: string[];
  phones: Set<string>;
  domains: Set<string>;
  /** Folded names and name words a domain label or mailbox may be made of ("fjordby", "naturogvej"). */
  nameTokens: Set<string>;
}

function authorityOf(lines: string[]): Authority {
  const names = new Set<string>();
  const phones = new Set<string>();
  const domains = new Set<string>();
  const nameTokens = new Set<string>();
  for (const line of lines) {
    const norm = normaliseForMatch(line);
    if (GREETINGS.some((re) => re.test(norm))) continue;
    for (const m of line.matchAll(PHONE)) phones.add(digitsOf(m[0]));
    for (const m of line.matchAll(EMAIL)) {
      const domain = (m[2] ?? '').toLowerCase();
      if (!WEBMAIL_DOMAINS.includes(domain)) domains.add(domain);
    }
    for (const piece of norm.split(/\s*[,|]\s*|\s+-\s+/)) {
      const name = piece.replace(/[.:]$/, '').trim();
      if (name.length < 3 || /\d|@/.test(name)) continue;
      names.add(name);
      for (const fold of folds(name)) {
        nameTokens.add(fold.replace(/[^a-z0-9]/g, ''));
        for (const word of fold.split(/[^a-z0-9]+/)) if (word.length >= 4) nameTokens.add(word);
      }
    }
  }
  return { names: [...names], phones, domains, nameTokens };
}

/** The authority's own lines: sender part, header and footer, letterhead (before the first part) and profile. */
function authorityLines({ snapshot, analysis, profile }: RuleContext): {
  lines: string[];
  zone: boolean[];
  letterhead: boolean[];
} {
  const firstPart = analysis.partOf.findIndex((p) => p !== undefined && p !== 'date');
  const letterhead = snapshot.paragraphs.map(
    (_, i) => i < Math.min(firstPart, 10) && analysis.partOf[i] === undefined,
  );
  const zone = snapshot.paragraphs.map(
    (p, i) => analysis.partOf[i] === 'sender' || p.region === 'header' || p.region === 'footer',
  );
  const lines = snapshot.paragraphs.filter((_, i) => zone[i] || letterhead[i]).map((p) => p.text);
  if (profile) lines.push(profile.name, profile.unit ?? '', ...profile.address, ...profile.signature);
  return { lines, zone, letterhead };
}

/** Whether the text before a contact detail attributes it to the authority ("kontakte os på tlf."). */
function attributedToAuthority(before: string, authority: Authority): boolean {
  let rest = normaliseForMatch(before);
  for (let stripped = rest.replace(CONTACT_LEAD_IN, '').trim(); stripped !== rest;) {
    rest = stripped;
    stripped = rest.replace(CONTACT_LEAD_IN, '').trim();
  }
  if (AUTHORITY_REFERENCES.some((re) => re.test(rest))) return true;
  return authority.names.some(
    (name) =>
      rest === name || (rest.endsWith(name) && /[\s(]/.test(rest[rest.length - name.length - 1] ?? '')),
  );
}

/** Whether the text between two contact details is only lead-in words ("72 33 10 00 eller på ..."). */
function onlyLeadIn(between: string): boolean {
  let rest = normaliseForMatch(between);
  for (let stripped = rest.replace(CONTACT_LEAD_IN, '').trim(); stripped !== rest;) {
    rest = stripped;
    stripped = rest.replace(CONTACT_LEAD_IN, '').trim();
  }
  return rest === '';
}

function hasNonPersonalLabel(text: string, start: number): boolean {
  const before = normaliseForMatch(text.slice(Math.max(0, start - 40), start));
  return NON_PERSONAL_NUMBER_LABELS.some((re) => re.test(before));
}

interface Contact {
  kind: 'phone' | 'email';
  start: number;
  end: number;
  text: string;
  own: boolean;
}

export const rule: Rule = {
  meta: {
    id: 'anonymisation',
    severity: 'warning',
    title: 'Personoplysninger i brevet',
    enforces:
      'Dataminimering (databeskyttelsesforordningens art. 5, stk. 1, litra c): CPR-numre og private personers telefonnumre og e-mailadresser hører ikke hjemme i brevet',
    doc: "CPR numbers (valid date part), and Danish phone numbers and e-mail addresses other than the authority's own (sender, header/footer, letterhead, profile, 'kontakt os på').",
    kinds: ALL_KINDS,
    outcomes: ALL_OUTCOMES,
    // The messages do not repeat the number: findings may become comments in the letter.
    messages: {
      cpr: 'Brevet indeholder et CPR-nummer. Fjern det, medmindre det er nødvendigt.',
      phone:
        'Brevet indeholder et telefonnummer, der ikke ser ud til at være myndighedens eget. Fjern det, medmindre det er nødvendigt.',
      email:
        'Brevet indeholder en e-mailadresse, der ikke ser ud til at være myndighedens egen. Fjern den, medmindre det er nødvendigt.',
    },
  },
  check(context) {
    const { snapshot, analysis, report } = context;
    const { lines, zone, letterhead } = authorityLines(context);
    const authority = authorityOf(lines);
    const flag = (messageId: keyof typeof REPLACEMENT, paragraph: number, start: number, text: string) => {
      const location: Location = { paragraph, start, end: start + text.length, text };
      report(messageId, location, {}, { fix: { kind: 'replace', replacement: REPLACEMENT[messageId] } });
    };

    snapshot.paragraphs.forEach((p, paragraph) => {
      // The authority's own lines, and statute text, carry no one else's data.
      if (zone[paragraph] || analysis.partOf[paragraph] === 'legal_basis') return;
      const text = p.text;
      const found: { start: number; run: () => void }[] = [];
      const digits = hasEightDigits(text);
      if (!digits && !text.includes('@')) return;

      for (const m of digits ? text.matchAll(CPR) : []) {
        const [whole, dd = '', mm = '', yy = '', serial = ''] = m;
        if (!validCprDate(dd, mm, yy, serial) || hasNonPersonalLabel(text, m.index)) continue;
        found.push({ start: m.index, run: () => flag('cpr', paragraph, m.index, whole) });
      }

      // Contact data in the letterhead or a contact part are the authority's (or the appeal body's).
      if (letterhead[paragraph] || CONTACT_PARTS.includes(analysis.partOf[paragraph])) {
        found.sort((a, b) => a.start - b.start).forEach((f) => f.run());
        return;
      }
      const contacts: Contact[] = [];
      for (const m of digits ? text.matchAll(PHONE) : []) {
        const [whole, prefix] = m;
        if (hasNonPersonalLabel(text, m.index)) continue;
        const number = digitsOf(whole);
        // "20250301" with nothing saying phone is a date written as digits.
        const before = normaliseForMatch(text.slice(Math.max(0, m.index - 30), m.index));
        const yyyymmdd = /^(19|20)\d{2}(0[1-9]|1[0-2])\d{2}$/.test(whole);
        if (yyyymmdd && !prefix && !PHONE_CONTEXT.test(before)) {
          const [y, mo, d] = [whole.slice(0, 4), whole.slice(4, 6), whole.slice(6)].map(Number);
          if (isCalendarDate(y ?? 0, mo ?? 0, d ?? 0)) continue;
        }
        contacts.push({
          kind: 'phone',
          start: m.index,
          end: m.index + whole.length,
          text: whole,
          own: authority.phones.has(number),
        });
      }
      for (const m of text.includes('@') ? text.matchAll(EMAIL) : []) {
        const [whole, local = '', domainText = ''] = m;
        const domain = domainText.toLowerCase();
        const labels = domain.split('.').slice(0, -1);
        const mailbox = local.toLowerCase();
        const own =
          SHARED_MAILBOXES.test(mailbox) ||
          authority.nameTokens.has(mailbox.replace(/[^a-z0-9]/g, '')) ||
          [...authority.domains].some((d) => domain === d || domain.endsWith(`.${d}`)) ||
          (!WEBMAIL_DOMAINS.includes(domain) && labels.some((label) => authority.nameTokens.has(label)));
        contacts.push({ kind: 'email', start: m.index, end: m.index + whole.length, text: whole, own });
      }
      contacts.sort((a, b) => a.start - b.start);
      contacts.forEach((c, i) => {
        const previous = contacts[i - 1];
        if (!c.own) {
          // "kontakte Natur og Vej på tlf. 72 33 10 00 eller naturogvej@...": the second is as the first.
          c.own =
            previous && onlyLeadIn(text.slice(previous.end, c.start))
              ? previous.own
              : attributedToAuthority(text.slice(Math.max(0, c.start - 120), c.start), authority);
        }
        if (!c.own) found.push({ start: c.start, run: () => flag(c.kind, paragraph, c.start, c.text) });
      });
      found.sort((a, b) => a.start - b.start).forEach((f) => f.run());
    });
  },
};
