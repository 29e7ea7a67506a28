import { createSnapshot, findAllReferences, isSafeLink, linkReferencesPlan } from "../../src/core";
import { fixtureRegistry } from "./support/fixtures";

describe("isSafeLink", () => {
  it.each([
    "https://www.itu.int/md/T25-TSAG-260126-TD-GEN-0270/en",
    "https://itu.int/md/x",
    "https://WWW.ITU.INT/md/x",
  ])("accepts %s", (address) => expect(isSafeLink(address)).toBe(true));

  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://www.itu.int/md/x",
    "https://www.itu.int.evil.example/md/x",
    "https://evil.example/www.itu.int",
    "https://www.itu.int@evil.example/",
    "https://user:pass@www.itu.int/",
    "https://www.itu.int:8443/md/x",
    "https://www.іtu.int/md/x", // Cyrillic і: an IDN look-alike
    "https://xn--tu-jmc.int/md/x",
    " https://www.itu.int/md/x",
    "https://www.itu.int/md/x y",
  ])("refuses %s", (address) => expect(isSafeLink(address)).toBe(false));
});

describe("linkReferencesPlan", () => {
  it("links references whose registry entry has a safe address, skipping ones already linked", () => {
    const snapshot = createSnapshot([
      { text: "The meeting considered TD270 and TD177." },
      { text: "TD270 again", hyperlinks: [{ start: 0, length: 5, address: "https://www.itu.int/md/old" }] },
    ]);
    const { plan, refused } = linkReferencesPlan(snapshot, findAllReferences(snapshot), fixtureRegistry());
    expect(refused).toEqual([]);
    expect(plan.operations).toEqual([
      {
        kind: "insertHyperlink",
        paragraph: 0,
        expectedText: "The meeting considered TD270 and TD177.",
        start: 23,
        length: 5,
        address: "https://www.itu.int/md/T25-TSAG-260126-TD-GEN-0270/en",
      },
    ]);
  });

  it("refuses a registry address off the allow-list and says which", () => {
    const registry = fixtureRegistry();
    registry.document("TD177")!.url = "https://www.itu.int.evil.example/TD177";
    const snapshot = createSnapshot([{ text: "TD177" }]);
    const { plan, refused } = linkReferencesPlan(snapshot, findAllReferences(snapshot), registry);
    expect(plan.operations).toEqual([]);
    expect(refused.map((r) => r.reference.id)).toEqual(["TD177"]);
  });
});
