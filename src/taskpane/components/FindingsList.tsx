import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { EditPlan, Finding, Severity } from "../../core";
import { useAreaStyles } from "./areaStyles";

const useStyles = makeStyles({
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  rule: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground2,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  message: {
    textAlign: "start",
    justifyContent: "start",
    height: "auto",
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  entry: { color: tokens.colorNeutralForeground2 },
  confirm: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const SEVERITIES: { severity: Severity; title: string; color: "danger" | "warning" | "informative" }[] = [
  { severity: "error", title: "Errors", color: "danger" },
  { severity: "warning", title: "Warnings", color: "warning" },
  { severity: "info", title: "Information", color: "informative" },
];

interface Props {
  findings: readonly Finding[];
  canEdit: boolean;
  onSelect: (finding: Finding) => void;
  onFix: (plan: EditPlan) => void;
}

/** Findings grouped by severity, then by rule, with counts; each one navigates to its place in the document. */
const keyOf = (finding: Finding) => `${finding.paragraph}:${finding.start}:${finding.rule}`;

export function FindingsList({ findings, canEdit, onSelect, onFix }: Props) {
  const styles = useStyles();
  const areaStyles = useAreaStyles();
  // A fix that asks first (removing a highlight): the finding whose question is showing.
  const [confirming, setConfirming] = useState<string | null>(null);

  const fixControls = (finding: Finding) => {
    const fix = finding.fix!;
    if (confirming !== keyOf(finding) || !fix.confirmation) {
      return (
        <Button
          size="small"
          disabled={!canEdit}
          onClick={() => (fix.confirmation ? setConfirming(keyOf(finding)) : onFix(fix))}
        >
          {fix.label}
        </Button>
      );
    }
    return (
      <div role="group" aria-label={fix.label} className={styles.confirm}>
        <Text size={200}>{fix.confirmation}</Text>
        <Button
          size="small"
          appearance="primary"
          onClick={() => {
            setConfirming(null);
            onFix(fix);
          }}
        >
          Confirm
        </Button>
        <Button size="small" onClick={() => setConfirming(null)}>
          Cancel
        </Button>
      </div>
    );
  };
  return (
    <>
      {SEVERITIES.map(({ severity, title, color }) => {
        const ofSeverity = findings.filter((f) => f.severity === severity);
        if (ofSeverity.length === 0) return null;
        const rules = [...new Set(ofSeverity.map((f) => f.rule))];
        return (
          <section key={severity} aria-label={title}>
            <h2 className={styles.heading}>
              {title}{" "}
              <Badge appearance="filled" color={color}>
                {ofSeverity.length}
              </Badge>
            </h2>
            {rules.map((rule) => {
              const ofRule = ofSeverity.filter((f) => f.rule === rule);
              return (
                <div key={rule}>
                  <h3 className={styles.rule}>
                    {rule} ({ofRule.length})
                  </h3>
                  <ul className={areaStyles.list}>
                    {ofRule.map((finding) => (
                      <li key={keyOf(finding)} className={styles.item}>
                        <Button
                          appearance="transparent"
                          className={styles.message}
                          onClick={() => onSelect(finding)}
                        >
                          {finding.message}
                        </Button>
                        {finding.registryEntry && (
                          <Text size={200} className={styles.entry}>
                            Registry: {finding.registryEntry.title}
                            {finding.registryEntry.source ? ` — ${finding.registryEntry.source}` : ""}
                          </Text>
                        )}
                        {finding.fix && <div>{fixControls(finding)}</div>}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
