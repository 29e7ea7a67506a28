import { useEffect } from "react";

/**
 * An error that escapes every handler would otherwise vanish into the console: show it in the pane instead.
 */
export function useGlobalErrors(report: (message: string) => void): void {
  useEffect(() => {
    const onError = (event: ErrorEvent) => report(messageOf(event.error ?? event.message));
    const onRejection = (event: PromiseRejectionEvent) => report(messageOf(event.reason));
    window.addEventListener("error", onError);
    window.addEventListener("unhandledrejection", onRejection);
    return () => {
      window.removeEventListener("error", onError);
      window.removeEventListener("unhandledrejection", onRejection);
    };
  }, [report]);
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "Something went wrong in the add-in.";
}
