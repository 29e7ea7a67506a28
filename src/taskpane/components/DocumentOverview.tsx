import { Button, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { DocumentSnapshot, HeaderField } from "../../core";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    alignItems: "center",
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  // Values that are buttons (a click selects the field in the document) align like the plain values.
  link: {
    justifyContent: "start",
    textAlign: "start",
    minWidth: 0,
    height: "auto",
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

const TRACKING_LABELS: Record<DocumentSnapshot["facts"]["trackChanges"], string> = {
  off: "Off",
  trackAll: "On (all authors)",
  trackMineOnly: "On (my changes)",
  unknown: "Not available in this version of Word (it needs Word API 1.4)",
};

interface Props {
  snapshot: DocumentSnapshot;
  onGoTo: (paragraph: number) => void;
}

/** What the add-in read: the header fields (each a link into the document) and document facts. */
export function DocumentOverview({ snapshot, onGoTo }: Props) {
  const styles = useStyles();
  const { header, trackChanges, readOnly } = snapshot.facts;
  const highlighted = snapshot.paragraphs.reduce((count, p) => count + p.highlights.length, 0);
  const emails = header.contacts.filter((contact) => contact.email !== null).length;

  const field = (label: string, value: HeaderField | null) => (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.value}>
        {value === null ? (
          <Text className={styles.missing}>not found</Text>
        ) : (
          <Button
            appearance="transparent"
            size="small"
            className={styles.link}
            onClick={() => onGoTo(value.paragraph)}
          >
            {value.value === "" ? "(empty)" : value.value}
          </Button>
        )}
      </dd>
    </>
  );

  return (
    <dl className={styles.list} aria-label="Document overview">
      {field("TD number", header.tdNumber)}
      {field("Title", header.title)}
      {field("Source", header.source)}
      <dt className={styles.term}>Contacts</dt>
      <dd className={styles.value}>
        {header.contacts.length} ({emails} with e-mail)
      </dd>
      {field("Abstract", header.abstract)}
      <dt className={styles.term}>Paragraphs</dt>
      <dd className={styles.value}>{snapshot.paragraphs.length}</dd>
      <dt className={styles.term}>Highlighted passages</dt>
      <dd className={styles.value}>{highlighted}</dd>
      <dt className={styles.term}>Track changes</dt>
      <dd className={styles.value}>{TRACKING_LABELS[trackChanges]}</dd>
      <dt className={styles.term}>Editing</dt>
      <dd className={styles.value}>{readOnly ? "Read-only" : "Allowed"}</dd>
    </dl>
  );
}
