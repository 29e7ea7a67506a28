/**
 * Every Word error code the wrapper maps, injected through the simulator behind Microsoft's Office.js runtime:
 * one readable sentence, Word's code kept, and nothing half-applied. ActivityLimitReached is retried with back-off.
 */
import { viaOffice } from "../support/officeHost";
import { WordSimulator } from "../../../dev/simulator";
import { findActions, renumberPlan } from "../../../src/core";
import { editDocument, runBatch, WordError, type RequestContextApi } from "../../../src/word";

const CODES = [
  "AccessDenied",
  "GeneralException",
  "InsertDeleteConflict",
  "InvalidArgument",
  "InvalidObjectPath",
  "InvalidRequest",
  "NotAllowed",
  "NotImplemented",
  "RequestAborted",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "SearchDialogIsOpen",
  "SearchStringInvalidOrTooLong",
  "ApiNotFound",
];

const REPORT = [
  { text: "1\tGeneral", styleBuiltIn: "Heading1" },
  { text: "Action TSAG RG-WPR-n\tWP2 is invited to adopt revised Questions – TD270." },
  { text: "Action TSAG RG-WPR-7\tWP2 is invited to approve the liaison – TD327." },
];

describe("Word errors", () => {
  it.each(CODES)("%s: a readable sentence, the code kept, nothing written", async (code) => {
    const sim = new WordSimulator(REPORT);
    const before = sim.dump();
    sim.failSync(2, { code, afterActions: 0 });
    const attempt = editDocument(viaOffice(sim), ({ snapshot }) =>
      renumberPlan(snapshot, findActions(snapshot)),
    );
    await expect(attempt).rejects.toBeInstanceOf(WordError);
    const error = (await attempt.catch((e: unknown) => e)) as WordError;
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^[A-Z].{20,200}\.$/); // one sentence for a person, not a stack or a code
    expect(error.message).not.toMatch(/undefined|RichApi|code /);
    expect(sim.dump()).toEqual(before);
  });

  it("ItemNotFound at the write (a search found nothing: the user typed there) is a refusal, nothing written", async () => {
    const sim = new WordSimulator(REPORT);
    const before = sim.dump();
    sim.failSync(2, { code: "ItemNotFound", afterActions: 0 });
    const result = await editDocument(viaOffice(sim), ({ snapshot }) =>
      renumberPlan(snapshot, findActions(snapshot)),
    );
    expect(result.applied).toEqual([]);
    expect(result.refused.map((r) => r.reason)).toEqual(["paragraph-changed", "paragraph-changed"]);
    expect(sim.dump()).toEqual(before);
  });

  it("an unknown code still gets a sentence, with the code for support", async () => {
    const sim = new WordSimulator(REPORT);
    sim.failSync(1, { code: "SomethingNew" });
    await expect(editDocument(viaOffice(sim), () => ({ label: "x", operations: [] }))).rejects.toThrow(
      /^Word reported an unexpected error\. Try again; if it keeps failing, reload the add-in\. \(code SomethingNew\)$/,
    );
  });

  it("ActivityLimitReached is retried after a pause that doubles, then succeeds", async () => {
    const sim = new WordSimulator(REPORT);
    sim.failSync(1, { code: "ActivityLimitReached" });
    sim.failSync(2, { code: "ActivityLimitReached" });
    const waits: number[] = [];
    const read = async (context: RequestContextApi) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.length;
    };
    const count = await runBatch(sim, read, {
      retries: 2,
      initialDelayMs: 500,
      wait: async (ms) => void waits.push(ms),
    });
    expect(count).toBe(3);
    expect(waits).toEqual([500, 1000]);
  });

  it("gives up on ActivityLimitReached after the last retry, with the sentence", async () => {
    const sim = new WordSimulator(REPORT);
    for (let i = 1; i <= 3; i++) sim.failSync(i, { code: "ActivityLimitReached" });
    await expect(
      runBatch(sim, async (context) => void (await context.sync()), {
        retries: 2,
        initialDelayMs: 1,
        wait: async () => undefined,
      }),
    ).rejects.toThrow(/Word is busy/);
  });
});
