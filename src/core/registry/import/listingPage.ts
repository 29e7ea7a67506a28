/**
 * What a saved listing page of www.itu.int/md says about itself: the address it was saved from (the browser's
 * "saved from url" comment, a canonical or base link), the listing it belongs to ("T25-SG12-250909-TD", from that
 * address, else from the page's own links), and whether it is only part of that listing (filtered by Question or
 * source, or one page of several).
 */
import type { DomUtils } from "htmlparser2";
import { meetingOf, STUDY_PERIODS } from "./ids";

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** ITU's links are relative to its site's root ("md/T25-…/en", "/md/…"). */
export const ITU_ROOT = "https://www.itu.int/";

/** A link as an absolute address on ITU's site; undefined when it is not a web address. */
export function absoluteLink(href: string | undefined): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed || /^(?:javascript|mailto):/i.test(trimmed) || trimmed.startsWith("#")) return undefined;
  try {
    return new URL(trimmed, ITU_ROOT).href;
  } catch {
    return undefined;
  }
}

/** The address the page was saved from, when the page says. */
export function savedFrom(html: string, elements: readonly Element[]): string | undefined {
  const comment = /<!--\s*saved from url=\(\d+\)(\S+)\s*-->/i.exec(html.slice(0, 4_000));
  if (comment) return comment[1];
  const canonical = elements.find((e) => e.name === "link" && /canonical/i.test(e.attribs["rel"] ?? ""));
  if (canonical?.attribs["href"]) return absoluteLink(canonical.attribs["href"]);
  const base = elements.find((e) => e.name === "base" && e.attribs["href"]);
  return base ? absoluteLink(base.attribs["href"]) : undefined;
}

/** "T25-SG12-250909-TD", "T25-SG12-C", "T25-TSAG-260126-TD-WP1": a listing's parent, read from an address. */
const PARENT = /\b(T\d{2})-([A-Z][A-Z0-9]*)(?:-(\d{6}))?-(TD|C)(?:-[A-Z]+\d?)?(?![A-Z0-9])/i;

export interface Listing {
  /** "T25-SG12-250909-TD". */
  parent: string;
  kind: "TD" | "C";
  group: string;
  studyPeriod?: string;
  /** The meeting, for a TD listing ("T25-SG12-250909"); a contributions listing spans the study period. */
  meeting?: string;
}

function listingOf(text: string): Listing | null {
  const parameter = /[?&]parent=([^&#\s]+)/i.exec(text)?.[1];
  const match = PARENT.exec(parameter ? decodeURIComponent(parameter) : text);
  if (!match) return null;
  const code = match[1]!.toUpperCase();
  const group = match[2]!.toUpperCase();
  const meeting = match[3] ? meetingOf(`${code}-${group}-${match[3]}`)?.code : undefined;
  return {
    parent: match[0].toUpperCase(),
    kind: match[4]!.toUpperCase() as "TD" | "C",
    group,
    studyPeriod: STUDY_PERIODS[code],
    meeting,
  };
}

/**
 * The listing a page belongs to: from its address, else from the links that page to it (paging, filters: they
 * carry "parent="), else from the document links most of its rows hold ("md/T25-SG12-250909-TD-GEN-0292/en").
 */
export function listingFrom(address: string | undefined, links: readonly string[]): Listing | null {
  const fromAddress = address ? listingOf(address) : null;
  if (fromAddress) return fromAddress;
  const parents = links.filter((link) => /[?&]parent=/i.test(link)).map(listingOf);
  const fromParent = parents.find((listing) => listing !== null);
  if (fromParent) return fromParent;
  const counts = new Map<string, { listing: Listing; count: number }>();
  for (const link of links) {
    const listing = /\/md\/T\d{2}-/i.test(link) ? listingOf(link) : null;
    if (!listing) continue;
    const key = `${listing.group} ${listing.meeting ?? ""} ${listing.kind}`;
    const known = counts.get(key);
    counts.set(key, { listing, count: (known?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.listing ?? null;
}

/** A Question or source filter in an address ("question=Q5/12"; "QALL/12" is every Question: no filter). */
function filterIn(address: string): string | null {
  const question = /[?&]question=([^&#\s]+)/i.exec(address)?.[1];
  if (question && !/^Q\.?ALL\b/i.test(decodeURIComponent(question)))
    return `filtered by Question ${decodeURIComponent(question)}`;
  const source = /[?&]source=([^&#\s]+)/i.exec(address)?.[1];
  if (source) return `filtered by source ${decodeURIComponent(source).replace(/\+/g, " ")}`;
  return null;
}

/**
 * Why the page is only part of its listing, or null when it is the whole of it. A page saved without its address
 * cannot be told apart from a filtered one: it is partial unless its links show it is not.
 */
export function partialBecause(address: string | undefined, links: readonly string[]): string | null {
  const pageLinks = links.filter((link) => /[?&]PageLB=\d/i.test(link));
  const page = address ? /[?&]PageLB=(\d+)/i.exec(address)?.[1] : undefined;
  if (address) {
    const filter = filterIn(address);
    if (filter) return filter;
    if (page || pageLinks.length > 0)
      return `one page of a paged listing (page ${page ?? 1}): save every page`;
    return null;
  }
  if (pageLinks.length > 0) return "one page of a paged listing: save every page";
  return "saved without its address, so whether it was filtered or paged cannot be told";
}
