/** The function file of the manifest. The ribbon button opens the task pane, so nothing runs here yet. */
Office.onReady(() => undefined);
