/**
 * The Working Party's side: on a closing-plenary agenda, "Add RG results from reports…" inserts the section built
 * from the RG reports at the cursor in one batch, and "Check against reports…" lists where the agenda no longer
 * says what the reports say, each difference a click away.
 */
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState, type RefObject } from "react";
import {
  agendaInsertPlan,
  groupsAlreadyInAgenda,
  agendaWp,
  buildAgendaSection,
  checkAgenda,
  looksLikeAgenda,
  nextWpNumber,
  reportForAgenda,
  type DocumentSnapshot,
  type Finding,
  type ReportForAgenda,
} from "../../core";
import type { HostEnvironment } from "../../word";
import { plural } from "../format";
import type { DocumentCheck } from "../hooks/useDocumentCheck";
import { useEditReport } from "../hooks/useEditReport";
import { useGoTo } from "../hooks/useGoTo";
import { MessageSlot, useSay } from "../messages";
import { useAreaStyles } from "./areaStyles";
import { FindingsList } from "./FindingsList";

const useStyles = makeStyles({
  narrow: { width: "8em" },
  hidden: { display: "none" },
  meta: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  environment: HostEnvironment;
  canEdit: boolean;
  documentCheck: DocumentCheck;
}

/** The reports, read from the files the user picked; the readers load only when first needed. */
async function readReports(
  files: readonly File[],
): Promise<{ reports: ReportForAgenda[]; problems: string[] }> {
  const { readDocumentFile } = await import("../../readers");
  const reports: ReportForAgenda[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const snapshot = await readDocumentFile(file.name, bytes);
      const report = reportForAgenda(snapshot, file.name);
      if (report) reports.push(report);
      else problems.push(`${file.name} names no Rapporteur Group.`);
    } catch (error) {
      problems.push(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { reports, problems };
}

export function AgendaArea({ environment, canEdit, documentCheck }: Props) {
  const styles = { ...useAreaStyles(), ...useStyles() };
  const { snapshot, busy, check, edit } = documentCheck;
  const say = useSay("agenda");
  const reportEdit = useEditReport(say);
  const goTo = useGoTo(environment, snapshot, say);
  const addChooser = useRef<HTMLInputElement>(null);
  const checkChooser = useRef<HTMLInputElement>(null);
  const [wpChoice, setWpChoice] = useState("");
  // The differences belong to the read they were found in: another document read since hides them.
  const [found, setDifferences] = useState<{
    findings: Finding[];
    against: string[];
    agenda: DocumentSnapshot;
  } | null>(null);
  const differences = found && found.agenda === snapshot ? found : null;
  const [reading, setReading] = useState(false);

  const isAgenda = useMemo(() => (snapshot ? looksLikeAgenda(snapshot) : false), [snapshot]);
  const detectedWp = useMemo(() => (snapshot ? agendaWp(snapshot) : null), [snapshot]);
  const wp = wpChoice || detectedWp || "";

  const addResults = async (files: readonly File[]) => {
    say(null);
    if (!/^WP\d{1,2}$/.test(wp)) {
      say({
        intent: "warning",
        text: 'Type the working party (for example WP2) in "Working Party", then add again.',
      });
      return;
    }
    setReading(true);
    const { reports, problems } = await readReports(files).finally(() => setReading(false));
    if (reports.length === 0) {
      say({ intent: "error", title: "No report could be read", text: problems.join(" ") });
      return;
    }
    let warnings: string[] = [];
    let added = 0;
    const result = await edit(
      ({ snapshot: fresh, cursor }) => {
        if (cursor === null)
          return {
            problem: "Click in the paragraph after which the results should go, then add them again.",
          };
        const section = buildAgendaSection(reports, { wp, start: nextWpNumber(fresh, wp, cursor) });
        warnings = [...section.warnings, ...groupsAlreadyInAgenda(fresh, section)];
        added = section.groups.length;
        return agendaInsertPlan(fresh, cursor, section);
      },
      { cursor: true },
    );
    if (result && !result.problem && result.refused.length === 0 && result.applied.length > 0) {
      const notes = [...warnings, ...problems];
      say({
        intent: notes.length > 0 ? "warning" : "success",
        title: `Results of ${plural(added, "Rapporteur Group")} added`,
        text:
          notes.length > 0
            ? notes.join(" ")
            : "Every action of the reports is in the agenda, under its number.",
      });
    } else {
      reportEdit("Add RG results from reports", result);
    }
  };

  const checkAgainst = async (files: readonly File[]) => {
    say(null);
    setReading(true);
    const { reports, problems } = await readReports(files).finally(() => setReading(false));
    const fresh = await check();
    const agenda = fresh?.snapshot ?? snapshot;
    if (!agenda || reports.length === 0) {
      if (problems.length > 0)
        say({ intent: "error", title: "No report could be read", text: problems.join(" ") });
      return;
    }
    const findings = checkAgenda(agenda, reports);
    setDifferences({
      findings,
      against: reports.map((report) => `${report.group} (${report.report ?? report.name})`),
      agenda,
    });
    say({
      intent: findings.length === 0 && problems.length === 0 ? "success" : "warning",
      text: [
        findings.length === 0
          ? "The agenda says what the reports say."
          : `${plural(findings.length, "difference")} with the reports, listed below.`,
        ...problems,
      ].join(" "),
    });
  };

  const chooser = (
    ref: RefObject<HTMLInputElement | null>,
    label: string,
    testId: string,
    act: (files: File[]) => void,
  ) => (
    <input
      ref={ref}
      className={styles.hidden}
      type="file"
      multiple
      accept=".docx,.txt"
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        const files = [...(event.target.files ?? [])];
        event.target.value = "";
        if (files.length > 0) act(files);
      }}
    />
  );

  if (!snapshot) {
    return (
      <div className={styles.area}>
        <Text>Read the document to work on its agenda.</Text>
        <div>
          <Button appearance="primary" disabledFocusable={busy} onClick={() => void check()}>
            Read agenda
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className={styles.area}>
      <Text className={styles.meta} data-testid="agenda-recognised">
        {isAgenda
          ? `This document is a closing-plenary agenda${detectedWp ? ` of ${detectedWp}` : ""}.`
          : "This document does not say it is an agenda (its title or abstract would): use these commands on a WP agenda."}
      </Text>
      <Field label="Working Party" hint={detectedWp && !wpChoice ? "from the agenda's title" : undefined}>
        <Input
          className={styles.narrow}
          value={wp}
          placeholder="WP2"
          onChange={(_, data) => setWpChoice(data.value.trim().toUpperCase())}
        />
      </Field>
      <div className={styles.row}>
        <Button
          disabled={!canEdit}
          disabledFocusable={busy || reading}
          onClick={() => addChooser.current?.click()}
        >
          Add RG results from reports…
        </Button>
        <Button disabledFocusable={busy || reading} onClick={() => checkChooser.current?.click()}>
          Check against reports…
        </Button>
        {chooser(addChooser, "Reports to add", "agenda-add-reports", (files) => void addResults(files))}
        {chooser(
          checkChooser,
          "Reports to check against",
          "agenda-check-reports",
          (files) => void checkAgainst(files),
        )}
      </div>
      <Text size={200} className={styles.meta}>
        Pick the RG reports (.docx). The results go after the paragraph holding the cursor, the WP&apos;s
        items numbered on from the last one before it.
      </Text>
      <MessageSlot place="agenda" />
      {differences && differences.findings.length > 0 && (
        <>
          <h2 className={styles.heading}>Differences with {differences.against.join(", ")}</h2>
          <FindingsList
            findings={differences.findings}
            canEdit={false}
            busy={busy}
            onSelect={goTo}
            onFix={() => {}}
          />
        </>
      )}
    </div>
  );
}
