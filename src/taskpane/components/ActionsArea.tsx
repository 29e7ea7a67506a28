import {
  Button,
  Combobox,
  Field,
  Input,
  makeStyles,
  Option,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  analyseReport,
  decideReportGroup,
  documentsOf,
  exportForAgenda,
  findReferences,
  insertActionPlan,
  renumberPlan,
  type AgendaExport,
  type DocumentSnapshot,
  type RegistryIndex,
} from "../../core";
import type { HostEnvironment } from "../../word";
import { copyToClipboard } from "../clipboard";
import { plural } from "../format";
import type { DocumentCheck, GroupChoices } from "../hooks/useDocumentCheck";
import { useEditReport } from "../hooks/useEditReport";
import { useGoTo } from "../hooks/useGoTo";
import { MessageSlot, useSay } from "../messages";
import { useAreaStyles } from "./areaStyles";
import { OwnActionsList } from "./OwnActionsList";
import { WpActionsList } from "./WpActionsList";
import { WhyDisabled } from "./WhyDisabled";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  narrow: { width: "8em" },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const VERBS = ["approve", "adopt", "agree", "note", "change", "endorse", "consider", "instruct"];
const MAX_SUGGESTIONS = 30;

interface Props {
  environment: HostEnvironment;
  canEdit: boolean;
  /** The registry in use, indexed (null when none is loaded). */
  registryIndex: RegistryIndex | null;
  documentCheck: DocumentCheck;
  choices: GroupChoices;
  onChoices: (choices: GroupChoices) => void;
}

/** The combobox's chevron opens the list on a click; the keyboard opens it from the field (Alt+Down): one tab stop. */
const CHEVRON_OUT_OF_TAB_ORDER = { tabIndex: -1 };

