import { useEffect } from "react";
import { type RequestedView, onViewRequest } from "../../commands/viewRequests";

/** Shows the view a ribbon button asks for (src/commands), whether the pane was open, hidden or not yet mounted. */
export function useViewRequests(select: (view: RequestedView) => void): void {
  useEffect(() => onViewRequest(select), [select]);
}
