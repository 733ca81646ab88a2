/** A port failure or other problem, in Danish, in an error message bar the user can dismiss. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { JSX } from 'react';
import { STRINGS } from '../strings';

export interface ErrorBarProps {
  message: string;
  onDismiss?: () => void;
}

export function ErrorBar({ message, onDismiss }: ErrorBarProps): JSX.Element {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" onClick={onDismiss}>
              {STRINGS.app.dismiss}
            </Button>
          }
        />
      ) : null}
    </MessageBar>
  );
}
