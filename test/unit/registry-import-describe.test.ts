/** The one line the pane and tsag-registry say about an imported list. */
import type { ImportResult } from "../../src/core/registry/import";
import { describeImport } from "../../src/registryIO/importFiles";

const result = (ids: string[]): ImportResult => ({
  input: "list.csv",
  kind: "csv",
  scope: "complete",
  asOf: "2026-01-27",
  documents: ids.map((id, i) => ({
    id,
    revisionsKnown: { kind: "exactly", revisions: [] },
    provenance: { input: "list.csv", where: `row ${i + 1}` },
    ...(ids.indexOf(id) < i ? { revision: 1 } : {}),
  })),
  questions: [],
  meetings: [],
  skipped: [],
});

describe("describeImport", () => {
  it("counts entries, and the documents they make when a document has more than one entry", () => {
    expect(describeImport(result(["TD1", "TD2"]))).toBe(
      "list.csv (CSV list): 2 document entries, as of 2026-01-27.",
    );
    expect(describeImport(result(["TD1", "TD1", "TD2"]))).toBe(
      "list.csv (CSV list): 3 document entries (2 documents), as of 2026-01-27.",
    );
  });
});
