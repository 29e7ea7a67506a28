import type { DocumentSnapshot } from "./snapshot";

/** The report's own TD number from the header: the `dnum` bookmark's paragraph or the "TSAG-TD172" line. */
export function ownTdNumber(snapshot: DocumentSnapshot): string | null {
  const fromBookmark = snapshot.paragraphs.find((p) => p.bookmarks.includes("dnum") && /TD ?\d/.test(p.text));
  const written = fromBookmark?.text.trim() ?? snapshot.facts.header.tdNumber?.value ?? null;
  const match = written ? /TD ?0*(\d{1,4})(?:-?(R\d{1,2}))?/.exec(written) : null;
  return match ? `TD${match[1]}${match[2] ?? ""}` : null;
}
