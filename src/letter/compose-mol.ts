/**
 * Composition under miljøoplysningsloven (MOL, LBK 980/2017): the decision and the profile -> the blocks of a
 * letter on environmental information. The grounds are the 1985 offentlighedslov's (anyone) or forvaltningsloven's
 * as LBK 988/2012 (a party); every ground in MOL § 2, stk. 3's list gets a weighing block with required fields;
 * grounds named in § 2, stk. 5-6 get the emissions question and the article 4(2) reasoning; the legal basis is
 * built from the references the blocks cite (never read back from the text, since the 1985 act and today's act
 * share a name), quoted under the regime, with every missing text named rather than filled.
 *
 * Every Danish sentence that states law restates MOL's own words (§ 2, stk. 3, 5, 6; § 4, stk. 2-4; § 4 b,
 * stk. 1; § 6, stk. 2) or forvaltningslovens §§ 12, 14, 15, 16 as LBK 988/2012; nothing restates a 1985 text we
 * do not hold. Pure and deterministic.
 */
import { addMonths, format, parseISO } from 'date-fns';
import { GROUNDS } from '../grounds/catalogue';
import { BASIS_REFS, blockedReason, CATALOGUE } from '../grounds/index';
import type { Ground, RequestBasis, TemplateField } from '../grounds/types';
import { formatRef } from '../law/citations';
import { quoteBlock, versionText } from '../law/quote';
import { getStatute } from '../law/catalogue';
import type { LegalRef } from '../law/types';
import { composeComplaintGuidance } from './complaint';
import {
  documentListBlock,
  partialAccessCompanions,
  partialGrounds,
  withDocumentsField,
} from './document-list';
import {
  danishDate,
  fillInto,
  formatRefList,
  heading,
  mergeRuns,
  plain,
  senderBlock,
  shortLabel,
} from './fill';
import type {
  AuthorityProfile,
  Block,
  BlockParagraph,
  ChosenGround,
  Decision,
  InsertionPlan,
  MissingField,
} from './types';

/** Danish warnings of the MOL composition, by id. */
export const MOL_WARNINGS = {
  notMolGround: (label: string) =>
    `${label} er ikke en grund efter miljøoplysningsloven og er sprunget over. Miljøoplysninger afgøres efter 1985-offentlighedsloven eller, for en part, forvaltningsloven som lovbekendtgørelse nr. 988 af 9. oktober 2012.`,
  wrongBasis: (label: string) => `${label} passer ikke til anmodningens grundlag og er sprunget over.`,
  blocked: (label: string, reason: string) => `${label} er sprunget over. ${reason}`,
  unknownGround: (id: string) => `Grunden »${id}« findes ikke i kataloget og er sprunget over.`,
  noGround: 'Afgørelsen afslår noget, men der er ikke valgt nogen grund.',
  overTwoMonths:
    'Afgørelsen er truffet mere end 2 måneder efter modtagelsen af anmodningen; fristen i miljøoplysningslovens § 4, stk. 3, er overskredet.',
  formOverOneMonth:
    'Afslag på at stille oplysningerne til rådighed i den ønskede form skal afgøres senest 1 måned efter modtagelsen (miljøoplysningslovens § 4, stk. 3, 2. pkt.).',
  secondTrackNoGrounds:
    'Der er valgt vurdering efter offentlighedsloven (2013) som andet spor, men ingen grunde efter den lov: skriv resultatet af vurderingen.',
  secondTrackGround: (label: string) =>
    `${label} kan ikke bruges i vurderingen efter offentlighedsloven som andet spor (kun grunde efter offentlighedslovens § 7).`,
} as const;

const W = MOL_WARNINGS;

const MOL_2_3: LegalRef = { statute: 'mol', section: '2', subsection: 3 };
const MOL_2_5: LegalRef = { statute: 'mol', section: '2', subsection: 5 };
const MOL_2_6: LegalRef = { statute: 'mol', section: '2', subsection: 6 };
const MOL_3: LegalRef = { statute: 'mol', section: '3' };
const MOL_4_2: LegalRef = { statute: 'mol', section: '4', subsection: 2 };
const MOL_4_3: LegalRef = { statute: 'mol', section: '4', subsection: 3 };
const MOL_4_4: LegalRef = { statute: 'mol', section: '4', subsection: 4 };
const MOL_6_2: LegalRef = { statute: 'mol', section: '6', subsection: 2 };
const FVL_16_2: LegalRef = { statute: 'fvl', section: '16', subsection: 2 };
const OFFL1985_4_1_2: LegalRef = { statute: 'offl1985', section: '4', subsection: 1, sentence: 2 };
/** The directive as miljøoplysningslovens § 2, stk. 5 names it. */
const DIRECTIVE =
  'bestemmelserne i artikel 4, stk. 2, i Europa-Parlamentets og Rådets direktiv 2003/4/EF af 28. januar 2003 om offentlig adgang til miljøoplysninger og om ophævelse af Rådets direktiv 90/313/EØF';

