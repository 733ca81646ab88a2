// Offentlighedslovens §§ 37-38 and forvaltningslovens § 25, stk. 1 (with § 16, stk. 4): the complaint guidance
// names the body to complain to and how to complain, by the route the request's legal basis and the case area
// give (DESIGN.md, "Letter anatomy"), and states no deadline the law does not set.
import { complaintRoute, type ComplaintRoute } from '../../letter/complaint';
import type { AuthorityKind, AuthorityProfile, CaseArea } from '../../letter/types';
import type { LetterAnalysis } from '../analyse';
import { anyMatches } from '../any-match';
import { caseAreaOf, complaintGuidanceFix, decisionFor, isParty } from '../complaint-fix';
import { loweredTexts } from '../lowered';
import { letterRegime } from '../regime';
import type { Rule } from '../rule';
import type { DocumentSnapshot, Location } from '../types';
import {
  AUTHORITY_KIND_NAMES,
  COMPLAINT_DEADLINES,
  ENVIRONMENTAL_INFORMATION,
  GENERIC_APPEAL_BODY_PHRASES,
  NO_APPEAL_SENTENCES,
  NOT_A_COMPLAINT_DEADLINE,
  OFFL_1985_REFERENCES,
  SUPERVISION_WORDS,
  SUPERVISORY_AUTHORITIES,
} from '../vocabulary';

/** The day the 2013 offentlighedslov came into force; letters before it follow the 1985 act. */
const OFFL_2013_IN_FORCE = '2014-01-01';

/** A proper name: capitalised words, joined by a few lower-case words ("Ministeriet for Digital Forvaltning"). */
const NAME = String.raw`[A-ZÆØÅ][\p{L}\d-]*(?:\s(?:(?:for|og|i|om|under|på)\s)?[A-ZÆØÅ][\p{L}\d-]*)*`;
/** The supervisory authority by its statutory description rather than its name. */
const GENERIC_SUPERVISOR = String.raw`den kommunale og regionale tilsynsmyndighed|tilsynsmyndigheden`;

/** Where a body is named: "klage ... til X", "indbringe ... for X", "X, som er klageinstans". */
const BODY_PATTERNS = [
  new RegExp(
    String.raw`(?:\b[Kk]lage\b|\bpåklages?\b)(?<mid>[^.!?]*?)\btil\s+(?<name>${NAME}|${GENERIC_SUPERVISOR})`,
    'gu',
  ),
  new RegExp(
    String.raw`\b[Ii]ndbring(?:e|es)\b(?<mid>[^.!?]*?)\bfor\s+(?<name>${NAME}|${GENERIC_SUPERVISOR})`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<name>${NAME}),?\s+(?:som\s+|der\s+)?(?:er|fører)\s+(?:den\s+)?(?:øverste\s+)?(?:klageinstans|klagemyndighed|kommunale og regionale tilsynsmyndighed|tilsynsmyndighed|tilsyn)`,
    'gu',
  ),
  new RegExp(String.raw`\b[Kk]lageinstans(?:en)?\s+(?:er|i sagen er)\s+(?<name>${NAME})`, 'gu'),
];
/** The body the deciding authority forwards the complaint to: "sender vi sagen videre til Ankestyrelsen". */
const FORWARDED_TO = new RegExp(
  String.raw`(?:\bvideresend\w*|\bvidere)\b[^.!?]*?\btil\s+(?<name>${NAME}|${GENERIC_SUPERVISOR})`,
  'gu',
);
/** Verbs of sending: between "klage" and "til X" they make X where the complaint is sent, not the body. */
const SEND_VERB = /\b(?:sendes|sende|send|indsendes|indgives|indgive|rettes|rette|afleveres|fremsendes)\b/;
/** Where the complaint is sent: "Klagen skal sendes til os", "... indgives til Socialforvaltningen". */
const SEND_PATTERN = new RegExp(
  String.raw`${SEND_VERB.source}(?<mid>[^.!?]*?)\btil\s+(?:(?<us>os)\b|(?<self>kommunen|regionen|styrelsen|ministeriet|direktoratet|forvaltningen|myndigheden|centret|centeret|afdelingen|sekretariatet|enheden|tilsynet|nævnet)\b|(?<name>${NAME}))`,
  'gu',
);
/** The deciding authority forwards the complaint (§ 37, stk. 2), or the requester may answer this letter. */
const FORWARDING = [
  /\bfasthold\w*\b[^.!?]*\bvidere/,
  /\bvideresend\w*/,
  /\bsvar på (?:dette|denne|vores) (?:brev|e-mail|mail|afgørelse)/,
  /\bsvare på (?:dette|denne|vores) (?:brev|e-mail|mail|afgørelse)/,
];
/** How a party complains when the guidance names no recipient: a form, a portal, in writing. */
const PARTY_HOW =
  /klageformular|klageportal|hjemmeside|selvbetjening|digital|skriftlig|e-mail|borger\.dk|virk\.dk/;
const OMBUDSMAN = /ombudsmand/i;

interface Sentence {
  paragraph: number;
  start: number;
  text: string;
}

interface NamedBody {
  name: string;
  role: 'appeal' | 'supervision' | 'ombudsman';
  location: Location;
  sentence: Sentence;
}

/** Sentences of a paragraph; "jf. offentlighedslovens" and "stk. 1, nr. 2" do not end one. */
function sentencesOf(text: string, paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?])\s+(?=[A-ZÆØÅ„"“»])/g)) {
    out.push({ paragraph, start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ paragraph, start, text: text.slice(start) });
  return out;
}

const spanOf = (s: Sentence): Location => ({
  paragraph: s.paragraph,
  start: s.start,
  end: s.start + s.text.length,
  text: s.text,
});

/** Names compared loosely: case, spacing and a trailing genitive do not matter; one may extend the other. */
function sameBody(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const [x, y] = [norm(a), norm(b)];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `) || x === `${y}s` || y === `${x}s`;
}

