import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/types';
import type { Block, InsertionPlan, PartId } from '../../src/letter/types';
import { PORT_MESSAGES, PortError } from '../../src/port';
import { COMMENT_PREFIX, WORD_MESSAGES, WordDocumentPort, WordPortError } from '../../src/word';
import { FakeWord, type FakeParagraph, type FakeParagraphInit } from './fake-word';

const block = (id: string, part: PartId, ...texts: string[]): Block => ({
  id,
  part,
  title: `Titel ${id}`,
  paragraphs: texts.map((text) => ({ runs: [{ text }] })),
});
const plan = (...blocks: Block[]): InsertionPlan => ({ blocks, missing: [], warnings: [] });

function setup(init: readonly (string | FakeParagraphInit)[] = ['Kære Eva', 'Med venlig hilsen']) {
  const word = new FakeWord(init);
  return { word, port: new WordDocumentPort(word.host()) };
}

/** Syncs one action takes. */
async function syncsOf(word: FakeWord, action: () => Promise<unknown>): Promise<number> {
  const before = word.syncs;
  await action();
  return word.syncs - before;
}

/** The user's paragraphs, whole: identity, runs and style. */
const userParagraphs = (word: FakeWord) =>
  word.paragraphs.filter((p) => p.control === undefined).map((p) => structuredClone(p));

function bigLetter(paragraphs: number): FakeParagraphInit[] {
  return Array.from({ length: paragraphs }, (_, i) =>
    i % 50 === 0
      ? { text: `Afsnit ${i}`, style: 'Heading2' }
      : { text: `Afsnit ${i}: Vi har behandlet din anmodning om aktindsigt efter offentlighedslovens § 7.` },
  );
}

describe('WordDocumentPort.read', () => {
  it.each([10, 5000])('is one sync for %i paragraphs', async (count) => {
    const { word, port } = setup(bigLetter(count));
    let snapshot;
    expect(await syncsOf(word, async () => (snapshot = await port.read()))).toBe(1);
    expect(snapshot!.paragraphs).toHaveLength(count);
  });

  it('reads tags, headings and tables from the OOXML, and its paragraph order is body.paragraphs order', async () => {
    const { word, port } = setup([
      'Kære Eva',
      { text: 'Afgørelse', style: 'Heading1', tag: 'aktindsigt:decision' },
      { text: 'Du får delvis aktindsigt.', tag: 'aktindsigt:decision' },
      { text: 'Nr.', tag: 'aktindsigt:document-list', table: { row: 0, cell: 0 } },
      { text: 'Titel', tag: 'aktindsigt:document-list', table: { row: 0, cell: 1 } },
      { text: 'Brugerens celle', table: { row: 0, cell: 0, id: 7 } },
      { text: 'Et andet indholdskontrolelement', tag: 'brugerens-egen' },
      'Med venlig hilsen',
    ]);
    const snapshot = await port.read();
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(word.paragraphs.map((p) => word.text(p)));
    expect(snapshot.paragraphs.map((p) => p.blockId)).toEqual([
      undefined,
      'decision',
      'decision',
      'document-list',
      'document-list',
      undefined,
      undefined,
      undefined,
    ]);
    expect(snapshot.paragraphs[1]).toMatchObject({ headingLevel: 1 });
    expect(snapshot.paragraphs[4]?.table).toMatchObject({ row: 0, cell: 1 });
    // reveal depends on the order: every snapshot paragraph selects its own Word paragraph.
    for (const [index, paragraph] of word.paragraphs.entries()) {
      await port.reveal({ paragraph: index });
      expect(word.selection?.key).toBe(paragraph.key);
    }
  });
});

