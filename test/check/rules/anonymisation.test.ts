import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../../../src/check/check';
import type { DocumentSnapshot, SnapshotParagraph } from '../../../src/check/types';
import { EXAMPLE_PROFILE } from '../../../src/letter/profile';
import { composedPlan, decisionOn, findingsOf, snapshot, tagged } from '../../support/check';

const BODY = 3;

/** A grant typed by hand with `body` as paragraph 3, between the decision and the sender. */
function letter(body: string, sender: string[] = []): DocumentSnapshot {
  return snapshot(
    '10. marts 2025',
    'Vi modtog den 3. marts 2025 din anmodning om aktindsigt i sagen om Lindevej.',
    'Vi imødekommer din anmodning om aktindsigt.',
    body,
    'Med venlig hilsen',
    'Louise Dam',
    'Fjordby Kommune, Natur og Vej',
    ...sender,
  );
}

/** The same letter with header and footer paragraphs around it. */
function withRegions(body: string, header: string, footer: string): DocumentSnapshot {
  const regions: SnapshotParagraph[] = [
    { text: header, region: 'header' },
    { text: footer, region: 'footer' },
  ];
  return { paragraphs: [...letter(body).paragraphs, ...regions] };
}

/** The finding for `found` in `text`: its message id, severity, exact location and fix. */
function expected(messageId: 'cpr' | 'phone' | 'email', text: string, found: string, paragraph = BODY) {
  const start = text.indexOf(found);
  if (start < 0) throw new Error(`${found} is not in ${text}`);
  const replacement = {
    cpr: '[CPR-nummer udeladt]',
    phone: '[telefonnummer udeladt]',
    email: '[e-mailadresse udeladt]',
  }[messageId];
  return [
    messageId,
    'warning',
    { paragraph, start, end: start + found.length, text: found },
    { kind: 'replace', replacement },
  ];
}

const shown = (doc: DocumentSnapshot, options: CheckOptions = {}) =>
  findingsOf('anonymisation', doc, options).map((f) => [f.messageId, f.severity, f.location, f.fix]);

