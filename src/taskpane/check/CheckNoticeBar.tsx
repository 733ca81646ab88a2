/** A check action's result or failure as a Fluent MessageBar; a failure offers to try again. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { JSX } from 'react';
import { CHECK_STRINGS as S } from '../strings-check';
import type { CheckNotice } from './useCheckRunner';

/**
 * What an action did or why it failed; a failure's bar has "Prøv igen".
 * @example <CheckNoticeBar notice={{ intent: 'success', lines: ['Rettelsen er indsat i brevet.'] }} onDismiss={close} />
 */
export function CheckNoticeBar({
  notice,
  onDismiss,
}: {
  notice: CheckNotice;
  onDismiss: () => void;
}): JSX.Element {
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        {notice.intent === 'error' ? (
          <Button onClick={notice.retry}>{S.retry}</Button>
        ) : (
          <Button appearance="transparent" onClick={onDismiss}>
            {S.dismiss}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
