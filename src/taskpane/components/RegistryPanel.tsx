import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { describeRegistry } from "../format";
import type { DocumentSnapshot } from "../../core";
import { isSampleAddress, SAMPLE_LABEL, type ImportOutcome, type RegistryState } from "../hooks/useRegistry";
import { MessageSlot, useSay } from "../messages";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  input: { flexGrow: 1, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  dropping: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  hidden: { display: "none" },
  imports: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What the file chooser offers: the lists tsag-registry reads (docs/registry.md). */
const IMPORT_TYPES = ".xml,.html,.htm,.csv,.tsv,.xlsx,.txt,.json,.docx";

const REMEMBERED: Record<NonNullable<ImportOutcome["remembered"]>, string> = {
  report:
    "It is kept on this computer, and this report remembers it (save the document): it opens with it next time. On another computer, import the same lists again.",
  computer: "It is kept on this computer; Word did not keep its name with this report.",
  session: "It is used until the pane closes.",
};

/** "a.xml, b.html and 3 more". */
function inputsNamed(inputs: readonly string[], documents: number): string {
  if (inputs.length === 0) return `${documents} documents`;
  return inputs.length > 3
    ? `${inputs.slice(0, 3).join(", ")} and ${inputs.length - 3} more`
    : inputs.join(", ");
}

/** Which registry the references are checked against, where it comes from, and how old it is. */
export function RegistryPanel({
  registry,
  snapshot,
}: {
  registry: RegistryState;
  /** The open document as last read (null before the first check): its Annex A can become the registry. */
  snapshot: DocumentSnapshot | null;
}) {
  const styles = useStyles();
  const say = useSay("registry");
  const [draft, setDraft] = useState(registry.url);
  // The field shows the address in use once it is known (the remembered one is loaded after the first render).
  useEffect(() => setDraft(registry.url), [registry.url]);
  const load = registry.load;
  const description = load ? describeRegistry(load, new Date()) : "Loading the registry…";
  const chooser = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);

  const report = (outcome: ImportOutcome, what: string) => {
    const details = [...outcome.read, ...outcome.problems].join(" ");
    if (outcome.failure) {
      say({
        intent: "warning",
        title: "Registry not changed",
        text: [outcome.failure, details].filter(Boolean).join(" "),
      });
      return;
    }
    say({
      intent: outcome.problems.length > 0 ? "warning" : "success",
      title: `Registry built from ${what}`,
      text: `${details} ${REMEMBERED[outcome.remembered ?? "session"]}`,
    });
  };

  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    say(null);
    report(
      await registry.importFiles(files, snapshot),
      files.length === 1 ? "1 file" : `${files.length} files`,
    );
  };

  const importOwnAnnexA = async () => {
    say(null);
    if (!snapshot) {
      say({ intent: "info", text: "Check the document first: its Annex A is read from the last check." });
      return;
    }
    report(await registry.importAnnexA(snapshot), "this report's Annex A");
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDropping(false);
    void importFiles([...event.dataTransfer.files]);
  };

  const use = async () => {
    say(null);
    const problem = await registry.choose(draft);
    if (problem) {
      say({
        intent: "warning",
        title: "Registry not changed",
        text: `${problem} ${load?.index ? "The registry in use stays." : "References are not checked against a registry."}`,
      });
    } else {
      say({
        intent: "success",
        text: isSampleAddress(draft.trim())
          ? "Using the bundled sample registry: its documents are invented, not real TSAG data. Enter your registry's address to check real references."
          : "Registry loaded; it will be used next time too.",
      });
    }
  };

  return (
    <section
      className={dropping ? `${styles.panel} ${styles.dropping}` : styles.panel}
      aria-label="Registry"
      onDragOver={(event) => {
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <form
        className={styles.row}
        // The address is checked by the add-in, which says what is wrong in its own words (not the browser's).
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void use();
        }}
      >
        <Field label="Registry address (empty: the bundled sample)" className={styles.input}>
          <Input
            type="text"
            inputMode="url"
            value={draft}
            placeholder="https://…/tsag-registry.json"
            onChange={(_, data) => setDraft(data.value)}
          />
        </Field>
        <Button type="submit" disabledFocusable={registry.busy}>
          Use
        </Button>
      </form>
      <div className={styles.imports}>
        <Button disabledFocusable={registry.busy} onClick={() => chooser.current?.click()}>
          Import document lists…
        </Button>
        <Button disabledFocusable={registry.busy} onClick={() => void importOwnAnnexA()}>
          Build from this report&apos;s Annex A
        </Button>
        <input
          ref={chooser}
          className={styles.hidden}
          type="file"
          multiple
          accept={IMPORT_TYPES}
          aria-label="Document lists to import"
          data-testid="registry-import"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = "";
            void importFiles(files);
          }}
        />
      </div>
      <Text size={200} className={styles.meta}>
        Or drop the files on this panel: ITU index .xml, saved listing or Questions page .html, .csv, .xlsx, a
        report&apos;s Annex A or an agenda&apos;s allocation (.docx)
      </Text>
      <Text size={200} className={styles.meta} data-testid="registry-description">
        {registry.sample ? `${SAMPLE_LABEL} · ` : ""}
        {registry.imported ? `Built from ${registry.imported.join(", ")} · ` : ""}
        {description}
      </Text>
      {registry.missing && (
        <div role="status" data-testid="registry-missing">
          <Text size={200}>
            This report was checked with a registry built from{" "}
            {inputsNamed(registry.missing.inputs, registry.missing.documents)} ({registry.missing.name}, as of{" "}
            {registry.missing.updated}), which is not on this computer. Import the same lists again to use it.
          </Text>{" "}
          <Button size="small" disabledFocusable={registry.busy} onClick={() => chooser.current?.click()}>
            Load it again…
          </Button>
        </div>
      )}
      {load?.problem && (
        <StatusBar
          status={{
            intent: "warning",
            title: load.index ? "Registry not updated" : "No registry",
            text: `${load.problem} ${load.index ? "The last good copy is used." : "References are not checked against a registry."}`,
          }}
        />
      )}
      <MessageSlot place="registry" />
    </section>
  );
}
