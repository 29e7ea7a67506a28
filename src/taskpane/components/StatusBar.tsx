import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface Status {
  intent: "info" | "success" | "warning" | "error";
  title?: string;
  text: string;
}

/** The one place where the pane tells the user what happened. */
export function StatusBar({ status }: { status: Status | null }) {
  if (status === null) return null;
  return (
    <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {status.title && <MessageBarTitle>{status.title}</MessageBarTitle>}
        {status.text}
      </MessageBarBody>
    </MessageBar>
  );
}
