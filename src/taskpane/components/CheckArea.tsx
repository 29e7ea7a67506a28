import { Button, makeStyles, Spinner, Text, tokens, useAnnounce } from "@fluentui/react-components";
import { findAllReferences, linkReferencesPlan, type EditPlan, type Finding } from "../../core";
import type { HostEnvironment } from "../../word";
import { plural } from "../format";
import { useDelayedFlag } from "../hooks/useDelayedFlag";
import { useEditReport } from "../hooks/useEditReport";
import { useGoTo } from "../hooks/useGoTo";
import type { DocumentCheck } from "../hooks/useDocumentCheck";
import type { RegistryState } from "../hooks/useRegistry";
import { DocumentOverview } from "./DocumentOverview";
import { FindingsList } from "./FindingsList";
import { RegistryPanel } from "./RegistryPanel";
import type { Status } from "./StatusBar";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  summary: { fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  environment: HostEnvironment;
  canEdit: boolean;
  registry: RegistryState;
  documentCheck: DocumentCheck;
  report: (status: Status | null) => void;
}

function countsOf(findings: readonly Finding[]) {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return { errors, warnings, infos: findings.length - errors - warnings };
}

export function CheckArea({ environment, canEdit, registry, documentCheck, report }: Props) {
  const styles = useStyles();
  const { announce } = useAnnounce();
  const { snapshot, findings, busy, check, apply } = documentCheck;
  const reportEdit = useEditReport(report);
  const showProgress = useDelayedFlag(busy);
  const index = registry.load?.index ?? null;

  const runCheck = async () => {
    report(null);
    const result = await check();
    if (result) {
      const { errors, warnings } = countsOf(result.findings);
      announce(`Check finished: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`, {
        polite: true,
      });
    }
  };

  const goTo = useGoTo(environment, snapshot, report);

  const applyPlan = async (plan: EditPlan) => reportEdit(plan.label, await apply(plan));

  const linkReferences = async () => {
    if (!snapshot || !index) return;
    const { plan, refused } = linkReferencesPlan(snapshot, findAllReferences(snapshot), index);
    if (plan.operations.length === 0) {
      report({ intent: "info", text: "Every reference with a registry address is already linked." });
      return;
    }
    await applyPlan(plan);
    if (refused.length > 0) {
      report({
        intent: "warning",
        text: `${plural(refused.length, "address")} of the registry were not linked: only https addresses on itu.int are allowed (${refused.map((r) => r.reference.id).join(", ")}).`,
      });
    }
  };

  const { errors, warnings, infos } = countsOf(findings);
  return (
    <div className={styles.area}>
      <RegistryPanel registry={registry} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={runCheck}>
          Check document
        </Button>
        <Button disabled={busy || !canEdit || !snapshot || !index} onClick={linkReferences}>
          Link references
        </Button>
        {showProgress && <Spinner size="tiny" label="Working…" />}
      </div>
      {snapshot ? (
        <>
          <Text className={styles.summary} role="status">
            {findings.length === 0
              ? "No problems found."
              : `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info`}
          </Text>
          <FindingsList findings={findings} canEdit={canEdit} onSelect={goTo} onFix={applyPlan} />
          <h2 className={styles.heading}>Document</h2>
          <DocumentOverview
            snapshot={snapshot}
            onGoTo={(paragraph) =>
              goTo({ paragraph, start: 0, length: snapshot.paragraphs[paragraph]!.text.length })
            }
          />
        </>
      ) : (
        <Text>Check the document to see its references, header fields and facts.</Text>
      )}
    </div>
  );
}
