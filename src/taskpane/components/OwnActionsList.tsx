/**
 * The actions a group gives itself ("Action for RG-IES:"), listed apart from the working party's: they are the
 * group's own work, never exported to the WP agenda.
 */
import { Button, Text } from "@fluentui/react-components";
import type { OwnAction } from "../../core";
import { useAreaStyles } from "./areaStyles";

interface Props {
  actions: readonly OwnAction[];
  onSelect: (place: { paragraph: number; start: number; length: number }) => void;
}

export function OwnActionsList({ actions, onSelect }: Props) {
  const styles = useAreaStyles();
  if (actions.length === 0) return null;
  return (
    <>
      <h2 className={styles.heading}>For {actions[0]!.group} itself (not exported to the WP)</h2>
      <ul className={styles.list} aria-label="Actions for the group itself">
        {actions.map((action) => (
          <li key={action.paragraph}>
            <Button
              appearance="transparent"
              onClick={() => onSelect({ paragraph: action.paragraph, start: 0, length: action.text.length })}
            >
              <Text>{action.text}</Text>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
