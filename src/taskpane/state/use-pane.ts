/**
 * The pane's state hook: loads the letter's saved choices and the authority profile on start, reads the
 * document, inserts a plan, and turns every port failure into a Danish message. Views get the state and these
 * actions through props; nothing here renders.
 */
import { useCallback, useEffect, useReducer, useState } from 'react';
import type { DocumentSnapshot } from '../../check/types';
import type { AuthorityProfile, Decision, InsertionPlan } from '../../letter/types';
import type { DocumentPort, ProfileStore } from '../../port';
import { portMessage } from './port-message';
import { initialPaneState, paneReducer, type PaneAction, type PaneState } from './pane-state';

/** The managed blocks a snapshot holds, each once, in document order. */
export function blockIdsOf(snapshot: DocumentSnapshot): string[] {
  return [...new Set(snapshot.paragraphs.flatMap((p) => (p.blockId ? [p.blockId] : [])))];
}

/**
 * The Danish reasons a profile store gave for failing: its `errors` list (the validation messages of a bad
 * profile.json), when it has one. Other errors carry no words for the user; the pane says it in its own.
 */
export function profileDetails(error: unknown): string[] {
  const errors = (error as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? errors.filter((e): e is string => typeof e === 'string') : [];
}

export interface PaneController {
  state: PaneState;
  dispatch: (action: PaneAction) => void;
  /** Reads the document to learn which managed blocks it holds now. */
  refresh: () => Promise<void>;
  /**
   * Reads the document, applies the plan (composed from `decision`) against that snapshot, then saves the
   * decision and the plan in the letter.
   */
  insert: (plan: InsertionPlan, decision: Decision) => Promise<void>;
  setProfile: (profile: AuthorityProfile) => void;
  /** The port once it has arrived (at once when the pane was given one, not a promise of one). */
  port: DocumentPort | undefined;
}

/**
 * The pane's state and the port calls that change it. The port may still be on its way (a promise: the entry
 * point renders the pane before the host's adapter has loaded); the state stays `loading` until it has come and
 * the letter's choices have been read, and a port that never comes is a Danish error like any port failure.
 * @example const { state, insert } = usePane(port, profileStore);
 */
export function usePane(
  port: DocumentPort | Promise<DocumentPort>,
  profileStore: ProfileStore,
): PaneController {
  const [state, dispatch] = useReducer(paneReducer, undefined, initialPaneState);
  const [ready, setReady] = useState<DocumentPort | undefined>(port instanceof Promise ? undefined : port);
  useEffect(() => {
    let live = true;
    const letterState = Promise.resolve(port).then((arrived) => {
      if (live) setReady(arrived);
      return arrived.loadLetterState();
    });
    void Promise.allSettled([letterState, profileStore.load()]).then(([letter, profile]) => {
      if (!live) return;
      dispatch({
        type: 'loaded',
        letterState: letter.status === 'fulfilled' ? letter.value : undefined,
        profile: profile.status === 'fulfilled' ? profile.value : undefined,
        profileFailed: profile.status === 'rejected',
        profileDetails: profile.status === 'rejected' ? profileDetails(profile.reason) : [],
        error: letter.status === 'rejected' ? portMessage(letter.reason) : undefined,
      });
    });
    return () => {
      live = false;
    };
  }, [port, profileStore]);

  const refresh = useCallback(async () => {
    dispatch({ type: 'busy', busy: 'reading' });
    try {
      const snapshot = await (await port).read();
      dispatch({ type: 'read', blockIds: blockIdsOf(snapshot) });
    } catch (error) {
      dispatch({ type: 'failed', message: portMessage(error) });
    }
  }, [port]);

  const insert = useCallback(
    async (plan: InsertionPlan, decision: Decision) => {
      dispatch({ type: 'busy', busy: 'inserting' });
      try {
        const arrived = await port;
        const snapshot = await arrived.read();
        const result = await arrived.apply(plan, snapshot);
        dispatch({ type: 'read', blockIds: blockIdsOf(snapshot) });
        dispatch({ type: 'applied', plan, result });
        await arrived.saveLetterState({ version: 1, decision, applied: plan });
      } catch (error) {
        dispatch({ type: 'failed', message: portMessage(error) });
      }
    },
    [port],
  );

  const setProfile = useCallback((profile: AuthorityProfile) => dispatch({ type: 'profile', profile }), []);

  return { state, dispatch, refresh, insert, setProfile, port: port instanceof Promise ? ready : port };
}
