/**
 * Bytes to text, in the character set the input declares: ITU's listing pages are probably not UTF-8 (a public
 * scraper decodes them as ISO-8859-2), and a page saved from the browser says which set in its <meta>. The order:
 * a byte-order mark, the server's Content-Type (when fetched), the XML declaration, the page's <meta>; nothing
 * declared: UTF-8, else windows-1252 (what browsers assume) when the bytes are not UTF-8.
 */
import { ImportError } from "./types";

/** The charset a Content-Type value, an XML declaration or an HTML <meta> names. */
function declaredCharset(bytes: Uint8Array, contentType: string | undefined): string | undefined {
  const fromHeader = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader;
  // Declarations are ASCII: the head read byte for byte is enough to find them.
  const head = String.fromCharCode(...bytes.subarray(0, 4_096));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (xml) return xml;
  return /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? undefined;
}

export function decodeText(input: string, bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes.subarray(2));
  const declared = declaredCharset(bytes, contentType);
  if (declared) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declared);
    } catch {
      throw new ImportError(
        `${input} is written in the character set "${declared}", which cannot be read: save it again as UTF-8.`,
      );
    }
    return decoder.decode(bytes);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
