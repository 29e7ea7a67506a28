/**
 * The adapter under test runs through Microsoft's Office.js client runtime (dev/officeHost): `viaOffice(sim)` is
 * the Word host a test passes to readDocument / editDocument / selectRange, with the simulated document behind
 * the runtime. One host per simulator, so that its requests add up across the calls of a test.
 */
import { OfficeJsHost } from "../../../dev/officeHost/host";
import type { WordSimulator } from "../../../dev/simulator";

const hosts = new WeakMap<WordSimulator, OfficeJsHost>();

export function viaOffice(sim: WordSimulator): OfficeJsHost {
  let host = hosts.get(sim);
  if (!host) {
    host = new OfficeJsHost(sim);
    hosts.set(sim, host);
  }
  return host;
}

/** Requests of the batches themselves (each a context.sync), and Word.run's cleanup requests, counted apart. */
export function requestsOf(sim: WordSimulator): { batch: number; cleanup: number } {
  const requests = viaOffice(sim).requests;
  const cleanup = requests.filter((r) => r.cleanup).length;
  return { batch: requests.length - cleanup, cleanup };
}
