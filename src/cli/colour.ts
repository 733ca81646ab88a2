/**
 * ANSI colour, only for a terminal and never when NO_COLOR is set (https://no-color.org: any non-empty value).
 */
export interface Colour {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const ON: Colour = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const same = (text: string) => text;
const OFF: Colour = { red: same, yellow: same, cyan: same, green: same, dim: same, bold: same };

/**
 * Colour for a stream.
 * @example colourFor({ isTTY: true }, {}) === colourFor({ isTTY: false }, {}) // false
 */
export function colourFor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): Colour {
  const noColour = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return stream.isTTY === true && !noColour ? ON : OFF;
}
