import { Button } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { Notice } from "./Notice";

interface Props {
  title: string;
  retry: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
}

/** Shows a render error in the pane (with its message) instead of a blank pane, and lets the user retry. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("DraftKit pane error", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Notice intent="error" role="alert" testId="pane-error" title={this.props.title}>
        {error.message}
        <div>
          <Button size="small" onClick={() => this.setState({ error: undefined })}>
            {this.props.retry}
          </Button>
        </div>
      </Notice>
    );
  }
}
