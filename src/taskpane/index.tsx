/** Entry of the task pane inside Word. The playground (dev/playground) renders the same App with a simulator. */
import { createRoot } from "react-dom/client";
import { startInWord } from "../word";
import { App } from "./App";

const container = document.getElementById("container")!;

startInWord(
  (environment) => createRoot(container).render(<App environment={environment} />),
  (message) => (container.textContent = message),
);
