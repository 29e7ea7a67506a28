/**
 * What the task pane needs to know about the host, in one value: theme, supported API sets, document mode.
 * `officeEnvironment()` reads it from Office.js; the playground passes a simulated one.
 */
import { officeDocumentApi, type OfficeDocumentApi } from "./documentFile";
import { revisionSupport } from "./revisions";
import type { WordHost } from "./wordApi";

export type ThemeKind = "light" | "dark";

export interface HostEnvironment {
  /** Shown in the pane's footer: "Word", "Word (simulated)". */
  hostName: string;
  theme: ThemeKind;
  supports(set: "WordApi", version: string): boolean;
  /** Office.context.document.mode === "readOnly". */
  readOnly: boolean;
  /** Office.context.partitionKey: prefix for the pane's storage keys (Word on the web partitions storage). */
  partitionKey: string | undefined;
  word: WordHost;
  /**
   * The open document's own settings (Office.context.document.settings): what the add-in remembers with the
   * report, such as the registry imported for it. Absent where the host has none.
   */
  documentSettings?: DocumentSettings;
  /** Office.context.document for getFileAsync (the saved file, documentFile.ts); absent where the host has none. */
  documentFile?: OfficeDocumentApi;
  /** Office.context.diagnostics.platform: "PC", "Mac", "OfficeOnline", "iOS"… (the Mac avoids the tracked-change calls). */
  platform?: string;
}

export interface DocumentSettings {
  get(name: string): unknown;
  /** Sets and saves with the document; rejects with one sentence when Word cannot save it. */
  set(name: string, value: unknown): Promise<void>;
}

/** Office's document settings, saved into the document at once (they are stored in it when the user saves). */
function officeDocumentSettings(): DocumentSettings | undefined {
  const settings = Office.context?.document?.settings;
  if (!settings) return undefined;
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) =>
      new Promise((resolve, reject) => {
        settings.set(name, value);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error("Word could not keep the setting with the document.")),
        );
      }),
  };
}

/** Minimum requirement set of the add-in (manifest.xml says the same). */
export const MINIMUM_WORD_API = "1.3";

/** Relative luminance of a "#RRGGBB" colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return 1;
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function themeFromBackground(backgroundColor: string | undefined): ThemeKind {
  return backgroundColor !== undefined && luminance(backgroundColor) < 0.5 ? "dark" : "light";
}

/**
 * Office's theme: `isDarkTheme` where the host has it, else the body background's brightness. Word on the web has
 * been reported to give neither (office-js #3732, #3410): then light.
 */
export function officeThemeKind(
  theme: { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined,
): ThemeKind {
  if (typeof theme?.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  return themeFromBackground(theme?.bodyBackgroundColor);
}

/**
 * How the host's paragraphs are asked for tracked changes: on the Mac never through `getTrackedChanges` (it has
 * frozen Word for Mac, office-js #5216, #4653): the saved file is preferred there (checkRead.ts), else each
 * paragraph is asked, in pages.
 */
export function hostRevisions(platform: string | undefined, supports: (version: string) => boolean) {
  const support = revisionSupport(supports);
  return platform === "Mac" && support === "detect" ? "always" : support;
}

/** The real environment; call after Office.onReady. */
export function officeEnvironment(): HostEnvironment {
  const requirements = Office.context?.requirements;
  const platform: string | undefined = Office.context?.diagnostics?.platform as unknown as string | undefined;
  return {
    hostName: "Word",
    theme: officeThemeKind(Office.context?.officeTheme),
    supports: (set, version) => requirements?.isSetSupported(set, version) ?? false,
    readOnly: Office.context?.document?.mode === Office.DocumentMode.ReadOnly,
    partitionKey: Office.context?.partitionKey ?? undefined,
    documentSettings: officeDocumentSettings(),
    documentFile: officeDocumentApi(),
    platform,
    word: {
      run: (batch) => Word.run((context) => batch(context)),
      revisions: hostRevisions(
        platform,
        (version) => requirements?.isSetSupported("WordApi", version) ?? false,
      ),
    },
  };
}

export const OUTSIDE_WORD_MESSAGE =
  "TSAG Report Assistant runs inside Microsoft Word. Open a document in Word and start the add-in from the Home tab.";

/**
 * Waits for Office.js, then hands the environment to `start`; outside Word (or when Office.js failed to load
 * from Microsoft's CDN) hands `explain` one sentence for the user instead.
 */
export function startInWord(
  start: (environment: HostEnvironment) => void,
  explain: (message: string) => void,
): void {
  if (typeof Office === "undefined") {
    explain(`${OUTSIDE_WORD_MESSAGE} (Office.js could not be loaded from appsforoffice.microsoft.com.)`);
    return;
  }
  Office.onReady((info) => {
    if (info.host === Office.HostType.Word) start(officeEnvironment());
    else explain(OUTSIDE_WORD_MESSAGE);
  });
}
