import { Notice } from "./Notice";

/** A problem from the core or the host shown in the pane, with its stable code for support. */
export function ProblemBar({ code, message }: { code: string; message: string }) {
  return (
    <Notice intent="warning" testId="problem" code={code}>
      {message} <small>({code})</small>
    </Notice>
  );
}
