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
import { useState } from "react";
import {
  aboutDocument,
  applyDecisions,
  countFindings,
  describeRegistryUsed,
  exportFileName,
  findingsJson,
  linkReferencesPlan,
  renderHtmlReport,
  verdict,
  type EditPlan,
  type FileFindings,
  type Finding,
  type IgnoredFinding,
  type RegistryAbout,
} from "../../core";
import type { HostEnvironment } from "../../word";
import { download } from "../download";
import { plural } from "../format";
import type { CheckMode, DocumentCheck } from "../hooks/useDocumentCheck";
import { useDelayedFlag } from "../hooks/useDelayedFlag";
import { useEditReport } from "../hooks/useEditReport";
import { useGoTo } from "../hooks/useGoTo";
import type { RegistryState } from "../hooks/useRegistry";
import { MessageSlot, useSay } from "../messages";
import { useAreaStyles } from "./areaStyles";
import { DocumentOverview } from "./DocumentOverview";
import { FindingsList } from "./FindingsList";
import { IgnoreDialog } from "./IgnoreDialog";
import { IgnoredFindings } from "./IgnoredFindings";
import { useSetAside } from "../hooks/useSetAside";
import { RegistryPanel } from "./RegistryPanel";
import { WhyDisabled } from "./WhyDisabled";

/** The id of the line that says why findings cannot be set aside (old Word, read-only document). */
const SET_ASIDE_UNAVAILABLE = "set-aside-unavailable";

