import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { describeRegistry } from "../format";
import type { RegistryState } from "../hooks/useRegistry";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  input: { flexGrow: 1, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** Where the registry comes from, what it is, and how old it is. */
export function RegistryPanel({ registry }: { registry: RegistryState }) {
  const styles = useStyles();
  const [draft, setDraft] = useState(registry.url);
  const sample = registry.url === "";
  const description = registry.load ? describeRegistry(registry.load, new Date()) : "Loading the registry…";

  return (
    <section className={styles.panel} aria-label="Registry">
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          void registry.choose(draft);
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
        <Button type="submit" disabled={registry.busy}>
          Use
        </Button>
      </form>
      <Text size={200} className={styles.meta} data-testid="registry-description">
        {sample && registry.load?.index ? "Sample registry (bundled, not real TSAG data) · " : ""}
        {description}
      </Text>
    </section>
  );
}
