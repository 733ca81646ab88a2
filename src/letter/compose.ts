/**
 * Composition: the jurist's decision and the authority profile -> the blocks a letter needs, in the order
 * of the letter's anatomy. Pure and deterministic: composing the same decision twice gives equal plans.
 */
import { GROUNDS } from '../grounds/catalogue';
import { BASIS_REFS } from '../grounds/index';
import type { Companion, Ground, TemplateField } from '../grounds/types';
import { parseCitations } from '../law/citations';
import { quoteBlock } from '../law/quote';
import type { LegalRef, StatuteId } from '../law/types';
import { COMPANION_TEXTS } from './companions';
import { composeMolPlan, isMolDecision } from './compose-mol';
import { composeComplaintGuidance } from './complaint';
import { documentListBlock, partialAccessCompanions, withDocumentsField } from './document-list';
import {
  danishDate,
  fillInto,
  formatRefList,
  heading,
  mergeRuns,
  paragraphsText,
  plain,
  senderBlock,
  shortLabel,
} from './fill';
import type { AuthorityProfile, Block, BlockParagraph, Decision, InsertionPlan, MissingField } from './types';

/** The tag prefix of every managed block (a rich-text content control's tag). */
export const TAG_PREFIX = 'aktindsigt:';

/**
 * The content-control tag of a block.
 * @example blockTag('decision') // "aktindsigt:decision"
 */
export function blockTag(blockId: string): string {
  return `${TAG_PREFIX}${blockId}`;
}

function sameRef(a: LegalRef, b: LegalRef): boolean {
  return (
    a.statute === b.statute &&
    a.section === b.section &&
    a.subsection === b.subsection &&
    a.item === b.item &&
    a.sentence === b.sentence &&
    a.litra === b.litra
  );
}

function uniqueRefs(refs: LegalRef[]): LegalRef[] {
  return refs.filter((ref, i) => refs.findIndex((other) => sameRef(other, ref)) === i);
}

const OUTCOME_SENTENCE = {
  grant: 'Vi imødekommer din anmodning om aktindsigt.',
  partial: 'Vi imødekommer delvist din anmodning om aktindsigt.',
  refusal: 'Vi afslår din anmodning om aktindsigt.',
  dismissal: 'Vi afviser din anmodning om aktindsigt.',
} as const;

interface Context {
  decision: Decision;
  profile: AuthorityProfile;
  grounds: Ground[];
  missing: MissingField[];
  warnings: string[];
}

function dateBlock(ctx: Context): Block {
  return {
    id: 'date',
    part: 'date',
    title: 'Dato',
    paragraphs: [plain(danishDate(ctx.decision.letterDate))],
  };
}

function requestReferenceBlock(ctx: Context): Block {
  const { request, basis, caseNumber } = ctx.decision;
  const paragraphs: BlockParagraph[] = [];
  if (caseNumber) paragraphs.push(plain(`Sagsnr. ${caseNumber}`));
  if (request.requester) paragraphs.push(plain(`Kære ${request.requester}`));
  const fields: TemplateField[] = [
    { name: 'modtaget', label: 'Dato for anmodningen', hint: 'Fx: 3. marts 2025', required: true },
    {
      name: 'emne',
      label: 'Hvad anmodningen angår',
      hint: 'Fx: kommunens sag om renovering af Skolevej',
      required: true,
    },
  ];
  const values = {
    modtaget: request.receivedDate ? danishDate(request.receivedDate) : '',
    emne: request.subject,
  };
  const reference = formatRefList(BASIS_REFS[basis]);
  paragraphs.push(
    ...fillInto(
      ctx,
      'request-reference',
      `Du har den {modtaget} anmodet om aktindsigt i {emne}. Vi har behandlet din anmodning efter ${reference}.`,
      fields,
      values,
    ),
  );
  return { id: 'request-reference', part: 'request_reference', title: 'Anmodningen', paragraphs };
}

function decisionBlock(ctx: Context): Block {
  const { outcome } = ctx.decision;
  const refs = uniqueRefs(ctx.grounds.map((g) => g.refs[0]).filter((r): r is LegalRef => r !== undefined));
  const jf = refs.length > 0 ? `, jf. ${formatRefList(refs)}` : '';
  const sentences: string[] =
    outcome === 'partial'
      ? [
          OUTCOME_SENTENCE.partial,
          `Du får ikke aktindsigt i de dokumenter og oplysninger, der er nævnt i begrundelsen nedenfor${jf}.`,
        ]
      : outcome === 'grant'
        ? [OUTCOME_SENTENCE.grant]
        : [`${OUTCOME_SENTENCE[outcome].slice(0, -1)}${jf}.`];
  if (outcome !== 'grant' && ctx.grounds.length === 0) {
    ctx.warnings.push('Afgørelsen afslår eller afviser noget, men der er ikke valgt nogen grund.');
  }
  return {
    id: 'decision',
    part: 'decision',
    title: 'Afgørelse',
    paragraphs: [heading('Afgørelse'), plain(sentences.join(' '))],
  };
}

