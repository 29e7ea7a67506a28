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
    ["wrong version", (r) => ({ ...r, version: 4 }), /"version" is 4; this add-in reads versions 1 to 3/],
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

describe("registry format version 3: how much is known of revisions", () => {
  const v3 = (document: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    ...good(),
    version: 3,
    built: "2025-09-20T09:00:00Z",
    refreshMinutes: 30,
    documents: [{ id: "TD292", title: "t", source: "s", revisions: [1, 2], status: "posted", ...document }],
    ...extra,
  });

  it("reads none / up-to and keeps 'exactly' as the absence of the field", () => {
    for (const known of ["none", "up-to"]) {
      const validation = validateRegistry(v3({ revisionsKnown: known }));
      expect(validation.ok && validation.registry.documents[0]!.revisionsKnown).toBe(known);
    }
    const exactly = validateRegistry(v3({ revisionsKnown: "exactly" }));
    expect(exactly.ok && exactly.registry.documents[0]).not.toHaveProperty("revisionsKnown");
    expect(exactly.ok && [exactly.registry.built, exactly.registry.refreshMinutes]).toEqual([
      "2025-09-20T09:00:00Z",
      30,
    ]);
  });

  it("reads versions 1 and 2 as knowing their revisions exactly, as before", () => {
    for (const version of [1, 2]) {
      const validation = validateRegistry({ ...good(), version });
      expect(validation.ok).toBe(true);
      if (validation.ok)
        expect(validation.registry.documents.every((d) => d.revisionsKnown === undefined)).toBe(true);
    }
  });

  it.each([
    ["an unknown knowledge", v3({ revisionsKnown: "some" }), /revisionsKnown must be none, up-to or exactly/],
    [
      "up-to with a gap",
      v3({ revisionsKnown: "up-to", revisions: [2] }),
      /must be 1 to N when revisionsKnown is up-to/,
    ],
    [
      "a refresh of one minute",
      v3({}, { refreshMinutes: 1 }),
      /"refreshMinutes" must be a whole number from 5/,
    ],
    ["a build date that is none", v3({}, { built: "soon" }), /"built" "soon" is not a date and time/],
  ])("refuses %s in one sentence", (_, registry, message) => {
    const validation = validateRegistry(registry);
    expect(validation.ok).toBe(false);
    if (!validation.ok) expect(validation.problem).toMatch(message);
  });
});
