import { firstClause } from "../document/clauses";
import { isWellFormedEmail } from "../document/email";
import type { Location } from "../document/location";
import { findingAt, type Finding, type Rule } from "./types";

/** Findings about a header field are labelled by the field ("Header table: Source"), wherever they point. */
const headerPlace = (field: string): Location => ({ section: "Header table", excerpt: field });

export const headerField: Rule = {
  meta: {
    id: "header-field",
    title: "Header fields missing or wrong",
    severity: "error",
    description:
      "The header table lacks the TD number, Title, Source, or a Contact with a well-formed e-mail; the Abstract is empty.",
    docs: "docs/rules/header-field.md",
  },
  check(snapshot, { headerAvailable }) {
    const { tdNumber, title, source, contacts, abstract } = snapshot.facts.header;
    const findings: Finding[] = [];
    const at = (paragraph: number) => ({
      paragraph,
      start: 0,
      length: snapshot.paragraphs[paragraph]?.text.length ?? 0,
    });
    // A missing field points at the header table when the document has one — its first table, if that comes
    // before the first clause — else at the start (a table further on is the body's, not the header).
    const headerEnd = firstClause(snapshot.paragraphs) ?? snapshot.paragraphs.length;
    const firstTable = snapshot.paragraphs.find((p) => p.table?.table === 0)?.index;
    const table = firstTable !== undefined && firstTable < headerEnd ? firstTable : 0;
    if (!headerAvailable) {
      // A text export loses the header table: what is missing from it is not the report's fault.
      return [
        findingAt(
          snapshot,
          this.meta,
          at(0),
          "The header table is not in this text export; check the TD number, Title, Source and Contacts in the .docx.",
          { severity: "info", location: headerPlace("not in this text export") },
        ),
      ];
    }
    const missing = (what: string, field: string) =>
      findings.push(
        findingAt(snapshot, this.meta, at(table), `The header has no ${what}.`, {
          location: headerPlace(field),
        }),
      );
    if (!tdNumber) missing("TD number (such as TSAG-TD172, in the header table's first row)", "TD number");
    for (const [name, field] of [
      ["Title", title],
      ["Source", source],
    ] as const) {
      if (!field) missing(`${name}`, name);
      else if (field.value === "")
        findings.push(
          findingAt(snapshot, this.meta, at(field.paragraph), `The header's ${name} is empty.`, {
            location: headerPlace(name),
          }),
        );
    }
    if (contacts.length === 0) missing("Contact", "Contact");
    for (const contact of contacts) {
      if (contact.email === null || !isWellFormedEmail(contact.email)) {
        findings.push(
          findingAt(
            snapshot,
            this.meta,
            at(contact.paragraph),
            `The contact ${contact.name || "(no name)"} has no well-formed e-mail address.`,
            { location: headerPlace(`Contact ${contact.name}`.trim()) },
          ),
        );
      }
    }
    if (!abstract || abstract.value === "") {
      findings.push(
        findingAt(snapshot, this.meta, at(abstract?.paragraph ?? table), "The Abstract is empty.", {
          severity: "warning",
          location: headerPlace("Abstract"),
        }),
      );
    }
    return findings;
  },
};
