/**
 * The texts of the companion blocks law or practice demands with a ground (grounds/types.ts, `Companion`).
 * Danish administrative prose written by us: it says what the authority did and cites the provision; the
 * provision itself is quoted in the legal basis. `{reference}` is filled by the composer with the
 * provisions that apply to the chosen grounds; the other placeholders are the jurist's fields.
 */
import type { Companion, TemplateField } from '../grounds/types';
import type { PartId } from './types';

export interface CompanionText {
  id: Companion;
  part: PartId;
  /** Danish title of the content control. */
  title: string;
  /** Section heading (level 2) where the companion is a part of its own. */
  heading?: string;
  template: string;
  fields: TemplateField[];
}

const field = (name: string, label: string, hint: string, required = true): TemplateField => ({
  name,
  label,
  hint,
  required,
});

/**
 * `data-extract-personal` has no text of its own: the ground's template (offentlighedslovens § 11, stk. 2)
 * already says which personal data are left out and why.
 */
export const COMPANION_TEXTS: Partial<Record<Companion, CompanionText>> = {
  meroffentlighed: {
    id: 'meroffentlighed',
    part: 'meroffentlighed',
    title: 'Meroffentlighed',
    heading: 'Meroffentlighed',
    template:
      'Vi har overvejet, om du kan få aktindsigt i videre omfang, end du har ret til efter loven (meroffentlighed), jf. {reference}. {meroffentlighed}',
    fields: [
      field(
        'meroffentlighed',
        'Vurdering af meroffentlighed',
        'Fx: Vi finder ikke grundlag for at give aktindsigt i videre omfang, fordi hensynet til de pågældende personer vejer tungere end din interesse i at få oplysningerne.',
      ),
    ],
  },
  extraction: {
    id: 'extraction',
    part: 'extraction',
    title: 'Ekstrahering',
    heading: 'Ekstrahering',
    template:
      'Vi har gennemgået {dokumenter} for oplysninger om sagens faktiske grundlag og eksterne faglige vurderinger, jf. {reference}. {ekstrahering}',
    fields: [
      field('dokumenter', 'De undtagne dokumenter', 'Fx: de interne notater (dokument 4 og 7)'),
      field(
        'ekstrahering',
        'Resultat af ekstraheringen',
        'Fx: Oplysningerne om trafiktællingerne er ekstraheret og vedlagt dette brev.',
      ),
    ],
  },
  'extraction-29': {
    id: 'extraction-29',
    part: 'extraction',
    title: 'Ekstrahering af interne faglige vurderinger',
    template:
      'Vi har også gennemgået dokumenterne for interne faglige vurderinger i endelig form, jf. {reference}. {ekstrahering_29}',
    fields: [
      field(
        'ekstrahering_29',
        'Resultat (interne faglige vurderinger)',
        'Fx: Sagen angår det fremsatte lovforslag L 10, og vurderingerne i notatet af 3. marts er ekstraheret og vedlagt.',
      ),
    ],
  },
  'partial-34': {
    id: 'partial-34',
    part: 'reasoning',
    title: 'Dokumenternes øvrige indhold',
    template: 'Du får aktindsigt i dokumenternes øvrige indhold, jf. {reference}.',
    fields: [],
  },
  dialogue: {
    id: 'dialogue',
    part: 'reasoning',
    title: 'Dialog om afgrænsning',
    template:
      'Inden vi traf afgørelse, tilbød vi dig den {dialog_dato} at afgrænse din anmodning, så den kunne behandles uden et uforholdsmæssigt ressourceforbrug. {dialog_resultat}',
    fields: [
      field('dialog_dato', 'Dato for tilbuddet om dialog', 'Fx: 12. marts 2025 (telefonisk)'),
      field(
        'dialog_resultat',
        'Resultatet af dialogen',
        'Fx: Du har oplyst, at du fastholder anmodningen i sin helhed.',
      ),
    ],
  },
  identification: {
    id: 'identification',
    part: 'reasoning',
    title: 'Manglende identifikation',
    template:
      'Vi kan ikke ud fra din anmodning finde frem til de sager eller dokumenter, du ønsker aktindsigt i, fordi {uklart}. Hvis du fortsat ønsker aktindsigt, er du velkommen til at sende en ny anmodning, hvor du oplyser {oplys}.',
    fields: [
      field(
        'uklart',
        'Hvad er uklart',
        'Fx: anmodningen ikke angiver, hvilken periode eller hvilket emne den angår',
      ),
      field(
        'oplys',
        'Hvad ansøgeren skal oplyse',
        'Fx: hvilket byggeprojekt og hvilken periode anmodningen angår',
      ),
    ],
  },
  'data-extract': {
    id: 'data-extract',
    part: 'reasoning',
    title: 'Sammenstilling af oplysninger',
    template: 'Vurderingen bygger på, at {kommandoer}.',
    fields: [
      field(
        'kommandoer',
        'Hvorfor udtrækket kræver mere',
        'Fx: oplysningerne ligger i to systemer uden fælles nøgle og skal samkøres manuelt, hvilket vi anslår vil tage ca. 15 timer',
      ),
    ],
  },
};
