import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateRegistry } from "../../src/core";
import { FIXTURES } from "./support/fixtures";

const good = () => JSON.parse(readFileSync(path.join(FIXTURES, "registry.json"), "utf8"));

describe("registry validation (format v1)", () => {
  it("accepts the fixture registry and drops unknown fields", () => {
    const registry = { ...good(), extra: "ignored" };
    registry.documents[0].note = "ignored too";
    const validation = validateRegistry(registry);
    expect(validation.ok).toBe(true);
    if (validation.ok) {
      expect(validation.registry).not.toHaveProperty("extra");
      expect(validation.registry.documents[0]).not.toHaveProperty("note");
    }
  });

  it.each<[string, (r: ReturnType<typeof good>) => unknown, RegExp]>([
    ["not an object", () => [], /must be an object/],
    ["wrong format", (r) => ({ ...r, format: "other" }), /"format" must be "tsag-registry"/],
    ["wrong version", (r) => ({ ...r, version: 3 }), /"version" is 3; this add-in reads versions 1 and 2/],
    ["missing documents", (r) => ({ ...r, documents: undefined }), /documents must be a list/],
    [
      "missing id",
      (r) => ({ ...r, documents: [{ title: "x", source: "y", revisions: [], status: "posted" }] }),
      /documents\[0\]\.id must be a string/,
    ],
    [
      "zero-padded id",
      (r) => ({ ...r, documents: [{ ...r.documents[0], id: "TD0270" }] }),
      /documents\[0\]\.id "TD0270" is not of the form/,
    ],
    [
      "duplicate id",
      (r) => ({ ...r, documents: [r.documents[0], r.documents[0]] }),
      /documents\[1\]\.id "TD16" appears twice/,
    ],
    [
      "revision not a number",
      (r) => ({ ...r, documents: [{ ...r.documents[0], revisions: ["1"] }] }),
      /revisions\[0\] must be a whole number/,
    ],
    [
      "bad status",
      (r) => ({ ...r, documents: [{ ...r.documents[0], status: "lost" }] }),
      /status must be posted, reserved or withdrawn/,
    ],
    [
      "http url",
      (r) => ({ ...r, documents: [{ ...r.documents[0], url: "javascript:alert(1)" }] }),
      /url must be an https URL/,
    ],
    [
      "huge title",
      (r) => ({ ...r, documents: [{ ...r.documents[0], title: "x".repeat(5000) }] }),
      /title is longer than 2000 characters/,
    ],
    [
      "bad question id",
      (r) => ({ ...r, questions: [{ id: "Q7-17", title: "", status: "active" }] }),
      /questions\[0\]\.id "Q7-17" is not of the form Q<n>\/<study group>/,
    ],
    ["bad date", (r) => ({ ...r, updated: "yesterday" }), /"updated" "yesterday" is not a date/],
    [
      "group without parent",
      (r) => ({ ...r, groups: [{ id: "RG-WPR", title: "x" }] }),
      /groups\[0\]\.parent must be a string/,
    ],
  ])("refuses %s with one sentence naming the problem", (_, edit, message) => {
    const validation = validateRegistry(edit(good()));
    expect(validation.ok).toBe(false);
    if (!validation.ok) {
      expect(validation.problem).toMatch(message);
      expect(validation.problem).not.toContain("\n");
    }
  });

  it("never throws, whatever JSON it is given", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = validateRegistry(JSON.parse(text));
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });
});
