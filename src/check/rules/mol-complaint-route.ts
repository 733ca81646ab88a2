// Complaint guidance under miljøoplysningsloven: a refusal needs it (§ 4, stk. 4, 1. pkt.); the complaint is
// lodged in writing with the deciding body, which forwards it within 3 weeks if it upholds the decision
// (§ 4 b, stk. 1), to the appeal body of the underlying case (§ 4, stk. 6), or for a § 1, stk. 2 organ or a
// utility to Miljø- og Fødevareklagenævnet (§ 4 a). Not the 2013 route (offentlighedslovens §§ 37-38, 7
// arbejdsdage), and no fee (MFKN-loven § 19: complaints solely about refused access are exempt). An appeal
// body's own decision that says it is final needs no guidance (MFKN-loven § 17, stk. 1).
import { letterRegime } from '../regime';
import { FIELD_MARKS } from './template-placeholder';
import type { Rule } from '../rule';
import type { Location } from '../types';
import {
  APPEAL_BODIES,
  COMPLAINT_WORDS,
  DIRECT_TO_BOARD,
  FEE_WORDS,
  FINAL_DECISION,
  MFKN,
  NO_FEE,
  NOT_A_DEADLINE,
  COMPLAINT_DEADLINE,
  PORTAL,
  PORTAL_MANDATORY,
  PORTAL_NOT,
  ROUTE_2013_WORDS,
} from '../vocabulary-mol';
import { sentences } from '../analyse';
import { normaliseForMatch } from '../vocabulary';

const any = (patterns: readonly RegExp[], text: string) => patterns.some((re) => re.test(text));

