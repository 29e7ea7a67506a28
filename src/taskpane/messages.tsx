/**
 * Where the pane tells the user what happened: next to the control that caused it. A command says its result
 * at its place ("insert", "summary", …); a `MessageSlot` placed beside that control shows it, scrolls it into
 * view, announces it to screen readers, and takes the focus when the control that had it is gone or disabled.
 * One message at a time: a new one replaces the last, and switching areas clears it.
 */
import { makeStyles, tokens, useAnnounce } from "@fluentui/react-components";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { StatusBar, type Status } from "./components/StatusBar";

export interface PaneMessage {
  place: string;
  status: Status;
  /** Move the focus to the message: the control that was used has disappeared or is disabled now. */
  focus: boolean;
  /** Tells one message from the next with the same text (each is scrolled to and announced). */
  id: number;
}

export interface Messages {
  current: PaneMessage | null;
  /** Shows `status` at `place` (null clears the message). Later errors with no place of their own go there too. */
  say: (place: string, status: Status | null, options?: { focus?: boolean }) => void;
  /** An error that arrives on its own (Word failed, an unexpected error): at the place last used. */
  sayAtLastPlace: (status: Status) => void;
  clear: () => void;
}

/** Place of the messages that come before any command: above the areas. */
export const TOP_PLACE = "top";

export function useMessages(): Messages {
  const [current, setCurrent] = useState<PaneMessage | null>(null);
  const lastPlace = useRef(TOP_PLACE);
  const nextId = useRef(1);

  const say = useCallback((place: string, status: Status | null, options: { focus?: boolean } = {}) => {
    lastPlace.current = place;
    setCurrent(status ? { place, status, focus: options.focus ?? false, id: nextId.current++ } : null);
  }, []);
  const sayAtLastPlace = useCallback((status: Status) => say(lastPlace.current, status), [say]);
  const clear = useCallback(() => setCurrent(null), []);
  return useMemo(() => ({ current, say, sayAtLastPlace, clear }), [current, say, sayAtLastPlace, clear]);
}

export const MessagesContext = createContext<Messages | null>(null);

function useMessagesContext(): Messages {
  const messages = useContext(MessagesContext);
  if (!messages) throw new Error("MessagesContext is missing");
  return messages;
}

/** The function a control's handler calls to say its result at its place. */
export function useSay(place: string) {
  const { say } = useMessagesContext();
  return useCallback(
    (status: Status | null, options?: { focus?: boolean }) => say(place, status, options),
    [say, place],
  );
}

const useStyles = makeStyles({
  slot: {
    scrollMarginBlock: tokens.spacingVerticalM,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

function focusIsLost(): boolean {
  const active = document.activeElement;
  return (
    active === null ||
    active === document.body ||
    !active.isConnected ||
    (active as HTMLButtonElement).disabled === true
  );
}

export function MessageSlot({ place }: { place: string }) {
  const { current } = useMessagesContext();
  const styles = useStyles();
  const { announce } = useAnnounce();
  const slot = useRef<HTMLDivElement>(null);
  const message = current?.place === place ? current : null;

  useEffect(() => {
    const element = slot.current;
    if (!message || !element) return;
    if (message.focus || focusIsLost()) element.focus({ preventScroll: true });
    // The message bar settles its layout over its first frames (it measures itself, then wraps its text): while it
    // does, each new size is brought wholly into view. After a second the user may scroll away freely.
    const bringIntoView = () => element.scrollIntoView({ block: "nearest" });
    const observer = new ResizeObserver(bringIntoView);
    observer.observe(element);
    const settled = setTimeout(() => observer.disconnect(), 1_000);
    const { title, text, intent } = message.status;
    announce(title ? `${title}. ${text}` : text, { polite: intent !== "error" });
    return () => {
      observer.disconnect();
      clearTimeout(settled);
    };
    // Only a new message is scrolled to, focused and announced, not a re-render of the same one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [message?.id]);

  if (!message) return null;
  return (
    <div ref={slot} tabIndex={-1} className={styles.slot} data-testid={`message-${place}`}>
      <StatusBar status={message.status} live={false} />
    </div>
  );
}
