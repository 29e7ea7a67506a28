/**
 * The playground: a simulated Word document beside the real task pane, for people without Word and for the
 * end-to-end tests. The document can be edited (double-click a paragraph) or replaced by a .docx of one's own.
 * URL options: ?theme=dark, ?wordapi=1.2 (an old Word), ?readonly, ?nofile (a host without getFileAsync),
 * ?filerefused (a host that refuses the file with error 11001), ?platform=Mac.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import { hostRevisions, type HostEnvironment } from "../../src/word";
import { WordSimulator } from "../simulator";
import { simulatedOfficeDocument } from "../simulator/file";
import { DocumentView } from "./DocumentView";
import { SAMPLE_REPORT } from "./sampleReport";
import { Toolbar } from "./Toolbar";
import { keepCustomXmlParts } from "./savedParts";
import { setParagraphText } from "./userEdits";

const params = new URLSearchParams(window.location.search);
const sim = new WordSimulator(SAMPLE_REPORT);
sim.document.readOnly = params.has("readonly");
keepCustomXmlParts(sim);
if (params.has("filerefused"))
  sim.document.fileRefusal = { code: 11001, message: "The file cannot be obtained from this storage." };
const platform = params.get("platform") ?? "OfficeOnline";
const wordApi = Number(params.get("wordapi") ?? "1.6");

/**
 * The simulated document's own settings (Office.context.document.settings in Word), kept in localStorage so that
 * they survive a reload as a saved document's do.
 */
const SETTINGS_KEY = "tsag-playground:document-settings";
const documentSettings = {
  read: (): Record<string, unknown> => {
    try {
      return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}") as Record<string, unknown>;
    } catch {
      return {};
    }
  },
  get(name: string): unknown {
    return this.read()[name];
  },
  async set(name: string, value: unknown): Promise<void> {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ ...this.read(), [name]: value }));
  },
};

const environment: HostEnvironment = {
  hostName: "Word (simulated in the playground)",
  theme: params.get("theme") === "dark" ? "dark" : "light",
  supports: (set, version) => set === "WordApi" && Number(version) <= wordApi,
  readOnly: sim.document.readOnly,
  partitionKey: "playground",
  documentSettings,
  documentFile: params.has("nofile") ? undefined : simulatedOfficeDocument(sim.document),
  platform,
  // The simulator, with what the chosen API level allows for tracked changes (src/word/revisions.ts).
  word: {
    run: (batch) => sim.run(batch),
    revisions: hostRevisions(platform, (version) => Number(version) <= wordApi),
  },
};

// For the end-to-end tests and for curious developers: the simulator behind the page.
(window as unknown as { playground: { sim: WordSimulator } }).playground = { sim };

/** The simulated document with its toolbar: the user's side of the playground. */
function SimulatedWord() {
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <FluentProvider theme={webLightTheme}>
      <Toolbar sim={sim} onEdit={setEditing} />
      <DocumentView
        sim={sim}
        editing={editing}
        onEdit={setEditing}
        onCommit={(id, text) => setParagraphText(sim, id, text)}
      />
    </FluentProvider>
  );
}

createRoot(document.getElementById("document")!).render(<SimulatedWord />);
createRoot(document.getElementById("taskpane")!).render(<App environment={environment} />);
