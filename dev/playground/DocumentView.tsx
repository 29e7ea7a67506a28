/**
 * Renders the simulated Word document: paragraphs with their styles, table cells, highlights, hyperlinks and
 * Word's selection. Re-renders after every sync of the simulator.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { runsOf, type SimParagraph } from "../simulator/document";
import type { WordSimulator } from "../simulator";

const useStyles = makeStyles({
  page: {
    maxWidth: "780px",
    margin: "0 auto",
    padding: "48px 56px",
    backgroundColor: "#ffffff",
    color: "#1a1a1a",
    boxShadow: tokens.shadow8,
    fontFamily: "'Times New Roman', Times, serif",
    fontSize: "15px",
    lineHeight: 1.45,
    whiteSpace: "pre-wrap",
    tabSize: 6,
  },
  paragraph: { margin: "0 0 6px 0", minHeight: "1em" },
  heading: { fontWeight: 700, margin: "14px 0 6px 0", fontSize: "16px" },
  action: { paddingLeft: "8px", borderLeft: "3px solid #5b7db1" },
  cell: {
    margin: 0,
    padding: "1px 6px",
    borderLeft: "1px dotted #9a9a9a",
    fontFamily: "Arial, sans-serif",
    fontSize: "13px",
  },
  mark: { backgroundColor: "#fff200", color: "#1a1a1a" },
  link: { color: "#0b4ea2", textDecoration: "underline" },
  selection: { backgroundColor: "#b5d3ff", outline: "1px solid #2b63c4" },
  cursor: { boxShadow: "inset 3px 0 0 #2b63c4" },
  focusable: { ":focus-visible": { outline: "2px solid #2b63c4", outlineOffset: "2px" } },
  editor: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    font: "inherit",
    whiteSpace: "pre-wrap",
    border: "1px solid #2b63c4",
    padding: "2px 4px",
  },
});

function useDocumentVersion(sim: WordSimulator): number {
  const version = useRef(0);
  return useSyncExternalStore(
    (onChange) =>
      sim.subscribe(() => {
        version.current++;
        onChange();
      }),
    () => version.current,
  );
}

type Styles = ReturnType<typeof useStyles>;

/** Splits a paragraph at every change of highlight, hyperlink or selection, and wraps each piece. */
function renderText(
  paragraph: SimParagraph,
  selection: { start: number; end: number } | null,
  styles: Styles,
): ReactNode[] {
  const cuts = new Set<number>([0, paragraph.text.length]);
  for (const run of [...runsOf(paragraph.highlight), ...runsOf(paragraph.link)]) {
    cuts.add(run.start);
    cuts.add(run.start + run.length);
  }
  if (selection) {
    cuts.add(selection.start);
    cuts.add(selection.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    if (end <= start) continue;
    let node: ReactNode = paragraph.text.slice(start, end);
    if (paragraph.link[start])
      node = (
        <span className={styles.link} title={paragraph.link[start]!}>
          {node}
        </span>
      );
    if (paragraph.highlight[start]) node = <mark className={styles.mark}>{node}</mark>;
    if (selection && start >= selection.start && end <= selection.end) {
      node = (
        <span className={styles.selection} data-testid="selection">
          {node}
        </span>
      );
    }
    pieces.push(<span key={start}>{node}</span>);
  }
  return pieces;
}

interface Props {
  sim: WordSimulator;
  /** The paragraph being edited (its text in a field), or null. */
  editing: number | null;
  onEdit: (paragraphId: number | null) => void;
  onCommit: (paragraphId: number, text: string) => void;
}

/** A paragraph's text in a field: Enter (or leaving the field) keeps it, Escape drops the change. */
function ParagraphEditor({ text, onDone }: { text: string; onDone: (text: string | null) => void }) {
  const styles = useStyles();
  const [value, setValue] = useState(text);
  const done = useRef(false);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(result);
  };
  return (
    <textarea
      className={styles.editor}
      aria-label="Text of the paragraph (Enter keeps it, Escape cancels)"
      autoFocus
      // The caret starts at the end of the text, where one usually goes on typing.
      onFocus={(event) =>
        event.target.setSelectionRange(event.target.value.length, event.target.value.length)
      }
      rows={Math.max(1, Math.ceil(value.length / 70))}
      value={value}
      onChange={(event) => setValue(event.target.value.replace(/\n/g, ""))}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          finish(value);
        } else if (event.key === "Escape") {
          event.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(value)}
    />
  );
}