/** True when a name is the sender's own: it stands in the letterhead or the signature. */
const isOwn = (name: string, own: string[]) =>
  name.length >= 4 && own.some((line) => line.includes(name.toLowerCase()));

/**
 * The bodies the guidance names. When no wording names one, the body the complaint is forwarded to, or a
 * complaint sent to someone other than the sender ("Klage over afgørelsen kan indgives til Ministeriet for
 * ..."), names it.
 */
function namedBodies(sentences: Sentence[], own: string[]): NamedBody[] {
  const mentionsSupervision = SUPERVISION_WORDS.test(sentences.map((s) => s.text.toLowerCase()).join(' '));
  const byWording = sentences.flatMap((s) =>
    BODY_PATTERNS.flatMap((pattern) => [...s.text.matchAll(pattern)])
      .filter((m) => !SEND_VERB.test(m.groups?.mid ?? ''))
      .map((m) => ({ s, m })),
  );
  const bySending = () =>
    sentences
      .filter((s) => /klage|henvendelse/i.test(s.text))
      .flatMap((s) =>
        [...s.text.matchAll(FORWARDED_TO), ...s.text.matchAll(SEND_PATTERN)].map((m) => ({ s, m })),
      )
      .filter(({ m }) => m.groups?.name !== undefined && !isOwn(m.groups.name, own));
  const found: NamedBody[] = [];
  for (const { s, m } of byWording.length > 0 ? byWording : bySending()) {
    const name = m.groups?.name;
    if (!name) continue;
    const start = s.start + m.index + m[0].lastIndexOf(name);
    if (found.some((b) => b.location.paragraph === s.paragraph && b.location.start === start)) continue;
    const generic = new RegExp(`^(?:${GENERIC_SUPERVISOR})$`).test(name);
    const supervisor = SUPERVISORY_AUTHORITIES.some((a) => a.pattern.test(name.toLowerCase()));
    // The sentence without the name: "Klagenævnet for Tilsyn" is not the § 38 authority by its name alone.
    const rest = (
      s.text.slice(0, start - s.start) + s.text.slice(start - s.start + name.length)
    ).toLowerCase();
    const role = OMBUDSMAN.test(name)
      ? 'ombudsman'
      : generic || SUPERVISION_WORDS.test(rest) || (supervisor && mentionsSupervision)
        ? 'supervision'
        : 'appeal';
    found.push({
      name,
      role,
      location: { paragraph: s.paragraph, start, end: start + name.length, text: name },
      sentence: s,
    });
  }
  return found.sort(
    (a, b) =>
      a.location.paragraph - b.location.paragraph || (a.location.start ?? 0) - (b.location.start ?? 0),
  );
}

