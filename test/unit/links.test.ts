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
    // (A paragraph "TD177" alone would be read as the header's TD number, i.e. the report itself.)
    const snapshot = createSnapshot([{ text: "RG-WPR noted TD177." }]);
    const { plan, refused } = linkReferencesPlan(snapshot, findAllReferences(snapshot), registry);
    expect(plan.operations).toEqual([]);
    expect(refused.map((r) => r.reference.id)).toEqual(["TD177"]);
  });

  it("links the number of a list's first reference, not its plural word", () => {
    const registry = fixtureRegistry();
    registry.document("TD177")!.url = "https://www.itu.int/md/TD177";
    registry.document("TD240")!.url = "https://www.itu.int/md/TD240";
    const snapshot = createSnapshot([{ text: "RG-WPR noted TDs 177, 240 and 291." }]);
    const { plan } = linkReferencesPlan(snapshot, findAllReferences(snapshot), registry);
    const text = snapshot.paragraphs[0]!.text;
    expect(
      plan.operations.map((op) =>
        op.kind === "insertHyperlink" ? text.slice(op.start, op.start + op.length) : "",
      ),
    ).toEqual(["177", "240"]);
  });

  it("does not link the report's own number", () => {
    const registry = fixtureRegistry();
    registry.document("TD172")!.url = "https://www.itu.int/md/TD172";
    const snapshot = createSnapshot([
      { text: "TSAG-TD172", bookmarks: ["dnum"] },
      { text: "Action TSAG RG-WPR-3\tWP2 is invited to approve the RG-WPR meeting report – TD172." },
    ]);
    expect(linkReferencesPlan(snapshot, findAllReferences(snapshot), registry).plan.operations).toEqual([]);
  });

  it("links a revision to its own address, and leaves it unlinked (and says so) when the registry has none", () => {
    const registry = fixtureRegistry();
    registry.document("TD171")!.url = "https://www.itu.int/md/TD171";
    registry.document("TD171")!.revisionUrls = { "2": "https://www.itu.int/md/TD171!R2" };
    const snapshot = createSnapshot([{ text: "The agenda is in TD171R2; the draft was TD171R1." }]);
    const { plan, revisionWithoutAddress } = linkReferencesPlan(
      snapshot,
      findAllReferences(snapshot),
      registry,
    );
    expect(plan.operations).toMatchObject([
      { kind: "insertHyperlink", address: "https://www.itu.int/md/TD171!R2" },
    ]);
    expect(revisionWithoutAddress.map((r) => `${r.id}R${r.revision}`)).toEqual(["TD171R1"]);
  });
});
