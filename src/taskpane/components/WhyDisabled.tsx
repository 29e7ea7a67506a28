import { Tooltip } from "@fluentui/react-components";
import { useState, type ReactElement } from "react";

/**
 * Says why a control is unavailable, on hover and on keyboard focus (the control must stay focusable: Fluent's
 * `disabledFocusable`, not `disabled`, which a pointer and the Tab key both skip). Without a reason, nothing shows;
 * the tooltip is always there so the control is not re-mounted (and does not lose focus) when the reason goes.
 */
export function WhyDisabled({ reason, children }: { reason: string | null; children: ReactElement }) {
  const [visible, setVisible] = useState(false);
  return (
    <Tooltip
      content={reason ?? ""}
      relationship="description"
      visible={visible && reason !== null}
      onVisibleChange={(_, data) => setVisible(data.visible)}
      withArrow
    >
      {children}
    </Tooltip>
  );
}
