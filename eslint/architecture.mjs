// The project's architecture rules for ESLint: the layer order inside src/core, and no import cycles anywhere in
// src. Type-only imports count: a cycle through a type still ties two files together.
import fs from "node:fs";
import path from "node:path";

/**
 * src/core's folders, bottom to top. A module imports only from its own layer or the layers below. One place for
 * this table: the README's picture and src/core/index.ts describe the same order.
 */
export const CORE_LAYERS = [
  ["document"],
  ["references", "actions", "registry"],
  ["analysis"],
  ["rules", "summary", "agenda", "edits", "ignored"],
  ["posting"],
];

const layerOf = new Map(CORE_LAYERS.flatMap((folders, rank) => folders.map((folder) => [folder, rank])));

/** The src/core folder a file belongs to ("" for src/core itself), or null outside src/core. */
function coreFolder(file) {
  const parts = path.resolve(file).split(path.sep);
  for (let i = parts.length - 2; i > 0; i--) {
    if (parts[i] === "core" && parts[i - 1] === "src") return i + 2 < parts.length ? parts[i + 1] : "";
  }
  return null;
}

const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs"];

/** The file a relative import names, as TypeScript's bundler resolution finds it; null when there is none. */
function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((ext) => base + ext),
    ...SOURCE_EXTENSIONS.map((ext) => path.join(base, "index" + ext)),
  ];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()) ?? null;
}

/** Every import, export-from, dynamic import and require of a module's text (comments are not removed: rare). */
const IMPORT_PATTERN =
  /(?:^|[\s;])(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;

function importsOf(text) {
  const found = [];
  for (const match of text.matchAll(IMPORT_PATTERN)) found.push(match[1] ?? match[2] ?? match[3]);
  return found;
}

/** The files a file imports, read from disk; remembered for the whole lint run. */
const edgesCache = new Map();
function edgesOf(file) {
  let edges = edgesCache.get(file);
  if (!edges) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    edges = importsOf(text)
      .map((specifier) => resolveImport(file, specifier))
      .filter((target) => target !== null);
    edgesCache.set(file, edges);
  }
  return edges;
}

/** A path of imports from `start` back to `target`, or null: breadth-first, each file visited once. */
function pathBack(start, target) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const file = queue[head];
    for (const next of edgesOf(file)) {
      if (next === target) {
        const chain = [target];
        for (let step = file; step !== null; step = cameFrom.get(step)) chain.unshift(step);
        return chain;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

function importNodes(program) {
  const nodes = [];
  for (const statement of program.body) {
    if (
      (statement.type === "ImportDeclaration" ||
        statement.type === "ExportAllDeclaration" ||
        statement.type === "ExportNamedDeclaration") &&
      statement.source
    ) {
      nodes.push(statement);
    }
  }
  return nodes;
}

const coreLayers = {
  meta: {
    type: "problem",
    docs: {
      description: "src/core imports only from its own layer or the layers below (eslint/architecture.mjs).",
    },
    schema: [],
    messages: {
      upward:
        "src/core/{{from}} (layer {{fromRank}}) must not import src/core/{{to}} (layer {{toRank}}): move what both need down a layer.",
      unknownFolder: "src/core/{{folder}} is in no layer: add it to CORE_LAYERS in eslint/architecture.mjs.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = coreFolder(file);
    if (from === null || from === "") return {}; // outside core, or the façade index.ts
    return {
      Program(program) {
        if (!layerOf.has(from)) {
          context.report({ node: program, messageId: "unknownFolder", data: { folder: from } });
          return;
        }
        for (const node of importNodes(program)) {
          const target = resolveImport(file, node.source.value);
          const to = target && coreFolder(target);
          if (to === null || to === undefined || to === from) continue;
          const toRank = to === "" ? Infinity : layerOf.get(to);
          if (toRank === undefined) continue; // reported when that folder's own files are linted
          if (toRank > layerOf.get(from)) {
            context.report({
              node,
              messageId: "upward",
              data: { from, to: to || "index.ts", fromRank: layerOf.get(from), toRank },
            });
          }
        }
      },
    };
  },
};

const noImportCycles = {
  meta: {
    type: "problem",
    docs: { description: "No file imports itself through other files (type-only imports count)." },
    schema: [],
    messages: { cycle: "Import cycle: {{chain}}." },
  },
  create(context) {
    const file = path.resolve(context.filename);
    return {
      Program(program) {
        for (const node of importNodes(program)) {
          const target = resolveImport(file, node.source.value);
          if (!target) continue;
          const chain = target === file ? [file] : pathBack(target, file);
          if (chain) {
            const shown = [file, ...chain].map((f) => path.relative(context.cwd, f)).join(" → ");
            context.report({ node, messageId: "cycle", data: { chain: shown } });
          }
        }
      },
    };
  },
};

export default { rules: { "core-layers": coreLayers, "no-import-cycles": noImportCycles } };
