/**
 * The table of forms (src/core/references/forms.ts) is also the recogniser's specification: every example of
 * every row must cite exactly what the row says, and every trap nothing.
 */
import { FORMS } from "../../src/core/references/forms";
import { findReferences, type Reference } from "../../src/core";

const label = (reference: Reference) =>
  (reference.group ? `${reference.group}:` : "") +
  reference.id +
  (reference.revision !== null ? `R${reference.revision}` : "");

describe.each(FORMS.map((form) => [form.name, form] as const))("%s", (_, form) => {
  it.each(form.examples.map(([text, cites]) => [text, cites] as const))("%j", (text, cites) => {
    expect(findReferences(text).map(label)).toEqual(cites);
  });
});

it("has a row with examples for every form, and a trap in most", () => {
  expect(FORMS.every((form) => form.examples.length > 0)).toBe(true);
  const traps = FORMS.flatMap((form) => form.examples).filter(([, cites]) => cites.length === 0);
  expect(traps.length).toBeGreaterThanOrEqual(15);
});
