import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  parseRange
} from "./chunk-XOCW75AA.js";
import "./chunk-KMELT2AB.js";
import {
  readBlobAt,
  resolveCommit
} from "./chunk-FIXNMEUT.js";
import "./chunk-JCLII2DH.js";
import {
  CONFIG_FILES,
  configFromBytes,
  defaultConfig
} from "./chunk-LEXYRHYQ.js";
import "./chunk-B6KZYF2D.js";
import "./chunk-DM322WR5.js";
import "./chunk-JV2Z5TBL.js";
import "./chunk-RRWS5LQM.js";
import "./chunk-JJZP777U.js";
import "./chunk-H26BPTWG.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-L47OS7X2.js";
import {
  ConfigError,
  MandateError
} from "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";

// src/cli/base-policy.ts
import { isAbsolute, relative, sep } from "node:path";
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
  );
  return {
    sha,
    async config(file, fromDisk) {
      if (file !== void 0) {
        let rel = inRepository(repoRoot, file);
        if (rel === null) return fromDisk();
        let bytes = await readBlobAt(sha, rel, repoRoot);
        if (bytes === null) throw missing(rel, "the config file");
        return read.push(rel), configFromBytes(bytes, rel);
      }
      let found = [];
      for (let name of CONFIG_FILES) {
        let bytes = await readBlobAt(sha, name, repoRoot);
        bytes !== null && found.push({ name, bytes });
      }
      if (found.length > 1)
        throw new ConfigError(
          found[1].name,
          `both ${CONFIG_FILES.join(" and ")} exist at the base commit ${short}; keep one of them`
        );
      let [config] = found;
      return config === void 0 ? defaultConfig() : (read.push(config.name), configFromBytes(config.bytes, config.name));
    },
    async read(file, explicit, fromDisk) {
      let rel = inRepository(repoRoot, file);
      if (rel === null) return fromDisk();
      let bytes = await readBlobAt(sha, rel, repoRoot);
      if (bytes === null) {
        if (explicit) throw missing(rel, "the file");
        return null;
      }
      return read.push(rel), bytes.toString("utf8");
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