describe('WordDocumentPort, snapshot paragraphs outside the body', () => {
  /** A Word whose body OOXML also carries a footnote, which the reader puts before the body. */
  class FootnoteWord extends FakeWord {
    override ooxml(): string {
      const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
      const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
      const NS = `xmlns:w="${W}" xmlns:r="${REL}"`;
      const part = (name: string, type: string, xml: string) =>
        `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
      const rels = 'application/vnd.openxmlformats-package.relationships+xml';
      const body = this.paragraphs
        .map((p, i) => {
          const note = i === 1 ? '<w:r><w:footnoteReference w:id="1"/></w:r>' : '';
          return `<w:p><w:r><w:t xml:space="preserve">${this.text(p)}</w:t></w:r>${note}</w:p>`;
        })
        .join('');
      return (
        '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
        part(
          '/_rels/.rels',
          rels,
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
        ) +
        part(
          '/word/document.xml',
          'application/xml',
          `<w:document ${NS}><w:body>${body}</w:body></w:document>`,
        ) +
        part(
          '/word/_rels/document.xml.rels',
          rels,
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${REL}/footnotes" Target="footnotes.xml"/></Relationships>`,
        ) +
        part(
          '/word/footnotes.xml',
          'application/xml',
          `<w:footnotes ${NS}><w:footnote w:id="1"><w:p><w:r><w:t>Jf. § 30 i noten.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
        ) +
        '</pkg:package>'
      );
    }
  }

  it('maps a snapshot index past the footnote onto the right body paragraph', async () => {
    const word = new FootnoteWord(['Kære Eva', 'Vi henviser til § 30.', 'Med venlig hilsen']);
    const port = new WordDocumentPort(word.host());
    const snapshot = await port.read();
    expect(snapshot.paragraphs.map((p) => [p.region, p.text])).toEqual([
      ['footnote', 'Jf. § 30 i noten.'],
      ['body', 'Kære Eva'],
      ['body', 'Vi henviser til § 30.'],
      ['body', 'Med venlig hilsen'],
    ]);
    await port.reveal({ paragraph: 3 });
    expect(word.selection?.key).toBe(word.paragraphs[2]?.key);
    await port.reveal({ paragraph: 2, start: 16, end: 20, text: '§ 30' });
    expect(word.selection).toEqual({ key: word.paragraphs[1]?.key, start: 16, end: 20 });
  });
});

describe('WordDocumentPort.apply', () => {
  it.each([1, 30])('is one sync for %i blocks', async (count) => {
    const { word, port } = setup();
    const blocks = Array.from({ length: count }, (_, i) =>
      block(`reasoning:g${i}`, 'reasoning', `R${i}`, 'to'),
    );
    const base = await port.read();
    let result;
    expect(await syncsOf(word, async () => (result = await port.apply(plan(...blocks), base)))).toBe(1);
    expect(result!.inserted).toHaveLength(count);
    expect(word.controls.size).toBe(count);
  });

  it.each([
    {
      // A blank Word document still has one empty paragraph, and the caret in it.
      name: 'inserts a plan into a blank letter in plan order, after the empty paragraph',
      user: [],
      steps: [
        plan(block('date', 'date', '1. marts 2025'), block('decision', 'decision', 'Du får aktindsigt.')),
      ],
      expected: ['', '[date] 1. marts 2025', '[decision] Du får aktindsigt.'],
      last: { inserted: ['date', 'decision'], updated: [], removed: [], unchanged: [] },
    },
    {
      name: 'a second insert of the same plan changes nothing',
      user: ['Kære Eva'],
      steps: [plan(block('decision', 'decision', 'A')), plan(block('decision', 'decision', 'A'))],
      expected: ['Kære Eva', '[decision] A'],
      last: { inserted: [], updated: [], removed: [], unchanged: ['decision'] },
    },
    {
      name: 're-insert updates a changed block in place',
      user: ['Kære Eva'],
      steps: [
        plan(block('decision', 'decision', 'A'), block('sender', 'sender', 'Hilsen')),
        plan(block('decision', 'decision', 'B', 'B2'), block('sender', 'sender', 'Hilsen')),
      ],
      expected: ['Kære Eva', '[decision] B', '[decision] B2', '[sender] Hilsen'],
      last: { inserted: [], updated: ['decision'], removed: [], unchanged: ['sender'] },
    },
    {
      name: 'unticking removes the block and nothing else',
      user: ['Kære Eva'],
      steps: [
        plan(block('decision', 'decision', 'A'), block('reasoning:offl-30-1', 'reasoning', 'R')),
        plan(block('decision', 'decision', 'A')),
      ],
      expected: ['Kære Eva', '[decision] A'],
      last: { inserted: [], updated: [], removed: ['reasoning:offl-30-1'], unchanged: ['decision'] },
    },
    {
      name: 'a new block goes between the managed blocks it belongs between',
      user: ['Kære Eva'],
      steps: [
        plan(block('decision', 'decision', 'A'), block('sender', 'sender', 'S')),
        plan(
          block('decision', 'decision', 'A'),
          block('reasoning', 'reasoning', 'R'),
          block('sender', 'sender', 'S'),
        ),
      ],
      expected: ['Kære Eva', '[decision] A', '[reasoning] R', '[sender] S'],
      last: { inserted: ['reasoning'], updated: [], removed: [], unchanged: ['decision', 'sender'] },
    },
  ])('$name (as the preview does)', async ({ user, steps, expected, last }) => {
    const { word, port } = setup(user);
    let result;
    for (const step of steps) result = await port.apply(step, await port.read());
    expect(word.lines()).toEqual(expected);
    expect(result).toMatchObject({ ...last, problems: [] });
  });

  it('writes tagged, titled controls in built-in styles, with bold runs, quotations and tables', async () => {
    const { word, port } = setup(['Kære Eva']);
    const legal: Block = {
      id: 'legal-basis',
      part: 'legal_basis',
      title: 'Lovgrundlag',
      paragraphs: [
        { runs: [{ text: 'Lovgrundlag' }], heading: 1 },
        { runs: [{ text: 'Offentlighedslovens § 30:' }], heading: 2 },
        { runs: [{ text: '»Retten til aktindsigt omfatter ikke ...«' }], quote: true },
        { runs: [{ text: 'Udfyld: ' }, { text: '[dato]', bold: true }] },
        { runs: [], cells: ['Nr.', 'Titel'] },
        { runs: [], cells: ['1', 'Notat'] },
      ],
    };
    await port.apply(plan(legal), await port.read());
    const mine = word.paragraphsOf('aktindsigt:legal-basis');
    expect(mine.map((p) => p.style).slice(0, 4)).toEqual(['Heading1', 'Heading2', 'Quote', 'Normal']);
    expect(mine[3]?.runs).toEqual([
      { text: 'Udfyld: ', bold: false, italic: false },
      { text: '[dato]', bold: true, italic: false },
    ]);
    expect(mine.slice(4).map((p) => [word.text(p), p.table?.row, p.table?.cell])).toEqual([
      ['Nr.', 0, 0],
      ['Titel', 0, 1],
      ['1', 1, 0],
      ['Notat', 1, 1],
    ]);
    expect([...word.controls.values()]).toEqual([
      expect.objectContaining({ tag: 'aktindsigt:legal-basis', title: 'Lovgrundlag' }),
    ]);
    const snapshot = await port.read();
    expect(snapshot.paragraphs.filter((p) => p.blockId === 'legal-basis')).toHaveLength(8);
    const again = await port.apply(plan(legal), snapshot);
    expect(again.unchanged).toEqual(['legal-basis']);
  });

  it('puts the first blocks after the cursor paragraph, never inside it', async () => {
    const { word, port } = setup(['Kære Eva, tak for din henvendelse.', 'Med venlig hilsen']);
    const caret = word.paragraphs[0] as FakeParagraph;
    word.selection = { key: caret.key, start: 5, end: 5 };
    const before = userParagraphs(word);
    await port.apply(
      plan(block('decision', 'decision', 'A'), block('sender', 'sender', 'S')),
      await port.read(),
    );
    expect(word.lines()).toEqual([
      'Kære Eva, tak for din henvendelse.',
      '[decision] A',
      '[sender] S',
      'Med venlig hilsen',
    ]);
    expect(userParagraphs(word)).toEqual(before);
  });

  it('a fix (mode add) goes in the letter order and leaves the other blocks alone', async () => {
    const { word, port } = setup(['Kære Eva']);
    await port.apply(
      plan(block('date', 'date', 'D'), block('decision', 'decision', 'A'), block('sender', 'sender', 'S')),
      await port.read(),
    );
    const base = await port.read();
    let result;
    const syncs = await syncsOf(word, async () => {
      result = await port.apply(plan(block('complaint-guidance', 'complaint_guidance', 'K')), base, {
        mode: 'add',
      });
    });
    expect(syncs).toBe(1);
    expect(result!.removed).toEqual([]);
    expect(word.lines()).toEqual([
      'Kære Eva',
      '[date] D',
      '[decision] A',
      '[complaint-guidance] K',
      '[sender] S',
    ]);
  });

  it('a plan that replaces every block puts the new ones where the old stood, even with the caret inside one', async () => {
    const { word, port } = setup(['Kære Eva', 'Med venlig hilsen']);
    word.setCursor(word.paragraphs[0]?.key);
    await port.apply(plan(block('decision', 'decision', 'A')), await port.read());
    word.setCursor(word.paragraphsOf('aktindsigt:decision')[0]?.key);
    await port.apply(plan(block('legal-basis', 'legal_basis', 'L')), await port.read());
    expect(word.lines()).toEqual(['Kære Eva', '[legal-basis] L', 'Med venlig hilsen']);
  });

  it('update, remove and re-insert keep every user paragraph identical', async () => {
    const { word, port } = setup(['Kære Eva', 'Mellem blokkene skriver jeg selv.', 'Med venlig hilsen']);
    word.setCursor(word.paragraphs[0]?.key);
    const full = plan(
      block('decision', 'decision', 'A'),
      block('reasoning:offl-30-1', 'reasoning', 'R'),
      block('sender', 'sender', 'S'),
    );
    await port.apply(full, await port.read());
    // The user's own paragraph now stands between two managed blocks.
    const own = word.paragraphs.findIndex((p) => word.text(p).startsWith('Mellem'));
    word.paragraphs.splice(2, 0, ...word.paragraphs.splice(own, 1));
    expect(word.lines().slice(0, 4)).toEqual([
      'Kære Eva',
      '[decision] A',
      'Mellem blokkene skriver jeg selv.',
      '[reasoning:offl-30-1] R',
    ]);
    const before = userParagraphs(word);
    await port.apply(
      plan(block('decision', 'decision', 'A ændret'), block('sender', 'sender', 'S')),
      await port.read(),
    );
    expect(userParagraphs(word)).toEqual(before);
    await port.apply(full, await port.read());
    expect(userParagraphs(word)).toEqual(before);
    expect(word.lines()).toEqual([
      'Kære Eva',
      '[decision] A',
      'Mellem blokkene skriver jeg selv.',
      '[reasoning:offl-30-1] R',
      '[sender] S',
      'Med venlig hilsen',
    ]);
  });

  it('a block deleted by hand since the read comes back as a problem; nothing is half applied', async () => {
    const { word, port } = setup(['Kære Eva']);
    const full = plan(
      block('decision', 'decision', 'A'),
      block('complaint-guidance', 'complaint_guidance', 'K'),
    );
    await port.apply(full, await port.read());
    const base = await port.read();
    word.deleteControl('aktindsigt:complaint-guidance');
    const changed = plan(
      block('decision', 'decision', 'B'),
      block('complaint-guidance', 'complaint_guidance', 'K'),
    );
    let result;
    const syncs = await syncsOf(word, async () => (result = await port.apply(changed, base)));
    expect(syncs).toBe(3);
    expect(result!.problems).toEqual([
      {
        kind: 'block-deleted',
        blockId: 'complaint-guidance',
        title: 'Titel complaint-guidance',
        message: PORT_MESSAGES.blockDeleted('Titel complaint-guidance'),
      },
    ]);
    expect(result!.updated).toEqual(['decision']);
    expect(word.lines()).toEqual(['Kære Eva', '[decision] B']);
    const again = await port.apply(full, await port.read());
    expect(again.inserted).toEqual(['complaint-guidance']);
  });

  it('a locked block is left alone and comes back as a problem, at read time or locked since', async () => {
    const { word, port } = setup(['Kære Eva']);
    await port.apply(
      plan(block('decision', 'decision', 'A'), block('sender', 'sender', 'S')),
      await port.read(),
    );
    word.lockControl('aktindsigt:decision');
    const lockedAtRead = await port.apply(
      plan(block('decision', 'decision', 'B'), block('sender', 'sender', 'S2')),
      await port.read(),
    );
    expect(lockedAtRead.problems).toEqual([
      expect.objectContaining({
        kind: 'block-locked',
        blockId: 'decision',
        message: PORT_MESSAGES.blockLocked('Titel decision'),
      }),
    ]);
    expect(word.lines()).toEqual(['Kære Eva', '[decision] A', '[sender] S2']);

    const base = await port.read();
    word.lockControl('aktindsigt:sender');
    const lockedSince = await port.apply(
      plan(block('decision', 'decision', 'A'), block('sender', 'sender', 'S3')),
      base,
    );
    expect(lockedSince.problems.map((p) => [p.kind, p.blockId])).toEqual([['block-locked', 'sender']]);
    expect(word.lines()).toEqual(['Kære Eva', '[decision] A', '[sender] S2']);
  });

  it('a protected document refuses with the Danish message and the Office code kept', async () => {
    const { word, port } = setup();
    const base = await port.read();
    word.protected = true;
    const error = await port.apply(plan(block('decision', 'decision', 'A')), base).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordPortError);
    expect(error).toMatchObject({
      code: 'protected',
      message: PORT_MESSAGES.protected,
      officeCode: 'AccessDenied',
    });
    expect(word.lines()).toEqual(['Kære Eva', 'Med venlig hilsen']);
  });

  it('respects track changes: the mode is left as it is and inserts arrive as tracked insertions', async () => {
    const { word, port } = setup(['Kære Eva']);
    word.changeTrackingMode = 'TrackAll';
    await port.apply(plan(block('decision', 'decision', 'Du får aktindsigt.')), await port.read());
    expect(word.changeTrackingMode).toBe('TrackAll');
    expect(word.trackingModeSets).toBe(0);
    expect(word.paragraphsOf('aktindsigt:decision')[0]?.runs.every((r) => r.tracked)).toBe(true);
    const snapshot = await port.read();
    expect(snapshot.trackedChanges).toBe(true);
    expect(snapshot.paragraphs.map((p) => p.text)).toEqual(['Kære Eva', 'Du får aktindsigt.']);
  });
});

const finding = (paragraph: number, text: string, message = 'Der mangler klagevejledning.'): Finding => ({
  ruleId: 'regel',
  messageId: 'besked',
  severity: 'warning',
  message,
  location: { paragraph, text },
});

describe('WordDocumentPort reveal, replace, annotate', () => {
  it('reveal selects exactly the span, not an earlier occurrence, in at most two syncs', async () => {
    const { word, port } = setup(['Kære Eva', '§ 30 og igen § 30, nr. 1.']);
    await port.read();
    const syncs = await syncsOf(word, () => port.reveal({ paragraph: 1, start: 13, end: 17, text: '§ 30' }));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(word.selection).toEqual({ key: word.paragraphs[1]?.key, start: 13, end: 17 });
  });

  it('reveal follows the text when the paragraphs moved, and says so when it is gone', async () => {
    const { word, port } = setup(['Kære Eva', 'jf. § 30, nr. 1.']);
    await port.reveal({ paragraph: 0, text: '§ 30, nr. 1' });
    expect(word.selection).toEqual({ key: word.paragraphs[1]?.key, start: 4, end: 15 });
    await expect(port.reveal({ paragraph: 9 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('replaceText replaces exactly the span and refuses when its text is gone', async () => {
    const { word, port } = setup(['Kære Eva', 'Det følger af § 3O og § 3O.']);
    await port.replaceText({ paragraph: 1, start: 22, end: 26, text: '§ 3O' }, '§ 30');
    expect(word.text(word.paragraphs[1] as FakeParagraph)).toBe('Det følger af § 3O og § 30.');
    await expect(port.replaceText({ paragraph: 1, text: 'findes ikke' }, 'x')).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(word.text(word.paragraphs[1] as FakeParagraph)).toBe('Det følger af § 3O og § 30.');
  });

  it('replaceText finds a span longer than Word search allows', async () => {
    const long = `Stk. 1. ${'Retten til aktindsigt omfatter ikke interne dokumenter. '.repeat(8)}Slut.`;
    const { word, port } = setup(['Kære Eva', `Citat: ${long} Efter.`]);
    const start = 'Citat: '.length;
    await port.replaceText({ paragraph: 1, start, end: start + long.length, text: long }, 'Lovens ord.');
    expect(word.text(word.paragraphs[1] as FakeParagraph)).toBe('Citat: Lovens ord. Efter.');
  });

  it.each([1, 50])('annotate writes %i prefixed comments in two syncs', async (count) => {
    const { word, port } = setup(bigLetter(60));
    await port.read();
    const findings = Array.from({ length: count }, (_, i) => finding(i + 1, `Afsnit ${i + 1}`));
    expect(await syncsOf(word, () => port.annotate(findings))).toBe(2);
    expect(word.comments).toHaveLength(count);
    expect(word.comments[0]).toMatchObject({
      key: word.paragraphs[1]?.key,
      start: 0,
      end: 'Afsnit 1'.length,
      content: `${COMMENT_PREFIX}Der mangler klagevejledning.`,
    });
  });

  it('clearAnnotations removes ours only, in at most two syncs', async () => {
    const { word, port } = setup(['Kære Eva', 'Vi afslår.']);
    word.addUserComment(word.paragraphs[0]?.key as number, 'Husk at ringe til Eva.');
    // A user's comment that happens to start like ours is still the user's: its id is not in our list.
    word.addUserComment(word.paragraphs[1]?.key as number, `${COMMENT_PREFIX}skrevet af brugeren`);
    await port.annotate([finding(1, 'afslår')]);
    expect(word.comments).toHaveLength(3);
    expect(await syncsOf(word, () => port.clearAnnotations())).toBeLessThanOrEqual(2);
    expect(word.comments.map((c) => c.content)).toEqual([
      'Husk at ringe til Eva.',
      `${COMMENT_PREFIX}skrevet af brugeren`,
    ]);
    expect(await syncsOf(word, () => port.clearAnnotations())).toBe(0);
  });

  it('comments on Word without WordApi 1.4 give the Danish message; the pane needs 1.3', async () => {
    const { word, port } = setup();
    word.supported = new Set(['1.1', '1.2', '1.3']);
    await expect(port.annotate([finding(0, 'Eva')])).rejects.toEqual(
      new PortError('unsupported', WORD_MESSAGES.commentsUnsupported),
    );
    await expect(port.clearAnnotations()).rejects.toMatchObject({ code: 'unsupported' });
    word.supported = new Set(['1.1', '1.2']);
    await expect(port.read()).rejects.toMatchObject({
      code: 'unsupported',
      message: WORD_MESSAGES.paneUnsupported,
    });
    expect(word.syncs).toBe(0);
  });

  it('an unexplained failure keeps the Office code for support', async () => {
    const { word, port } = setup();
    const host = word.host();
    const failing = new WordDocumentPort({
      ...host,
      run: () => Promise.reject(Object.assign(new Error('boom'), { code: 'GeneralException' })),
    });
    const error = await failing.read().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unknown', officeCode: 'GeneralException' });
    expect((error as Error).message).toBe(WORD_MESSAGES.syncFailed('GeneralException'));
    void port;
  });
});

describe('WordDocumentPort letter state', () => {
  it('is saved in the document settings and read back; a damaged one is as none', async () => {
    const { word, port } = setup();
    expect(await port.loadLetterState()).toBeUndefined();
    const state = {
      version: 1 as const,
      decision: {
        kind: 'decision' as const,
        basis: 'offl-7' as const,
        outcome: 'grant' as const,
        request: { subject: 'x' },
        grounds: [],
        letterDate: '2025-01-01',
      },
    };
    expect(await syncsOf(word, () => port.saveLetterState(state))).toBe(0);
    expect(await port.loadLetterState()).toEqual(state);
    word.settingsStore.set('aktindsigt.letterState', '{ikke json');
    expect(await port.loadLetterState()).toBeUndefined();
  });
});
