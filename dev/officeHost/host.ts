/**
 * The Word simulator as the *host* behind Microsoft's Office.js client runtime: the runtime (runtime.ts) builds
 * and serialises each request exactly as in Word on the web; this host answers it from the simulated document.
 * So the adapter under test runs through Microsoft's proxies, load/sync, PropertyNotLoaded, error objects and
 * Word.run's cleanup request — only Word's document engine is ours (dev/simulator).
 *
 * The request protocol, as the runtime writes it: `ObjectPaths` (1 global object, 2 new value object such as
 * SearchOptions, 3 method, 4 property, 6 reference id) and `Actions` (1 instantiate, 2 query with Select/Top/Skip, 3 method, 4 set property, 5 trace).
 * Each action is replayed on the simulator's proxies, one simulator sync per request, and the answer is
 * `{"Results":[{"ActionId":…,"Value":…}]}` with property names in PascalCase, or `{"Error":{"Code":…}}`.
 * Every request is measured: actions, request and response bytes.
 */
import type { RequestContextApi, WordHost } from "../../src/word/wordApi";
import { SimulatedWordError, type WordSimulator } from "../simulator";
import {
  ParagraphCollectionProxy,
  RangeCollectionProxy,
  TrackedChangeCollectionProxy,
} from "../simulator/proxies";
import { loadOfficeRuntime, type OfficeRuntime, type RichApiReply } from "./runtime";

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Top?: number; Skip?: number };
}

interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** One request as the runtime sent it: how many actions, how many bytes each way, and whether it was the cleanup. */
export interface RequestRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
  /** Word.run's last request, which only releases the objects the batch tracked. */
  cleanup: boolean;
  /** Word answered with an error (the adapter may then ask again, e.g. without list items: office-js #5901). */
  refused: boolean;
}

export interface OfficeHostOptions {
  /** Largest request or response body, in bytes; above it the host answers with the runtime's payload errors. */
  payloadLimit?: number;
  /** The host's API level for tracked changes (WordHost.revisions): "detect" (WordApi 1.6) unless said. */
  revisions?: "detect" | "always" | "none";
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the host drives the simulator's proxies by name */
type AnyProxy = any;

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const isCollection = (proxy: unknown) =>
  proxy instanceof ParagraphCollectionProxy ||
  proxy instanceof RangeCollectionProxy ||
  proxy instanceof TrackedChangeCollectionProxy;

export class OfficeJsHost implements WordHost {
  readonly revisions: OfficeHostOptions["revisions"];
  /** Every request the runtime sent, in order. */
  readonly requests: RequestRecord[] = [];
  /** How many times each method was called through the runtime ("GetReviewedText": 10), over every request. */
  readonly methodCalls = new Map<string, number>();
  private readonly runtime: OfficeRuntime;
  private session: { context: RequestContextApi; close: () => void } | null = null;
  private readonly references = new Map<string, AnyProxy>();
  private nextReference = 1;

  constructor(
    readonly sim: WordSimulator,
    private readonly options: OfficeHostOptions = {},
  ) {
    this.revisions = options.revisions;
    this.runtime = loadOfficeRuntime();
    this.runtime.setExecutor((message, callback) => {
      void this.answer(String(message[4])).then((body) =>
        callback({ status: "succeeded", value: { data: [200, [], body] } } satisfies RichApiReply),
      );
    });
  }

  /** The runtime's Word.run, as the task pane calls it in Word (src/word/environment.ts). */
  run<T>(batch: (context: RequestContextApi) => Promise<T>): Promise<T> {
    return this.runtime.Word.run((context) => batch(context as RequestContextApi));
  }

  get runtimeVersion(): string {
    return this.runtime.version;
  }

  /** References the runtime asked Word to keep and has not released: 0 once a Word.run is over. */
  get liveReferences(): number {
    return this.references.size;
  }

  resetRequests(): void {
    this.requests.length = 0;
  }

