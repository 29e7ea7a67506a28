import { isWellFormedEmail } from "../document/email";
import { findingAt, type Finding, type Rule } from "./types";

export const headerField: Rule = {
  meta: {
    id: "header-field",
    title: "Header fields missing or wrong",
    severity: "error",
    description:
      "The header table lacks the TD number, Title, Source, or a Contact with a well-formed e-mail; the Abstract is empty.",
    docs: "docs/rules/header-field.md",
  },
  check(snapshot) {
    const { tdNumber, title, source, contacts, abstract } = snapshot.facts.header;
    const findings: Finding[] = [];
    const at = (paragraph: number) => ({
      paragraph,
      start: 0,
      length: snapshot.paragraphs[paragraph]?.text.length ?? 0,
    });
    const missing = (what: string) =>
      findings.push(findingAt(snapshot, this.meta, at(0), `The header has no ${what}.`));
    if (!tdNumber) missing("TD number (the dnum field, e.g. TSAG-TD172)");
    for (const [name, field] of [
      ["Title", title],
      ["Source", source],
    ] as const) {
      if (!field) missing(`${name}`);
      else if (field.value === "")
        findings.push(findingAt(snapshot, this.meta, at(field.paragraph), `The header's ${name} is empty.`));
    }
    if (contacts.length === 0) missing("Contact");
    for (const contact of contacts) {
      if (contact.email === null || !isWellFormedEmail(contact.email)) {
        findings.push(
          findingAt(
            snapshot,
            this.meta,
            at(contact.paragraph),
            `The contact ${contact.name || "(no name)"} has no well-formed e-mail address.`,
          ),
        );
      }
    }
    if (!abstract || abstract.value === "") {
      findings.push(
        findingAt(snapshot, this.meta, at(abstract?.paragraph ?? 0), "The Abstract is empty.", {
          severity: "warning",
        }),
      );
    }
    return findings;
  },
};
