/**
 * One paragraph of the document view. A user paragraph is `contentEditable`: what the user types goes to the
 * in-memory document, and the element's text is written only when the document changed it from outside (a
 * fix, a new letter), so the caret never jumps while typing. A managed paragraph is read-only here: the pane
 * owns it. A revealed span is drawn as a `<mark>` and scrolled into view.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { createElement, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { MemoryParagraph, MemoryView } from './memory-port';

type Highlight = NonNullable<MemoryView['highlight']>;

export interface EditableParagraphProps {
  paragraph: MemoryParagraph;
  /** The element: a heading level's `h2`-`h4`, `p`, or `div` in a table cell. */
  as: 'h2' | 'h3' | 'h4' | 'p' | 'div';
  className?: string;
  editable: boolean;
  highlight?: Highlight;
  onEdit?: (key: number, text: string) => void;
  onEnter?: (key: number) => void;
  onBackspaceEmpty?: (key: number) => void;
  onFocusParagraph?: (key: number) => void;
  /** Registers the element so the view can move the focus to a new paragraph. */
  register?: (key: number, element: HTMLElement | null) => void;
}

const useStyles = makeStyles({
  paragraph: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    outlineStyle: 'none',
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '2px',
    },
  },
  editable: { cursor: 'text' },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    outlineStyle: 'solid',
    outlineWidth: tokens.strokeWidthThick,
    outlineColor: tokens.colorPaletteYellowBorderActive,
  },
  // A finding about a whole paragraph (a part missing where it belongs) marks the paragraph.
  markedParagraph: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outlineStyle: 'solid',
    outlineWidth: tokens.strokeWidthThick,
    outlineColor: tokens.colorPaletteYellowBorderActive,
  },
});

interface Segment {
  text: string;
  bold?: boolean;
  italic?: boolean;
  marked?: boolean;
}

/** The paragraph's text as runs (composed formatting when it is still there), cut where the mark begins and ends. */
export function segmentsOf(paragraph: MemoryParagraph, highlight?: Highlight): Segment[] {
  const runs =
    paragraph.runs && paragraph.runs.map((r) => r.text).join('') === paragraph.text
      ? paragraph.runs
      : [{ text: paragraph.text }];
  const start = highlight?.start;
  const end = highlight?.end;
  if (start === undefined || end === undefined || end <= start) return runs.map((r) => ({ ...r }));
  const out: Segment[] = [];
  let at = 0;
  for (const run of runs) {
    const from = at;
    const to = at + run.text.length;
    at = to;
    const cuts = [from, Math.min(Math.max(start, from), to), Math.min(Math.max(end, from), to), to];
    for (let i = 0; i < 3; i++) {
      const a = cuts[i] as number;
      const b = cuts[i + 1] as number;
      if (b > a) out.push({ ...run, text: run.text.slice(a - from, b - from), marked: i === 1 });
    }
  }
  return out;
}

function fill(element: HTMLElement, segments: Segment[], markClass: string): void {
  element.replaceChildren(
    ...segments.map((segment) => {
      let node: Node = document.createTextNode(segment.text);
      if (segment.italic) {
        const em = document.createElement('em');
        em.append(node);
        node = em;
      }
      if (segment.bold) {
        const strong = document.createElement('strong');
        strong.append(node);
        node = strong;
      }
      if (segment.marked) {
        const mark = document.createElement('mark');
        mark.className = markClass;
        mark.append(node);
        node = mark;
      }
      return node;
    }),
  );
}

/**
 * A paragraph of the document view.
 * @example <EditableParagraph as="p" paragraph={p} editable onEdit={(key, text) => doc.editText(key, text)} />
 */
export function EditableParagraph(props: EditableParagraphProps) {
  const { paragraph, as, className, editable, highlight } = props;
  const styles = useStyles();
  const ref = useRef<HTMLElement | null>(null);
  const shown = useRef<{ paragraph?: MemoryParagraph; serial?: number }>({});
  const scrolledSerial = useRef<number | undefined>(undefined);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const serial = highlight?.serial;
    const stale =
      serial !== shown.current.serial ||
      element.textContent !== paragraph.text ||
      (!editable && shown.current.paragraph !== paragraph);
    if (stale) {
      fill(element, segmentsOf(paragraph, highlight), styles.mark);
      shown.current = { paragraph, serial };
    }
    if (serial !== undefined && serial !== scrolledSerial.current) {
      scrolledSerial.current = serial;
      // jsdom has no layout and no scrollIntoView.
      element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
  }, [paragraph, highlight, editable, styles.mark]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!editable) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      props.onEnter?.(paragraph.key);
    } else if (event.key === 'Backspace' && (event.currentTarget.textContent ?? '') === '') {
      event.preventDefault();
      props.onBackspaceEmpty?.(paragraph.key);
    }
  };

  return createElement(as, {
    ref: (element: HTMLElement | null) => {
      ref.current = element;
      props.register?.(paragraph.key, element);
    },
    className: mergeClasses(
      styles.paragraph,
      editable && styles.editable,
      highlight && highlight.start === undefined && styles.markedParagraph,
      className,
    ),
    'data-paragraph-key': paragraph.key,
    'data-revealed': highlight ? 'true' : undefined,
    // Plain text only: a paste keeps its words, not its formatting, as the document holds text.
    contentEditable: editable ? 'plaintext-only' : undefined,
    suppressContentEditableWarning: true,
    spellCheck: editable ? true : undefined,
    lang: 'da',
    onInput: editable
      ? (event: { currentTarget: HTMLElement }) =>
          props.onEdit?.(paragraph.key, event.currentTarget.textContent ?? '')
      : undefined,
    onFocus: () => props.onFocusParagraph?.(paragraph.key),
    onKeyDown,
  });
}