export const rule: Rule = {
  meta: {
    id: 'mol-complaint-route',
    severity: 'warning',
    title: 'Klagevejledningen følger ikke miljøoplysningsloven',
    enforces:
      'Miljøoplysningslovens § 4, stk. 4 og 6, § 4 a og § 4 b, stk. 1: klagevejledning, klageinstans og klage til den myndighed, der har truffet afgørelsen',
    doc: "An MOL refusal without complaint guidance (error, § 4, stk. 4) unless an appeal body's own final decision; guidance with the 2013 route (§§ 37-38, 7 arbejdsdage), a fee, or a complaint sent straight to the appeal body (warnings, § 4 b, stk. 1); a utility's or § 1, stk. 2 organ's guidance naming another body than Miljø- og Fødevareklagenævnet (error, § 4 a); an appeal body left as a bracketed placeholder (error, § 4, stk. 6; the composer's own mark is template-placeholder's); infos where the sources conflict or are silent: guidance naming Miljø- og Fødevareklagenævnet that makes Klageportalen mandatory or does not name it (§ 4 b, stk. 2 against Nævnenes Hus), and a stated complaint time limit not from the profile's data (none found in the law).",
    kinds: ['decision'],
    outcomes: ['refusal', 'partial', 'dismissal'],
    messages: {
      missing:
        'Afslaget er ikke ledsaget af en klagevejledning, jf. miljøoplysningslovens § 4, stk. 4, 1. pkt.',
      route2013:
        'Klagevejledningen bruger offentlighedslovens klageregler af 2013 (»{text}«). Efter miljøoplysningslovens § 4 b, stk. 1, videresendes klagen snarest og som udgangspunkt ikke senere end 3 uger efter modtagelsen, og klageinstansen er klageinstansen i den sag, anmodningen vedrører, jf. § 4, stk. 6.',
      fee: 'Klagevejledningen nævner et gebyr. Klager, der udelukkende vedrører afslag på aktindsigt efter miljøoplysningsloven, er fritaget for gebyr (lov om Miljø- og Fødevareklagenævnet § 19); klagen indgives efter miljøoplysningslovens § 4 b, stk. 1.',
      direct:
        'Klagevejledningen beder ansøgeren sende klagen direkte til klageinstansen. Efter miljøoplysningslovens § 4 b, stk. 1, indgives klagen skriftligt til den myndighed, der har truffet afgørelsen.',
      bodyPlaceholder:
        'Klagevejledningen nævner ikke klageinstansen: feltet »{text}« er ikke udfyldt, jf. miljøoplysningslovens § 4, stk. 6.',
      utilityBody:
        'Afslag fra en forsyningsvirksomhed eller et organ efter miljøoplysningslovens § 1, stk. 2, påklages til Miljø- og Fødevareklagenævnet, jf. miljøoplysningslovens § 4 a. Klagevejledningen nævner {body}.',
      portalMandatory:
        'Klagevejledningen kræver, at klagen indgives via Klageportalen eller digital selvbetjening. Kilderne er uenige: miljøoplysningslovens § 4 b, stk. 2, foreskriver digital selvbetjening ved klage til Miljø- og Fødevareklagenævnet, mens Nævnenes Hus oplyser, at klager over afgørelser om aktindsigt ikke kan indgives via Klageportalen. Kontrollér den aktuelle fremgangsmåde.',
      portalOmitted:
        'Klagevejledningen nævner ikke Klageportalen. Kilderne er uenige: miljøoplysningslovens § 4 b, stk. 2, foreskriver digital selvbetjening ved klage til Miljø- og Fødevareklagenævnet, mens Nævnenes Hus oplyser, at klager over afgørelser om aktindsigt ikke kan indgives via Klageportalen. Kontrollér den aktuelle fremgangsmåde.',
      deadline:
        'Klagevejledningen nævner en klagefrist (»{text}«). Der er ikke fundet nogen lovbestemt frist for at klage over en afgørelse efter miljøoplysningsloven (§ 4, stk. 6, og § 4 b). Kontrollér, hvor fristen kommer fra.',
    },
  },
  check({ snapshot, analysis, profile, report }) {
    const regime = letterRegime(analysis);
    if (regime.regime !== 'mol') return;
    const texts = analysis.normalised;
    const guidance = texts.flatMap((_, i) => (analysis.partOf[i] === 'complaint_guidance' ? [i] : []));
    const own = (i: number) => analysis.partOf[i] !== 'legal_basis';
    if (texts.some((t, i) => own(i) && any(FINAL_DECISION, t))) return;
    const whole = (paragraph: number): Location => ({
      paragraph,
      text: snapshot.paragraphs[paragraph]?.text ?? '',
    });
    const span = (paragraph: number, re: RegExp): Location => {
      const text = snapshot.paragraphs[paragraph]?.text ?? '';
      const m = new RegExp(re.source, 'i').exec(text);
      return m ? { paragraph, start: m.index, end: m.index + m[0].length, text: m[0] } : whole(paragraph);
    };

    if (guidance.length === 0) {
      if (texts.some((t, i) => own(i) && any(COMPLAINT_WORDS, t))) return;
      const at = analysis.outcomeEvidence?.paragraph ?? 0;
      report('missing', whole(at), {}, { severity: 'error' });
      return;
    }

    // The composer's required field for the appeal body, left unfilled ("[Klageinstansen efter ...]").
    for (const i of guidance) {
      const text = snapshot.paragraphs[i]?.text ?? '';
      for (const m of text.matchAll(/\[[^\]\n]*klageinstans[^\]\n]*\]/gi)) {
        // The composer's own mark is template-placeholder's finding.
        if (FIELD_MARKS.has(m[0])) continue;
        const at = { paragraph: i, start: m.index, end: m.index + m[0].length, text: m[0] };
        report('bodyPlaceholder', at, { text: m[0] }, { severity: 'error' });
      }
    }

    // The 2013 route: offentlighedslovens § 37 or § 38 cited, or its 7 working days.
    const cited2013 = analysis.citations.find(
      (c) =>
        analysis.partOf[c.paragraph] === 'complaint_guidance' &&
        c.ref.statute === 'offl' &&
        (c.ref.section === '37' || c.ref.section === '38'),
    );
    if (cited2013) {
      const { paragraph, start, end, text } = cited2013;
      report('route2013', { paragraph, start, end, text }, { text });
    } else {
      for (const i of guidance) {
        const re = ROUTE_2013_WORDS.find((r) => r.test(texts[i] ?? ''));
        if (!re) continue;
        const at = span(i, re);
        report('route2013', at, { text: at.text ?? '' });
        break;
      }
    }

    for (const i of guidance) {
      const t = texts[i] ?? '';
      if (any(FEE_WORDS, t) && !any(NO_FEE, t)) report('fee', span(i, FEE_WORDS[0] ?? /gebyr/));
    }
    for (const i of guidance) {
      const re = DIRECT_TO_BOARD.find((r) => r.test(texts[i] ?? ''));
      if (re) report('direct', span(i, re));
    }

    // Klageportalen (mol-practice.md, section 5, item 18: info): MOL § 4 b, stk. 2 prescribes digital
    // self-service for complaints to Miljø- og Fødevareklagenævnet, Nævnenes Hus says aktindsigt complaints
    // cannot go through Klageportalen. Facts, not a verdict: made mandatory, or not named at all.
    const board = guidance.find((i) => any(MFKN, texts[i] ?? ''));
    if (board !== undefined) {
      const portal = guidance.find((i) => any(PORTAL, texts[i] ?? ''));
      const t = portal === undefined ? '' : (texts[portal] ?? '');
      if (portal === undefined)
        report('portalOmitted', span(board, MFKN[0] ?? /nævnet/), {}, { severity: 'info' });
      else if (any(PORTAL_MANDATORY, t) && !any(PORTAL_NOT, t))
        report('portalMandatory', span(portal, PORTAL[0] ?? /klageportal/), {}, { severity: 'info' });
    }

    // A complaint time limit (item 19: info): none is found in the law; the profile's own data may give one.
    const ownDeadlines = (profile?.caseAreas ?? []).flatMap((a) =>
      a.molComplaintDeadline ? [a.molComplaintDeadline.toLowerCase()] : [],
    );
    deadlines: for (const i of guidance) {
      const text = snapshot.paragraphs[i]?.text ?? '';
      for (const sentence of sentences(text)) {
        const norm = normaliseForMatch(sentence.text);
        const re = COMPLAINT_DEADLINE.find((r) => r.test(norm));
        if (!re || any(NOT_A_DEADLINE, norm)) continue;
        if (ownDeadlines.some((d) => norm.includes(d))) continue;
        const at = span(i, re);
        report('deadline', at, { text: at.text ?? '' }, { severity: 'info' });
        break deadlines;
      }
    }

    // Miljøoplysningslovens § 4 a: a utility or a § 1, stk. 2 organ; the profile says so, else the sender.
    const utility = profile?.mol ? Boolean(profile.mol.utility || profile.mol.organ) : regime.utility;
    if (!utility) return;
    const names = guidance.flatMap((i) =>
      APPEAL_BODIES.filter((re) => !MFKN.some((m) => m.source === re.source)).flatMap((re) => {
        const m = re.exec(texts[i] ?? '');
        return m ? [{ i, re, text: m[0] }] : [];
      }),
    );
    const namesMfkn = guidance.some((i) => any(MFKN, texts[i] ?? ''));
    const other = names[0];
    if (other) {
      const at = span(other.i, other.re);
      report('utilityBody', at, { body: `»${at.text ?? other.text}«` }, { severity: 'error' });
    } else if (!namesMfkn) {
      report(
        'utilityBody',
        whole(guidance[0] ?? 0),
        { body: 'ikke Miljø- og Fødevareklagenævnet' },
        { severity: 'error' },
      );
    }
  },
};
