/**
 * "Ignore in this document…": asks for a short reason before setting a finding aside. A Fluent UI Dialog (modal:
 * it traps the focus, Escape cancels, and it takes the pane's theme); the reason is required and kept short,
 * because the secretariat reads it with the report.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { cleanReason, locationText, MAX_REASON_LENGTH, type Finding } from "../../core";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  where: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

interface Props {
  /** The finding to set aside; null: the dialog is closed. */
  finding: Finding | null;
  busy: boolean;
  onCancel: () => void;
  onIgnore: (finding: Finding, reason: string) => void;
}

export function IgnoreDialog({ finding, busy, onCancel, onIgnore }: Props) {
  const styles = useStyles();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setReason("");
    setProblem(null);
  }, [finding]);

  const submit = () => {
    if (!finding) return;
    if (cleanReason(reason) === null) {
      setProblem(
        reason.trim() === ""
          ? "Write a short reason: the secretariat reads it with the report."
          : `Keep the reason under ${MAX_REASON_LENGTH} characters.`,
      );
      return;
    }
    onIgnore(finding, reason);
  };

  return (
    <Dialog
      open={finding !== null}
      modalType="modal"
      onOpenChange={(_event, data) => !data.open && onCancel()}
    >
      <DialogSurface aria-describedby="ignore-dialog-finding">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>Ignore in this document</DialogTitle>
            <DialogContent className={styles.content}>
              {finding && (
                <div id="ignore-dialog-finding">
                  <Text block>{finding.message}</Text>
                  {finding.location && (
                    <Text block size={200} className={styles.where}>
                      {locationText(finding.location)}
                    </Text>
                  )}
                </div>
              )}
              <Text>
                The finding moves to Ignored, with your reason and today&apos;s date, kept in the document for
                whoever checks it next. It comes back if these words change.
              </Text>
              <Field
                label="Reason"
                required
                hint={`A short sentence, at most ${MAX_REASON_LENGTH} characters.`}
                validationMessage={problem ?? undefined}
                validationState={problem ? "error" : "none"}
              >
                <Textarea
                  value={reason}
                  maxLength={MAX_REASON_LENGTH}
                  resize="vertical"
                  onChange={(_event, data) => {
                    setReason(data.value);
                    setProblem(null);
                  }}
                  onKeyDown={(event) => {
                    // Enter sets the finding aside (a reason is one line); Shift+Enter is left to the field.
                    if (event.key === "Enter" && !event.shiftKey) {
                      event.preventDefault();
                      submit();
                    }
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={busy}>
                Ignore
              </Button>
              <Button onClick={onCancel}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
