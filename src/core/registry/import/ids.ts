/**
 * Document and Question numbers as lists write them ("0292", "TD 025 Rev.1", "C 003", "[ 270-GEN ]", "Q2/12"),
 * turned into the registry's ids ("TD292", "C3", "Q2/12"). Each function is linear and its patterns anchored.
 */

/** The registry id of a number of a kind: ("TD", "0292") → "TD292"; null when it is not a number. */
export function documentId(kind: "TD" | "C" | "TSAG-LS", number: string): string | null {
  const digits = /^\s*0*(\d{1,6})\s*$/.exec(number);
  if (!digits || digits[1] === "0" || digits[1] === "") return null;
  return `${kind}${Number(digits[1])}`;
}

/**
 * A cell or label naming a document: "TD270", "TD 025", "C003", "TD171R1", "TD125-R1", "TD 232 Rev.1",
 * "TSAG-LS10", "270-GEN" or "367-WP1" with a kind given. Returns the id and revision, or null.
 */
export function parseDocumentLabel(
  label: string,
  defaultKind?: "TD" | "C",
): { id: string; revision?: number } | null {
  const match =
    /^\s*\[?\s*(TSAG-LS|TD|C)?\s*0*(\d{1,6})(?:-[A-Za-z]{2,}\d?)?\s*(?:-?(?:R|Rev\.?\s*)(\d{1,2}))?\s*\]?\s*$/i.exec(
      label.replace(/\u00a0/g, " "),
    );
  if (!match) return null;
  const kind = (match[1]?.toUpperCase() ?? defaultKind) as "TD" | "C" | "TSAG-LS" | undefined;
  if (!kind) return null;
  const id = documentId(kind, match[2]!);
  if (!id) return null;
  return match[3] ? { id, revision: Number(match[3]) } : { id };
}

/** "Q2/12", "Q 2/12", "Q.2/12" → "Q2/12"; null otherwise. */
export function questionId(label: string): string | null {
  const match = /^\s*Q\.?\s*0*(\d{1,3})\s*\/\s*0*(\d{1,2})\s*$/i.exec(label);
  return match ? `Q${Number(match[1])}/${Number(match[2])}` : null;
}

/**
 * ITU-T's study periods by code. Not all are four years (T22 is 2022-2024: WTSA-24 came early), so the table is
 * data, not arithmetic; a code it does not hold gives no study period (and the builder asks for one).
 */
export const STUDY_PERIODS: Readonly<Record<string, string>> = {
  T05: "2005-2008",
  T09: "2009-2012",
  T13: "2013-2016",
  T17: "2017-2020",
  T22: "2022-2024",
  T25: "2025-2028",
};

/** "T25" → "2025-2028", "T22" → "2022-2024"; undefined for a code not in STUDY_PERIODS. */
export function studyPeriodOf(code: string): string | undefined {
  return STUDY_PERIODS[code.toUpperCase()];
}

/** The study period a year falls in: 2026 → "2025-2028", 2024 → "2022-2024". */
export function studyPeriodOfYear(year: number): string | undefined {
  return Object.values(STUDY_PERIODS).find((period) => {
    const [start, end] = period.split("-").map(Number);
    return year >= start! && year <= end!;
  });
}

/** A meeting code ("T25-SG12-250909", "T22-TSAG-221212"): its group and study period. */
export function meetingOf(code: string): { code: string; group: string; studyPeriod?: string } | null {
  const match = /^(T\d{2})-([A-Z][A-Z0-9]*)-(\d{6})$/i.exec(code);
  if (!match) return null;
  return {
    code: `${match[1]!.toUpperCase()}-${match[2]!.toUpperCase()}-${match[3]}`,
    group: match[2]!.toUpperCase(),
    studyPeriod: studyPeriodOf(match[1]!),
  };
}

/** An ITU date ("2026-01-30", "2026-01-30T18:00:00", "30.01.2026") as yyyy-mm-dd; undefined when unreadable. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dotted = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(value);
  if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, "0")}-${dotted[1]!.padStart(2, "0")}`;
  return undefined;
}
