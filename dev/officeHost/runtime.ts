/**
 * Microsoft's Office.js client runtime for Word (`word-web-16.00.debug.js` of @microsoft/office-js), loaded in
 * Node: the same proxies, `load`/`sync`, request serialisation, errors and `Word.run` cleanup that run in Word on
 * the web. Its requests go to `executeRichApiRequestAsync`, which a host (host.ts) answers. Dev-only.
 *
 * The npm build is older than @types/office-js: the members the adapter uses that it lacks are added below the way
 * the runtime's generated classes define theirs (OfficeExtension.BatchApiHelper), and listed in ADDED_MEMBERS.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

export const RUNTIME_FILE = "word-web-16.00.debug.js";

/** What the runtime's request executor hands the host, and what the host answers. */
export type RichApiRequest = unknown[];
export interface RichApiReply {
  status: "succeeded";
  value: { data: [number, unknown[], string] };
}
export type RichApiExecutor = (message: RichApiRequest, callback: (reply: RichApiReply) => void) => void;

export interface OfficeRuntime {
  Word: { run<T>(batch: (context: unknown) => Promise<T>): Promise<T> };
  OfficeExtension: { Error: new (...args: never[]) => Error };
  /** Where the runtime sends each request; set by the host. */
  setExecutor(executor: RichApiExecutor): void;
  version: string;
}

/** Members the adapter uses that the pinned runtime lacks, added as its own generated code would define them. */
export const ADDED_MEMBERS = [
  "Word.Range.getBookmarks(includeHidden, includeAdjacent)",
  "Word.Document.getBookmarkRangeOrNullObject(name)",
  "Word.Body.getTrackedChanges() (as a RangeCollection proxy: the runtime has no TrackedChangeCollection class)",
] as const;

let compiled: vm.Script | null = null;

function runtimeDirectory(): string {
  return path.dirname(require.resolve("@microsoft/office-js/package.json"));
}

function script(): vm.Script {
  compiled ??= new vm.Script(readFileSync(path.join(runtimeDirectory(), "dist", RUNTIME_FILE), "utf8"), {
    filename: RUNTIME_FILE,
  });
  return compiled;
}

/** The little of a browser the runtime touches while it loads. */
function browserStub(): Record<string, unknown> {
  const element = () => ({
    style: {},
    setAttribute() {},
    appendChild() {},
    removeChild() {},
    addEventListener() {},
    getElementsByTagName: () => [],
  });
  const storage = { getItem: () => null, setItem() {}, removeItem() {} };
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "node", language: "en-US" },
    location: {
      href: "https://localhost/taskpane.html",
      search: "",
      hash: "",
      protocol: "https:",
      host: "localhost",
      hostname: "localhost",
    },
    localStorage: storage,
    sessionStorage: storage,
    document: {
      createElement: element,
      getElementsByTagName: () => [element()],
      head: element(),
      body: element(),
      documentElement: element(),
      addEventListener() {},
      readyState: "complete",
      cookie: "",
    },
    addEventListener() {},
    removeEventListener() {},
    postMessage() {},
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  return sandbox;
}

interface RuntimeGlobals {
  Word: Record<string, { prototype: Record<string, unknown> }> & OfficeRuntime["Word"];
  OfficeExtension: OfficeRuntime["OfficeExtension"] & {
    BatchApiHelper: {
      invokeMethod(...args: unknown[]): unknown;
      createMethodObject(...args: unknown[]): unknown;
    };
    Utility: { _synchronousCleanup: boolean };
  };
  OSF: { DDA: { RichApi: { executeRichApiRequestAsync: RichApiExecutor } } };
}

/** A fresh runtime in its own context (each host gets one, so that tests do not share state). */
export function loadOfficeRuntime(): OfficeRuntime {
  const sandbox = browserStub();
  vm.createContext(sandbox);
  script().runInContext(sandbox);
  const globals = sandbox as unknown as RuntimeGlobals;
  const { Word, OfficeExtension } = globals;
  // Word.run resolves only after its cleanup request, so that tests and the benchmark count that request too.
  OfficeExtension.Utility._synchronousCleanup = true;

  // Range.getBookmarks (WordApi 1.4): a read method returning string[] (operation type 1, result as is).
  const range = Word.Range!.prototype;
  if (typeof range.getBookmarks !== "function") {
    range.getBookmarks = function (this: unknown, includeHidden?: boolean, includeAdjacent?: boolean) {
      return OfficeExtension.BatchApiHelper.invokeMethod(
        this,
        "GetBookmarks",
        1,
        [includeHidden, includeAdjacent],
        4,
        0,
      );
    };
  }

  // Document.getBookmarkRangeOrNullObject (WordApi 1.4): a read method returning a Range (a null object when the
  // bookmark does not exist).
  const document = Word.Document!.prototype;
  if (typeof document.getBookmarkRangeOrNullObject !== "function") {
    document.getBookmarkRangeOrNullObject = function (this: unknown, name: string) {
      return OfficeExtension.BatchApiHelper.createMethodObject(
        Word.Range,
        this,
        "GetBookmarkRangeOrNullObject",
        1,
        [name],
        false,
        false,
        null,
        4,
      );
    };
  }

  // Body.getTrackedChanges (WordApi 1.6): a collection method. This build has no TrackedChangeCollection class, so
  // the proxy is a RangeCollection: the request on the wire is the same (method GetTrackedChanges, then a query of
  // its items), and the adapter only counts the items it gets back.
  const body = Word.Body!.prototype;
  if (typeof body.getTrackedChanges !== "function") {
    body.getTrackedChanges = function (this: unknown) {
      return OfficeExtension.BatchApiHelper.createMethodObject(
        Word.RangeCollection,
        this,
        "GetTrackedChanges",
        1,
        [],
        true,
        false,
        null,
        4,
      );
    };
  }

  const packageJson = JSON.parse(readFileSync(path.join(runtimeDirectory(), "package.json"), "utf8")) as {
    version: string;
  };
  return {
    Word,
    OfficeExtension,
    setExecutor: (executor) => (globals.OSF.DDA.RichApi.executeRichApiRequestAsync = executor),
    version: packageJson.version,
  };
}