const useStyles = makeStyles({
  summary: { fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  environment: HostEnvironment;
  canEdit: boolean;
  registry: RegistryState;
  documentCheck: DocumentCheck;
}

/** What the verdict and the exports say about the registry in use. */
function registryAbout(registry: RegistryState): RegistryAbout | null {
  const loaded = registry.load?.index?.registry;
  if (!loaded) return null;
  return {
    name: `${loaded.body} ${loaded.studyPeriod}`,
    asOf: loaded.updated ?? null,
    sample: registry.sample,
  };
}

export function CheckArea({ environment, canEdit, registry, documentCheck }: Props) {
  const styles = { ...useAreaStyles(), ...useStyles() };
  const { announce } = useAnnounce();
  const { snapshot, analysis, findings, busy, check, apply, edit, mode, note } = documentCheck;
  const sayCommand = useSay("check");
  const sayExport = useSay("export");
  const sayFindings = useSay("findings");
  const reportFix = useEditReport(sayFindings);
  const reportLinks = useEditReport(sayCommand);
  const showProgress = useDelayedFlag(busy);
  const index = registry.load?.index ?? null;
  const usedRegistry = registryAbout(registry);
  // Findings the author set aside in the document: not counted, listed apart with their reasons.
  const setAside = useSetAside(environment, canEdit, snapshot, findings, mode, (text) =>
    sayFindings({ intent: "error", text }),
  );
  const [ignoring, setIgnoring] = useState<Finding | null>(null);

  const runCheck = async (checkMode: CheckMode) => {
    sayCommand(null);
    const decisions = await setAside.reload();
    const result = await check(checkMode);
    if (!result) return;
    const applied = applyDecisions(result.snapshot, result.findings, decisions);
    if (checkMode === "posting") {
      announce(
        `Validation finished: ${verdict(applied.findings, usedRegistry, applied.ignored.length).text}.`,
        {
          polite: true,
        },
      );
    } else {
      const { errors, warnings } = countFindings(applied.findings);
      announce(`Check finished: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`, {
        polite: true,
      });
    }
  };

  const exportAs = (kind: "html" | "json") => {
    if (!snapshot) return;
    const about = aboutDocument(snapshot);
    const result: FileFindings = {
      file: "The document open in Word",
      findings: active,
      ignored: setAside.applied.ignored,
      lapsed: setAside.applied.lapsed,
      about,
      registry: usedRegistry,
    };
    const content = kind === "html" ? renderHtmlReport([result], new Date()) : findingsJson([result]);
    const fileName = exportFileName(about, kind);
    download(fileName, content, kind === "html" ? "text/html" : "application/json");
    sayExport({ intent: "success", text: `The posting check was saved as "${fileName}" in your downloads.` });
  };

  const goTo = useGoTo(environment, snapshot, sayFindings);

  // The fix's button goes with its finding: the result takes the focus.
  const applyFix = async (plan: EditPlan) => reportFix(plan.label, await apply(plan), { focus: true });

  const linkReferences = async () => {
    if (!snapshot || !analysis || !index) return;
    sayCommand(null);
    const { plan, refused, revisionWithoutAddress } = linkReferencesPlan(
      snapshot,
      analysis.references,
      index,
    );
    const notes = [
      refused.length > 0
        ? `${refused.map((r) => r.reference.id).join(", ")}: the registry's address is not an https address on itu.int.`
        : "",
      revisionWithoutAddress.length > 0
        ? `${revisionWithoutAddress.map((r) => `${r.id}R${r.revision}`).join(", ")}: the registry has no address for that revision.`
        : "",
    ].filter(Boolean);
    if (plan.operations.length === 0) {
      sayCommand({
        intent: "info",
        text:
          notes.length > 0
            ? `No reference was linked. ${notes.join(" ")}`
            : "Nothing to link: no reference has a registry address, or every one is linked already.",
      });
      return;
    }
    // Each link stands alone: a paragraph that changed (or has tracked changes) keeps the others from nothing.
    const result = await edit(() => plan, { mode: "unchanged-only" });
    if (notes.length > 0 && result && !result.problem && result.refused.length === 0) {
      sayCommand({
        intent: "warning",
        text: `Link references: ${plural(result.applied.length, "link")} added. Not linked: ${notes.join(" ")}`,
      });
    } else {
      reportLinks(plan.label, result);
    }
  };

  const ignoreFinding = async (finding: Finding, reason: string) => {
    const done = await setAside.ignore(finding, reason);
    // Closed either way: a failure is said next to the findings, which the dialog would hide.
    setIgnoring(null);
    if (!done) return;
    // The finding and its button are gone: the result takes the focus.
    sayFindings(
      {
        intent: "success",
        text: `Ignored in this document: "${finding.message}" It is listed under Ignored with your reason; Restore brings it back.`,
      },
      { focus: true },
    );
  };

  const restoreFinding = async ({ finding, decision }: IgnoredFinding) => {
    if (!(await setAside.restore(decision))) return;
    sayFindings(
      { intent: "success", text: `Restored: "${finding.message}" is among the findings again.` },
      { focus: true },
    );
  };

  const active = setAside.applied.findings;
  const ignoredCount = setAside.applied.ignored.length;
  const { errors, warnings, infos } = countFindings(active);
  const result = verdict(active, usedRegistry, ignoredCount);
  const linkReferencesUnavailable = !canEdit
    ? "The document cannot be changed (it is read-only): links cannot be added."
    : !index
      ? "No registry is loaded: the links are the registry's addresses of the documents."
      : !snapshot
        ? "Check the document first: the references it finds are the ones linked."
        : null;
  return (
    <div className={styles.area}>
      <RegistryPanel registry={registry} snapshot={snapshot} />
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => runCheck("drafting")}>
          Check document
        </Button>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => runCheck("posting")}>
          Validate for posting
        </Button>
        <WhyDisabled reason={linkReferencesUnavailable}>
          <Button disabledFocusable={busy || linkReferencesUnavailable !== null} onClick={linkReferences}>
            Link references
          </Button>
        </WhyDisabled>
        {showProgress && <Spinner size="tiny" label="Working…" />}
      </div>
      <MessageSlot place="check" />
      {snapshot && mode === "posting" && (
        <>
          <MessageBar
            intent={
              result.severity === "success" && (usedRegistry?.sample || note?.trackedChangesUnread)
                ? "warning"
                : result.severity
            }
            data-testid="verdict"
          >
            <MessageBarBody>
              <MessageBarTitle>{result.text}</MessageBarTitle>
              Checked against {describeRegistryUsed(usedRegistry)}
              {usedRegistry?.sample || !usedRegistry
                ? ": set your meeting's registry above before posting."
                : "; every rule ran, including the header, highlights, placeholders, empty clauses and the annex's list of documents."}
              {note?.trackedChangesUnread &&
                " It cannot be sure of text deleted with tracked changes: this version of Word does not show them to the add-in, so deleted text was checked as if it were still there. Accept or reject the changes, or validate in Word on the web or Word for Microsoft 365."}
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
          <MessageSlot place="export" />
        </>
      )}
      {snapshot ? (
        <>
          {/* After Validate for posting the verdict above is the one line that counts; the groups below name theirs. */}
          {mode !== "posting" && (
            <Text className={styles.summary} role="status">
              {active.length === 0
                ? "No problems found."
                : `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} for information`}
              {ignoredCount > 0 ? ` (${plural(ignoredCount, "finding")} ignored by the author)` : ""}
            </Text>
          )}
          {note && (
            <Text size={200} data-testid="reading-note">
              {note.sentence}
            </Text>
          )}
          {setAside.cannotStore && findings.length > 0 && (
            <Text size={200} id={SET_ASIDE_UNAVAILABLE}>
              {setAside.cannotStore}
            </Text>
          )}
          {setAside.unreadable.map((sentence) => (
            <Text key={sentence} size={200}>
              Ignored findings: {sentence}
            </Text>
          ))}
          <MessageSlot place="findings" />
          <FindingsList
            findings={active}
            canEdit={canEdit}
            busy={busy}
            onSelect={goTo}
            onFix={applyFix}
            onIgnore={setIgnoring}
            ignoreDisabledBy={setAside.cannotStore ? SET_ASIDE_UNAVAILABLE : null}
          />
          <IgnoredFindings
            ignored={setAside.applied.ignored}
            lapsed={setAside.applied.lapsed}
            restoreDisabledBy={setAside.cannotStore ? SET_ASIDE_UNAVAILABLE : null}
            busy={busy || setAside.busy}
            onSelect={goTo}
            onRestore={restoreFinding}
          />
          <IgnoreDialog
            finding={ignoring}
            busy={setAside.busy}
            onCancel={() => setIgnoring(null)}
            onIgnore={ignoreFinding}
          />
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
