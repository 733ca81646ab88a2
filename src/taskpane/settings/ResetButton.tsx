/** "Nulstil til administratorens profil", asking first: the user's own changes are deleted. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import type { JSX } from 'react';
import { SETTINGS_STRINGS as S } from '../strings-check';

/**
 * The reset button and its confirmation dialog ("Nulstil profilen?" with "Nulstil" and "Annullér").
 * @example <ResetButton disabled={busy} onReset={reset} />
 */
export function ResetButton({ disabled, onReset }: { disabled: boolean; onReset: () => void }): JSX.Element {
  return (
    <Dialog modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={disabled}>{S.reset}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{S.resetConfirmTitle}</DialogTitle>
          <DialogContent>{S.resetConfirmBody}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={onReset}>
                {S.resetConfirm}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button>{S.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
