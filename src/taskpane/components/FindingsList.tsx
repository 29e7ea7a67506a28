import { Badge, Button, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { groupFindings, locationText, type EditPlan, type Finding, type Severity } from "../../core";
import { useAreaStyles } from "./areaStyles";

const useStyles = makeStyles({
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  ruleHeading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  about: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  message: {
    display: "flex",
    flexDirection: "column",
    alignItems: "start",
    textAlign: "start",
    justifyContent: "start",
    height: "auto",
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  location: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  entry: { color: tokens.colorNeutralForeground2 },
  confirm: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const BADGE_COLORS: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

interface Props {
  findings: readonly Finding[];
  canEdit: boolean;
  busy: boolean;
  onSelect: (finding: Finding) => void;
  onFix: (plan: EditPlan) => void;
  /** "Ignore in this document…" (IgnoreDialog); `ignoreDisabledBy`: the id of the line saying why it cannot be. */
  onIgnore?: (finding: Finding) => void;
  ignoreDisabledBy?: string | null;
}

// The message is part of the key: findings about the document as a whole may share their place and rule.
const keyOf = (finding: Finding) =>
  `${finding.paragraph}:${finding.start}:${finding.rule}:${finding.message}`;
const messageId = (finding: Finding) => `finding-${finding.paragraph}-${finding.start}-${finding.rule}`;

/**
 * Findings grouped by severity, then by what is wrong (the rule's title, with a link to its page); each one says
 * where it is and selects its place in the document when clicked.
 */
export function FindingsList({
  findings,
  canEdit,
  busy,
  onSelect,
  onFix,
  onIgnore,
  ignoreDisabledBy,
}: Props) {
  const styles = useStyles();
  const areaStyles = useAreaStyles();
  // A fix that asks first (removing a highlight): the finding whose question is showing.
  const [confirming, setConfirming] = useState<string | null>(null);
  // After "Cancel", the focus goes back to the fix button it came from.
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const fixControls = (finding: Finding) => {
    const fix = finding.fix!;
    const key = keyOf(finding);
    if (confirming !== key || !fix.confirmation) {
      return (
        <Button
          size="small"
          disabled={!canEdit}
          disabledFocusable={busy}
          // Two findings can offer the same fix ("Cite TD171R2"): the place tells their buttons apart.
          aria-label={finding.location ? `${fix.label} — ${locationText(finding.location)}` : undefined}
          ref={(element) => {
            if (element && returnFocus === key) {
              element.focus();
              setReturnFocus(null);
            }
          }}
          onClick={() => (fix.confirmation ? setConfirming(key) : onFix(fix))}
        >
          {fix.label}
        </Button>
      );
    }
    return (
      <div role="group" aria-label={fix.label} className={styles.confirm}>
        <Text size={200}>{fix.confirmation}</Text>
        <Button
          ref={confirmButton}
          size="small"
          appearance="primary"
          onClick={() => {
            setConfirming(null);
            onFix(fix);
          }}
        >
          Confirm
        </Button>
        <Button
          size="small"
          onClick={() => {
            setConfirming(null);
            setReturnFocus(key);
          }}
        >
          Cancel
        </Button>
      </div>
    );
  };

  return (
    <>
      {groupFindings(findings).map(({ severity, title, rules, count }) => (
        <section key={severity} aria-label={title}>
          <h2 className={styles.heading}>
            {title}{" "}
            <Badge appearance="filled" color={BADGE_COLORS[severity]}>
              {count}
            </Badge>
          </h2>
          {rules.map((rule) => (
            <div key={rule.rule}>
              <h3 className={styles.ruleHeading}>
                <span>
                  {rule.title} ({rule.findings.length})
                </span>
                <Link
                  className={styles.about}
                  href={`rules/${rule.rule}.html`}
                  target="_blank"
                  rel="noopener"
                  aria-label={`About this check: ${rule.title}`}
                >
                  About this check
                </Link>
              </h3>
              <ul className={areaStyles.list}>
                {rule.findings.map((finding) => (
                  <li key={keyOf(finding)} className={styles.item}>
                    <Button
                      appearance="transparent"
                      className={styles.message}
                      onClick={() => onSelect(finding)}
                    >
                      <span id={messageId(finding)}>{finding.message}</span>
                      {finding.location && (
                        <span className={styles.location}>{locationText(finding.location)}</span>
                      )}
                    </Button>
                    {finding.registryEntry && (
                      <Text size={200} className={styles.entry}>
                        Registry: {finding.registryEntry.title}
                        {finding.registryEntry.source ? ` — ${finding.registryEntry.source}` : ""}
                      </Text>
                    )}
                    {(finding.fix || onIgnore) && (
                      <div className={styles.confirm}>
                        {finding.fix && fixControls(finding)}
                        {onIgnore && (
                          <Button
                            size="small"
                            appearance="subtle"
                            disabledFocusable={busy || !!ignoreDisabledBy}
                            // Many findings have this button: the finding's words tell them apart.
                            aria-describedby={[messageId(finding), ignoreDisabledBy]
                              .filter(Boolean)
                              .join(" ")}
                            onClick={() => onIgnore(finding)}
                          >
                            Ignore in this document…
                          </Button>
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
