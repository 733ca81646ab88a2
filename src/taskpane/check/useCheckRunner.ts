/**
 * The check view's state: reads the document through the port, runs the checker, and applies a finding's fix,
 * reveals it, or adds the findings as comments. Every port failure becomes a Danish message with a retry;
 * nothing here renders.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkDocument } from '../../check/check';
import type { CheckReport, DocumentSnapshot, Finding } from '../../check/types';
import type { AuthorityProfile } from '../../letter/types';
import { PORT_MESSAGES, PortError, type DocumentPort } from '../../port';
import { CHECK_STRINGS as S } from '../strings-check';

/** A message above the results: what an action did, or why it failed (with a way to try again). */
export type CheckNotice =
  | { intent: 'success' | 'warning'; title?: string; lines: string[] }
  | { intent: 'error'; title: string; lines: string[]; retry: () => void };

export interface CheckRunnerState {
  /** What the pane is doing now (a Danish label for the spinner), or undefined when idle. */
  busy?: string;
  /** The snapshot the report was made from: fixes are planned against it. */
  snapshot?: DocumentSnapshot;
  report?: CheckReport;
  notice?: CheckNotice;
  /** Counts the fixes applied: the view moves focus to the results after each, as the clicked button may be gone. */
  fixes: number;
}

export interface CheckRunner extends CheckRunnerState {
  run(): Promise<void>;
  reveal(finding: Finding): Promise<void>;
  applyFix(finding: Finding): Promise<void>;
  annotate(): Promise<void>;
  clearAnnotations(): Promise<void>;
  dismissNotice(): void;
}

/**
 * The Danish message for a failed port call: a `PortError`'s own, else the generic one.
 * @example portMessage(new PortError('protected')) === PORT_MESSAGES.protected // true
 */
export function portMessage(error: unknown): string {
  return error instanceof PortError ? error.message : PORT_MESSAGES.unknown;
}

/**
 * Runs the check view's actions against a port.
 * @example const runner = useCheckRunner(port, profile, onDocumentChanged); await runner.run();
 */
export function useCheckRunner(
  port: DocumentPort,
  profile: AuthorityProfile | undefined,
  onDocumentChanged?: () => void,
): CheckRunner {
  const [state, setState] = useState<CheckRunnerState>({ fixes: 0 });
  const mounted = useRef(true);
  // Each read gets a serial: a slower, older read never overwrites a newer report.
  const serial = useRef(0);
  const latest = useRef({ port, profile, onDocumentChanged, snapshot: state.snapshot, report: state.report });
  latest.current = { port, profile, onDocumentChanged, snapshot: state.snapshot, report: state.report };

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const update = useCallback(
    (patch: Partial<CheckRunnerState> | ((s: CheckRunnerState) => CheckRunnerState)) => {
      if (!mounted.current) return;
      setState((s) => (typeof patch === 'function' ? patch(s) : { ...s, ...patch }));
    },
    [],
  );

  const fail = useCallback(
    (error: unknown, retry: () => void) => {
      update({
        busy: undefined,
        notice: { intent: 'error', title: S.errorTitle, lines: [portMessage(error)], retry },
      });
    },
    [update],
  );

  /** Reads and checks; keeps `notice` when `keepNotice` (a fix's result stays visible after the re-run). */
  const check = useCallback(
    async (keepNotice: boolean): Promise<boolean> => {
      const mine = ++serial.current;
      update((s) => ({ ...s, busy: S.reading, notice: keepNotice ? s.notice : undefined }));
      try {
        const snapshot = await latest.current.port.read();
        const report = checkDocument(
          snapshot,
          latest.current.profile ? { profile: latest.current.profile } : {},
        );
        if (mine === serial.current) update({ busy: undefined, snapshot, report });
        return true;
      } catch (error) {
        if (mine === serial.current) fail(error, () => void check(false));
        return false;
      }
    },
    [fail, update],
  );

  const run = useCallback(() => check(false).then(() => undefined), [check]);

  const reveal = useCallback(
    async (finding: Finding) => {
      try {
        await latest.current.port.reveal(finding.location);
        update((s) => (s.notice?.intent === 'error' ? { ...s, notice: undefined } : s));
      } catch (error) {
        fail(error, () => void reveal(finding));
      }
    },
    [fail, update],
  );

  const applyFix = useCallback(
    async (finding: Finding) => {
      const { fix } = finding;
      const { snapshot } = latest.current;
      if (!fix || !snapshot) return;
      update({ busy: S.applying, notice: undefined });
      let problems: string[] = [];
      try {
        if (fix.kind === 'insert') {
          const result = await latest.current.port.apply(
            { blocks: fix.blocks, missing: [], warnings: [] },
            snapshot,
            { mode: 'add' },
          );
          problems = result.problems.map((p) => p.message);
        } else {
          await latest.current.port.replaceText(finding.location, fix.replacement);
        }
      } catch (error) {
        fail(error, () => void applyFix(finding));
        return;
      }
      update((s) => ({
        ...s,
        fixes: s.fixes + 1,
        notice:
          problems.length > 0
            ? { intent: 'warning', title: S.problemsTitle, lines: problems }
            : { intent: 'success', lines: [S.fixed] },
      }));
      latest.current.onDocumentChanged?.();
      await check(true);
    },
    [check, fail, update],
  );

  const annotate = useCallback(async () => {
    const findings = latest.current.report?.findings ?? [];
    update({ busy: undefined, notice: undefined });
    try {
      // The comments show this check: ours from an earlier one go first, so a second click adds no duplicates.
      await latest.current.port.clearAnnotations();
      await latest.current.port.annotate(findings);
      update({ notice: { intent: 'success', lines: [S.annotated(findings.length)] } });
      latest.current.onDocumentChanged?.();
    } catch (error) {
      fail(error, () => void annotate());
    }
  }, [fail, update]);

  const clearAnnotations = useCallback(async () => {
    update({ notice: undefined });
    try {
      await latest.current.port.clearAnnotations();
      update({ notice: { intent: 'success', lines: [S.cleared] } });
      latest.current.onDocumentChanged?.();
    } catch (error) {
      fail(error, () => void clearAnnotations());
    }
  }, [fail, update]);

  const dismissNotice = useCallback(() => update({ notice: undefined }), [update]);

  return { ...state, run, reveal, applyFix, annotate, clearAnnotations, dismissNotice };
}
