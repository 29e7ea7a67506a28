import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
  useAnnounce,
} from "@fluentui/react-components";
import {
  countFindings,
  findAllReferences,
  findingsJson,
  linkReferencesPlan,
  renderHtmlReport,
  verdict,
  type EditPlan,
} from "../../core";
import type { HostEnvironment } from "../../word";
import { plural } from "../format";
import { useDelayedFlag } from "../hooks/useDelayedFlag";
import { useEditReport } from "../hooks/useEditReport";
import { useGoTo } from "../hooks/useGoTo";
import type { CheckMode, DocumentCheck } from "../hooks/useDocumentCheck";
import { download } from "../download";
import type { RegistryState } from "../hooks/useRegistry";
import { DocumentOverview } from "./DocumentOverview";
import { FindingsList } from "./FindingsList";
import { RegistryPanel } from "./RegistryPanel";
import { useAreaStyles } from "./areaStyles";
import type { Status } from "./StatusBar";

const useStyles = makeStyles({
  summary: { fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  environment: HostEnvironment;
  canEdit: boolean;
  registry: RegistryState;
  documentCheck: DocumentCheck;
  report: (status: Status | null) => void;
}

export function CheckArea({ environment, canEdit, registry, documentCheck, report }: Props) {
  const styles = { ...useAreaStyles(), ...useStyles() };
  const { announce } = useAnnounce();
  const { snapshot, findings, busy, check, apply, mode } = documentCheck;
  const reportEdit = useEditReport(report);
  const showProgress = useDelayedFlag(busy);
  const index = registry.load?.index ?? null;

  const runCheck = async (mode: CheckMode) => {
    report(null);
    const result = await check(mode);
    if (!result) return;
    if (mode === "posting") {
      announce(`Validation finished: ${verdict(result.findings).text}.`, { polite: true });
    } else {
      const { errors, warnings } = countFindings(result.findings);
      announce(`Check finished: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`, {
        polite: true,
      });
    }
  };

  const exportAs = (kind: "html" | "json") => {
    const results = [{ file: "this document", findings }];
    const content = kind === "html" ? renderHtmlReport(results, new Date()) : findingsJson(results);
    download(`posting-check.${kind}`, content, kind === "html" ? "text/html" : "application/json");
    report({ intent: "success", text: `The posting check was saved as posting-check.${kind}.` });
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

  const { errors, warnings, infos } = countFindings(findings);
  return (
    <div className={styles.area}>
      <RegistryPanel registry={registry} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => runCheck("drafting")}>
          Check document
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => runCheck("posting")}>
          Validate for posting
        </Button>
        <Button disabled={busy || !canEdit || !snapshot || !index} onClick={linkReferences}>
          Link references
        </Button>
        {showProgress && <Spinner size="tiny" label="Working…" />}
      </div>
      {snapshot && mode === "posting" && (
        <>
          <MessageBar intent={verdict(findings).ready ? "success" : "error"} data-testid="verdict">
            <MessageBarBody>
              <MessageBarTitle>{verdict(findings).text}</MessageBarTitle>
              The posting check: every rule, including the header, highlights, placeholders, empty clauses and
              the annex's list of documents.
            </MessageBarBody>
          </MessageBar>
          <div className={styles.row}>
            <Button size="small" onClick={() => exportAs("html")}>
              Export as HTML
            </Button>
            <Button size="small" onClick={() => exportAs("json")}>
              Export as JSON
            </Button>
          </div>
        </>
      )}
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
