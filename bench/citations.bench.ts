/**
 * The citation parser on letter-like text: a 1,000- and a 10,000-paragraph text of Danish sentences with
 * 0-3 references each. The parser should be linear, so the second should take about ten times the first.
 */
import type { Bench } from 'tinybench';
import { parseCitations } from '../src/law/citations';

export const title = 'parseCitations';

const SMALL = 'parseCitations, 1,000 paragraphs';
const LARGE = 'parseCitations, 10,000 paragraphs';

/** Sentences by how many references they hold. */
const SENTENCES: readonly (readonly string[])[] = [
  [
    'Vi har modtaget din anmodning om aktindsigt den 3. marts 2025.',
    'Du har bedt om at få udleveret korrespondancen mellem kommunen og entreprenøren.',
    'Vi har gennemgået sagens dokumenter og vurderet hvert af dem.',
    'Du er velkommen til at kontakte os, hvis du har spørgsmål til afgørelsen.',
  ],
  [
    'Vi har undtaget oplysningerne efter offentlighedslovens § 30, nr. 1.',
    'Dokumentet er et internt dokument, jf. § 23, stk. 1, nr. 1.',
    'Vi har overvejet at give meroffentlighed efter offl. § 14, stk. 1, men har ikke fundet grundlag for det.',
    'Anmodningen kan ikke identificeres, jf. § 9, stk. 1.',
    'Du kan efter § 37, stk. 1 i offentlighedsloven klage over afgørelsen.',
  ],
  [
    'Vi har undtaget oplysningerne efter offentlighedslovens § 30, nr. 1, jf. § 33, nr. 5.',
    'Som part har du ret til aktindsigt efter forvaltningslovens § 9, dog med de undtagelser, der følger af §§ 12-14.',
    'Oplysningerne er ekstraheret efter § 28, stk. 1, 1. pkt., og § 29.',
    'Der er tale om interne dokumenter, jf. §§ 23 og 24.',
  ],
  [
    'Vi har undtaget dokumenterne efter §§ 23-25, jf. § 27, nr. 1-4, og oplysningerne efter § 33, nr. 1, 2 og 5.',
    'Afgørelsen er truffet efter offentlighedslovens § 7, stk. 1, § 9, stk. 2, nr. 1, og § 36, stk. 2.',
    'Efter OFL § 30, nr. 1 og 2, samt databeskyttelseslovens § 10, stk. 1-4, kan oplysningerne undtages.',
  ],
];

/** A small seeded generator (mulberry32), so every run times the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` paragraphs of two to four sentences, joined with "\n". */
function letter(count: number): string {
  const next = random(2025);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const paragraphs: string[] = [];
  for (let p = 0; p < count; p++) {
    const sentences = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(pick(SENTENCES)));
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n');
}

const texts: Record<string, string> = { [SMALL]: letter(1_000), [LARGE]: letter(10_000) };

/** Adds the two tasks. */
export function register(bench: Bench): void {
  for (const [name, text] of Object.entries(texts)) {
    bench.add(name, () => {
      parseCitations(text);
    });
  }
}

/** Prints the means, the texts' sizes, and how the cost grows from 1,000 to 10,000 paragraphs. */
export function report(meanMs: (taskName: string) => number): void {
  const small = meanMs(SMALL);
  const large = meanMs(LARGE);
  const size = (name: string): string => `${texts[name]!.length.toLocaleString('en')} characters`;
  console.log(`1,000 paragraphs (${size(SMALL)}): ${small.toFixed(2)} ms (mean)`);
  console.log(`10,000 paragraphs (${size(LARGE)}): ${large.toFixed(2)} ms (mean)`);
  console.log(`ratio 10k/1k: ${(large / small).toFixed(2)} (linear = 10)`);
}