/** How the guidance tells the requester to send the complaint. */
function procedure(sentences: Sentence[], bodies: NamedBody[], own: string[]) {
  const targets = bodies.filter((b) => b.role !== 'ombudsman');
  let toUs = false;
  let direct: { sentence: Sentence; target: string } | undefined;
  let any = false;
  for (const s of sentences) {
    const lower = s.text.toLowerCase();
    if (FORWARDING.some((re) => re.test(lower))) toUs = true;
    for (const m of s.text.matchAll(SEND_PATTERN)) {
      any = true;
      const { us, self, name, mid } = m.groups ?? {};
      const directly = /\bdirekte\b/.test(mid ?? '');
      const target = name ?? self;
      const isBody = target !== undefined && targets.some((b) => sameBody(b.name, target));
      const ours = us !== undefined || (name !== undefined && isOwn(name, own));
      if (ours || (!directly && !isBody)) toUs = true;
      else direct ??= { sentence: s, target: target ?? '' };
    }
  }
  return { toUs, direct, any };
}

/** The letterhead (the lines before the letter's first part) and the signature, lower-cased. */
function ownLines(snapshot: DocumentSnapshot, analysis: LetterAnalysis): string[] {
  const firstPart = analysis.partOf.findIndex((p) => p !== undefined);
  const head = snapshot.paragraphs.slice(0, Math.max(firstPart, 0));
  const sender = snapshot.paragraphs.filter((_, i) => analysis.partOf[i] === 'sender');
  return [...sender, ...head].map((p) => p.text.toLowerCase()).filter((line) => line.length <= 120);
}

/** The authority's kind as its signature or letterhead names it. */
function kindFromLetter(own: string[]): AuthorityKind | undefined {
  for (const line of own) {
    const found = AUTHORITY_KIND_NAMES.find((k) => k.pattern.test(line));
    if (found) return found.kind;
  }
  return undefined;
}

function is1985Regime(snapshot: DocumentSnapshot, analysis: LetterAnalysis, date: string): boolean {
  if (date < OFFL_2013_IN_FORCE) return true;
  return loweredTexts(snapshot, analysis).some((lower) => {
    return (
      anyMatches(ENVIRONMENTAL_INFORMATION, lower) || OFFL_1985_REFERENCES.some((re) => lower.search(re) >= 0)
    );
  });
}

function deadlines(sentences: Sentence[]): Location[] {
  const out: Location[] = [];
  for (const s of sentences) {
    const lower = s.text.toLowerCase();
    if (NOT_A_COMPLAINT_DEADLINE.test(lower)) continue;
    for (const pattern of COMPLAINT_DEADLINES) {
      for (const m of lower.matchAll(pattern)) {
        const d = m.groups?.d;
        if (!d) continue;
        const start = s.start + m.index + m[0].lastIndexOf(d);
        if (out.some((l) => l.paragraph === s.paragraph && l.start === start)) continue;
        out.push({
          paragraph: s.paragraph,
          start,
          end: start + d.length,
          text: s.text.slice(start - s.start, start - s.start + d.length),
        });
      }
    }
  }
  return out;
}

/** The complaint guidance as the rule reads it. */
interface Guidance {
  paragraphs: number[];
  sentences: Sentence[];
  /** The letterhead and signature lines, lower-cased: names there are the sender's own. */
  own: string[];
  bodies: NamedBody[];
  appeal: NamedBody[];
  supervision: NamedBody[];
  /** What the guidance offers: an appeal body, the § 38 supervisory authority, or no administrative appeal. */
  route: 'appeal' | 'supervision' | 'none';
  /** The sentence saying there is no administrative appeal, if any. */
  noAppeal?: Sentence;
  /** That sentence, else the guidance's first paragraph. */
  noAppealAt: Location;
  /** The sentence naming the body the guidance leads with. */
  lead?: Sentence;
}