  private async answer(text: string): Promise<string> {
    const body = JSON.parse(text) as RequestBody;
    const cleanup = body.Actions.every(
      (a) => a.ActionType === 1 || (a.ActionType === 3 && a.Name === "_RemoveReference"),
    );
    let reply: string;
    if (this.options.payloadLimit !== undefined && text.length > this.options.payloadLimit) {
      reply = errorBody(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    } else {
      reply = await this.execute(body).catch((error: unknown) =>
        error instanceof SimulatedWordError
          ? errorBody(error.code, error.message)
          : errorBody("GeneralException", error instanceof Error ? error.message : String(error)),
      );
      if (this.options.payloadLimit !== undefined && reply.length > this.options.payloadLimit)
        reply = errorBody(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit.",
        );
    }
    this.requests.push({
      actions: body.Actions.length,
      requestBytes: text.length,
      responseBytes: reply.length,
      cleanup,
      refused: reply.startsWith('{"Error":'),
    });
    return reply;
  }

  private context(): RequestContextApi {
    this.session ??= this.sim.openContext();
    return this.session.context;
  }

  private register(proxy: AnyProxy): string {
    const id = `sim:${this.nextReference++}`;
    this.references.set(id, proxy);
    return id;
  }

  private async execute(body: RequestBody): Promise<string> {
    const context = this.context();
    const resolved = new Map<number, AnyProxy>();
    const resolve = (id: number): AnyProxy => {
      if (resolved.has(id)) return resolved.get(id);
      const info = body.ObjectPaths[String(id)];
      if (!info) throw new SimulatedWordError("InvalidObjectPath", `Unknown object path ${id}.`);
      let proxy: AnyProxy;
      switch (info.ObjectPathType) {
        case 1:
          proxy = context.document;
          break;
        case 2:
          // A new value object the runtime fills with set-property actions, e.g. SearchOptions.
          proxy = {};
          break;
        case 4:
          proxy = resolve(info.ParentObjectPathId!)[lowerFirst(info.Name)];
          break;
        case 3: {
          const parent = resolve(info.ParentObjectPathId!);
          const method = parent[lowerFirst(info.Name)];
          if (typeof method !== "function")
            throw new SimulatedWordError("InvalidArgument", `${info.Name} is not simulated.`);
          proxy = method.apply(parent, argumentsOf(info.ArgumentInfo, resolve));
          break;
        }
        case 6:
          proxy = this.references.get(info.Name);
          if (!proxy)
            throw new SimulatedWordError("InvalidObjectPath", `Reference ${info.Name} was released.`);
          break;
        default:
          throw new SimulatedWordError(
            "InvalidArgument",
            `Object path type ${info.ObjectPathType} is not simulated.`,
          );
      }
      if (proxy === undefined)
        throw new SimulatedWordError("InvalidArgument", `${info.Name} is not simulated.`);
      resolved.set(id, proxy);
      return proxy;
    };

    const kept = new Set(
      body.Actions.filter((a) => a.ActionType === 3 && a.Name === "_KeepReference").map(
        (a) => a.ObjectPathId,
      ),
    );
    const results: (() => { ActionId: number; Value: unknown } | null)[] = [];
    const referenceIds = new Map<number, string>();
    const referenceOf = (pathId: number, proxy: AnyProxy): string => {
      if (!referenceIds.has(pathId)) referenceIds.set(pathId, this.register(proxy));
      return referenceIds.get(pathId)!;
    };
    for (const action of body.Actions) {
      switch (action.ActionType) {
        case 1: {
          const proxy = resolve(action.ObjectPathId);
          if (kept.has(action.ObjectPathId) && body.AutoKeepReference !== false) {
            // The runtime instantiates a kept object twice (once when it is created, once after _KeepReference):
            // one object, one reference.
            results.push(() => ({
              ActionId: action.Id,
              Value: isNull(proxy) ? null : { _ReferenceId: referenceOf(action.ObjectPathId, proxy) },
            }));
          }
          break;
        }
        case 2: {
          const proxy = resolve(action.ObjectPathId);
          const select = action.QueryInfo?.Select ?? [];
          const collection = isCollection(proxy);
          if (collection) {
            const { Top: top, Skip: skip } = action.QueryInfo ?? {};
            proxy.load({ select: select.length ? select : ["items"], top, skip });
          } else {
            proxy.load(select);
          }
          results.push(() => ({
            ActionId: action.Id,
            Value: collection
              ? this.collectionValue(proxy, select, body.AutoKeepReference !== false)
              : objectValue(proxy, select),
          }));
          break;
        }
        case 3: {
          if (action.Name === "_KeepReference") break;
          if (action.Name === "_RemoveReference") {
            for (const id of action.ArgumentInfo?.Arguments ?? []) this.references.delete(String(id));
            break;
          }
          const proxy = resolve(action.ObjectPathId);
          this.methodCalls.set(action.Name, (this.methodCalls.get(action.Name) ?? 0) + 1);
          const result = proxy[lowerFirst(action.Name)](...argumentsOf(action.ArgumentInfo, resolve));
          // A ClientResult (getBookmarks): its value is the action's result (`in` sees the prototype's getter).
          if (result && typeof result === "object" && "value" in result)
            results.push(() => ({ ActionId: action.Id, Value: result.value }));
          break;
        }
        case 4:
          resolve(action.ObjectPathId)[lowerFirst(action.Name)] = action.ArgumentInfo?.Arguments?.[0];
          break;
        case 5:
          break; // a trace marker
        default:
          throw new SimulatedWordError(
            "InvalidArgument",
            `Action type ${action.ActionType} is not simulated.`,
          );
      }
    }
    await context.sync();
    return JSON.stringify({ Results: results.map((result) => result()).filter((r) => r !== null) });
  }

  private collectionValue(proxy: AnyProxy, select: readonly string[], keep: boolean): unknown {
    return {
      _Items: (proxy.items as AnyProxy[]).map((item) => ({
        ...(objectValue(item, select) as object),
        ...(keep ? { _ReferenceId: this.register(item) } : {}),
      })),
    };
  }
}

/** Arguments as the runtime sent them, with object arguments (ReferencedObjectPathIds) resolved to proxies. */
function argumentsOf(info: ObjectPathInfo["ArgumentInfo"], resolve: (id: number) => AnyProxy): unknown[] {
  const values = info?.Arguments ?? [];
  const references = info?.ReferencedObjectPathIds ?? [];
  return values.map((value, i) => {
    const reference = references[i];
    return reference ? resolve(reference) : value; // 0 or null: a plain value
  });
}

/** The loaded properties of a proxy, as Word sends them: PascalCase, nested objects inline, null objects null. */
function objectValue(proxy: AnyProxy, select: readonly string[]): unknown {
  if (isNull(proxy)) return null;
  const value: Record<string, unknown> = {};
  const nested = new Map<string, string[]>();
  for (const path of select) {
    const [head, ...rest] = path.split("/");
    if (rest.length > 0) nested.set(head!, [...(nested.get(head!) ?? []), rest.join("/")]);
    else value[upperFirst(head!)] = proxy[head!];
  }
  for (const [head, paths] of nested) value[upperFirst(head)] = objectValue(proxy[head], paths);
  return value;
}

/** Whether a simulator proxy is a null object (known only once something of it was loaded). */
function isNull(proxy: AnyProxy): boolean {
  try {
    return proxy.isNullObject === true;
  } catch {
    return false; // not loaded: not an OrNullObject the request asked about
  }
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({ Error: { Code: code, Message: message, HttpStatusCode: 400 } });
}