/** The label of the unanswered emissions question (the decision's `emissions` field). */
export const EMISSIONS_LABEL = 'Angår oplysningerne emissioner til miljøet: ja, nej eller delvis';

const field = (name: string, label: string, hint: string): TemplateField => ({
  name,
  label,
  hint,
  required: true,
});

/** The weighing block's fields (MOL § 2, stk. 3), kept with the ground's own values. */
export const WEIGHING_FIELDS: readonly TemplateField[] = [
  field(
    'for_udlevering',
    'Hvad taler for udlevering (offentlighedens interesse)',
    'Fx: offentligheden har en væsentlig interesse i at kende omfanget af virksomhedens udledninger til Vejle Å',
  ),
  field(
    'imod_udlevering',
    'Hvad taler imod udlevering (den interesse, afslaget beskytter)',
    'Fx: oplysningerne om produktionsmetoden vil kunne bruges af virksomhedens konkurrenter og påføre den et økonomisk tab',
  ),
  field(
    'afvejning',
    'Resultatet af den konkrete afvejning',
    'Fx: Efter en samlet vurdering finder vi, at hensynet til virksomheden vejer tungere, fordi oplysningerne ikke siger noget om udledningernes omfang.',
  ),
];

/** The weighing sentence, in MOL § 2, stk. 3's own words; `{bestemmelse}` is the ground's reference. */
const WEIGHING_TEMPLATE =
  'Vi har foretaget en konkret afvejning af offentlighedens interesser, der varetages ved udlevering af miljøoplysningerne, over for de interesser, der varetages ved at afslå udlevering, jf. miljøoplysningslovens § 2, stk. 3. For udlevering taler {for_udlevering}. Imod udlevering taler {imod_udlevering}. Vi har anvendt {bestemmelse} restriktivt under hensyntagen til samfundets interesse i, at oplysningerne offentliggøres i det konkrete tilfælde. {afvejning}';

/**
 * The request's basis under MOL: `mol` for anyone, `mol-party` for a party (forvaltningsloven as LBK 988/2012).
 * @example molBasis({ ...decision, basis: 'fvl-9', regime: 'mol' }) // "mol-party"
 */
export function molBasis(decision: Decision): RequestBasis {
  if (decision.basis === 'mol' || decision.basis === 'mol-party') return decision.basis;
  return decision.basis === 'fvl-9' ? 'mol-party' : 'mol';
}

/**
 * True when a decision is decided under miljøoplysningsloven.
 * @example isMolDecision({ ...decision, regime: 'mol' }) // true
 */
export function isMolDecision(decision: Decision): boolean {
  return (
    decision.regime === 'mol' ||
    decision.environmentalInformation === true ||
    decision.basis === 'mol' ||
    decision.basis === 'mol-party'
  );
}

interface Ctx {
  decision: Decision;
  profile: AuthorityProfile;
  party: boolean;
  grounds: Ground[];
  secondTrack: Ground[];
  missing: MissingField[];
  warnings: string[];
  /** Every reference the MOL blocks cite, in order; the legal basis quotes exactly these. */
  cited: LegalRef[];
}

/** "jf. miljøoplysningslovens § 2, stk. 3", recording the reference for the legal basis. */
function cite(ctx: Ctx, ...refs: LegalRef[]): string {
  ctx.cited.push(...refs);
  return formatRefList(refs);
}

function valuesOf(chosen: ChosenGround[], id: string): Record<string, string> {
  return chosen.find((g) => g.groundId === id)?.values ?? {};
}

/** A ground's values for its reasoning: `{dokumenter}` from the list where the jurist left it blank. */
function reasoningValues(ctx: Ctx, chosen: ChosenGround[], id: string): Record<string, string> {
  return withDocumentsField(valuesOf(chosen, id), ctx.decision, id, ctx.profile);
}