/** What the profile's case area expects. */
interface Expected {
  area: CaseArea;
  route: ComplaintRoute;
  /** The appeal body (offentlighedslovens § 37, stk. 1, or forvaltningslovens § 16, stk. 4), if any. */
  body?: string;
}

function expectedRoute(
  profile: AuthorityProfile | undefined,
  area: CaseArea | undefined,
  party: boolean,
  date: string,
): Expected | undefined {
  if (!profile || !area) return undefined;
  const route = complaintRoute(decisionFor(area, party, 'refusal', date), profile);
  const body =
    route === 'appeal-body' ? area.appealBody : route === 'party-appeal' ? area.partyAppealBody : undefined;
  return body ? { area, route, body } : { area, route };
}

type Report = (
  messageId: string,
  location: Location,
  data?: Record<string, string>,
  warning?: boolean,
) => void;

/** The body against the profile's case area (both routes). */
function judgeAgainstProfile(g: Guidance, want: Expected, party: boolean, report: Report): void {
  const area = want.area.name;
  if (want.body) {
    const supervisor = g.supervision[0];
    if (supervisor && !party) {
      report('supervisionWithAppealBody', supervisor.location, { area, expected: want.body });
    } else if (g.route === 'none') {
      report('appealBodyMissing', g.noAppealAt, { area, expected: want.body });
    } else {
      const named = party ? g.bodies.filter((b) => b.role !== 'ombudsman') : g.appeal;
      const first = named[0];
      if (first && !named.some((b) => sameBody(b.name, want.body ?? '')))
        report('wrongBody', first.location, { body: first.name, area, expected: want.body });
    }
    return;
  }
  const first = g.appeal[0];
  if (first) report('noAppealBody', first.location, { body: first.name, area });
}

/** Offentlighedslovens §§ 37-38. */
function judgeOffl(
  g: Guidance,
  kind: AuthorityKind | undefined,
  want: Expected | undefined,
  profile: AuthorityProfile | undefined,
  report: Report,
): void {
  if (g.route !== 'none' && g.lead) {
    const how = procedure(g.sentences, g.bodies, g.own);
    if (!how.toUs && how.direct)
      report('sentDirectly', spanOf(how.direct.sentence), { body: how.direct.target });
    else if (!how.toUs) report('missingProcedure', spanOf(g.lead));
  }
  const local = kind === 'municipality' || kind === 'region';
  const supervisor = g.supervision[0];
  if (kind === 'state' && supervisor) report('supervisionForState', supervisor.location);
  if (local && g.route === 'none' && !want?.body) report('supervisionMissing', g.noAppealAt);
  if (want) judgeAgainstProfile(g, want, false, report);
  else if (profile && g.route === 'appeal') {
    const known = [...new Set(profile.caseAreas.flatMap((a) => (a.appealBody ? [a.appealBody] : [])))];
    for (const body of g.appeal)
      if (!known.some((k) => sameBody(k, body.name)))
        report('unknownBody', body.location, { body: body.name, expected: known.join(', ') || 'ingen' });
  }
  for (const d of deadlines(g.sentences))
    report(
      'deadlineStated',
      d,
      { deadline: d.text ?? '', reason: 'offentlighedsloven fastsætter ingen frist for at klage' },
      true,
    );
}

/** Forvaltningslovens § 25, stk. 1, for a party: the body, how to complain, and the deadline if there is one. */
function judgeParty(g: Guidance, want: Expected | undefined, report: Report): void {
  const text = g.sentences.map((s) => s.text.toLowerCase()).join(' ');
  if (g.route !== 'none' && g.lead) {
    const how = procedure(g.sentences, g.bodies, g.own);
    if (!how.any && !how.toUs && !PARTY_HOW.test(text)) report('partyNoProcedure', spanOf(g.lead));
  }
  if (!want) return;
  judgeAgainstProfile(g, want, true, report);
  const stated = deadlines(g.sentences);
  const deadline = want.area.complaintDeadline;
  if (deadline && stated.length === 0 && g.route !== 'none' && g.lead)
    report('partyDeadlineMissing', spanOf(g.lead), { area: want.area.name, deadline });
  if (!deadline)
    for (const d of stated)
      report(
        'deadlineStated',
        d,
        {
          deadline: d.text ?? '',
          reason: `hverken forvaltningsloven eller myndighedsprofilen giver en klagefrist for sagsområdet »${want.area.name}«`,
        },
        true,
      );
}

