/**
 * ITU's per-meeting index files: the XML its web front end generates for each group and document type, e.g.
 * …/md/25/SG12/td/T25-SG12-260609-TD.xml (the TDs of one meeting) and …/md/25/SG12/c/T25-SG12-C.xml (the
 * contributions of the whole study period, each naming its meeting). Shape, as seen in a real file:
 *   page_content/page_param: sector, study_period, group ("T25-SG12"), doc_type, updated (the as-of date);
 *   page_content/meeting_desc: object_name ("T25-SG12-250909"), ltitle_e, start_date, end_date;
 *   page_content/folder_list/folder, one per document: subgroup, object_name ("T25-SG12-250909-TD-GEN-0292"),
 *   friendly_name ("292-GEN"), doc_number ("0292"), doc_type, main_source, reception_date, meeting_name, ltitle_e
 *   (title), observation_e, abstract_e, study_questions/rvalue (repeated), derived_from, access_type.
 * No field says that a document was revised, withdrawn or reserved: revisions exist only as files in the
 * document's folder. So its documents carry no revision knowledge (the registry then never says a cited revision
 * does not exist); a revision suffix on the names ("R1") and the words "withdrawn" / "reserved" in the observation
 * are read should ITU ever write them (observation_e was empty in every real row seen). Every other field is
 * tolerated, missing or extra.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { documentId, isoDate, questionId, STUDY_PERIODS, studyPeriodOf } from "./ids";
import { ImportError, type ImportedDocument, type ImportResult } from "./types";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === "folder" || name === "rvalue" || name === "meeting_desc",
});

const textOf = (value: unknown): string | undefined => {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return textOf((value as Node)["#text"]);
  return undefined;
};

/** "T25-SG12" → { studyPeriod: "2025-2028", group: "SG12" }; page_param's study_period ("2025") otherwise. */
function groupOf(
  code: string | undefined,
  year: string | undefined,
): { group?: string; studyPeriod?: string } {
  const match = code ? /^(T\d{2})-([A-Z][A-Z0-9]*)$/i.exec(code) : null;
  const byYear = year
    ? Object.values(STUDY_PERIODS).find((period) => period.startsWith(`${year}-`))
    : undefined;
  return match
    ? { studyPeriod: studyPeriodOf(match[1]!) ?? byYear, group: match[2]!.toUpperCase() }
    : { studyPeriod: byYear };
}

/** A revision written on the document's names: "…-0292-R1", "…-0292R1", "292R1-GEN", "292-GEN (Rev.1)". */
function revisionOf(...names: (string | undefined)[]): number | undefined {
  for (const name of names) {
    const match = name ? /(?:\d-?R|Rev\.?\s*)(\d{1,2})\b/i.exec(name) : null;
    if (match) return Number(match[1]);
  }
  return undefined;
}

function liaisonOf(title: string | undefined): ImportedDocument["liaison"] {
  if (!title) return undefined;
  if (/^LS\/i\b/i.test(title)) return "incoming";
  if (/^LS\/[or]\b/i.test(title)) return "outgoing";
  return undefined;
}

export function importItuIndexXml(input: string, xml: string): ImportResult {
  // The parser reads a file cut short without a word: the validator notices.
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new ImportError(
      /page_content/.test(xml.slice(0, 2_000))
        ? `${input} is cut short or damaged: download it again.`
        : `${input} is not XML that can be read.`,
    );
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch {
    throw new ImportError(`${input} is not XML that can be read.`);
  }
  const page = root["page_content"] as Node | undefined;
  if (!page || typeof page !== "object")
    throw new ImportError(`${input} is not an ITU index file: it has no <page_content>.`);
  const param = (page["page_param"] ?? {}) as Node;
  const { group, studyPeriod } = groupOf(textOf(param["group"]), textOf(param["study_period"]));
  const meetings = ((page["meeting_desc"] ?? []) as Node[]).flatMap((meeting) => {
    const code = textOf(meeting["object_name"]);
    return code
      ? [
          {
            code,
            title: textOf(meeting["ltitle_e"]),
            start: isoDate(textOf(meeting["start_date"])),
            end: isoDate(textOf(meeting["end_date"])),
          },
        ]
      : [];
  });
  const folders = (((page["folder_list"] ?? {}) as Node)["folder"] ?? []) as Node[];
  const documents: ImportedDocument[] = [];
  const skipped: string[] = [];
  folders.forEach((folder, index) => {
    const where = `document ${index + 1}`;
    const type = textOf(folder["doc_type"]) ?? textOf(param["doc_type"]);
    const kind = type?.toUpperCase() === "C" ? "C" : type?.toUpperCase() === "TD" ? "TD" : null;
    const number = textOf(folder["doc_number"]);
    const id = kind && number ? documentId(kind, number) : null;
    if (!id) {
      const named = textOf(folder["ltitle_e"]);
      skipped.push(
        `${where}${named ? ` ("${named.slice(0, 40)}")` : ""}: neither a TD nor a contribution (type ${type ?? "missing"}, number ${number ?? "missing"}).`,
      );
      return;
    }
    const objectName = textOf(folder["object_name"]);
    const title = textOf(folder["ltitle_e"]);
    const observation = textOf(folder["observation_e"]) ?? "";
    const questions = ((folder["study_questions"] as Node | undefined)?.["rvalue"] as unknown[] | undefined)
      ?.map((value) => questionId(textOf(value) ?? ""))
      .filter((value): value is string => value !== null);
    const meeting =
      textOf(folder["meeting_name"]) ??
      (objectName ? /^T\d{2}-[A-Z0-9]+-\d{6}/i.exec(objectName)?.[0] : undefined);
    const document: ImportedDocument = {
      id,
      title,
      source: textOf(folder["main_source"]),
      status: /withdrawn/i.test(observation)
        ? "withdrawn"
        : /reserved/i.test(observation)
          ? "reserved"
          : "posted",
      url:
        objectName && /^[A-Za-z0-9-]+$/.test(objectName)
          ? `https://www.itu.int/md/${objectName}/en`
          : undefined,
      meeting,
      questions: questions && questions.length > 0 ? questions : undefined,
      liaison: liaisonOf(title),
      provenance: { input, where },
    };
    const revision = revisionOf(objectName, textOf(folder["friendly_name"]));
    if (revision !== undefined) document.revision = revision;
    documents.push(document);
  });
  if (documents.length === 0 && folders.length === 0 && meetings.length === 0)
    throw new ImportError(`${input} is an ITU index file with no document in it.`);
  return {
    input,
    kind: "itu-index-xml",
    asOf: isoDate(textOf(param["updated"])),
    scope: "complete",
    group,
    studyPeriod,
    meetings,
    documents,
    questions: [],
    skipped,
  };
}
