import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

/** The Word versions the add-in runs on: those with WordApi 1.3 (manifest.xml), as Microsoft's requirement sets list them. */
export const SUPPORTED_WORD =
  "Word for Microsoft 365 or Word 2019 or later on Windows (volume-licensed Word 2019 and 2021 included), Word for Mac, or Word on the web";

/** Said where Word has WordApi 1.3 only (volume-licensed Word 2019 and 2021): it cannot show the add-in tracked changes. */
export const TRACKED_CHANGES_NOTE =
  "This version of Word does not show the add-in tracked changes. Validate for posting reads the saved file where Word hands it over; otherwise text deleted with tracked changes is checked too, as if it were still there.";

/**
 * The document cannot be changed: Office says so, or Word refused a write and said why (AccessDenied). A refusal
 * holds until a write succeeds or the user says Word is in Editing again (Viewing mode cannot be detected).
 */
export function ReadOnlyBanner({
  refusedOnly,
  onEditingAgain,
}: {
  refusedOnly: boolean;
  onEditingAgain: () => void;
}) {
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>
        <MessageBarTitle>Read-only document</MessageBarTitle>
        {refusedOnly
          ? "Word refused a change: the document is open for viewing only, read-only or protected. The add-in can check it; switch Word to Editing to use the editing commands again."
          : "The add-in can check this document but will not change it. Open it for editing to use the editing commands."}
      </MessageBarBody>
      {refusedOnly && (
        <MessageBarActions>
          <Button size="small" onClick={onEditingAgain}>
            Word is in Editing now
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
