import {
  AriaLiveAnnouncer,
  Button,
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  useAnnounce,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { MINIMUM_WORD_API, selectRange, type HostEnvironment } from "../word";
import { DocumentOverview } from "./components/DocumentOverview";
import { StatusBar, type Status } from "./components/StatusBar";
import { useDelayedFlag } from "./hooks/useDelayedFlag";
import { useDocumentSnapshot } from "./hooks/useDocumentSnapshot";
import { useGlobalErrors } from "./hooks/useGlobalErrors";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  main: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  footer: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

type Area = "actions" | "check" | "summary";

const AREA_LABELS: Record<Area, string> = { actions: "Actions", check: "Check", summary: "Summary" };

export function App({ environment }: { environment: HostEnvironment }) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={environment.theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.root}
    >
      <AriaLiveAnnouncer>
        <TaskPane environment={environment} />
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function TaskPane({ environment }: { environment: HostEnvironment }) {
  const styles = useStyles();
  const { announce } = useAnnounce();
  const [area, setArea] = useState<Area>("check");
  const [status, setStatus] = useState<Status | null>(null);
  const reportError = useCallback((text: string) => setStatus({ intent: "error", text }), []);
  useGlobalErrors(reportError);
  const { snapshot, busy, read } = useDocumentSnapshot(environment, reportError);
  const showProgress = useDelayedFlag(busy);
  const supported = environment.supports("WordApi", MINIMUM_WORD_API);

  const readNow = async () => {
    setStatus(null);
    const result = await read();
    if (result) announce(`Document read: ${result.paragraphs.length} paragraphs.`, { polite: true });
  };

  const goTo = async (paragraph: number) => {
    const target = snapshot?.paragraphs[paragraph];
    if (!target) return;
    try {
      const outcome = await selectRange(environment.word, {
        paragraph,
        start: 0,
        length: target.text.length,
        expectedText: target.text,
      });
      if (outcome === "paragraph-changed") {
        setStatus({
          intent: "warning",
          text: "That paragraph has changed since the document was read. Read it again.",
        });
      }
    } catch (error) {
      reportError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>TSAG Report Assistant</h1>
        <Text size={200}>Actions, references and posting checks for TSAG Rapporteur Group reports</Text>
      </header>
      <main className={styles.main}>
        {!supported && (
          <StatusBar
            status={{
              intent: "error",
              title: "This version of Word is too old",
              text: `TSAG Report Assistant needs Word API ${MINIMUM_WORD_API} (Word 2016 or later, Word on the web, or Word for Mac 16). Update Word to use it.`,
            }}
          />
        )}
        {supported && environment.readOnly && (
          <StatusBar
            status={{
              intent: "warning",
              title: "Read-only document",
              text: "The add-in can check this document but will not change it. Open it for editing to use the editing commands.",
            }}
          />
        )}
        <StatusBar status={status} />
        <TabList
          selectedValue={area}
          onTabSelect={(_, data) => setArea(data.value as Area)}
          aria-label="Areas"
        >
          {(Object.keys(AREA_LABELS) as Area[]).map((key) => (
            <Tab key={key} value={key}>
              {AREA_LABELS[key]}
            </Tab>
          ))}
        </TabList>
        <section className={styles.panel} role="tabpanel" aria-label={AREA_LABELS[area]}>
          {area === "check" && (
            <>
              <div className={styles.row}>
                <Button appearance="primary" disabled={!supported || busy} onClick={readNow}>
                  Read document
                </Button>
                {showProgress && <Spinner size="tiny" label="Reading the document…" />}
              </div>
              {snapshot ? (
                <DocumentOverview snapshot={snapshot} onGoTo={goTo} />
              ) : (
                <Text>Read the document to see its header fields and facts.</Text>
              )}
            </>
          )}
          {area === "actions" && (
            <Text>Action blocks (&quot;Action TSAG RG-…-n&quot;): insert, renumber, list and export.</Text>
          )}
          {area === "summary" && (
            <Text>Executive Summary: build it from the body and preview every change.</Text>
          )}
        </section>
      </main>
      <footer className={styles.footer}>{environment.hostName}</footer>
    </>
  );
}
