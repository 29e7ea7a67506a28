/**
 * The working party's actions, as the report numbers them: each names its number, whether it is the body's or the
 * summary's copy, its first words, target and documents, and a badge when a check found a problem with it.
 */
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ActionItem, Finding } from "../../core";
import { plural } from "../format";
import { useAreaStyles } from "./areaStyles";

const useStyles = makeStyles({
  item: {
    textAlign: "start",
    justifyContent: "start",
    height: "auto",
    padding: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  meta: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  actions: readonly ActionItem[];
  /** The findings of the action checks at a paragraph. */
  problemsAt: (paragraph: number) => readonly Finding[];
  onSelect: (place: { paragraph: number; start: number; length: number }) => void;
}

function firstWords(text: string, count = 9): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= count ? words.join(" ") : `${words.slice(0, count).join(" ")} …`;
}

export function WpActionsList({ actions, problemsAt, onSelect }: Props) {
  const styles = { ...useAreaStyles(), ...useStyles() };
  return (
    <>
      <h2 className={styles.heading}>
        Actions <Badge appearance="tint">{actions.length}</Badge>
      </h2>
      {actions.length === 0 ? (
        <Text>No actions for the working party in the document yet.</Text>
      ) : (
        <ul className={styles.list} aria-label="Actions">
          {actions.map((action) => {
            const problems = problemsAt(action.paragraph);
            const documentsCited = action.references.filter(
              (r) => r.kind === "TD" || r.kind === "C" || r.kind === "LS",
            );
            return (
              <li key={action.paragraph}>
                <Button
                  appearance="transparent"
                  className={styles.item}
                  onClick={() =>
                    onSelect({
                      paragraph: action.paragraph,
                      start: action.labelStart,
                      length: action.label.length,
                    })
                  }
                >
                  {`${action.group}-${action.number ?? action.placeholder ?? "?"}${action.moreNumbers.length ? `, ${action.moreNumbers.join(", ")}` : ""}`}
                  {" · "}
                  {action.inSummary ? "summary" : "body"}
                  {" · "}
                  {firstWords(action.text)}
                </Button>
                <Text size={200} className={styles.meta}>
                  {action.target ? ` ${action.target}` : ""}
                  {documentsCited.length ? ` · ${documentsCited.map((r) => r.id).join(", ")}` : ""}
                </Text>{" "}
                {problems.length > 0 && (
                  <Badge color="danger" appearance="filled" title={problems.map((p) => p.message).join(" ")}>
                    {plural(problems.length, "problem")}
                  </Badge>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
