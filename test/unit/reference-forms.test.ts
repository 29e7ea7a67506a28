/**
 * The table of forms (src/core/references/forms.ts) and the table of traps (traps.ts) are also the recogniser's
 * specification: every example of every form must cite exactly what the row says, and every example of every trap
 * nothing.
 */
import { FORMS } from "../../src/core/references/forms";
import { TRAPS } from "../../src/core/references/traps";
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

describe.each(TRAPS.map((trap) => [trap.name, trap] as const))("trap: %s", (_, trap) => {
  it.each(trap.examples.map((text) => [text]))("%j cites nothing", (text) => {
    expect(findReferences(text).map(label)).toEqual([]);
  });
});

it("has a row with examples for every form and every trap, and says why each trap is one", () => {
  expect(FORMS.every((form) => form.examples.length > 0)).toBe(true);
  expect(TRAPS.every((trap) => trap.examples.length > 0 && trap.why.length > 0)).toBe(true);
  const negatives = FORMS.flatMap((form) => form.examples).filter(([, cites]) => cites.length === 0);
  expect(negatives.length + TRAPS.flatMap((trap) => trap.examples).length).toBeGreaterThanOrEqual(30);
});

it("springs each trap in a text that is a reference without it", () => {
  // The same shapes without the trap's context are references: the traps are exceptions, not the rule.
  expect(findReferences("C5 and C3 were noted; TD270 and C28; TD4 was revised.").map(label)).toEqual([
    "C5",
    "C3",
    "TD270",
    "C28",
    "TD4",
  ]);
  expect(findReferences("PC5 C5, C3-190409 C3, 1D C7 0A, C4ISR C4, C 3.2 C 32").map(label)).toEqual([
    "C5",
    "C3",
    "C4",
    "C32",
  ]);
});
