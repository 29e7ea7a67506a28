/**
 * The "Ignored (N)" group, below the findings: what the author set aside in this document, each with its reason
 * and date, a click away in the document, and "Restore" to bring it back among the findings. Decisions whose
 * words changed are named once, so that nobody wonders where they went.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatDate, locationText, type Finding, type IgnoreDecision, type IgnoredFinding } from "../../core";
import { plural } from "../format";
import { useAreaStyles } from "./areaStyles";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "start",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
  },
  message: {
    display: "flex",
    flexDirection: "column",
    alignItems: "start",
    textAlign: "start",
    height: "auto",
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  secondary: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

/** "7 Dec 2026" from the stored "2026-12-07" (a calendar day: no time zone shift). */
function shownDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return iso ? formatDate(new Date(year!, month! - 1, day!)) : "an unknown date";
}

const messageId = (finding: Finding) => `ignored-${finding.paragraph}-${finding.start}-${finding.rule}`;

interface Props {
  ignored: readonly IgnoredFinding[];
  lapsed: readonly IgnoreDecision[];
  /** Null when findings can be restored; otherwise the id of the line that says why not. */
  restoreDisabledBy: string | null;
  busy: boolean;
  onSelect: (finding: Finding) => void;
  onRestore: (item: IgnoredFinding) => void;
}

export function IgnoredFindings({ ignored, lapsed, restoreDisabledBy, busy, onSelect, onRestore }: Props) {
  const styles = useStyles();
  const areaStyles = useAreaStyles();
  if (ignored.length === 0 && lapsed.length === 0) return null;
  return (
    <section aria-labelledby="ignored-heading" data-testid="ignored">
      <h2 id="ignored-heading" className={areaStyles.heading}>
        Ignored ({ignored.length})
      </h2>
      {ignored.length > 0 && (
        <Text block size={200} className={styles.secondary}>
          Set aside by the author of this document: they do not count in the verdict, and the exports and
          tsag-check list them with these reasons.
        </Text>
      )}
      <ul className={areaStyles.list}>
        {ignored.map((item) => {
          const { finding, decision } = item;
          return (
            <li key={`${finding.paragraph}:${finding.start}:${finding.rule}`} className={styles.item}>
              <Button appearance="transparent" className={styles.message} onClick={() => onSelect(finding)}>
                <span id={messageId(finding)}>{finding.message}</span>
                {finding.location && (
                  <span className={styles.secondary}>{locationText(finding.location)}</span>
                )}
              </Button>
              <Text size={200}>
                Reason: {decision.reason}{" "}
                <span className={styles.secondary}>(ignored on {shownDate(decision.date)})</span>
              </Text>
              <Button
                size="small"
                disabledFocusable={busy || restoreDisabledBy !== null}
                aria-describedby={[messageId(finding), restoreDisabledBy].filter(Boolean).join(" ")}
                onClick={() => onRestore(item)}
              >
                Restore
              </Button>
            </li>
          );
        })}
      </ul>
      {lapsed.length > 0 && (
        <Text block size={200} className={styles.secondary}>
          {plural(lapsed.length, "earlier decision")} no longer {lapsed.length === 1 ? "matches" : "match"}{" "}
          the document, because the words changed or the problem is gone:{" "}
          {lapsed.map((d) => `"${d.words || d.sentence}" (${d.reason})`).join("; ")}. Such findings are shown
          again.
        </Text>
      )}
    </section>
  );
}
