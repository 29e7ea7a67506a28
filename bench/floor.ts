/**
 * The floor a .docx reader is measured against: unzip word/document.xml and make one streaming pass over it
 * (htmlparser2 in XML mode, handlers that do nothing). Run as a process of its own (`node floor.js FILE`) so that
 * its peak memory can be measured the same way as tsag-check's.
 */
import { readFile } from "node:fs/promises";
import { Parser } from "htmlparser2";
import JSZip from "jszip";

export async function unzipAndStream(file: string): Promise<number> {
  // The same unzip as the reader's: jszip's inflate, the platform's UTF-8 decoder.
  const bytes = await (
    await JSZip.loadAsync(await readFile(file))
  )
    .file("word/document.xml")!
    .async("uint8array");
  const xml = new TextDecoder("utf-8").decode(bytes);
  let elements = 0;
  const parser = new Parser(
    {
      onopentag: () => void elements++,
      ontext: () => undefined,
      onclosetag: () => undefined,
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return elements;
}

if (require.main === module) {
  unzipAndStream(process.argv[2]!).then(
    (elements) => console.log(elements),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
