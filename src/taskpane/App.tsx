import {
  AriaLiveAnnouncer,
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { MINIMUM_WORD_API, type HostEnvironment } from "../word";
import { ActionsArea } from "./components/ActionsArea";
import { AgendaArea } from "./components/AgendaArea";
import { CheckArea } from "./components/CheckArea";
import { SummaryArea } from "./components/SummaryArea";
import { ReadOnlyBanner, SUPPORTED_WORD, TRACKED_CHANGES_NOTE } from "./components/HostBanners";
import { StatusBar } from "./components/StatusBar";
import { useDocumentCheck, type GroupChoices } from "./hooks/useDocumentCheck";
import { useGlobalErrors } from "./hooks/useGlobalErrors";
import { useRegistry } from "./hooks/useRegistry";
import { MessageSlot, MessagesContext, TOP_PLACE, useMessages } from "./messages";

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
  footer: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
});

type Area = "check" | "actions" | "summary" | "agenda";

/** In the order docs/features.md presents them; the pane opens on the first. */
const AREA_LABELS: Record<Area, string> = {
  check: "Check",
  actions: "Actions",
  summary: "Summary",
  agenda: "Agenda",
};

export function App({ environment }: { environment: HostEnvironment }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={environment.theme === "dark" ? webDarkTheme : webLightTheme}>
      <AriaLiveAnnouncer>
        {/* Layout lives on this div, not on the provider: Fluent copies the provider's classes to its portals. */}
        <div className={styles.root} data-testid="pane-root">
          <TaskPane environment={environment} />
        </div>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}

function TaskPane({ environment }: { environment: HostEnvironment }) {
  const styles = useStyles();
  const [area, setArea] = useState<Area>("check");
  const messages = useMessages();
  const { sayAtLastPlace, clear } = messages;
  const reportError = useCallback(
    (text: string) => sayAtLastPlace({ intent: "error", text }),
    [sayAtLastPlace],
  );
  useGlobalErrors(reportError);
  const registry = useRegistry(environment);
  const [choices, setChoices] = useState<GroupChoices>({ group: "", parent: "" });
  const documentCheck = useDocumentCheck(environment, registry.load?.index ?? null, choices, reportError);
  const supported = environment.supports("WordApi", MINIMUM_WORD_API);
  // Office says so, or Word refused a write (Viewing mode and read-only files look editable to Office.js).
  const readOnly = environment.readOnly || documentCheck.writeRefused;

  return (
    <MessagesContext.Provider value={messages}>
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
              text: `TSAG Report Assistant needs Word API ${MINIMUM_WORD_API}: ${SUPPORTED_WORD}. Update Word to use it.`,
            }}
          />
        )}
        {supported && readOnly && (
          <ReadOnlyBanner refusedOnly={!environment.readOnly} onEditingAgain={documentCheck.editingAgain} />
        )}
        {supported && !environment.supports("WordApi", "1.4") && (
          <StatusBar
            status={{
              intent: "info",
              title: "Tracked changes",
              text: TRACKED_CHANGES_NOTE,
            }}
          />
        )}
        <MessageSlot place={TOP_PLACE} />
        <TabList
          selectedValue={area}
          onTabSelect={(_, data) => {
            clear(); // a message belongs to the area where it was said
            setArea(data.value as Area);
          }}
          aria-label="Areas"
          size="small"
        >
          {(Object.keys(AREA_LABELS) as Area[]).map((key) => (
            <Tab key={key} value={key}>
              {AREA_LABELS[key]}
            </Tab>
          ))}
        </TabList>
        <section className={styles.panel} role="tabpanel" aria-label={AREA_LABELS[area]}>
          {!supported ? (
            <Text>The commands are off because this version of Word lacks what they need.</Text>
          ) : area === "check" ? (
            <CheckArea
              environment={environment}
              canEdit={!readOnly}
              registry={registry}
              documentCheck={documentCheck}
            />
          ) : area === "actions" ? (
            <ActionsArea
              environment={environment}
              canEdit={!readOnly}
              registryIndex={registry.load?.index ?? null}
              documentCheck={documentCheck}
              choices={choices}
              onChoices={setChoices}
            />
          ) : area === "agenda" ? (
            <AgendaArea environment={environment} canEdit={!readOnly} documentCheck={documentCheck} />
          ) : (
            <SummaryArea canEdit={!readOnly} documentCheck={documentCheck} />
          )}
        </section>
      </main>
      <footer className={styles.footer}>{environment.hostName}</footer>
    </MessagesContext.Provider>
  );
}
