/**
 * The playground: a simulated Word document beside the real task pane, for people without Word and for the
 * end-to-end tests. URL options: ?theme=dark, ?wordapi=1.2 (an old Word), ?readonly.
 */
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import type { HostEnvironment } from "../../src/word";
import { WordSimulator } from "../simulator";
import { DocumentView } from "./DocumentView";
import { SAMPLE_REPORT } from "./sampleReport";

const params = new URLSearchParams(window.location.search);
const sim = new WordSimulator(SAMPLE_REPORT);
sim.document.readOnly = params.has("readonly");
const wordApi = Number(params.get("wordapi") ?? "1.4");

const environment: HostEnvironment = {
  hostName: "Word (simulated in the playground)",
  theme: params.get("theme") === "dark" ? "dark" : "light",
  supports: (set, version) => set === "WordApi" && Number(version) <= wordApi,
  readOnly: sim.document.readOnly,
  partitionKey: "playground",
  word: sim,
};

// For the end-to-end tests and for curious developers: the simulator behind the page.
(window as unknown as { playground: { sim: WordSimulator } }).playground = { sim };

createRoot(document.getElementById("document")!).render(<DocumentView sim={sim} />);
createRoot(document.getElementById("taskpane")!).render(<App environment={environment} />);
