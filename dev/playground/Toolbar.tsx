/**
 * The playground's own controls, above the simulated document: edit the paragraph at the cursor, add or delete a
 * paragraph, open a .docx of one's own (read by the project's .docx reader), or go back to the sample.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { WordSimulator } from "../simulator";
import { SAMPLE_REPORT } from "./sampleReport";
import { addParagraphAfterCursor, deleteCursorParagraph, openDocx } from "./userEdits";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    maxWidth: "780px",
    margin: "0 auto 12px auto",
    padding: tokens.spacingVerticalS,
    backgroundColor: "#f5f5f5",
    borderBottom: "1px solid #c8c8c8",
  },
  hidden: { display: "none" },
  note: { color: "#1a1a1a" },
});

interface Props {
  sim: WordSimulator;
  onEdit: (paragraphId: number | null) => void;
}

export function Toolbar({ sim, onEdit }: Props) {
  const styles = useStyles();
  const chooser = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState(
    "Click a paragraph (or Tab to the document, arrow keys, Enter) to put the cursor there; double-click (F2) to edit it; or open a .docx (or a .txt export) of your own.",
  );

  const cursorParagraph = () => sim.document.selection?.paragraphId ?? null;

  return (
    <div className={styles.bar} role="toolbar" aria-label="Simulated document">
      <Button
        size="small"
        onClick={() => {
          const id = cursorParagraph();
          if (id === null)
            setNote("Click a paragraph first (or select it and press Enter): it gets the cursor.");
          else onEdit(id);
        }}
      >
        Edit paragraph
      </Button>
      <Button size="small" onClick={() => onEdit(addParagraphAfterCursor(sim))}>
        New paragraph after
      </Button>
      <Button
        size="small"
        onClick={() =>
          setNote(deleteCursorParagraph(sim) ? "Paragraph deleted." : "Click a paragraph to delete first.")
        }
      >
        Delete paragraph
      </Button>
      <Button size="small" onClick={() => chooser.current?.click()}>
        Open a .docx or .txt…
      </Button>
      <Button
        size="small"
        onClick={() => {
          sim.userEdit((doc) => doc.load(SAMPLE_REPORT));
          setNote("The sample report is back.");
        }}
      >
        Sample report
      </Button>
      <input
        ref={chooser}
        className={styles.hidden}
        type="file"
        accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        aria-label="Open a .docx or .txt"
        data-testid="open-docx"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (!file) return;
          try {
            const count = await openDocx(sim, file);
            setNote(`${file.name}: ${count} paragraphs. Check it with the pane.`);
          } catch (error) {
            setNote(
              `${file.name} could not be opened: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }}
      />
      <Text size={200} className={styles.note} role="status">
        {note}
      </Text>
    </div>
  );
}