function requestReferenceBlock(ctx: Ctx): Block {
  const { request, caseNumber } = ctx.decision;
  const paragraphs: BlockParagraph[] = [];
  if (caseNumber) paragraphs.push(plain(`Sagsnr. ${caseNumber}`));
  if (request.requester) paragraphs.push(plain(`Kære ${request.requester}`));
  const fields = [
    field('modtaget', 'Dato for anmodningen', 'Fx: 3. marts 2025'),
    field('emne', 'Hvad anmodningen angår', 'Fx: kommunens tilsyn med Vejle Renseanlæg'),
  ];
  const basis = BASIS_REFS[ctx.party ? 'mol-party' : 'mol'];
  const pinned = ctx.party
    ? `Da du er part i sagen, har vi behandlet din anmodning efter reglerne om partsaktindsigt i forvaltningsloven. Miljøoplysningslovens henvisninger til forvaltningsloven gælder lovbekendtgørelse nr. 988 af 9. oktober 2012, jf. ${cite(ctx, MOL_6_2)}.`
    : `Miljøoplysningslovens henvisninger til lov om offentlighed i forvaltningen gælder lov nr. 572 af 19. december 1985 om offentlighed i forvaltningen med senere ændringer (1985-offentlighedsloven), jf. ${cite(ctx, MOL_6_2)}.`;
  const template = `Du har den {modtaget} anmodet om aktindsigt i {emne}. Anmodningen angår miljøoplysninger, jf. ${cite(ctx, MOL_3)}, og vi har behandlet den efter ${cite(ctx, ...basis)}. ${pinned}`;
  paragraphs.push(
    ...fillInto(ctx, 'request-reference', template, fields, {
      modtaget: request.receivedDate ? danishDate(request.receivedDate) : '',
      emne: request.subject,
    }),
  );
  paragraphs.push(...deadlineParagraphs(ctx));
  return { id: 'request-reference', part: 'request_reference', title: 'Anmodningen', paragraphs };
}

/** MOL § 4, stk. 3: beyond 1 month the letter gives the reason; beyond 2 months the jurist is warned. */
function deadlineParagraphs(ctx: Ctx): BlockParagraph[] {
  const { receivedDate } = ctx.decision.request;
  if (!receivedDate || ctx.decision.kind !== 'decision') return [];
  const received = parseISO(receivedDate);
  const oneMonth = format(addMonths(received, 1), 'yyyy-MM-dd');
  const twoMonths = format(addMonths(received, 2), 'yyyy-MM-dd');
  const date = ctx.decision.letterDate;
  if (date <= oneMonth) return [];
  if (ctx.decision.formRefusal) ctx.warnings.push(W.formOverOneMonth);
  if (date > twoMonths) ctx.warnings.push(W.overTwoMonths);
  return fillInto(
    ctx,
    'request-reference',
    `Vi har ikke kunnet træffe afgørelse inden for 1 måned efter modtagelsen af anmodningen, fordi sagens omfang og komplekse karakter er af en sådan art, at fristen ikke kunne overholdes: {laengere_frist}, jf. ${cite(ctx, MOL_4_3)}.`,
    [
      field(
        'laengere_frist',
        'Hvorfor fristen på 1 måned ikke kunne overholdes',
        'Fx: anmodningen omfatter 400 dokumenter fra fem sager, som har krævet høring af tre virksomheder',
      ),
    ],
    ctx.decision.companionValues ?? {},
  );
}

const OUTCOME_SENTENCE = {
  grant: 'Vi imødekommer din anmodning om aktindsigt.',
  partial: 'Vi imødekommer delvist din anmodning om aktindsigt.',
  refusal: 'Vi afslår din anmodning om aktindsigt.',
  dismissal: 'Vi afviser din anmodning om aktindsigt.',
} as const;

function decisionBlock(ctx: Ctx): Block {
  const { outcome } = ctx.decision;
  const refs = ctx.grounds.map((g) => g.refs[0]).filter((r): r is LegalRef => r !== undefined);
  const jf = refs.length > 0 ? `, jf. ${cite(ctx, ...refs)}` : '';
  const text =
    outcome === 'grant'
      ? OUTCOME_SENTENCE.grant
      : outcome === 'partial'
        ? `${OUTCOME_SENTENCE.partial} Du får ikke aktindsigt i de dokumenter og oplysninger, der er nævnt i begrundelsen nedenfor${jf}.`
        : `${OUTCOME_SENTENCE[outcome].slice(0, -1)}${jf}.`;
  if (
    outcome !== 'grant' &&
    ctx.grounds.length === 0 &&
    !ctx.decision.underPreparation &&
    !ctx.decision.formRefusal
  )
    ctx.warnings.push(W.noGround);
  return {
    id: 'decision',
    part: 'decision',
    title: 'Afgørelse',
    paragraphs: [heading('Afgørelse'), plain(text)],
  };
}

