/** Every rule has a unique id, a docs page that exists, and a test file of its own. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ALL_RULES, ruleMeta } from "../../../src/core";

const ROOT = path.resolve(__dirname, "../../..");

describe.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))("rule %s", (id, rule) => {
  it("has its page under docs/rules and its own test file", () => {
    expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
    expect(existsSync(path.join(ROOT, rule.meta.docs))).toBe(true);
    expect(existsSync(path.join(__dirname, `${id}.test.ts`))).toBe(true);
  });

  it("has a title in the rapporteur's words, which the pane and the exports use as the heading", () => {
    expect(rule.meta.title).toMatch(/^[A-Z][a-z]/);
    expect(rule.meta.title).not.toContain(id);
    expect(ruleMeta(id)).toBe(rule.meta);
    // The page the pane links to ("About this check") opens with the same title.
    expect(readFileSync(path.join(ROOT, rule.meta.docs), "utf8")).toMatch(
      new RegExp(`^# ${rule.meta.title}\n\nRule \`${id}\`, severity ${rule.meta.severity}(?:\\.| \\()`),
    );
  });
});

it("has unique rule ids", () => {
  const ids = ALL_RULES.map((rule) => rule.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
});
