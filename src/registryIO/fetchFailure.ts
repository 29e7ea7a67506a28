/**
 * Why a registry address could not be fetched, in words the rapporteur can act on. A browser says only "Failed
 * to fetch" for a network failure, an untrusted certificate and a server that does not allow the add-in's origin
 * (CORS) alike — it hides which on purpose — so the pane names the three and what to do about each. Node (the
 * command line) gives the cause's code, so there the sentence names the one that happened.
 */

/** Node's error codes (undici's `cause.code`) that mean the machine could not reach the server. */
const NETWORK_CODES = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
]);

/** Duck-typed: errors thrown by fetch may come from another realm (a test VM, a frame). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}

function causeCode(error: unknown): string | null {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === "string" ? cause.code : null;
}

/**
 * One paragraph for a fetch that threw (no answer from the server at all). `origin` is the page's origin in the
 * pane ("https://localhost:3000"), which the registry's server must allow; absent on the command line.
 */
export function explainFetchFailure(
  error: unknown,
  url: URL,
  origin?: string,
  what = "The registry",
): string {
  const host = url.host;
  const code = causeCode(error);
  if (code && NETWORK_CODES.has(code))
    return `${what} could not be fetched: ${host} could not be reached (${code}). Check the address and the network connection (a proxy or VPN may be needed), then try again.`;
  if (code && /CERT|SSL|TLS|SELF_SIGNED|VERIFY/i.test(code))
    return `${what} could not be fetched: the certificate of ${host} is not trusted (${code}). Ask its host for a certificate from a public authority, or install the organisation's root certificate on this computer.`;
  if (origin === undefined) {
    const cause = (error as { cause?: unknown } | null)?.cause;
    const why = [messageOf(error), cause ? messageOf(cause) : ""].filter(Boolean).join(": ");
    return `${what} could not be fetched from ${host} (${why}).`;
  }
  return (
    `${what} could not be fetched from ${host}. The browser does not say why; it is one of three: ` +
    `the network cannot reach ${host}; its certificate is not trusted; or the server does not allow this add-in ` +
    `to read it — it must answer with the header "Access-Control-Allow-Origin: ${origin}" (or "*"). ` +
    `Open the address in a browser tab: if the registry shows there, ask its host to send that header.`
  );
}
