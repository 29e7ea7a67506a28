/**
 * The commands' arguments, read by Node's own parser (util.parseArgs, strict) rather than by hand. Its errors
 * are turned into one sentence naming the option, as the commands always said them ("--registry needs a
 * value."), and --help / --version win wherever they are, so that a wrong option does not hide the help asked for.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./common";

type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArguments<Values> {
  values: Values;
  positionals: string[];
}

/** What the user asked for instead of running: the help text or the version. */
export function infoRequested(argv: readonly string[]): "help" | "version" | null {
  const options = argv.slice(0, argv.includes("--") ? argv.indexOf("--") : argv.length);
  if (options.includes("--help") || options.includes("-h")) return "help";
  if (options.includes("--version") || options.includes("-V")) return "version";
  return null;
}

/** Node's "Option '--registry <value>' argument missing" and its kind, in the commands' words. */
function usageSentence(error: { code?: string; message: string }): string {
  const option = /'(-{1,2}[\w-]+)/.exec(error.message)?.[1] ?? "an option";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option}.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      // A value missing at the end, a value that looks like the next option, or a value given to a switch.
      return /argument missing|ambiguous/.test(error.message)
        ? `${option} needs a value.`
        : `${option} takes no value.`;
    default:
      return error.message;
  }
}

export function readArguments<Specs extends OptionSpecs>(
  argv: readonly string[],
  options: Specs,
): ParsedArguments<
  ReturnType<typeof parseArgs<{ options: Specs; allowPositionals: true; strict: true }>>["values"]
> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))
      throw new UsageError(usageSentence(error as { code: string; message: string }));
    throw error;
  }
}