describe('anonymisation', () => {
  it.each([
    ['the composed letter', tagged(composedPlan(decisionOn(['offl-30-1'])))],
    ['a CVR number', letter('Entreprenøren, Vinterdrift ApS, CVR-nr. 29189919, har udført arbejdet.')],
    ['a CVR number with spaces', letter('Vinterdrift ApS (CVR 2918 9919) har udført arbejdet.')],
    ['an SE number', letter('Betalingen gik til SE-nr. 28 14 93 07.')],
    ['a P-number with a valid date part', letter('Arbejdsstedet har P-nr. 1012345678.')],
    ['an EAN number', letter('Fakturaen sendes til EAN-nr. 5798000123456.')],
    ['a journal number shaped like a CPR number', letter('Se vores brev under j.nr. 010125-1234.')],
    ['case numbers', letter('Sagen har sagsnr. 2025-12345 og j.nr. 25/00977.')],
    ['an account number', letter('Beløbet er overført til kontonr. 28149307.')],
    ['dates', letter('Klagen er dateret 14.03.2025 og registreret 20250314.')],
    ['amounts', letter('Kontrakten lyder på 12.345.678 kr., heraf 2 814 930 kr. i 2025.')],
    [
      'law references',
      letter(
        'Jf. lov nr. 606 af 12. juni 2013, LBK nr. 145 af 24. februar 2020 og forordning (EU) 2016/679.',
      ),
    ],
    [
      '10-digit numbers whose date part is not a date',
      letter('Bilagene har numrene 3213651457, 1413651457 og 2902231234.'),
    ],
    ['part of a longer grouped number', letter('Beløbet er indsat på konto 1551 2814 9307.')],
    [
      'a number joined by "eller ringe på" to a shared mailbox',
      letter('Du kan skrive til vores fællespostkasse post@fjordby.dk eller ringe på tlf. 72 33 10 00.'),
    ],
    ['a 9-digit and a 7-digit number', letter('Ordrene 281493071 og 2814930 er leveret.')],
    ['an 8-digit number starting with 0 or 1', letter('Kundenumrene er 08149307 og 18149307.')],
    [
      "the authority's own phone and unit mailbox in the body",
      letter(
        'Har du spørgsmål, er du velkommen til at kontakte Natur og Vej på tlf. 72 33 10 00 eller naturogvej@fjordby.dk.',
      ),
    ],
    ['"kontakt os på"', letter('Du kan kontakte os på 72 33 10 00 eller skrive til os på post@fjordby.dk.')],
    ["the signatory's direct line", letter('Du kan ringe direkte til mig på tlf. 72 33 10 05.')],
    ["the authority's name before the number", letter('Fjordby Kommunes hovednummer er 72 33 10 00.')],
    ["another public body's number", letter('Du kan kontakte Datatilsynet på tlf. 33 19 32 00.')],
    ["an organisation's shared mailbox", letter('Foreningen kan kontaktes på info@lindehaven.dk.')],
    [
      'contact data in the sender part',
      letter('Vi har vedlagt dokumenterne.', ['Tlf. 72 33 10 05', 'E-mail: loda@fjordby.dk']),
    ],
    [
      'the same number in the body as in the sender part',
      letter('Ring på 72 33 10 05, hvis du har spørgsmål.', ['Direkte tlf. 72 33 10 05']),
    ],
    [
      'an address at a domain from the header',
      withRegions(
        'Skriv til sagsbehandleren, jens.holm@fjordby.dk.',
        'Fjordby Kommune · fjordby.dk',
        'Side 1',
      ),
    ],
    [
      'a number from the footer',
      withRegions('Ring på 7233 1000, hvis du har spørgsmål.', 'Fjordby Kommune', 'Tlf. 72 33 10 00'),
    ],
    [
      'CPR numbers, phones and e-mails in the header or footer',
      withRegions(
        'Vi har vedlagt dokumenterne.',
        'Louise Dam, 140365-1457',
        'Louise Dam, 28 14 93 07, ld@privat.dk',
      ),
    ],
    [
      'the letterhead before the letter begins',
      snapshot(
        'Fjordby Kommune',
        'Havnegade 10, 9998 Fjordby',
        'Tlf. 72 33 10 00 · naturogvej@fjordby.dk',
        '10. marts 2025',
        'Vi modtog den 3. marts 2025 din anmodning om aktindsigt i sagen om Lindevej.',
        'Vi imødekommer din anmodning om aktindsigt.',
        'Har du spørgsmål, kan du ringe på 72 33 10 00.',
        'Med venlig hilsen',
        'Louise Dam',
      ),
    ],
    [
      "the profile's address lines",
      letter('Ring på 99 99 12 34, hvis du har spørgsmål.'),
      { profile: { ...EXAMPLE_PROFILE, address: [...EXAMPLE_PROFILE.address, 'Tlf. 99 99 12 34'] } },
    ],
  ])('passes: %s', (_, doc, options: CheckOptions = {}) => {
    expect(shown(doc, options)).toEqual([]);
  });

  it.each([
    [
      'a CPR number with hyphen',
      'Klagen kom fra Henrik Sørensen, cpr.nr. 140365-1457, Lindevej 12.',
      ['cpr', '140365-1457'],
    ],
    ['a CPR number without hyphen', 'Henrik Sørensen (CPR 1403651457) har klaget.', ['cpr', '1403651457']],
    ['a CPR number with a non-breaking hyphen', 'CPR-nr.: 140365\u20111457.', ['cpr', '140365\u20111457']],
    [
      'a CPR number from the 2000s (7th digit 4)',
      'Barnet, 010105-4123, er omfattet.',
      ['cpr', '010105-4123'],
    ],
    ['29 February in a leap year', 'Personnummer 290284-1234.', ['cpr', '290284-1234']],
    ['a phone as 12 34 56 78', 'Formanden, Mette Kjær, på tlf. 28 14 93 07.', ['phone', '28 14 93 07']],
    ['a phone as 1234 5678', 'Mette Kjær kan træffes på 2814 9307.', ['phone', '2814 9307']],
    ['a phone as 12345678', 'Mette Kjær, mobil 28149307.', ['phone', '28149307']],
    ['a phone with +45', 'Mette Kjær, tlf. +45 28 14 93 07.', ['phone', '+45 28 14 93 07']],
    ['a phone with 0045', 'Mette Kjær, tlf. 0045 28149307.', ['phone', '0045 28149307']],
    ['a phone with +45 and no space', 'Mette Kjær, tlf. +4528149307.', ['phone', '+4528149307']],
    [
      'a phone with non-breaking spaces',
      'Mette Kjær, tlf. 28\u00a014\u00a093\u00a007.',
      ['phone', '28\u00a014\u00a093\u00a007'],
    ],
    ['a 20xxxxxx mobile said to be a phone', 'Han har oplyst mobilnummer 20250314.', ['phone', '20250314']],
    [
      'a private e-mail address',
      'Skriv til mette.kjaer@eksempelpost.dk.',
      ['email', 'mette.kjaer@eksempelpost.dk'],
    ],
    ['a webmail address', 'Klageren skrev fra hs1965@gmail.com.', ['email', 'hs1965@gmail.com']],
    [
      "a person's phone in a sentence that names the authority",
      'Kommunen har modtaget en klage fra Hans Hansen, tlf. 28 14 93 07.',
      ['phone', '28 14 93 07'],
    ],
  ])('fails: %s', (_, text, [messageId, found]) => {
    expect(shown(letter(text))).toEqual([expected(messageId as 'cpr', text, found as string)]);
  });

  it('finds every item in a paragraph, in order, with its exact span', () => {
    const text =
      'Klagen er fra Henrik Sørensen, cpr.nr. 140365-1457. Foreningens formand, Mette Kjær, kan kontaktes på tlf. 28 14 93 07 eller på mette.kjaer@eksempelpost.dk.';
    expect(shown(letter(text))).toEqual([
      expected('cpr', text, '140365-1457'),
      expected('phone', text, '28 14 93 07'),
      expected('email', text, 'mette.kjaer@eksempelpost.dk'),
    ]);
  });

  it("a webmail address in the sender part does not make other webmail addresses the authority's", () => {
    const text = 'Klageren skrev fra hs1965@gmail.com.';
    expect(shown(letter(text, ['fjordby.natur@gmail.com']))).toEqual([
      expected('email', text, 'hs1965@gmail.com'),
    ]);
  });

  it("a private address at another domain than the header's is flagged", () => {
    const text = 'Skriv til sagsbehandleren, jens.holm@fjordby.dk, eller til klageren, hs@eksempelpost.dk.';
    expect(shown(withRegions(text, 'Fjordby Kommune · fjordby.dk', 'Side 1'))).toEqual([
      expected('email', text, 'hs@eksempelpost.dk'),
    ]);
  });

  it('a CPR number in the complaint guidance is flagged, its contact data not', () => {
    const doc = tagged(composedPlan(decisionOn(['offl-30-1'])));
    const paragraph = doc.paragraphs.findIndex(
      (p) => p.blockId === 'complaint-guidance' && !p.text.startsWith('Klage'),
    );
    const text = `${doc.paragraphs[paragraph]?.text} Skriv til ast@ast.dk eller ring på 33 41 12 00 og oplys 140365-1457.`;
    const changed = { paragraphs: doc.paragraphs.map((p, i) => (i === paragraph ? { ...p, text } : p)) };
    expect(shown(changed)).toEqual([expected('cpr', text, '140365-1457', paragraph)]);
  });

  it('applies to letters that are not decisions', () => {
    const text =
      'Vi kan ikke nå at besvare din anmodning inden for fristen. Klageren, tlf. 28 14 93 07, er hørt.';
    const doc = snapshot('14. marts 2025', 'Vi modtog den 7. marts 2025 din anmodning om aktindsigt.', text);
    expect(shown(doc)).toEqual([expected('phone', text, '28 14 93 07', 2)]);
  });

  it('does not repeat the number in the message', () => {
    const [finding] = findingsOf('anonymisation', letter('Henrik Sørensen, cpr.nr. 140365-1457.'));
    expect(finding?.message).not.toContain('140365');
  });
});
