/**
 * A button that opens the browser's file chooser for a document list (the formats `src/aktliste` reads), used by
 * Afgørelse ("Indlæs aktliste") and Kontrol ("Kontrollér mod aktliste"). The file input itself is hidden but
 * labelled; choosing the same file again (after editing it) reads it again.
 */
import { Button, makeStyles } from '@fluentui/react-components';
import { useRef, type JSX } from 'react';

/** The file types the list reader takes. */
export const LIST_ACCEPT = '.xlsx,.xlsm,.csv,.tsv,.txt,.docx';

const useStyles = makeStyles({ hiddenInput: { display: 'none' } });

export interface ListFileButtonProps {
  /** The button's text. */
  label: string;
  /** The hidden file input's accessible name. */
  inputLabel: string;
  disabled?: boolean;
  onFile: (file: File | undefined) => void;
}

/** @example <ListFileButton label="Indlæs aktliste" inputLabel="Vælg aktliste" onFile={(f) => read(f)} /> */
export function ListFileButton({ label, inputLabel, disabled, onFile }: ListFileButtonProps): JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={LIST_ACCEPT}
        aria-label={inputLabel}
        className={styles.hiddenInput}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file chosen again (after editing it) must be read again.
          event.target.value = '';
          onFile(file);
        }}
      />
    </>
  );
}
