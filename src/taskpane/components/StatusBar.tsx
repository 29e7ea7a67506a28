import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface Status {
  intent: "info" | "success" | "warning" | "error";
  title?: string;
  text: string;
}

/**
 * A message of the pane. `live`: a live region of its own (for banners that are there from the start); the
 * messages of commands are announced by their MessageSlot instead, once.
 */
export function StatusBar({ status, live = true }: { status: Status | null; live?: boolean }) {
  if (status === null) return null;
  const role = !live ? undefined : status.intent === "error" ? "alert" : "status";
  return (
    <MessageBar intent={status.intent} role={role}>
      <MessageBarBody>
        {status.title && <MessageBarTitle>{status.title}</MessageBarTitle>}
        {status.text}
      </MessageBarBody>
    </MessageBar>
  );
}
