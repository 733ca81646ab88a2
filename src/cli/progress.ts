/**
 * A progress bar on stderr while many files are checked, only on a terminal (so it never ends up in a
 * redirected report or a CI log).
 */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Files needed before a bar is worth showing. */
export const PROGRESS_THRESHOLD = 5;

export class Progress {
  private readonly enabled: boolean;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    quiet: boolean,
  ) {
    this.enabled = stream.isTTY === true && !quiet && total > PROGRESS_THRESHOLD;
  }

  /** Shows that `done` files of the total are finished, the current file's name after the bar. */
  update(done: number, file: string): void {
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total}`;
    const room = Math.max((this.stream.columns ?? 80) - bar.length - 2, 0);
    const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
    this.stream.write(`\r\u001b[2K${bar} ${room > 0 ? name : ''}`);
    this.shown = true;
  }

  /** Removes the bar. */
  done(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