/** Reads the complaint guidance part; undefined when the letter has none. */
function readGuidance(snapshot: DocumentSnapshot, analysis: LetterAnalysis): Guidance | undefined {
  const quoteLine = /^(?:§\s*\d|stk\.\s*\d+\.|\d+\)\s)/i;
  const paragraphs = analysis.partOf.flatMap((p, i) =>
    p === 'complaint_guidance' && !quoteLine.test((snapshot.paragraphs[i]?.text ?? '').trim()) ? [i] : [],
  );
  if (paragraphs.length === 0) return undefined;
  const sentences = paragraphs.flatMap((i) => sentencesOf(snapshot.paragraphs[i]?.text ?? '', i));
  const own = ownLines(snapshot, analysis);
  const bodies = namedBodies(sentences, own);
  const appeal = bodies.filter((b) => b.role === 'appeal');
  const supervision = bodies.filter((b) => b.role === 'supervision');
  const noAppeal = sentences.find((s) => NO_APPEAL_SENTENCES.some((re) => re.test(s.text.toLowerCase())));
  const first =
    paragraphs.find(
      (i) =>
        !snapshot.paragraphs[i]?.headingLevel && /[.!?]$/.test(snapshot.paragraphs[i]?.text.trim() ?? ''),
    ) ??
    paragraphs[0] ??
    0;
  const lead = (supervision[0] ?? appeal[0] ?? bodies[0])?.sentence;
  return {
    paragraphs,
    sentences,
    own,
    bodies,
    appeal,
    supervision,
    route: supervision.length ? 'supervision' : appeal.length ? 'appeal' : 'none',
    noAppealAt: noAppeal
      ? spanOf(noAppeal)
      : { paragraph: first, text: snapshot.paragraphs[first]?.text ?? '' },
    ...(noAppeal ? { noAppeal } : {}),
    ...(lead ? { lead } : {}),
  };
}