function reasoningBlocks(ctx: Ctx): Block[] {
  const blocks: Block[] = [];
  const extra = Number(Boolean(ctx.decision.underPreparation)) + Number(Boolean(ctx.decision.formRefusal));
  if (ctx.grounds.length + extra === 0) return blocks;
  blocks.push({
    id: 'reasoning',
    part: 'reasoning',
    title: 'Begrundelse',
    paragraphs: [heading('Begrundelse')],
  });
  for (const ground of ctx.grounds) {
    const id = `reasoning:${ground.id}`;
    const paragraphs = ctx.grounds.length > 1 ? [heading(shortLabel(ground), 3)] : [];
    ctx.cited.push(...ground.refs);
    paragraphs.push(
      ...fillInto(
        ctx,
        id,
        ground.template,
        ground.fields,
        reasoningValues(ctx, ctx.decision.grounds, ground.id),
      ),
    );
    const chosen = ctx.decision.grounds.find((g) => g.groundId === ground.id);
    if (ground.weighing === 'unless-police' && chosen?.policeOrProsecution) {
      paragraphs.push(
        plain(
          `Sagen behandles af politiet og anklagemyndigheden, og reglerne om konkret afvejning og restriktiv anvendelse i miljøoplysningslovens § 2, stk. 3, 1. og 2. pkt., gælder derfor ikke, jf. ${cite(ctx, { ...MOL_2_3, sentence: 3 })}`,
        ),
      );
    }
    blocks.push({ id, part: 'reasoning', title: `Begrundelse: ${shortLabel(ground)}`, paragraphs });
  }
  const values = ctx.decision.companionValues ?? {};
  if (ctx.decision.underPreparation) {
    blocks.push({
      id: 'under-preparation',
      part: 'reasoning',
      title: 'Materiale under udarbejdelse',
      paragraphs: fillInto(
        ctx,
        'under-preparation',
        `Materialet er under udarbejdelse. Det udarbejdes af {udarbejdende_myndighed}, og det forventes at foreligge i endelig form {forventet_endelig}, jf. ${cite(ctx, MOL_4_4)}.`,
        [
          field('udarbejdende_myndighed', 'Myndigheden, der udarbejder materialet', 'Fx: Miljøstyrelsen'),
          field(
            'forventet_endelig',
            'Hvornår materialet forventes at foreligge i endelig form',
            'Fx: i juni 2026',
          ),
        ],
        values,
      ),
    });
  }
  if (ctx.decision.formRefusal) {
    const nr = ctx.decision.formRefusal;
    const ref: LegalRef = { ...MOL_4_2, item: nr };
    const template =
      nr === 1
        ? `Du har bedt om at få oplysningerne {oensket_form}. Vi stiller dem ikke til rådighed i den form, fordi oplysningerne allerede er offentligt tilgængelige i en anden form, som er let tilgængelig for dig: {tilgaengelig_form}, jf. ${cite(ctx, ref)}.`
        : `Du har bedt om at få oplysningerne {oensket_form}. Vi stiller dem til rådighed {anden_form}, fordi der er rimelige grunde til det: {begrundelse_form}, jf. ${cite(ctx, ref)}.`;
    const fields =
      nr === 1
        ? [
            field('oensket_form', 'Den ønskede form eller det ønskede format', 'Fx: som regneark'),
            field(
              'tilgaengelig_form',
              'Hvor og hvordan oplysningerne er tilgængelige',
              'Fx: på miljoeportal.dk under Vejle Renseanlæg',
            ),
          ]
        : [
            field('oensket_form', 'Den ønskede form eller det ønskede format', 'Fx: som regneark'),
            field('anden_form', 'Den form, vi bruger i stedet', 'Fx: som pdf'),
            field(
              'begrundelse_form',
              'Den rimelige grund',
              'Fx: dataene findes kun som scannede måleskemaer',
            ),
          ];
    blocks.push({
      id: 'form',
      part: 'reasoning',
      title: 'Form og format',
      paragraphs: fillInto(ctx, 'form', template, fields, values),
    });
  }
  return blocks;
}

const WEIGHING_HEADING = 'Konkret afvejning';

/**
 * The title of a ground's weighing block (and its heading when the letter weighs several grounds).
 * @example weighingTitle(groundById('offl1985-12-1-2')!) // "Konkret afvejning: Tekniske indretninger, ..."
 */
export function weighingTitle(ground: Pick<Ground, 'label'>): string {
  return `${WEIGHING_HEADING}: ${shortLabel(ground)}`;
}

function weighingBlocks(ctx: Ctx): Block[] {
  const blocks: Block[] = [];
  const needing = ctx.grounds.filter((g) => {
    if (!g.weighing) return false;
    const chosen = ctx.decision.grounds.find((c) => c.groundId === g.id);
    return !(g.weighing === 'unless-police' && chosen?.policeOrProsecution);
  });
  if (ctx.decision.outcome === 'grant') return blocks;
  for (const ground of needing) {
    const id = `weighing:${ground.id}`;
    const paragraphs: BlockParagraph[] = [
      heading(needing.length > 1 ? weighingTitle(ground) : WEIGHING_HEADING, 3),
    ];
    ctx.cited.push(MOL_2_3);
    const ref = ground.refs[0] as LegalRef;
    // Danish puts a comma after a reference that ends in a stk., nr. or pkt.
    const comma =
      ref.subsection !== undefined || ref.item !== undefined || ref.sentence !== undefined ? ',' : '';
    const template = WEIGHING_TEMPLATE.replace('{bestemmelse}', `${formatRef(ref)}${comma}`);
    paragraphs.push(
      ...fillInto(ctx, id, template, WEIGHING_FIELDS, valuesOf(ctx.decision.grounds, ground.id)),
    );
    blocks.push({ id, part: 'weighing', title: weighingTitle(ground), paragraphs });
  }
  return blocks;
}