function reasoningBlocks(ctx: Context): Block[] {
  if (ctx.grounds.length === 0) return [];
  const blocks: Block[] = [
    { id: 'reasoning', part: 'reasoning', title: 'Begrundelse', paragraphs: [heading('Begrundelse')] },
  ];
  // `{dokumenter}` from the list where the jurist left it blank.
  const values = (id: string) =>
    withDocumentsField(
      ctx.decision.grounds.find((g) => g.groundId === id)?.values ?? {},
      ctx.decision,
      id,
      ctx.profile,
    );
  for (const ground of ctx.grounds) {
    const id = `reasoning:${ground.id}`;
    const paragraphs = ctx.grounds.length > 1 ? [heading(shortLabel(ground), 3)] : [];
    paragraphs.push(...fillInto(ctx, id, ground.template, ground.fields, values(ground.id)));
    blocks.push({ id, part: 'reasoning', title: `Begrundelse: ${shortLabel(ground)}`, paragraphs });
  }
  return blocks;
}

function requiredCompanions(ctx: Context): Set<Companion> {
  // A partly withheld document brings its grounds' partial-access companions, whatever the outcome.
  const companions = new Set<Companion>(partialAccessCompanions(ctx.decision, GROUNDS));
  if (ctx.decision.outcome === 'grant') return companions;
  for (const ground of ctx.grounds) for (const companion of ground.requires) companions.add(companion);
  return companions;
}

function sections(ctx: Context, from: number, to: number, statute: StatuteId = 'offl'): boolean {
  return ctx.grounds.some((g) => {
    const ref = g.refs[0];
    const n = Number.parseInt(ref?.section ?? '', 10);
    return ref?.statute === statute && n >= from && n <= to;
  });
}

/** The provision a companion cites, given the chosen grounds (offentlighedsloven or, for a party, forvaltningsloven). */
function companionRefs(ctx: Context, companion: Companion): LegalRef[] {
  const party = ctx.decision.basis === 'fvl-9';
  switch (companion) {
    case 'meroffentlighed': {
      if (party) {
        const refs: LegalRef[] = [];
        if (ctx.grounds.some((g) => g.refs[0]?.statute === 'fvl' && g.refs[0].section !== '11'))
          refs.push({ statute: 'fvl', section: '10', subsection: 1 });
        if (ctx.grounds.some((g) => g.refs[0]?.statute === 'fvl' && g.refs[0].section === '11'))
          refs.push({ statute: 'fvl', section: '10', subsection: 2 });
        return refs;
      }
      const refs: LegalRef[] = [];
      if (sections(ctx, 23, 35)) refs.push({ statute: 'offl', section: '14', subsection: 1 });
      if (sections(ctx, 19, 21)) refs.push({ statute: 'offl', section: '14', subsection: 2 });
      return refs;
    }
    case 'extraction':
      return party
        ? [{ statute: 'fvl', section: '14 a', subsection: 1 }]
        : [{ statute: 'offl', section: '28', subsection: 1 }];
    case 'extraction-29':
      return [{ statute: 'offl', section: '29', subsection: 1 }];
    case 'partial-34':
      return [{ statute: 'offl', section: '34' }];
    default:
      return [];
  }
}

/** The grounds whose documents the § 28 (or, for a party, § 14 a) extraction goes through. */
const EXTRACTION_GROUNDS = GROUNDS.filter((g) => g.requires.includes('extraction')).map((g) => g.id);