export function ActionsArea({
  environment,
  canEdit,
  registryIndex,
  documentCheck,
  choices,
  onChoices,
}: Props) {
  const styles = { ...useAreaStyles(), ...useStyles() };
  const { snapshot, analysis, findings, busy, check, edit } = documentCheck;
  const sayCommand = useSay("actions");
  const sayInsert = useSay("insert");
  const reportCommand = useEditReport(sayCommand);
  const reportInsert = useEditReport(sayInsert);
  const goTo = useGoTo(environment, snapshot, sayCommand);
  const actions = analysis?.actions ?? [];
  // The choices typed since the last read apply at once; the rest is the last read's analysis.
  const decision = useMemo(
    () => (analysis ? decideReportGroup(analysis, choices) : null),
    [analysis, choices],
  );
  const group = decision?.documentGroup ?? choices.group;
  const parent = decision?.parentGroup ?? choices.parent;
  const detected = analysis?.detectedGroup ?? null;
  const analyseFresh = (fresh: DocumentSnapshot) =>
    analyseReport(fresh, { registry: registryIndex, group: choices.group, parent: choices.parent });

  const [verb, setVerb] = useState("approve");
  const [text, setText] = useState("");
  const [documents, setDocuments] = useState<string[]>([]);
  const [query, setQuery] = useState("");
  const [exported, setExported] = useState<AgendaExport | null>(null);
  const insertUnavailable = !canEdit
    ? "The document cannot be changed (it is read-only): no action can be inserted."
    : text.trim() === ""
      ? "Type the action's text first: the button inserts it after the cursor."
      : null;

  const suggestions = useMemo(() => {
    if (!registryIndex) return [];
    const wanted = query.trim().toUpperCase();
    return registryIndex.registry.documents
      .filter(
        (d) => wanted === "" || d.id.toUpperCase().includes(wanted) || d.title.toUpperCase().includes(wanted),
      )
      .slice(0, MAX_SUGGESTIONS);
  }, [registryIndex, query]);

  const problemsAt = (paragraph: number) =>
    findings.filter((f) => f.paragraph === paragraph && f.rule.startsWith("action-"));

  const renumber = async () => {
    sayCommand(null);
    const result = await edit(({ snapshot: fresh }) => {
      const current = analyseFresh(fresh);
      return renumberPlan(fresh, current.actions, current.convention);
    });
    reportCommand("Renumber actions", result);
  };

  const insert = async () => {
    sayInsert(null);
    // Enter in a field submits the form even while the button says why it is unavailable.
    if (insertUnavailable) {
      sayInsert({ intent: "info", text: insertUnavailable });
      return;
    }
    if (!group) {
      sayInsert({
        intent: "warning",
        text: "Type the report's group (for example RG-WPR) in \"Report's group\" above, then insert again.",
      });
      return;
    }
    // A number typed in "Documents cited" but not picked from the list is cited as typed, never dropped.
    const typed = query.trim();
    const typedDocuments = typed ? documentsOf(findReferences(typed)) : [];
    if (typed && typedDocuments.length === 0) {
      sayInsert({
        intent: "warning",
        text: `"${typed}" in Documents cited is not a document number: pick a document from the list or type its number (for example TD327), then insert again.`,
      });
      return;
    }
    const notInRegistry = typedDocuments.filter((id) => !registryIndex?.document(id.replace(/R\d+$/, "")));
    const draft = {
      group,
      target: parent || "TSAG",
      verb,
      text,
      documents: [...new Set([...documents, ...typedDocuments])],
    };
    const asTyped =
      notInRegistry.length > 0
        ? `, citing ${notInRegistry.join(", ")} as typed (${registryIndex ? "not in the registry" : "no registry loaded"})`
        : "";
    let inserted: number | null = null;
    const result = await edit(
      ({ snapshot: fresh, cursor }) => {
        if (cursor === null)
          return { problem: "Click in the paragraph after which the action should go, then insert again." };
        const planned = insertActionPlan(analyseFresh(fresh), cursor, draft);
        if ("problem" in planned) return planned;
        inserted = planned.number;
        return planned.plan;
      },
      { cursor: true },
    );
    const done = Boolean(result?.applied.length);
    if (done) {
      setText("");
      setDocuments([]);
      setQuery("");
    }
    // Once the text is cleared the Insert button is disabled: the result takes the focus.
    reportInsert(inserted ? `Insert action ${group}-${inserted}${asTyped}` : "Insert action", result, {
      focus: done,
    });
  };

  const exportAgenda = async () => {
    if (!analysis) return;
    const result = exportForAgenda(analysis, parent || "WP");
    if (result.count === 0) {
      setExported(null);
      sayCommand({
        intent: "info",
        text: "Nothing to export: the report has no actions for its working party yet.",
      });
      return;
    }
    setExported(result);
    const copied = await copyToClipboard(result);
    sayCommand({
      intent: copied ? "success" : "info",
      text: copied
        ? `${plural(result.count, "item")} copied for the WP agenda, as text and as a table: paste them into the agenda. The report's approval comes first as ${parent || "the WP"}'s own item, numbered ${parent || "WP"}-X for the agenda to number.`
        : `${plural(result.count, "item")} ready below: copy them by hand (the clipboard is not available here).`,
    });
  };

  if (!snapshot) {
    return (
      <div className={styles.area}>
        <Text>Read the document to list its actions.</Text>
        <div>
          <Button appearance="primary" disabledFocusable={busy} onClick={() => void check()}>
            Read actions
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className={styles.area}>
      <div className={styles.row}>
        <Field
          label="Report's group"
          hint={detected && !choices.group ? `from the ${detected.from}` : undefined}
        >
          <Input
            className={styles.narrow}
            value={group}
            placeholder="RG-WPR"
            onChange={(_, data) => onChoices({ ...choices, group: data.value.trim().toUpperCase() })}
          />
        </Field>
        <Field
          label="Reports to"
          hint={!choices.parent && decision?.parentFrom ? `from the ${decision.parentFrom}` : undefined}
        >
          <Input
            className={styles.narrow}
            value={parent}
            placeholder="WP2"
            onChange={(_, data) => onChoices({ ...choices, parent: data.value.trim().toUpperCase() })}
          />
        </Field>
      </div>

      <div className={styles.row}>
        <Button disabled={!canEdit} disabledFocusable={busy} onClick={renumber}>
          Renumber actions
        </Button>
        <Button disabledFocusable={busy} onClick={exportAgenda}>
          Export for WP agenda
        </Button>
        <Button
          disabledFocusable={busy}
          onClick={() => {
            sayCommand(null);
            void check();
          }}
        >
          Refresh
        </Button>
      </div>
      <MessageSlot place="actions" />
      {exported && (
        <Field label="For the WP agenda">
          <Textarea
            readOnly
            value={exported.text}
            rows={Math.min(8, exported.count + 1)}
            data-testid="agenda-export"
          />
        </Field>
      )}

      <WpActionsList actions={actions} problemsAt={problemsAt} onSelect={(place) => void goTo(place)} />
      <OwnActionsList actions={analysis?.ownActions ?? []} onSelect={(place) => void goTo(place)} />

      <form
        className={styles.form}
        aria-label="Insert an action"
        onSubmit={(event) => {
          event.preventDefault();
          void insert();
        }}
      >
        <h2 className={styles.heading}>Insert an action after the cursor</h2>
        <div className={styles.row}>
          <Field label="Verb">
            <Combobox
              className={styles.narrow}
              expandIcon={CHEVRON_OUT_OF_TAB_ORDER}
              value={verb}
              selectedOptions={[verb]}
              freeform
              onOptionSelect={(_, data) => data.optionValue && setVerb(data.optionValue)}
              onChange={(event) => setVerb(event.target.value)}
            >
              {VERBS.map((v) => (
                <Option key={v} value={v}>
                  {v}
                </Option>
              ))}
            </Combobox>
          </Field>
        </div>
        <Field label={`Text, after "${parent || "TSAG"} is invited to ${verb}"`} required>
          <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" />
        </Field>
        <Field
          label="Documents cited"
          hint={documents.length ? `appended as "– ${documents.join(", ")}"` : "from the registry"}
        >
          <Combobox
            multiselect
            freeform
            expandIcon={CHEVRON_OUT_OF_TAB_ORDER}
            placeholder="TD number or title"
            selectedOptions={documents}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onOptionSelect={(_, data) => {
              setDocuments(data.selectedOptions);
              setQuery("");
            }}
          >
            {suggestions.map((d) => (
              <Option key={d.id} value={d.id} text={d.id}>
                {`${d.id} — ${d.title}`}
              </Option>
            ))}
          </Combobox>
        </Field>
        <div>
          <WhyDisabled reason={insertUnavailable}>
            <Button type="submit" appearance="primary" disabledFocusable={busy || insertUnavailable !== null}>
              Insert action
            </Button>
          </WhyDisabled>
        </div>
        <MessageSlot place="insert" />
      </form>
    </div>
  );
}
