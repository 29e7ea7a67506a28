/** Copying the WP-agenda export: as text and as an HTML table where the pane may write both. */
import type { AgendaExport } from "../core";

export async function copyToClipboard(exported: AgendaExport): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/plain": new Blob([exported.text], { type: "text/plain" }),
          "text/html": new Blob([exported.html], { type: "text/html" }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(exported.text);
    }
    return true;
  } catch {
    return false; // the pane may not be allowed to write the clipboard; the text is shown for copying by hand
  }
}