export function DocumentView({ sim, editing, onEdit, onCommit }: Props) {
  const styles = useStyles();
  useDocumentVersion(sim);
  const selected = useRef<HTMLParagraphElement>(null);
  const { paragraphs, selection } = sim.document;
  // Keyboard users: the document is one Tab stop (roving tabindex); the arrow keys move between paragraphs and
  // Enter puts Word's cursor at the start of the focused one, as a click does.
  const [focusIndex, setFocusIndex] = useState(0);
  const tabStop = Math.min(focusIndex, Math.max(0, paragraphs.length - 1));
  const placeCursor = (paragraphId: number) =>
    sim.userEdit((doc) => (doc.selection = { paragraphId, start: 0, end: 0 }));
  const focusParagraph = (from: HTMLElement, index: number) => {
    const target = from
      .closest("article")
      ?.querySelector<HTMLElement>(
        `[data-paragraph="${Math.max(0, Math.min(index, paragraphs.length - 1))}"]`,
      );
    target?.focus();
  };

  useEffect(() => {
    const paragraph = selected.current;
    const column = paragraph?.closest("#document-column");
    if (editing !== null || !paragraph || !column) return;
    // The column scrolls itself, not through scrollIntoView: in Chromium a smooth scrollIntoView here would stop
    // the task pane's own scrollIntoView (which brings a message into view) while it runs.
    const offset = paragraph.getBoundingClientRect().top - column.getBoundingClientRect().top;
    column.scrollTo({ top: column.scrollTop + offset - column.clientHeight / 2, behavior: "smooth" });
  });

  return (
    <article className={styles.page} aria-label="Simulated Word document" aria-describedby="document-keys">
      <span id="document-keys" hidden>
        Arrow keys move between paragraphs; Enter puts the cursor at the start of the paragraph; F2 edits it.
      </span>
      {paragraphs.map((paragraph, index) => {
        const isSelected = selection?.paragraphId === paragraph.id;
        const className = mergeClasses(
          styles.paragraph,
          isSelected && selection.start === selection.end && styles.cursor,
          paragraph.outlineLevel <= 9 && styles.heading,
          paragraph.style === "ITU Action" && styles.action,
          paragraph.table !== null && styles.cell,
          styles.focusable,
        );
        return (
          <p
            key={paragraph.id}
            className={className}
            data-paragraph={index}
            data-style={paragraph.style}
            data-cursor={isSelected ? "" : undefined}
            ref={isSelected ? selected : undefined}
            tabIndex={editing === null && index === tabStop ? 0 : -1}
            onFocus={() => setFocusIndex(index)}
            onKeyDown={(event) => {
              if (editing === paragraph.id || event.target !== event.currentTarget) return;
              const moves: Record<string, number> = {
                ArrowDown: index + 1,
                ArrowUp: index - 1,
                Home: 0,
                End: paragraphs.length - 1,
              };
              if (event.key in moves) focusParagraph(event.currentTarget, moves[event.key]!);
              else if (event.key === "Enter") placeCursor(paragraph.id);
              else if (event.key === "F2") onEdit(paragraph.id);
              else return;
              event.preventDefault();
            }}
            // A click puts Word's cursor at the start of the paragraph, as the user would before "Insert action".
            onMouseDown={() => editing !== paragraph.id && placeCursor(paragraph.id)}
            onDoubleClick={() => onEdit(paragraph.id)}
          >
            {editing === paragraph.id ? (
              <ParagraphEditor
                text={paragraph.text}
                onDone={(text) => {
                  if (text !== null) onCommit(paragraph.id, text);
                  onEdit(null);
                }}
              />
            ) : (
              renderText(paragraph, isSelected ? selection : null, styles)
            )}
          </p>
        );
      })}
    </article>
  );
}