function companionBlocks(ctx: Context): Block[] {
  const wanted = requiredCompanions(ctx);
  const values = ctx.decision.companionValues ?? {};
  const blocks: Block[] = [];
  const order: Companion[] = [
    'identification',
    'dialogue',
    'data-extract',
    'partial-34',
    'meroffentlighed',
    'extraction',
    'extraction-29',
  ];
  for (const companion of order) {
    if (!wanted.has(companion)) continue;
    if (companion === 'extraction-29' && !(values.ekstrahering_29 ?? '').trim()) {
      ctx.warnings.push(
        'Overvej ekstrahering af interne faglige vurderinger efter offentlighedslovens § 29, hvis sagen angår et fremsat lovforslag eller en offentliggjort redegørelse, handlingsplan el.lign.',
      );
      continue;
    }
    if (companion === 'extraction' && ctx.decision.basis === 'fvl-9') {
      ctx.warnings.push(
        'Overvej forvaltningslovens § 14 b (interne faglige vurderinger i endelig form), hvis det er almindelig praksis at indhente eksterne faglige vurderinger i denne type sager.',
      );
    }
    const text = COMPANION_TEXTS[companion];
    if (!text) continue;
    let template = text.template;
    let refs = companionRefs(ctx, companion);
    let fields = text.fields;
    // The extraction's `{dokumenter}`: the documents withheld on the grounds that require it, from the list.
    const own =
      companion === 'extraction'
        ? withDocumentsField(values, ctx.decision, EXTRACTION_GROUNDS, ctx.profile)
        : values;
    if (companion === 'partial-34' && ctx.decision.outcome === 'refusal') {
      // A whole document withheld under §§ 30-33: the letter must say which of § 34's exceptions applies.
      const nr = Number.parseInt(values.undtagelse_34 ?? '', 10);
      refs = [1, 2, 3].includes(nr)
        ? [{ statute: 'offl', section: '34', item: nr }]
        : [{ statute: 'offl', section: '34' }];
      template =
        'Vi har overvejet, om du kan få aktindsigt i dokumenternes øvrige indhold. Det kan du ikke, fordi {begrundelse_34}, jf. {reference}.';
      fields = [
        {
          name: 'begrundelse_34',
          label: 'Hvorfor resten ikke udleveres',
          hint: 'Fx: de resterende dele ikke har et forståeligt meningsindhold, når oplysningerne er taget ud',
          required: true,
        },
      ];
      if (![1, 2, 3].includes(nr)) {
        ctx.missing.push({
          blockId: 'partial-34',
          field: 'undtagelse_34',
          label: 'Undtagelse efter offentlighedslovens § 34 (nr. 1, 2 eller 3)',
        });
      }
    }
    if (refs.length === 0 && template.includes('{reference}')) continue;
    template = template.replace('{reference}', formatRefList(refs));
    const paragraphs: BlockParagraph[] = text.heading ? [heading(text.heading)] : [];
    paragraphs.push(...fillInto(ctx, companion, template, fields, own));
    blocks.push({ id: companion, part: text.part, title: text.title, paragraphs });
  }
  return blocks;
}

function legalBasisBlock(ctx: Context, cited: LegalRef[]): Block | undefined {
  const block = quoteBlock(cited, ctx.decision.letterDate);
  for (const problem of block.problems) ctx.warnings.push(problem.message);
  if (block.groups.length === 0) return undefined;
  const paragraphs: BlockParagraph[] = [heading('Uddrag af relevante regler')];
  for (const group of block.groups) {
    paragraphs.push({ runs: [{ text: group.heading, bold: true }] });
    for (const section of group.sections)
      for (const line of section.lines) paragraphs.push({ runs: [{ text: line }], quote: true });
  }
  return { id: 'legal-basis', part: 'legal_basis', title: 'Lovgrundlag', paragraphs };
}

