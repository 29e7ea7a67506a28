/**
 * Errors shaped like Office's: Word rejects `context.sync()` with an `OfficeExtension.Error` whose `name` is
 * "RichApi.Error" and whose `code` is one of Word.ErrorCodes / OfficeExtension.ErrorCodes. The adapter branches on
 * `code` only, so that is what the simulator must get right; messages here are ours, not Word's.
 */
export class SimulatedWordError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}
