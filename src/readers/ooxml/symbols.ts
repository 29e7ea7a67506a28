/**
 * `w:sym`: a character of a symbol font. Word stores it as the font's own code, usually in the private-use range
 * F020–F0FF (F000 + the font's byte), which means nothing outside that font. The fonts whose layout is known are
 * mapped to the Unicode characters they draw; a character of an unknown symbol font is kept as written (and
 * counted, so the reader can say so). A code outside the private-use range is already Unicode.
 */

/** Symbol (Adobe's Symbol encoding, as Windows' Symbol font lays it out), from byte 0x20. */
const SYMBOL_LOW =
  " !\u2200#\u2203%&\u220B()\u2217+,\u2212./0123456789:;<=>?" +
  "\u2245\u0391\u0392\u03A7\u0394\u0395\u03A6\u0393\u0397\u0399\u03D1\u039A\u039B\u039C\u039D\u039F" +
  "\u03A0\u0398\u03A1\u03A3\u03A4\u03A5\u03C2\u03A9\u039E\u03A8\u0396[\u2234]\u22A5_" +
  "\u203E\u03B1\u03B2\u03C7\u03B4\u03B5\u03C6\u03B3\u03B7\u03B9\u03D5\u03BA\u03BB\u03BC\u03BD\u03BF" +
  "\u03C0\u03B8\u03C1\u03C3\u03C4\u03C5\u03D6\u03C9\u03BE\u03C8\u03B6{|}\u223C";

/** Symbol, from byte 0xA0 (0xF0, the Apple logo, has no Unicode character: kept as written). */
const SYMBOL_HIGH =
  "\u20AC\u03D2\u2032\u2264\u2044\u221E\u0192\u2663\u2666\u2665\u2660\u2194\u2190\u2191\u2192\u2193" +
  "\u00B0\u00B1\u2033\u2265\u00D7\u221D\u2202\u2022\u00F7\u2260\u2261\u2248\u2026\u23D0\u23AF\u21B5" +
  "\u2135\u2111\u211C\u2118\u2297\u2295\u2205\u2229\u222A\u2283\u2287\u2284\u2282\u2286\u2208\u2209" +
  "\u2220\u2207\u00AE\u00A9\u2122\u220F\u221A\u22C5\u00AC\u2227\u2228\u21D4\u21D0\u21D1\u21D2\u21D3" +
  "\u25CA\u2329\u00AE\u00A9\u2122\u2211\u239B\u239C\u239D\u23A1\u23A2\u23A3\u23A7\u23A8\u23A9\u23AA" +
  "\uF0F0\u232A\u222B\u2320\u23AE\u2321\u239E\u239F\u23A0\u23A4\u23A5\u23A6\u23AB\u23AC\u23AD";

/** The Wingdings characters reports use (bullets, boxes, ticks); others are kept as written. */
const WINGDINGS: ReadonlyMap<number, string> = new Map([
  [0x4a, "\u263A"],
  [0x6c, "\u25CF"],
  [0x6e, "\u25A0"],
  [0x6f, "\u25A1"],
  [0x71, "\u2751"],
  [0x76, "\u2756"],
  [0xa7, "\u25AA"],
  [0xa8, "\u25FB"],
  [0xd8, "\u27A2"],
  [0xfb, "\u2717"],
  [0xfc, "\u2713"],
  [0xfd, "\u2612"],
  [0xfe, "\u2611"],
]);

function symbolFont(byte: number): string | null {
  if (byte >= 0x20 && byte < 0x20 + SYMBOL_LOW.length) return SYMBOL_LOW[byte - 0x20]!;
  if (byte >= 0xa0 && byte < 0xa0 + SYMBOL_HIGH.length) {
    const character = SYMBOL_HIGH[byte - 0xa0]!;
    return character === "\uF0F0" ? null : character;
  }
  return null;
}

/** The character a `w:sym` shows, and whether it was mapped (false: kept as the font's private code). */
export function symbolCharacter(
  font: string | undefined,
  code: string | undefined,
): { text: string; known: boolean } {
  const value = code ? parseInt(code, 16) : NaN;
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff) return { text: "", known: true };
  const inPrivateRange = value >= 0xf000 && value <= 0xf0ff;
  const byte = inPrivateRange ? value - 0xf000 : value;
  if (!inPrivateRange && value > 0xff) return { text: String.fromCodePoint(value), known: true };
  const family = (font ?? "").trim().toLowerCase();
  const mapped =
    family === "symbol" ? symbolFont(byte) : family === "wingdings" ? (WINGDINGS.get(byte) ?? null) : null;
  if (mapped !== null) return { text: mapped, known: true };
  // A code below 0x100 in a text font is that font's Latin-1 character; in a symbol font it is the font's own.
  if (
    !inPrivateRange &&
    family !== "symbol" &&
    !family.startsWith("wingdings") &&
    !family.startsWith("webdings")
  )
    return { text: String.fromCodePoint(value), known: true };
  return { text: String.fromCodePoint(inPrivateRange ? value : 0xf000 + byte), known: false };
}