export const rule: Rule = {
  meta: {
    id: 'complaint-route',
    severity: 'error',
    title: 'Klagevejledningen passer ikke til klagevejen',
    enforces: 'Offentlighedslovens §§ 37-38, forvaltningslovens § 25, stk. 1, og § 16, stk. 4',
    doc: 'The complaint guidance names a body that fits the route (OFL § 37 appeal body, § 38 supervision, or none; FVL § 16, stk. 4 for a party), says how to complain (to the deciding authority first under OFL) and states no deadline the law does not set; 1985-act and environmental letters are judged only for a named body.',
    kinds: ['decision'],
    // A full grant needs no guidance, but one that is there must be right; so must one whose outcome is unclear.
    outcomes: ['partial', 'refusal', 'dismissal', 'grant', 'unknown'],
    messages: {
      noBody:
        'Klagevejledningen nævner ikke, hvem der kan klages til (klageinstans eller tilsynsmyndighed), jf. forvaltningslovens § 25, stk. 1.',
      missingProcedure:
        'Klagevejledningen siger ikke, at klagen skal sendes til den myndighed, der har truffet afgørelsen, som sender den videre, hvis afgørelsen fastholdes (offentlighedslovens § 37, stk. 2).',
      sentDirectly:
        'Klagevejledningen beder om at sende klagen direkte til {body}. Klagen skal sendes til den myndighed, der har truffet afgørelsen, som sender den videre, hvis afgørelsen fastholdes (offentlighedslovens § 37, stk. 2, og § 38, stk. 1, 2. pkt.).',
      genericAppealBody:
        'Ingen myndighed er klageinstans for alle afgørelser om aktindsigt: klagen går til klageinstansen for den sag, anmodningen vedrører (offentlighedslovens § 37, stk. 1). Er der ingen klageinstans, vejleder en kommune eller region om den kommunale og regionale tilsynsmyndighed (§ 38).',
      formerBody: '{body} findes ikke længere; den kommunale og regionale tilsynsmyndighed er {successor}.',
      supervisionForState:
        'Klagevejledningen henviser til den kommunale og regionale tilsynsmyndighed (offentlighedslovens § 38), men den vej gælder kun kommuner, regioner og kommunale fællesskaber, og afsenderen er en statslig myndighed.',
      supervisionMissing:
        'En kommune eller region skal, når der ikke er nogen klageinstans, vejlede om muligheden for at indbringe sagen for den kommunale og regionale tilsynsmyndighed (offentlighedslovens § 38).',
      supervisionWithAppealBody:
        'Klagevejledningen henviser til tilsynsmyndigheden (offentlighedslovens § 38), men sagsområdet »{area}« har en klageinstans: {expected} (§ 37, stk. 1). § 38 gælder kun, hvor der ikke er nogen administrativ klageinstans.',
      wrongBody:
        'Klagevejledningen nævner {body}, men klageinstansen for sagsområdet »{area}« er {expected}.',
      noAppealBody:
        'Klagevejledningen nævner {body} som klageinstans, men sagsområdet »{area}« har ingen klageinstans i myndighedsprofilen.',
      appealBodyMissing:
        'Klagevejledningen siger, at der ikke kan klages, men sagsområdet »{area}« har en klageinstans: {expected}.',
      unknownBody:
        '{body} er ikke klageinstans for nogen af sagsområderne i myndighedsprofilen ({expected}).',
      deadlineStated: 'Klagevejledningen angiver en klagefrist (»{deadline}«), men {reason}.',
      partyNoProcedure:
        'Klagevejledningen siger ikke, hvordan man klager (fremgangsmåden ved indgivelse af klage), jf. forvaltningslovens § 25, stk. 1.',
      partyDeadlineMissing:
        'Klagevejledningen nævner ikke klagefristen for sagsområdet »{area}« ({deadline}), jf. forvaltningslovens § 25, stk. 1.',
    },
  },
  check({ snapshot, analysis, date, profile, report }) {
    // Miljøoplysningsloven has its own route (§§ 4-4 b): judged by mol-complaint-route.
    if (letterRegime(analysis).regime === 'mol') return;
    const g = readGuidance(snapshot, analysis);
    if (!g) return;
    if (g.bodies.length === 0 && !g.noAppeal) {
      report('noBody', g.noAppealAt);
      return;
    }
    // The 1985 act and miljøoplysningsloven have routes of their own: only a missing body is judged there.
    if (is1985Regime(snapshot, analysis, date)) return;

    const party = isParty(analysis, new Set(g.paragraphs));
    const area = profile ? caseAreaOf(profile, snapshot, analysis) : undefined;
    const fix = complaintGuidanceFix(profile, area, party, analysis, date);
    const want = expectedRoute(profile, area, party, date);
    const say: Report = (messageId, location, data = {}, warning = false) =>
      report(messageId, location, data, {
        ...(warning ? { severity: 'warning' as const } : {}),
        ...(fix ? { fix } : {}),
      });

    for (const body of g.bodies) {
      const former = SUPERVISORY_AUTHORITIES.find(
        (a) => a.until !== undefined && a.until <= date && a.pattern.test(body.name.toLowerCase()),
      );
      const successor = SUPERVISORY_AUTHORITIES.find((a) => a.until === undefined && (a.from ?? '') <= date);
      if (former && successor)
        say('formerBody', body.location, { body: former.name, successor: successor.name });
    }
    for (const i of g.paragraphs) {
      const text = snapshot.paragraphs[i]?.text ?? '';
      for (const pattern of GENERIC_APPEAL_BODY_PHRASES) {
        for (const m of text.toLowerCase().matchAll(pattern)) {
          const end = m.index + m[0].length;
          say('genericAppealBody', { paragraph: i, start: m.index, end, text: text.slice(m.index, end) });
        }
      }
    }
    if (party) judgeParty(g, want, say);
    else judgeOffl(g, profile?.kind ?? kindFromLetter(g.own), want, profile, say);
  },
};
