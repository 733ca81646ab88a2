/**
 * Are we inside Word? The pane's entry point asks before it picks a host: office.js is loaded from Microsoft's
 * CDN, so `Office` is undefined when the page is opened without the network, and `Office.onReady` reports host
 * null when it is opened in a plain browser. Either way the pane falls back to the preview's in-memory port.
 */

/** The part of the `Office` global this looks at (a parameter, so tests pass their own). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType?: { Word?: unknown };
}

/**
 * True when the page runs in Word as an add-in.
 * @example await insideWord(globalThis.Office) // false in a plain browser
 */
export async function insideWord(office: OfficeLike | undefined): Promise<boolean> {
  if (!office || typeof office.onReady !== 'function') return false;
  const { host } = await office.onReady();
  if (host === null || host === undefined) return false;
  return host === (office.HostType?.Word ?? 'Word');
}
