/**
 * A reason the reader could not map: the jurist searches the catalogue (only the request's basis's grounds)
 * and ticks the ground(s), or "Ikke en undtagelsesgrund"; the answer is remembered as the user's own wording.
 */
import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState, type JSX } from 'react';
import { groundsForBasis } from '../../grounds';
import type { RequestBasis } from '../../grounds/types';
import { AKTLISTE_STRINGS as S } from './strings';

/** How many matching grounds are listed at once (the search narrows them). */
const SHOWN = 8;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  options: { display: 'flex', flexDirection: 'column' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface ReasonPickerProps {
  reason: string;
  basis: RequestBasis;
  busy: boolean;
  /** The grounds picked; none: "Ikke en undtagelsesgrund". */
  onAnswer: (reason: string, groundIds: string[]) => void;
}

/**
 * @example <ReasonPicker reason="Andet hensyn" basis="offl-7" busy={false} onAnswer={answer} />
 */
export function ReasonPicker({ reason, basis, busy, onAnswer }: ReasonPickerProps): JSX.Element {
  const styles = useStyles();
  const grounds = useMemo(
    () => groundsForBasis(basis).filter((g) => g.kind !== 'refusal-to-process'),
    [basis],
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [notAGround, setNotAGround] = useState(false);
  const [query, setQuery] = useState('');
  const words = query.trim().toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  const matching = grounds.filter((g) => {
    const label = g.label.toLocaleLowerCase('da');
    return words.every((w) => label.includes(w));
  });
  // The picked grounds stay listed; the search adds the first matches.
  const shown = [
    ...grounds.filter((g) => selected.includes(g.id)),
    ...matching.filter((g) => !selected.includes(g.id)).slice(0, words.length > 0 ? SHOWN : 0),
  ];
  const toggle = (id: string, on: boolean) => {
    setNotAGround(false);
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  };
  return (
    <div className={styles.root} role="group" aria-label={reason}>
      <Field label={S.unmappedPick(reason)} hint={S.unmappedSearchHint}>
        <Input value={query} disabled={busy} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <div className={styles.options}>
        <Checkbox
          label={S.notAGround}
          checked={notAGround}
          disabled={busy}
          onChange={(_, data) => {
            setNotAGround(Boolean(data.checked));
            if (data.checked) setSelected([]);
          }}
        />
        {shown.map((g) => (
          <Checkbox
            key={g.id}
            label={g.label}
            checked={selected.includes(g.id)}
            disabled={busy}
            onChange={(_, data) => toggle(g.id, Boolean(data.checked))}
          />
        ))}
        {words.length > 0 && matching.length === 0 ? <span>{S.unmappedNoMatch}</span> : null}
      </div>
      <div className={styles.actions}>
        <Button
          size="small"
          disabled={busy || (!notAGround && selected.length === 0)}
          onClick={() => onAnswer(reason, notAGround ? [] : selected)}
        >
          {S.saveAnswer}
        </Button>
      </div>
    </div>
  );
}
