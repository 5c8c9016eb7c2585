import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  CONFIG_FILES,
  IGNORE_FILE,
  configFromBytes,
  defaultConfig,
  isRemoteExtends,
  parseBaseline,
  parseIgnoreFile
} from "./chunk-HDBPAX76.js";
import {
  ConfigError,
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/config/policy.ts
init_cli_data();
init_errors();
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
function diskReader(root) {
  return {
    location: "",
    async read(path) {
      let file = resolve(root, path);
      try {
        return await readFile(file);
      } catch (error) {
        if (error.code === "ENOENT") return null;
        throw new MandateError(`cannot read config file ${file}: ${error.message}`, {
          cause: error,
          hint: "The config must be a readable file: fix the path or its permissions."
        });
      }
    }
  };
}
async function findConfig(reader, options) {
  let display = options.display ?? ((path) => path);
  if (options.explicit !== void 0) {
    let bytes = await reader.read(options.explicit);
    if (bytes === null) throw options.missing(options.explicit);
    let config2 = await configFromBytes(bytes, display(options.explicit));
    return { config: config2, path: options.explicit, sha256: config2.source.sha256 ?? null };
  }
  let found = [];
  for (let name of CONFIG_FILES) {
    let bytes = await reader.read(name);
    bytes !== null && found.push({ name, bytes });
  }
  if (found.length > 1)
    throw new ConfigError(
      display(found[1].name),
      `both ${CONFIG_FILES.join(" and ")} exist${reader.location}; keep one of them`
    );
  let [file] = found;
  if (file === void 0) return { config: defaultConfig(), path: null, sha256: null };
  let config = await configFromBytes(file.bytes, display(file.name));
  return { config, path: file.name, sha256: config.source.sha256 ?? null };
}
async function readIgnore(reader, path, display = path) {
  let bytes = await reader.read(path);
  return bytes === null ? [] : parseIgnoreFile(bytes.toString("utf8"), display);
}
async function readBaseline(reader, path, display = path) {
  let bytes = await reader.read(path);
  return bytes === null ? /* @__PURE__ */ new Set() : parseBaseline(bytes.toString("utf8"), display);
}
async function readRepositoryPolicy(reader, options) {
  let found = await findConfig(reader, options), [ignore, baseline] = await Promise.all([
    readIgnore(reader, IGNORE_FILE),
    readBaseline(reader, BASELINE_FILE)
  ]);
  return {
    ...found,
    ignore,
    baseline,
    policyPaths: [
      .../* @__PURE__ */ new Set([
        ...options.explicit === void 0 ? [] : [options.explicit],
        ...CONFIG_FILES,
        IGNORE_FILE,
        BASELINE_FILE
      ])
    ]
  };
}
async function withCentralConfigs(central, policy) {
  let { config, ignore, baseline } = policy;
  if (!config.extends.some(isRemoteExtends))
    return { config, ignore, baseline, sources: [], locked: /* @__PURE__ */ new Set(), notes: [] };
  let { mergeCentralConfigs } = await import("./central-N7CA7SYA.js");
  return mergeCentralConfigs(central, config, ignore, baseline);
}
async function loadRepositoryPolicy(reader, central, options) {
  let policy = await readRepositoryPolicy(reader, options);
  return { ...policy, central: await withCentralConfigs(central, policy) };
}

export {
  diskReader,
  findConfig,
  readIgnore,
  readBaseline,
  readRepositoryPolicy,
  withCentralConfigs,
  loadRepositoryPolicy
};
