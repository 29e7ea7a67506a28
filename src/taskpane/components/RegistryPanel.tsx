import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { describeRegistry } from "../format";
import { SAMPLE_LABEL, type RegistryState } from "../hooks/useRegistry";
import { MessageSlot, useSay } from "../messages";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  input: { flexGrow: 1, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** Which registry the references are checked against, where it comes from, and how old it is. */
export function RegistryPanel({ registry }: { registry: RegistryState }) {
  const styles = useStyles();
  const say = useSay("registry");
  const [draft, setDraft] = useState(registry.url);
  // The field shows the address in use once it is known (the remembered one is loaded after the first render).
  useEffect(() => setDraft(registry.url), [registry.url]);
  const load = registry.load;
  const description = load ? describeRegistry(load, new Date()) : "Loading the registry…";

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
        text:
          draft.trim() === ""
            ? `Using the ${SAMPLE_LABEL.toLowerCase()}.`
            : "Registry loaded; it will be used next time too.",
      });
    }
  };

  return (
    <section className={styles.panel} aria-label="Registry">
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          void use();
        }}
      >
        <Field label="Registry address (empty: the bundled sample)" className={styles.input}>
          <Input
            type="url"
            value={draft}
            placeholder="https://…/tsag-registry.json"
            onChange={(_, data) => setDraft(data.value)}
          />
        </Field>
        <Button type="submit" disabledFocusable={registry.busy}>
          Use
        </Button>
      </form>
      <Text size={200} className={styles.meta} data-testid="registry-description">
        {registry.sample ? `${SAMPLE_LABEL} · ` : ""}
        {description}
      </Text>
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
