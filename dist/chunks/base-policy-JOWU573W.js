import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  findConfig
} from "./chunk-NVTNJQD5.js";
import {
  parseRange
} from "./chunk-H7R7VNJR.js";
import "./chunk-DMBOE7IU.js";
import "./chunk-6KLVVNOK.js";
import {
  readBlobAt,
  resolveCommit
} from "./chunk-SGSUYQD6.js";
import "./chunk-HDBPAX76.js";
import "./chunk-GTFPKMOW.js";
import "./chunk-4T47BLQ7.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/cli/base-policy.ts
init_cli_data();
import { isAbsolute, relative, sep } from "node:path";
init_errors();
function inRepository(repoRoot, file) {
  let rel = relative(repoRoot, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? null : rel.split(sep).join("/");
}
async function readPolicyAtBase(repoRoot, range) {
  let { base } = parseRange(range), sha = await resolveCommit(base, repoRoot);
  if (sha === null)
    throw new MandateError(`unknown revision '${base}' in the diff range ${range}.`, {
      hint: `Check the name, or fetch it first (git fetch origin ${base}; in CI use actions/checkout with fetch-depth: 0).`
    });
  let short = sha.slice(0, 7), read = [], missing = (path, what) => new MandateError(
    `${what} ${path} does not exist at the base commit ${short} (${base}); in CI the policy is read from the base, not from the change.`,
    {
      hint: `Commit ${path} to ${base} first, or leave the option out to use the defaults.`
    }
  ), reader = {
    location: ` at the base commit ${short}`,
    async read(path) {
      let bytes = await readBlobAt(sha, path, repoRoot);
      return bytes !== null && read.push(path), bytes;
    }
  };
  return {
    sha,
    async config(file, fromDisk) {
      let rel = file === void 0 ? void 0 : inRepository(repoRoot, file);
      return rel === null ? fromDisk() : (await findConfig(reader, {
        ...rel === void 0 ? {} : { explicit: rel },
        missing: (path) => missing(path, "the config file")
      })).config;
    },
    async read(file, explicit, fromDisk) {
      let rel = inRepository(repoRoot, file);
      if (rel === null) return fromDisk();
      let bytes = await reader.read(rel);
      if (bytes === null) {
        if (explicit) throw missing(rel, "the file");
        return null;
      }
      return bytes.toString("utf8");
    },
    notice() {
      let what = read.length === 0 ? "built-in defaults, no policy files there" : read.join(", ");
      return `policy read from BASE ${short} (${what}), not from the checked-out change.`;
    }
  };
}
export {
  readPolicyAtBase
};
