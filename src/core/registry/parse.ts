/**
 * The one reader of registry JSON: the pane (a fetched registry, a copy in its storage, an imported .json), the
 * command lines (--registry, an earlier registry as an input) and the builder before it writes all go through it,
 * so that a file one of them accepts the others accept too. Pure: reading files and fetching are the callers'.
 */
import { validateRegistry, type Validation } from "./validate";

/** Parses and validates a registry's text; the problem is one sentence, never an exception. */
export function parseRegistryJson(text: string): Validation {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim().length === 0) return { ok: false, problem: "The registry is empty." };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {
      ok: false,
      problem: /^\s*</.test(body)
        ? "The registry address returned a web page, not a registry (JSON)."
        : "The registry is not valid JSON.",
    };
  }
  const validation = validateRegistry(json);
  return validation.ok
    ? validation
    : { ok: false, problem: `The registry is not valid: ${validation.problem}` };
}
