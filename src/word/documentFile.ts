/**
 * The document as the .docx Word would save, through Office's Common API: `Document.getFileAsync` with
 * `Office.FileType.Compressed` and a slice size, each slice asked with `File.getSliceAsync` in turn, then
 * `File.closeAsync` — always, since "no more than two documents are allowed to be in memory; otherwise the
 * Document.getFileAsync operation will fail" (Office.File.closeAsync reference). Slices are at most 4 MB
 * ("The maximum (and the default) is 4194304", GetFileOptions.sliceSize); 64 KB on iPad.
 *
 * Some hosts refuse (error 11001 for documents on some third-party storage, for instance): the caller then reads
 * through Word's paragraphs as before and says which was used (fileRead.ts).
 */

/** One slice as Office gives it: the bytes as an array of numbers. */
export interface OfficeSliceApi {
  data: number[] | Uint8Array;
  index: number;
  size: number;
}

type OfficeCallback<T> = (result: {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name?: string; message: string };
}) => void;

/** Office.File, as far as the add-in uses it. */
export interface OfficeFileApi {
  readonly size: number;
  readonly sliceCount: number;
  getSliceAsync(sliceIndex: number, callback: OfficeCallback<OfficeSliceApi>): void;
  closeAsync(callback?: OfficeCallback<void>): void;
}

/** Office.context.document, as far as getFileAsync goes ("compressed" is Office.FileType.Compressed's value). */
export interface OfficeDocumentApi {
  getFileAsync(
    fileType: "compressed",
    options: { sliceSize?: number },
    callback: OfficeCallback<OfficeFileApi>,
  ): void;
}

/** The file could not be had; `code` is Office's error code (11001, 5001…) when it gave one. */
export class FileUnavailable extends Error {
  constructor(
    message: string,
    readonly code: number | null,
  ) {
    super(message);
    this.name = "FileUnavailable";
  }
}

/** 4 MB, Office's largest and default slice; the iPad's limit (64 KB) is asked for where the host is an iPad. */
export const SLICE_SIZE = 4_194_304;

export interface DocumentFile {
  bytes: Uint8Array;
  slices: number;
}

/** Reads the whole file, slice after slice, and closes it whatever happens. */
export function readDocumentFile(document: OfficeDocumentApi, sliceSize = SLICE_SIZE): Promise<DocumentFile> {
  return new Promise((resolve, reject) => {
    document.getFileAsync("compressed", { sliceSize }, (opened) => {
      if (opened.status !== "succeeded") {
        reject(unavailable(opened.error));
        return;
      }
      const file = opened.value;
      const parts: Uint8Array[] = [];
      const finish = (outcome: () => void) => file.closeAsync(() => outcome());
      const next = (index: number) => {
        if (index >= file.sliceCount) {
          finish(() => resolve({ bytes: concat(parts), slices: file.sliceCount }));
          return;
        }
        file.getSliceAsync(index, (slice) => {
          if (slice.status !== "succeeded") {
            finish(() => reject(unavailable(slice.error)));
            return;
          }
          const data = slice.value.data;
          parts.push(data instanceof Uint8Array ? data : Uint8Array.from(data));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}

function unavailable(error: { code: number; message: string } | undefined): FileUnavailable {
  return new FileUnavailable(
    `Word did not hand over the saved file${error ? ` (error ${error.code}: ${error.message})` : ""}.`,
    error?.code ?? null,
  );
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Office's own document object, typed to the part above; undefined outside Office or without the File API. */
export function officeDocumentApi(): OfficeDocumentApi | undefined {
  if (typeof Office === "undefined") return undefined;
  const document = Office.context?.document;
  // No requirement-set check: a host that lists the File API may still refuse, and the caller falls back then.
  if (!document || typeof document.getFileAsync !== "function") return undefined;
  return {
    getFileAsync: (_fileType, options, callback) =>
      document.getFileAsync(Office.FileType.Compressed, options, (result) =>
        callback({
          status: result.status === Office.AsyncResultStatus.Succeeded ? "succeeded" : "failed",
          value: result.value as unknown as OfficeFileApi,
          error: result.error ? { code: result.error.code, message: result.error.message } : undefined,
        }),
      ),
  };
}
