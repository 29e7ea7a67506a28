/**
 * The importers on files written for the project in the structures ITU really publishes (docs/registry.md;
 * test/fixtures/itu): the index XML (no revision field), listing pages of www.itu.int/md (relative links, a
 * declared windows-1252 charset, paging, filters, WP series, "(Rev.N)" meaning R1..RN), ITU's list of Questions
 * (loqr.aspx), and bad inputs, each with one sentence.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  decodeText,
  importItuIndexXml,
  importItuQuestionsHtml,
  importMdListingHtml,
  importText,
  ImportError,
} from "../../src/core/registry/import";
import { importFile } from "../../src/registryIO/importFiles";

const ITU = path.join(__dirname, "..", "fixtures", "itu");
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(ITU, name)));
const text = (name: string) => decodeText(name, bytes(name));

describe("ITU's index XML, as ITU writes it", () => {
  const result = importItuIndexXml("T25-SG12-250909-TD.xml", text("T25-SG12-250909-TD.xml"));

  it("gives the group, study period, meeting and every document, WP series included", () => {
    expect(result).toMatchObject({
      group: "SG12",
      studyPeriod: "2025-2028",
      asOf: "2025-09-08",
      scope: "complete",
      meetings: [{ code: "T25-SG12-250909", start: "2025-09-09", end: "2025-09-18" }],
    });
    expect(result.documents.map((d) => d.id)).toEqual(["TD367", "TD292", "TD291", "TD290", "TD11"]);
    expect(result.documents[0]).toMatchObject({
      title: "Draft new Recommendation P.quality (for consent)",
      source: "Rapporteur Q5/12",
      url: "https://www.itu.int/md/T25-SG12-250909-TD-WP1-0367/en",
      questions: ["Q5/12"],
    });
    expect(result.documents[2]!.liaison).toBe("incoming");
    expect(result.skipped).toEqual([]);
  });

  it("claims nothing about revisions: it has no field for them", () => {
    expect(result.documents.every((d) => d.revisionsKnown === undefined && d.revision === undefined)).toBe(
      true,
    );
  });

  it("reads a contributions index over the study period, each with its meeting", () => {
    const c = importItuIndexXml("T25-SG12-C.xml", text("T25-SG12-C.xml"));
    expect(c.documents.map((d) => [d.id, d.meeting])).toEqual([
      ["C42", "T25-SG12-250909"],
      ["C31", "T25-SG12-250520"],
    ]);
    expect(c.meetings).toEqual([]);
  });

  it("says a cut-short file is cut short", () => {
    const whole = text("T25-SG12-250909-TD.xml");
    expect(() => importItuIndexXml("cut.xml", whole.slice(0, Math.floor(whole.length / 2)))).toThrow(
      /^cut\.xml is cut short or damaged: download it again\.$/,
    );
  });
});

describe("a listing page saved from www.itu.int/md", () => {
  it("honours the declared windows-1252 charset", () => {
    const raw = bytes("sg12-td-page1.html");
    expect(new TextDecoder("utf-8").decode(raw)).toContain("T\uFFFDl\uFFFDcom"); // what a UTF-8 reader saw
    const result = importMdListingHtml("sg12-td-page1.html", decodeText("sg12-td-page1.html", raw));
    expect(result.documents.find((d) => d.id === "TD292")!.source).toBe("Editor P.obj, Télécom Paris");
  });

  it("reads the WP series, relative links resolved against www.itu.int, and (Rev.N) as R1..RN", () => {
    const result = importMdListingHtml("sg12-td-all.html", text("sg12-td-all.html"));
    expect(result.skipped).toEqual([]); // heading, header, layout and footer rows are not documents
    const byId = new Map(result.documents.map((d) => [d.id, d]));
    expect([...byId.keys()]).toEqual(["TD368", "TD367", "TD292", "TD291", "TD290", "TD11"]);
    expect(byId.get("TD367")).toMatchObject({
      url: "https://www.itu.int/md/T25-SG12-250909-TD-WP1-0367/en",
      revisionsKnown: { kind: "up-to", latest: 1 },
      questions: ["Q5/12"],
      status: "posted",
    });
    expect(byId.get("TD292")!.revisionsKnown).toEqual({ kind: "up-to", latest: 2 });
    expect(byId.get("TD290")!.revisionsKnown).toEqual({ kind: "up-to", latest: 0 });
    expect(byId.get("TD290")!.questions).toBeUndefined(); // QALL/12 is no Question
    expect(byId.get("TD368")!.status).toBe("reserved"); // a link without bold: not yet uploaded
    expect(byId.get("TD291")!.title).toBe(
      "LS/i on quality of experience for immersive media [from ITU-R WP6C]",
    );
  });

  it("takes the meeting, group and study period from the saved address", () => {
    const result = importMdListingHtml("sg12-td-all.html", text("sg12-td-all.html"));
    expect(result).toMatchObject({
      group: "SG12",
      studyPeriod: "2025-2028",
      meetings: [{ code: "T25-SG12-250909" }],
      scope: "complete", // question=QALL/12 is every Question
    });
  });

  it("knows one page of a paged listing, and a page filtered by Question, for partial lists", () => {
    const paged = importMdListingHtml("sg12-td-page1.html", text("sg12-td-page1.html"));
    expect(paged.scope).toBe("partial");
    expect(paged.notes).toEqual([expect.stringMatching(/one page of a paged listing/)]);
    const filtered = importMdListingHtml("sg12-td-q5.html", text("sg12-td-q5.html"));
    expect(filtered.scope).toBe("partial");
    expect(filtered.notes).toEqual(["a partial list: filtered by Question Q5/12"]);
  });

  it("reads a contributions page saved without its address from its links, as a partial list", () => {
    const result = importMdListingHtml("sg12-c-unaddressed.html", text("sg12-c-unaddressed.html"));
    expect(result.documents.map((d) => [d.id, d.revisionsKnown])).toEqual([
      ["C42", { kind: "up-to", latest: 0 }],
      ["C31", { kind: "up-to", latest: 1 }],
    ]);
    expect(result).toMatchObject({ group: "SG12", studyPeriod: "2025-2028", scope: "partial" });
    expect(result.notes).toEqual([expect.stringMatching(/saved without its address/)]);
  });
});

describe("ITU's list of Questions (loqr.aspx)", () => {
  it("gives every Question with its title and working party, for the study group and period", () => {
    const result = importItuQuestionsHtml("loqr-sg12.html", text("loqr-sg12.html"));
    expect(result).toMatchObject({
      questionsOf: "SG12",
      studyPeriod: "2025-2028",
      kind: "itu-questions-html",
    });
    expect(result.questions.map((q) => [q.id, q.workingParty, q.title])).toEqual([
      ["Q1/12", "PLEN", "Work programme, coordination and planning of SG12"],
      ["Q2/12", "WP1", "Definitions, guides and frameworks related to quality of service"],
      ["Q5/12", "WP1", "Telephonometric methods for handset and headset terminals"],
      ["Q14/12", "WP3", "Development of models for monitoring audiovisual quality"],
      ["Q20/12", "WP2", "Perceptual and field assessment of immersive media"],
    ]);
  });

  it("is recognised as a Questions page, not refused as a listing", () => {
    expect(importText("loqr-sg12.html", text("loqr-sg12.html")).kind).toBe("itu-questions-html");
  });
});

describe("bad inputs: one sentence each", () => {
  it("a page in a character set that cannot be read", async () => {
    const page = text("sg12-td-all.html")
      .replace('charset="utf-8"', "")
      .replace("charset=utf-8", "charset=x-mac-klingon");
    await expect(importFile({ name: "odd.html", bytes: new TextEncoder().encode(page) })).rejects.toThrow(
      new ImportError(
        'odd.html is written in the character set "x-mac-klingon", which cannot be read: save it again as UTF-8.',
      ),
    );
  });

  it("a page without a declared charset that is not UTF-8 is read as windows-1252, as browsers do", () => {
    const raw = bytes("sg12-td-page1.html");
    const undeclared = new TextDecoder("windows-1252").decode(raw).replace("; charset=windows-1252", "");
    const encoded = Uint8Array.from(undeclared, (char) => {
      const code = char.charCodeAt(0);
      return code < 256 ? code : 0x3f;
    });
    expect(decodeText("p.html", encoded)).toContain("Télécom Paris");
  });
});
