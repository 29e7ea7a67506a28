/**
 * Every call into Word goes through `runBatch`, which turns an `OfficeExtension.Error` into one clear sentence.
 * We branch on `error.code` only: `error.message` is localized and differs between Word versions.
 * Codes: Word.ErrorCodes and OfficeExtension.ErrorCodes in @types/office-js.
 */
import type { RequestContextApi, WordHost } from "./wordApi";

const MESSAGES: Record<string, string> = {
  AccessDenied: "Word refused the change: the document or this part of it is protected or read-only.",
  ActivityLimitReached: "Word is busy and asked the add-in to slow down. Wait a few seconds and try again.",
  ApiNotFound: "This version of Word lacks a feature the add-in needs. Update Word or use Word on the web.",
  GeneralException:
    "Word could not complete the request. Try again; if it keeps failing, save and reopen the document.",
  InsertDeleteConflict:
    "Word could not insert or delete there because another edit conflicts with it. Try again.",
  InvalidArgument: "Word rejected a value the add-in sent. Please report this, with the document if you can.",
  InvalidObjectPath:
    "The part of the document the add-in was working on no longer exists. Run the check again.",
  InvalidRequest: "Word rejected the add-in's request. Run the check again.",
  ItemNotFound: "A paragraph the add-in was working on is gone: the document changed. Run the check again.",
  NotAllowed: "Word does not allow this change right now (a dialog may be open, or the document is locked).",
  NotImplemented: "This version of Word does not support the feature. Update Word or use Word on the web.",
  PropertyNotLoaded: "The add-in read a value from Word before loading it. Please report this bug.",
  RequestAborted: "Word cancelled the request. Try again.",
  RequestPayloadSizeLimitExceeded:
    "The document is too large to process in one request in this version of Word. Try Word desktop, or split the document.",
  ResponsePayloadSizeLimitExceeded:
    "The document is too large to read in one request in this version of Word. Try Word desktop, or split the document.",
  SearchDialogIsOpen: "Close Word's Find and Replace dialog, then try again.",
  SearchStringInvalidOrTooLong:
    "A text to locate in the document is too long for Word's search. Please report this.",
  ValueNotLoaded: "The add-in read a value from Word before loading it. Please report this bug.",
};

export const UNKNOWN_WORD_ERROR =
  "Word reported an unexpected error. Try again; if it keeps failing, reload the add-in.";

/** An error from Word, with the message shown to the user and Word's code kept for logs and tests. */
export class WordError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly debugInfo?: unknown,
    /** Word refused a write: the document is probably read-only, in Viewing mode or protected. */
    readonly writeRefused = false,
  ) {
    super(message);
    this.name = "WordError";
  }
}

export const WRITE_REFUSED =
  "Word did not let the add-in change the document: it is open for viewing only, read-only or protected. Switch Word to Editing (or save an editable copy), then try again.";

export const WRITE_FAILED =
  "Word could not make the change. If the document is open for viewing only, switch Word to Editing; otherwise try again, and if it keeps failing, save and reopen the document.";

/**
 * A failure of the sync that writes. Only a refusal Word explains as such — AccessDenied — makes the pane treat the
 * document as read-only. Word in Viewing mode fails writes with GeneralException (office-js #5484; `document.mode`
 * stays "readWrite", #6209, and Viewing mode cannot be detected, #3831), but Word also raises GeneralException for
 * unrelated faults (#5901, #5179, #6429): that one gets a sentence naming both, and the commands stay on.
 */
export function refusedWrite(error: unknown): WordError {
  const code = codeOf(error);
  const debugInfo = (error as { debugInfo?: unknown } | null)?.debugInfo;
  if (code === "AccessDenied") return new WordError(WRITE_REFUSED, code, debugInfo, true);
  if (code === "GeneralException") return new WordError(WRITE_FAILED, code, debugInfo, false);
  return toWordError(error);
}

function codeOf(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

export function toWordError(error: unknown): WordError {
  if (error instanceof WordError) return error;
  const code = codeOf(error);
  if (code === null) {
    const detail = error instanceof Error ? error.message : String(error);
    return new WordError(`${UNKNOWN_WORD_ERROR} (${detail})`, "Unknown");
  }
  const debugInfo = (error as { debugInfo?: unknown }).debugInfo;
  return new WordError(MESSAGES[code] ?? `${UNKNOWN_WORD_ERROR} (code ${code})`, code, debugInfo);
}

export interface RetryPolicy {
  /** Attempts after the first when Word answers ActivityLimitReached. */
  retries: number;
  /** Wait before the first retry; doubled each time. */
  initialDelayMs: number;
  wait: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 2,
  initialDelayMs: 500,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Runs one batch. Only ActivityLimitReached is retried (with back-off): Word throttled the request before
 * running it. Any other failure is reported, never retried, so a partly run batch is not run twice.
 */
export async function runBatch<T>(
  host: WordHost,
  batch: (context: RequestContextApi) => Promise<T>,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  let delay = retry.initialDelayMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await host.run(batch);
    } catch (error) {
      const wordError = toWordError(error);
      if (wordError.code !== "ActivityLimitReached" || attempt >= retry.retries) throw wordError;
      await retry.wait(delay);
      delay *= 2;
    }
  }
}