function restrictionBlocks(ctx: Ctx): Block[] {
  if (ctx.decision.outcome === 'grant') return [];
  const blocks: Block[] = [];
  const values = ctx.decision.companionValues ?? {};
  const emissionGrounds = ctx.grounds.filter((g) => g.restrictions?.includes('emissions'));
  if (emissionGrounds.length > 0) {
    const refs = emissionGrounds.map((g) => g.refs[0] as LegalRef);
    const answer = ctx.decision.emissions;
    let paragraphs: BlockParagraph[];
    if (answer === undefined) {
      // The decision's `emissions` field is unanswered: a visible placeholder, reported as missing.
      paragraphs = [
        {
          runs: [
            { text: `Om oplysningerne angår emissioner til miljøet, jf. ${cite(ctx, MOL_2_5)}: ` },
            { text: `[${EMISSIONS_LABEL}]`, bold: true },
          ],
        },
      ];
      ctx.missing.push({ blockId: 'emissions', field: 'emissions', label: EMISSIONS_LABEL });
    } else if (answer === 'no') {
      paragraphs = [plain(`Oplysningerne angår ikke emissioner til miljøet, jf. ${cite(ctx, MOL_2_5)}.`)];
    } else {
      const which =
        answer === 'partly'
          ? 'Nogle af oplysningerne, nemlig {emissionsoplysninger}, angår'
          : 'Oplysningerne angår';
      const fields = [
        field(
          'artikel_4_2_emissioner',
          'Hvorfor afslaget ikke strider imod artikel 4, stk. 2, i direktivet',
          'Fx: oplysningerne om udledningerne udleveres; kun oplysningerne om produktionsmetoden undtages',
        ),
      ];
      if (answer === 'partly')
        fields.unshift(
          field(
            'emissionsoplysninger',
            'Hvilke oplysninger angår emissioner',
            'Fx: måleresultaterne for udledningen af kvælstof',
          ),
        );
      paragraphs = fillInto(
        ctx,
        'emissions',
        `${which} emissioner til miljøet. ${capitalise(formatRefList(refs))} finder ikke anvendelse på oplysninger om emissioner til miljøet, i det omfang afslag på aktindsigt vil stride imod ${DIRECTIVE}, jf. ${cite(ctx, MOL_2_5)}. Vi har vurderet, at afslaget ikke strider imod artikel 4, stk. 2, fordi {artikel_4_2_emissioner}.`,
        fields,
        values,
      );
      ctx.cited.push(...refs);
    }
    blocks.push({ id: 'emissions', part: 'weighing', title: 'Emissioner til miljøet', paragraphs });
  }
  const directiveGrounds = ctx.grounds.filter((g) => g.restrictions?.includes('directive'));
  if (directiveGrounds.length > 0) {
    const refs = directiveGrounds.map((g) => g.refs[0] as LegalRef);
    blocks.push({
      id: 'directive',
      part: 'weighing',
      title: 'Direktivets artikel 4, stk. 2',
      paragraphs: fillInto(
        ctx,
        'directive',
        `${capitalise(formatRefList(refs))} finder ikke anvendelse på miljøoplysninger, i det omfang afslag på aktindsigt vil stride imod ${DIRECTIVE}, jf. ${cite(ctx, MOL_2_6)}. Vi har vurderet, at afslaget ikke strider imod artikel 4, stk. 2, fordi {artikel_4_2}.`,
        [
          field(
            'artikel_4_2',
            'Hvorfor afslaget ikke strider imod artikel 4, stk. 2, i direktivet',
            'Fx: oplysningerne angår kommunens uanmeldte kontrolbesøg, og hensynet til kontrollens effektivitet er en undtagelse, direktivet anerkender',
          ),
        ],
        values,
      ),
    });
    ctx.cited.push(...refs);
  }
  return blocks;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function companionBlocks(ctx: Ctx): Block[] {
  // A partly withheld document brings its grounds' partial-access companions, whatever the outcome.
  const wanted = new Set(partialAccessCompanions(ctx.decision, CATALOGUE));
  const grant = ctx.decision.outcome === 'grant';
  if (!grant) for (const companion of ctx.grounds.flatMap((g) => g.requires)) wanted.add(companion);
  // The grounds the companions speak for: the chosen ones, and those of the partly withheld documents.
  const speaking = [...ctx.grounds];
  for (const g of partialGrounds(ctx.decision, CATALOGUE)) if (!speaking.includes(g)) speaking.push(g);
  const values = ctx.decision.companionValues ?? {};
  const blocks: Block[] = [];
  if (wanted.has('extraction-1985')) {
    blocks.push({
      id: 'extraction-1985',
      part: 'extraction',
      title: 'Ekstrahering',
      paragraphs: [
        heading('Ekstrahering'),
        ...fillInto(
          ctx,
          'extraction-1985',
          'Vi har overvejet, om der i {dokumenter_ekstrahering} er oplysninger, som du alligevel kan få aktindsigt i. {ekstrahering_1985}',
          [
            field(
              'dokumenter_ekstrahering',
              'De undtagne dokumenter',
              'Fx: de interne notater (dokument 4 og 7)',
            ),
            field(
              'ekstrahering_1985',
              'Resultatet',
              'Fx: Oplysningerne om målingerne af udledningen er ekstraheret og vedlagt.',
            ),
          ],
          values,
        ),
      ],
    });
  }
  if (wanted.has('partial-1985')) {
    blocks.push({
      id: 'partial-1985',
      part: 'reasoning',
      title: 'Dokumenternes øvrige indhold',
      paragraphs: fillInto(
        ctx,
        'partial-1985',
        'Vi har overvejet, om du kan få aktindsigt i dokumenternes øvrige indhold. {oevrigt_indhold}',
        [
          field(
            'oevrigt_indhold',
            'Dokumenternes øvrige indhold',
            'Fx: Du får aktindsigt i resten af rapporten.',
          ),
        ],
        values,
      ),
    });
  }
  if (wanted.has('extraction-fvl2012')) {
    const refs: LegalRef[] = [];
    if (speaking.some((g) => g.refs[0]?.statute === 'fvl' && g.refs[0].section === '12'))
      refs.push({ statute: 'fvl', section: '12', subsection: 2 });
    if (speaking.some((g) => g.refs[0]?.statute === 'fvl' && g.refs[0].section === '14'))
      refs.push({ statute: 'fvl', section: '14', subsection: 2 });
    blocks.push({
      id: 'extraction-fvl2012',
      part: 'extraction',
      title: 'Sagens faktiske omstændigheder',
      paragraphs: [
        heading('Ekstrahering'),
        ...fillInto(
          ctx,
          'extraction-fvl2012',
          `Vi har gennemgået dokumenterne for oplysninger vedrørende sagens faktiske omstændigheder, der er af væsentlig betydning for sagens afgørelse, jf. ${cite(ctx, ...refs)}. {ekstrahering_fvl}`,
          [
            field(
              'ekstrahering_fvl',
              'Resultatet',
              'Fx: Oplysningerne om målingerne den 3. marts 2025 er ekstraheret og vedlagt.',
            ),
          ],
          values,
        ),
      ],
    });
  }
  if (wanted.has('partial-fvl2012')) {
    blocks.push({
      id: 'partial-fvl2012',
      part: 'reasoning',
      title: 'Dokumenternes øvrige indhold',
      paragraphs: fillInto(
        ctx,
        'partial-fvl2012',
        `Vi har overvejet, om hensynet kun gør sig gældende for en del af dokumenterne, så du skal gøres bekendt med deres øvrige indhold, jf. ${cite(ctx, { statute: 'fvl', section: '15', subsection: 2 })}. {oevrigt_indhold_fvl}`,
        [
          field(
            'oevrigt_indhold_fvl',
            'Dokumenternes øvrige indhold',
            'Fx: Du får aktindsigt i resten af rapporten.',
          ),
        ],
        values,
      ),
    });
  }
  if (ctx.decision.meroffentlighed && !grant) {
    const ref = ctx.party ? '' : `, jf. ${cite(ctx, OFFL1985_4_1_2)}`;
    blocks.push({
      id: 'meroffentlighed',
      part: 'meroffentlighed',
      title: 'Meroffentlighed',
      paragraphs: [
        heading('Meroffentlighed'),
        ...fillInto(
          ctx,
          'meroffentlighed',
          `Vi har overvejet, om du kan få aktindsigt i videre omfang, end du har ret til efter loven (meroffentlighed)${ref}. {meroffentlighed}`,
          [
            field(
              'meroffentlighed',
              'Vurdering af meroffentlighed',
              'Fx: Vi finder ikke grundlag for at give aktindsigt i videre omfang.',
            ),
          ],
          values,
        ),
      ],
    });
  }
  return blocks;
}

/** The optional second track: the same request also decided under the 2013 offentlighedslov. */
function secondTrackBlocks(ctx: Ctx): Block[] {
  const on = ctx.decision.secondTrack ?? ctx.profile.mol?.secondTrack ?? false;
  if (!on || ctx.party) return [];
  const values = ctx.decision.companionValues ?? {};
  const offl = getStatute('offl');
  const paragraphs: BlockParagraph[] = [
    heading('Vurdering efter offentlighedsloven'),
    plain(
      `Vi har desuden vurderet din anmodning efter offentlighedsloven (${versionText(offl, ctx.decision.letterDate)}), i det omfang den kan give dig adgang til flere oplysninger end miljøoplysningsloven. Du får aktindsigt i det omfang, du har ret til det efter enten miljøoplysningsloven eller offentlighedsloven.`,
    ),
  ];
  const blocks: Block[] = [
    { id: 'second-track', part: 'reasoning', title: 'Vurdering efter offentlighedsloven', paragraphs },
  ];
  if (ctx.decision.outcome === 'grant') return blocks;
  if (ctx.secondTrack.length === 0) {
    ctx.warnings.push(W.secondTrackNoGrounds);
    paragraphs.push(
      ...fillInto(
        ctx,
        'second-track',
        '{resultat_offl}',
        [
          field(
            'resultat_offl',
            'Resultatet efter offentlighedsloven',
            'Fx: Offentlighedsloven giver dig ikke adgang til flere oplysninger.',
          ),
        ],
        values,
      ),
    );
    return blocks;
  }
  for (const ground of ctx.secondTrack) {
    const id = `second-track:${ground.id}`;
    ctx.cited.push(...ground.refs);
    blocks.push({
      id,
      part: 'reasoning',
      title: `Offentlighedsloven: ${shortLabel(ground)}`,
      paragraphs: [
        heading(shortLabel(ground), 3),
        ...fillInto(
          ctx,
          id,
          ground.template,
          ground.fields,
          reasoningValues(ctx, ctx.decision.secondTrackGrounds ?? [], ground.id),
        ),
      ],
    });
  }
  // Offentlighedslovens § 14: stk. 1 for §§ 23-35, stk. 2 for §§ 19-21.
  const section = (g: Ground) => Number.parseInt(g.refs[0]?.section ?? '', 10);
  const refs: LegalRef[] = [];
  if (ctx.secondTrack.some((g) => section(g) >= 23 && section(g) <= 35))
    refs.push({ statute: 'offl', section: '14', subsection: 1 });
  if (ctx.secondTrack.some((g) => section(g) >= 19 && section(g) <= 21))
    refs.push({ statute: 'offl', section: '14', subsection: 2 });
  if (refs.length > 0) {
    blocks.push({
      id: 'second-track:meroffentlighed',
      part: 'meroffentlighed',
      title: 'Meroffentlighed efter offentlighedsloven',
      paragraphs: fillInto(
        ctx,
        'second-track:meroffentlighed',
        `Vi har overvejet, om du kan få aktindsigt i videre omfang efter ${cite(ctx, ...refs)} (meroffentlighed). {meroffentlighed_2013}`,
        [
          field(
            'meroffentlighed_2013',
            'Vurdering af meroffentlighed efter offentlighedsloven',
            'Fx: Vi finder ikke grundlag for at give aktindsigt i videre omfang.',
          ),
        ],
        values,
      ),
    });
  }
  return blocks;
}

function delayBlock(ctx: Ctx): Block {
  const fields = [
    field(
      'aarsag',
      'Grunden til forsinkelsen',
      'Fx: anmodningen omfatter omkring 300 dokumenter, som skal gennemgås',
    ),
    field('forventet_dato', 'Forventet dato for afgørelsen', 'Fx: 15. april 2025'),
  ];
  const template = ctx.party
    ? `Vi har ikke kunnet træffe afgørelse om din anmodning inden 10 dage efter, at vi modtog den, jf. ${cite(ctx, FVL_16_2)}. Det skyldes, at {aarsag}. Vi forventer, at afgørelsen foreligger senest den {forventet_dato}.`
    : `Efter ${cite(ctx, MOL_4_3)}, skal sager om aktindsigt under hensyntagen til en eventuel tidsfrist, som anføres af den, der har fremsat anmodningen, afgøres hurtigst muligt og senest 1 måned efter modtagelsen af anmodningen eller, hvis sagens omfang og komplekse karakter er af en sådan art, at fristen på 1 måned ikke kan overholdes, senest 2 måneder efter modtagelsen. Vi kan ikke træffe afgørelse om din anmodning inden for 1 måned. Det skyldes, at {aarsag}. Vi forventer at kunne træffe afgørelse senest den {forventet_dato}.`;
  return {
    id: 'delay',
    part: 'decision',
    title: 'Forsinkelse',
    paragraphs: [
      heading('Din anmodning er forsinket'),
      ...fillInto(ctx, 'delay', template, fields, ctx.decision.companionValues ?? {}),
    ],
  };
}

function legalBasisBlock(ctx: Ctx): Block | undefined {
  const block = quoteBlock(ctx.cited, {
    regime: 'mol',
    date: ctx.decision.letterDate,
    supplied: ctx.decision.suppliedTexts ?? [],
  });
  for (const problem of block.problems) ctx.warnings.push(problem.message);
  if (block.groups.length === 0) return undefined;
  const paragraphs: BlockParagraph[] = [heading('Uddrag af relevante regler')];
  for (const group of block.groups) {
    paragraphs.push({ runs: [{ text: group.heading, bold: true }] });
    for (const section of group.sections) {
      for (const line of section.lines) {
        const p: BlockParagraph = { runs: [{ text: line }], quote: true };
        if (section.kind === 'supplied') p.supplied = true;
        paragraphs.push(p);
      }
      if (section.note) {
        const missing = section.kind === 'missing';
        paragraphs.push({ runs: [{ text: section.note, italic: !missing, bold: missing }] });
        if (missing) {
          ctx.missing.push({
            blockId: 'legal-basis',
            field: `lovtekst:${section.statute}-${section.sectionId.replace(/\s+/g, '')}`,
            label: section.note.slice(1, -1),
          });
        }
      }
    }
  }
  return { id: 'legal-basis', part: 'legal_basis', title: 'Lovgrundlag', paragraphs };
}

/** The chosen grounds that can be relied on under MOL for this basis, in catalogue order; the rest warned of. */
function chooseGrounds(decision: Decision, basis: RequestBasis, warnings: string[]): Ground[] {
  const grounds: Ground[] = [];
  for (const chosen of decision.grounds) {
    const ground = CATALOGUE.find((g) => g.id === chosen.groundId);
    if (!ground) {
      warnings.push(W.unknownGround(chosen.groundId));
      continue;
    }
    const blocked = blockedReason(ground, 'mol');
    if (blocked) warnings.push(W.blocked(ground.label, blocked));
    else if (!ground.bases.includes('mol') && !ground.bases.includes('mol-party'))
      warnings.push(W.notMolGround(ground.label));
    else if (!ground.bases.includes(basis)) warnings.push(W.wrongBasis(ground.label));
    else if (!grounds.includes(ground)) grounds.push(ground);
  }
  return grounds.sort((a, b) => CATALOGUE.indexOf(a) - CATALOGUE.indexOf(b));
}

function chooseSecondTrack(decision: Decision, warnings: string[]): Ground[] {
  const grounds: Ground[] = [];
  for (const chosen of decision.secondTrackGrounds ?? []) {
    const ground = GROUNDS.find((g) => g.id === chosen.groundId);
    if (!ground) {
      warnings.push(W.unknownGround(chosen.groundId));
      continue;
    }
    if (!ground.bases.includes('offl-7')) warnings.push(W.secondTrackGround(ground.label));
    else if (!grounds.includes(ground)) grounds.push(ground);
  }
  return grounds.sort((a, b) => GROUNDS.indexOf(a) - GROUNDS.indexOf(b));
}

/**
 * Composes the insertion plan of a decision under miljøoplysningsloven (`isMolDecision`).
 * @example composeMolPlan({ ...decision, regime: 'mol', grounds: [{ groundId: 'offl1985-7-1', values: {} }] }, profile).blocks.some((b) => b.id === 'weighing:offl1985-7-1') // true
 */
export function composeMolPlan(input: Decision, profile: AuthorityProfile): InsertionPlan {
  const basis = molBasis(input);
  const decision: Decision = { ...input, basis, regime: 'mol' };
  const warnings: string[] = [];
  const ctx: Ctx = {
    decision,
    profile,
    party: basis === 'mol-party',
    grounds: chooseGrounds(decision, basis, warnings),
    secondTrack: chooseSecondTrack(decision, warnings),
    missing: [],
    warnings,
    cited: [],
  };
  const body: Block[] = [
    { id: 'date', part: 'date', title: 'Dato', paragraphs: [plain(danishDate(decision.letterDate))] },
    requestReferenceBlock(ctx),
  ];
  if (decision.kind === 'delay-notice') {
    body.push(delayBlock(ctx));
  } else {
    body.push(
      decisionBlock(ctx),
      ...reasoningBlocks(ctx),
      ...weighingBlocks(ctx),
      ...restrictionBlocks(ctx),
      ...companionBlocks(ctx),
      ...secondTrackBlocks(ctx),
    );
    if (decision.documents && decision.documents.length > 0) {
      const list = documentListBlock(decision.documents, {
        catalogue: CATALOGUE,
        chosen: [...ctx.grounds, ...ctx.secondTrack].map((g) => g.id),
        mark2013: true,
      });
      ctx.warnings.push(...list.warnings);
      body.push(list.block);
    }
  }
  const guidance = composeComplaintGuidance(decision, profile);
  if (guidance) {
    ctx.warnings.push(...guidance.warnings);
    ctx.missing.push(...(guidance.missing ?? []));
    ctx.cited.push(...guidance.refs);
    body.push({
      id: 'complaint-guidance',
      part: 'complaint_guidance',
      title: 'Klagevejledning',
      paragraphs: guidance.paragraphs,
    });
  }
  body.push(senderBlock(profile));
  const legalBasis = legalBasisBlock(ctx);
  const blocks = legalBasis ? [...body, legalBasis] : body;
  for (const block of blocks) for (const p of block.paragraphs) p.runs = mergeRuns(p.runs);
  return { blocks, missing: ctx.missing, warnings: [...new Set(ctx.warnings)] };
}
