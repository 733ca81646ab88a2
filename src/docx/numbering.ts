/**
 * List labels from numbering.xml, as Word shows them ("1)", "a.", "2.1", "•"). Counters run in document
 * order per abstract numbering, a deeper level restarts when a shallower one advances, and a numbering
 * instance with a start override restarts its list the first time it is used.
 */
import { rootElement, wordNames } from './names';
import { attrOf, childrenOf, nameOf, type XmlNode } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Instance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

/**
 * A number in a list format.
 * @example formatNumber(4, 'lowerRoman') // "iv"
 */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      // Word repeats the letter past z: 27 -> "aa".
      const letter = String.fromCharCode(97 + ((value - 1) % 26));
      const text = letter.repeat(Math.floor((value - 1) / 26) + 1);
      return format === 'upperLetter' ? text.toUpperCase() : text;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const text = roman(value);
      return format === 'upperRoman' ? text.toUpperCase() : text;
    }
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'none':
      return '';
    default:
      return String(value);
  }
}

function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = value;
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** Symbol-font bullets live in the private use area; show them as the bullet they draw. */
function bulletText(text: string): string {
  return [...text].map((c) => (c.charCodeAt(0) >= 0xe000 && c.charCodeAt(0) <= 0xf8ff ? '•' : c)).join('');
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  private loaded = false;

  /** `load` gives numbering.xml's nodes; it is called the first time a list paragraph asks for its label. */
  constructor(private readonly load: () => readonly XmlNode[] | undefined) {}

  private read(): void {
    this.loaded = true;
    const nodes = this.load();
    const root = nodes && rootElement(nodes);
    if (!root) return;
    const n = wordNames(root);
    for (const child of childrenOf(root)) {
      const name = nameOf(child);
      if (name === n.abstractNum) {
        const id = attrOf(child, `${n.attrPrefix}abstractNumId`);
        if (id === undefined) continue;
        const levels = new Map<number, Level>();
        for (const lvl of childrenOf(child)) {
          if (nameOf(lvl) !== n.lvl) continue;
          const ilvl = Number(attrOf(lvl, `${n.attrPrefix}ilvl`));
          if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > 8) continue;
          const level: Level = { start: 1, format: 'decimal', text: '' };
          for (const prop of childrenOf(lvl)) {
            const propName = nameOf(prop);
            const value = attrOf(prop, n.val);
            if (value === undefined) continue;
            if (propName === n.start) level.start = Number(value) || 0;
            else if (propName === n.numFmt) level.format = value;
            else if (propName === n.lvlText) level.text = value;
          }
          levels.set(ilvl, level);
        }
        this.abstracts.set(id, levels);
      } else if (name === n.num) {
        const numId = attrOf(child, `${n.attrPrefix}numId`);
        if (numId === undefined) continue;
        const instance: Instance = { abstractId: '', startOverrides: new Map() };
        for (const prop of childrenOf(child)) {
          const propName = nameOf(prop);
          if (propName === n.abstractNumId) instance.abstractId = attrOf(prop, n.val) ?? '';
          else if (propName === n.lvlOverride) {
            const ilvl = Number(attrOf(prop, `${n.attrPrefix}ilvl`));
            for (const override of childrenOf(prop)) {
              const start = Number(attrOf(override, n.val));
              if (nameOf(override) === n.startOverride && Number.isInteger(ilvl) && Number.isFinite(start)) {
                instance.startOverrides.set(ilvl, start);
              }
            }
          }
        }
        this.instances.set(numId, instance);
      }
    }
  }

  /**
   * The label of the next paragraph in a list, advancing its counter; undefined when the list is unknown
   * or numbering is switched off (numId 0).
   * @example numbering.next('3', 0) // "1)"
   */
  next(numId: string, ilvl: number): string | undefined {
    if (!this.loaded) this.read();
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const levels = this.abstracts.get(instance.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return undefined;
    let counters = this.counters.get(instance.abstractId);
    if (!counters) {
      counters = [];
      this.counters.set(instance.abstractId, counters);
    }
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [overridden, start] of instance.startOverrides) counters[overridden] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    counters.length = ilvl + 1;
    if (level.format === 'bullet') return bulletText(level.text);
    return level.text.replace(/%([1-9])/g, (whole, digit: string) => {
      const at = Number(digit) - 1;
      const value = counters[at] ?? levels.get(at)?.start ?? 1;
      return formatNumber(value, at === ilvl ? level.format : (levels.get(at)?.format ?? 'decimal'));
    });
  }
}