function delayBlock(ctx: Context): Block {
  const party = ctx.decision.basis === 'fvl-9';
  const reference = party ? 'forvaltningslovens § 16, stk. 2' : 'offentlighedslovens § 36, stk. 2';
  const fields: TemplateField[] = [
    {
      name: 'aarsag',
      label: 'Grunden til forsinkelsen',
      hint: 'Fx: anmodningen omfatter omkring 300 dokumenter, som skal gennemgås',
      required: true,
    },
    {
      name: 'forventet_dato',
      label: 'Forventet dato for afgørelsen',
      hint: 'Fx: 15. april 2025',
      required: true,
    },
  ];
  const template = `Vi kan ikke nå at færdigbehandle din anmodning inden for 7 arbejdsdage efter modtagelsen, jf. ${reference}. Det skyldes, at {aarsag}. Vi forventer at kunne træffe afgørelse senest den {forventet_dato}.`;
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

function identificationRequestBlock(ctx: Context): Block {
  const narrow = ctx.grounds.some((g) => g.id === 'offl-9-2-1');
  const values = ctx.decision.companionValues ?? {};
  const fields: TemplateField[] = narrow
    ? [
        {
          name: 'omfang',
          label: 'Anmodningens omfang',
          hint: 'Fx: anmodningen omfatter alle sager om byggetilladelser i perioden 2015-2024, ca. 4.000 sager',
          required: true,
        },
        {
          name: 'forslag',
          label: 'Forslag til afgrænsning',
          hint: 'Fx: sager fra 2024 eller sager om en bestemt adresse',
          required: true,
        },
        { name: 'svarfrist', label: 'Svar senest', hint: 'Fx: 20. marts 2025', required: true },
      ]
    : [
        {
          name: 'uklart',
          label: 'Hvad er uklart',
          hint: 'Fx: hvilket byggeprojekt anmodningen angår',
          required: true,
        },
        { name: 'svarfrist', label: 'Svar senest', hint: 'Fx: 20. marts 2025', required: true },
      ];
  const template = narrow
    ? 'Vi vurderer, at behandlingen af din anmodning vil kræve et uforholdsmæssigt ressourceforbrug, fordi {omfang}, jf. offentlighedslovens § 9, stk. 2, nr. 1. Før vi træffer afgørelse, vil vi gerne drøfte med dig, om anmodningen kan afgrænses, fx til {forslag}.\n\nVi beder dig svare senest den {svarfrist}. Hvis vi ikke hører fra dig, træffer vi afgørelse ud fra din anmodning, som den er.'
    : 'Vi har brug for flere oplysninger for at kunne behandle din anmodning, jf. offentlighedslovens § 9, stk. 1. Vi kan ikke ud fra anmodningen finde frem til de sager eller dokumenter, du ønsker aktindsigt i. Det fremgår ikke, {uklart}.\n\nVi beder dig sende os de manglende oplysninger senest den {svarfrist}.';
  return {
    id: 'identification-request',
    part: 'decision',
    title: narrow ? 'Dialog om afgrænsning' : 'Anmodning om flere oplysninger',
    paragraphs: [
      heading(narrow ? 'Afgrænsning af din anmodning' : 'Vi har brug for flere oplysninger'),
      ...fillInto(ctx, 'identification-request', template, fields, values),
    ],
  };
}

function complaintBlock(ctx: Context): Block | undefined {
  const guidance = composeComplaintGuidance(ctx.decision, ctx.profile);
  if (!guidance) return undefined;
  ctx.warnings.push(...guidance.warnings);
  return {
    id: 'complaint-guidance',
    part: 'complaint_guidance',
    title: 'Klagevejledning',
    paragraphs: guidance.paragraphs,
  };
}

/**
 * Composes the insertion plan for a decision.
 * @example composePlan(decision, profile).blocks.map((b) => b.id) // ["date", "request-reference", "decision", ...]
 */
export function composePlan(decision: Decision, profile: AuthorityProfile): InsertionPlan {
  // Environmental information: miljøoplysningsloven with the 1985 act and forvaltningsloven as LBK 988/2012.
  if (isMolDecision(decision)) return composeMolPlan(decision, profile);
  const grounds: Ground[] = [];
  const warnings: string[] = [];
  for (const chosen of decision.grounds) {
    const ground = GROUNDS.find((g) => g.id === chosen.groundId);
    if (!ground) {
      warnings.push(`Grunden »${chosen.groundId}« findes ikke i kataloget og er sprunget over.`);
      continue;
    }
    if (!ground.bases.includes(decision.basis)) {
      warnings.push(
        `${ground.label} kan ikke bruges, når anmodningen er behandlet efter ${formatRefList(BASIS_REFS[decision.basis])}.`,
      );
    }
    if (!grounds.includes(ground)) grounds.push(ground);
  }
  // Catalogue order, so ticking order never changes the letter.
  grounds.sort((a, b) => GROUNDS.indexOf(a) - GROUNDS.indexOf(b));
  const ctx: Context = { decision, profile, grounds, missing: [], warnings };

  const body: Block[] = [dateBlock(ctx), requestReferenceBlock(ctx)];
  if (decision.kind === 'delay-notice') {
    body.push(delayBlock(ctx));
  } else if (decision.kind === 'identification-request') {
    body.push(identificationRequestBlock(ctx));
  } else {
    body.push(decisionBlock(ctx), ...reasoningBlocks(ctx), ...companionBlocks(ctx));
    if (decision.documents && decision.documents.length > 0) {
      const list = documentListBlock(decision.documents, {
        catalogue: GROUNDS,
        chosen: grounds.map((g) => g.id),
      });
      warnings.push(...list.warnings);
      body.push(list.block);
    }
  }
  if (decision.kind !== 'identification-request') {
    const complaint = complaintBlock(ctx);
    if (complaint) body.push(complaint);
  }
  body.push(senderBlock(ctx.profile));

  // The legal basis quotes exactly what the letter cites, each paragraph once, in the law's order.
  const cited = parseCitations(body.map((b) => paragraphsText(b.paragraphs)).join('\n'))
    .filter((c) => !c.statuteAssumed)
    .map((c) => c.ref);
  const legalBasis = legalBasisBlock(ctx, cited);
  const blocks = legalBasis ? [...body, legalBasis] : body;
  for (const block of blocks) for (const p of block.paragraphs) p.runs = mergeRuns(p.runs);
  return { blocks, missing: ctx.missing, warnings: [...new Set(ctx.warnings)] };
}
