import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** A problem from the core or the host shown in the pane, with its stable code for support. */
export function ProblemBar({ code, message }: { code: string; message: string }) {
  return (
    <MessageBar intent="warning" data-testid="problem" data-code={code}>
      <MessageBarBody>
        {message} <small>({code})</small>
      </MessageBarBody>
    </MessageBar>
  );
}
