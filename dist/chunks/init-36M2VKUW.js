import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  HOOK_COMMAND,
  HOOK_MARKER,
  INSTALL_COMMAND,
  LEFTHOOK_FILES,
  OLD_HOOK_COMMAND,
  PRE_COMMIT_FILES,
  runsMandate
} from "./chunk-6CRJALDW.js";
import {
  VERSION
} from "./chunk-I6EP2H7X.js";
import {
  CONFIG_FILES,
  jsonErrorOffset,
  positionOf
} from "./chunk-HDBPAX76.js";
import "./chunk-GTFPKMOW.js";
import "./chunk-4T47BLQ7.js";
import {
  require_dist
} from "./chunk-7UXL7O2J.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import {
  ConfigError,
  MandateError,
  __toESM,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/cli/init.ts
init_cli_data();
import { execFile } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join as join2, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
init_errors();

// src/cli/hook-config-edits.ts
init_cli_data();
var import_yaml = __toESM(require_dist(), 1);
init_errors();
function addToLefthook(text, file) {
  let doc = parseYaml(text, file), command = { run: HOOK_COMMAND };
  if (doc.contents === null)
    return doc.contents = doc.createNode({ "pre-commit": { commands: { mandate: command } } }), { text: stringify(doc, text), changed: !0 };
  let root = doc.contents;
  if (!(0, import_yaml.isMap)(root))
    throw new ConfigError(file, "is not a lefthook configuration (expected a map at the top).");
  let hook = root.get("pre-commit", !0);
  if (hook === void 0 || !(0, import_yaml.isMap)(hook) && isEmptyScalar(hook))
    return root.set("pre-commit", doc.createNode({ commands: { mandate: command } })), { text: stringify(doc, text), changed: !0 };
  if (!(0, import_yaml.isMap)(hook)) throw new ConfigError(file, "`pre-commit` is not a map of lefthook settings.");
  let commands = hook.get("commands", !0), jobs = hook.get("jobs", !0), isMandateJob = (value) => typeof value == "object" && value !== null && runsMandate(String(value.run ?? "")), old = [
    ...(0, import_yaml.isMap)(commands) ? commands.items.map((item) => item.value) : [],
    ...(0, import_yaml.isSeq)(jobs) ? jobs.items : []
  ].find((node) => (0, import_yaml.isMap)(node) && node.get("run") === OLD_HOOK_COMMAND);
  if (old !== void 0)
    return old.set("run", HOOK_COMMAND), { text: stringify(doc, text), changed: !0, upgraded: !0 };
  let commandsJs = commands === void 0 ? void 0 : commands.toJSON(), jobsJs = jobs === void 0 ? void 0 : jobs.toJSON();
  if (isPlainObject(commandsJs) && ("mandate" in commandsJs || Object.values(commandsJs).some(isMandateJob)) || Array.isArray(jobsJs) && jobsJs.some(isMandateJob))
    return { text, changed: !1 };
  if ((0, import_yaml.isSeq)(jobs))
    jobs.add(doc.createNode({ name: "mandate", ...command }));
  else if ((0, import_yaml.isMap)(commands))
    commands.set("mandate", doc.createNode(command));
  else if (commands === void 0 || isEmptyScalar(commands))
    hook.set("commands", doc.createNode({ mandate: command }));
  else
    throw new ConfigError(file, "`pre-commit.commands` is not a map of commands.");
  return { text: stringify(doc, text), changed: !0 };
}
var PRE_COMMIT_HOOK = {
  id: "mandate",
  name: "mandate (secrets and policy documents)",
  entry: "sh",
  args: ["-c", HOOK_COMMAND],
  language: "system",
  pass_filenames: !1
};
function addToPreCommitConfig(text, file) {
  let doc = parseYaml(text, file);
  if (doc.contents === null)
    return doc.contents = doc.createNode({
      repos: [{ repo: "local", hooks: [PRE_COMMIT_HOOK] }]
    }), { text: stringify(doc, text), changed: !0 };
  let root = doc.contents;
  if (!(0, import_yaml.isMap)(root))
    throw new ConfigError(file, "is not a pre-commit configuration (expected a map with `repos`).");
  let repos = root.get("repos", !0);
  if (repos === void 0 || isEmptyScalar(repos))
    return root.set("repos", doc.createNode([{ repo: "local", hooks: [PRE_COMMIT_HOOK] }])), { text: stringify(doc, text), changed: !0 };
  if (!(0, import_yaml.isSeq)(repos)) throw new ConfigError(file, "`repos` is not a list.");
  for (let repo of repos.items) {
    let hooks = (0, import_yaml.isMap)(repo) ? repo.get("hooks", !0) : void 0, old = (0, import_yaml.isSeq)(hooks) ? hooks.items.find(
      (hook) => (0, import_yaml.isMap)(hook) && hook.get("id") === "mandate" && hook.get("entry") === OLD_HOOK_COMMAND
    ) : void 0;
    if (old !== void 0)
      return old.set("entry", PRE_COMMIT_HOOK.entry), old.set("args", doc.createNode(PRE_COMMIT_HOOK.args)), { text: stringify(doc, text), changed: !0, upgraded: !0 };
  }
  if (repos.toJSON().some(
    (repo) => isPlainObject(repo) && Array.isArray(repo.hooks) && repo.hooks.some((hook) => isPlainObject(hook) && hook.id === "mandate")
  )) return { text, changed: !1 };
  let local = repos.items.find(
    (item) => (0, import_yaml.isMap)(item) && item.get("repo") === "local" && (0, import_yaml.isSeq)(item.get("hooks", !0))
  );
  if (local !== void 0) {
    let hooks = local.get("hooks", !0);
    (0, import_yaml.isSeq)(hooks) && hooks.add(doc.createNode(PRE_COMMIT_HOOK));
  } else
    repos.add(doc.createNode({ repo: "local", hooks: [PRE_COMMIT_HOOK] }));
  return { text: stringify(doc, text), changed: !0 };
}
function addHuskyPrepare(text, file) {
  let json = parseJson(text, file);
  if (!isPlainObject(json)) throw new ConfigError(file, "is not a JSON object.");
  let scripts = json.scripts;
  if (scripts !== void 0 && !isPlainObject(scripts))
    throw new ConfigError(file, "`scripts` is not an object.");
  let prepare = scripts?.prepare;
  if (typeof prepare == "string" && /(^|[\s;&|])husky(\s|$|;|&|\|)/.test(prepare))
    return { text, changed: !1, action: "" };
  let value = typeof prepare == "string" && prepare.trim() !== "" ? `${prepare} && husky` : "husky", updated = { ...json, scripts: { ...scripts ?? {}, prepare: value } }, indent = /^[ \t]*\{\s*?\r?\n([ \t]+)\S/.exec(text)?.[1] ?? "  ", eol = text.includes(`\r
`) ? `\r
` : `
`, out = JSON.stringify(updated, null, indent);
  eol !== `
` && (out = out.replace(/\n/g, eol)), /\r?\n$/.test(text) && (out += eol);
  let action = typeof prepare == "string" && prepare.trim() !== "" ? `appended \`&& husky\` to the "prepare" script in ${file}` : `added "prepare": "husky" to the scripts in ${file}`;
  return { text: out, changed: !0, action };
}
function parseYaml(text, file) {
  let doc = (0, import_yaml.parseDocument)(text, { keepSourceTokens: !1 }), error = doc.errors[0];
  if (error !== void 0) {
    let pos = error.linePos?.[0];
    throw new ConfigError(file, `is not valid YAML: ${error.message.split(`
`)[0]}`, {
      ...pos === void 0 ? {} : { line: pos.line, column: pos.col }
    });
  }
  return doc;
}
function stringify(doc, original) {
  let indentSeq = !/^([ \t]*)[^\s#][^\n]*:[ \t]*\r?\n(?:[ \t]*#[^\n]*\r?\n)*\1- /m.test(original);
  return doc.toString({ indentSeq, lineWidth: 0 });
}
function isEmptyScalar(node) {
  return typeof node == "object" && node !== null && "value" in node && (node.value === null || node.value === "");
}
function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch {
    let offset = jsonErrorOffset(text);
    throw new ConfigError(file, "is not valid JSON.", {
      ...positionOf(text, offset < 0 ? text.length : offset),
      hint: "Fix the JSON, then run `mandate init` again."
    });
  }
}
function isPlainObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function asRecord(value) {
  return isPlainObject(value) ? value : {};
}

// src/cli/starter-config.ts
init_cli_data();
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
var LOCAL_SCHEMA = "./node_modules/mandate/schema/mandate.schema.json";
function remoteSchemaUrl(version = VERSION) {
  return `https://raw.githubusercontent.com/mandate-dev/mandate/${version === "0.0.0-dev" ? "main" : `v${version}`}/schema/mandate.schema.json`;
}
var STARTER_CONFIG = `# yaml-language-server: $schema=${LOCAL_SCHEMA}
#
# mandate: security policy as code. This file is the policy; changes to it deserve a review.
# Every commented example below is valid: remove the leading "# " to use it.

# Built-in rule packs to apply.
extends:
  - recommended

# Findings at or above this severity block a commit or a pull request
# (critical, high, medium, low, info).
fail_on: high

# Files larger than this are scanned in overlapping chunks of this size (memory stays bounded).
# max_file_size: 1MB

# Rule ids to switch off.
# disable:
#   - secret/generic-password-in-url

# Change a rule's severity, or whether it blocks (the generic rule only warns by default).
# overrides:
#   secret/generic-secret:
#     severity: high
#     blocking: true

# Your own secret rules, in the same shape as the built-in packs.
# rules: []

# Never report these.
# allowlist:
#   paths:
#     - "test/fixtures/**"
#   regexes: []
#   stopwords: []
`;
function fingerprintSaltBlock(salt) {
  return `
# This repository's fingerprint salt: keys the fingerprints of secret findings (in
# .mandateignore, the baseline, annotations and evidence) so they cannot be checked against a
# word list without it. Keep it; after changing it, run \`mandate baseline --migrate\`.
fingerprint_salt: ${salt}
`;
}
function starterConfig(repoRoot) {
  return `${existsSync(join(repoRoot, LOCAL_SCHEMA)) ? STARTER_CONFIG : STARTER_CONFIG.replace(LOCAL_SCHEMA, remoteSchemaUrl())}${fingerprintSaltBlock(randomBytes(16).toString("hex"))}`;
}

// src/cli/init.ts
var run = promisify(execFile);
async function initProject(options) {
  let repoRoot = resolve(options.repoRoot), ctx = {
    repoRoot,
    cwd: resolve(options.cwd),
    force: options.force === !0,
    actions: [],
    pending: []
  }, requested = options.hookManager ?? "auto", detected = await detectHookManager(repoRoot), manager = requested === "auto" ? detected.manager : requested;
  switch (manager) {
    case "lefthook":
      await setUpLefthook(ctx, requested === "lefthook" ? detected.lefthookFile : detected.file);
      break;
    case "pre-commit":
      await setUpPreCommit(
        ctx,
        requested === "pre-commit" ? detected.preCommitFile : detected.file
      );
      break;
    case "husky":
      await setUpHusky(ctx);
      break;
    case "git":
      await setUpGitHook(ctx);
      break;
  }
  return await writeStarterConfig(ctx), { actions: ctx.actions, manager, pending: ctx.pending };
}
async function detectHookManager(repoRoot) {
  let lefthookFile = LEFTHOOK_FILES.find((name) => existsSync2(join2(repoRoot, name))), preCommitFile = PRE_COMMIT_FILES.find((name) => existsSync2(join2(repoRoot, name))), found = {
    ...lefthookFile === void 0 ? {} : { lefthookFile },
    ...preCommitFile === void 0 ? {} : { preCommitFile }
  };
  return lefthookFile !== void 0 ? { manager: "lefthook", file: lefthookFile, ...found } : preCommitFile !== void 0 ? { manager: "pre-commit", file: preCommitFile, ...found } : existsSync2(join2(repoRoot, ".husky")) ? { manager: "husky", ...found } : await readPackageJson(repoRoot) !== null ? { manager: "husky", ...found } : { manager: "git", ...found };
}
async function setUpLefthook(ctx, file) {
  await editHookConfig(ctx, file, "lefthook.yml", addToLefthook, {
    unchanged: "already runs mandate (unchanged)",
    created: "with a pre-commit command that runs mandate (run `npx lefthook install` once)",
    added: (shown) => `added mandate to ${shown} (pre-commit \u2192 commands \u2192 mandate)`
  });
}
async function setUpPreCommit(ctx, file) {
  await editHookConfig(ctx, file, ".pre-commit-config.yaml", addToPreCommitConfig, {
    unchanged: "already has a mandate hook (unchanged)",
    created: "with a local mandate hook (run `pre-commit install` once)",
    added: (shown) => `added a local mandate hook to ${shown}`
  });
}
async function editHookConfig(ctx, file, fallback, edit, say) {
  let path = join2(ctx.repoRoot, file ?? fallback), shown = show(ctx, path), text = file === void 0 ? "" : await readFile(path, "utf8"), result = edit(text, shown);
  if (!result.changed) {
    ctx.actions.push(`${shown} ${say.unchanged}`);
    return;
  }
  if (await writeFile(path, result.text), result.upgraded) {
    ctx.actions.push(
      `replaced \`${OLD_HOOK_COMMAND}\` in ${shown} with the installed-binary command (check --staged)`
    );
    return;
  }
  ctx.actions.push(file === void 0 ? `created ${shown} ${say.created}` : say.added(shown));
}
async function setUpHusky(ctx) {
  let pkgPath = join2(ctx.repoRoot, "package.json"), pkg = await readPackageJson(ctx.repoRoot);
  if (pkg === null && !existsSync2(join2(ctx.repoRoot, ".husky")))
    throw new MandateError(
      `husky needs a package.json, and ${show(ctx, pkgPath)} does not exist.`,
      {
        hint: "Run `mandate init --hook-manager git` to install a plain git hook instead."
      }
    );
  let hookPath = join2(ctx.repoRoot, ".husky", "pre-commit"), existing = await readOptional(hookPath);
  if (existing === null)
    await mkdir(dirname(hookPath), { recursive: !0 }), await writeFile(hookPath, `${HOOK_COMMAND}
`, { mode: 493 }), ctx.actions.push(`created ${show(ctx, hookPath)} (runs \`${HOOK_COMMAND}\`)`);
  else if (existing.split(/\r?\n/).some((line) => line.trim() === OLD_HOOK_COMMAND)) {
    let updated = existing.split(`
`).map((line) => line.trim() === OLD_HOOK_COMMAND ? HOOK_COMMAND : line).join(`
`);
    await writeFile(hookPath, updated), ctx.actions.push(
      `replaced \`${OLD_HOOK_COMMAND}\` in ${show(ctx, hookPath)} with the installed-binary command (check --staged)`
    );
  } else if (runsMandate(existing))
    ctx.actions.push(`${show(ctx, hookPath)} already runs mandate (unchanged)`);
  else {
    let glue = existing === "" || existing.endsWith(`
`) ? "" : `
`;
    await writeFile(hookPath, `${existing}${glue}${HOOK_COMMAND}
`), await chmod(hookPath, 493), ctx.actions.push(`added \`${HOOK_COMMAND}\` to ${show(ctx, hookPath)}`);
  }
  if (pkg === null) return;
  let prepared = addHuskyPrepare(pkg.text, show(ctx, pkgPath));
  prepared.changed && (await writeFile(pkgPath, prepared.text), ctx.actions.push(prepared.action));
  let deps = { ...asRecord(pkg.json.dependencies), ...asRecord(pkg.json.devDependencies) };
  "husky" in deps || (ctx.actions.push(
    "husky is not installed yet: run `npm install --save-dev husky && npx husky` (`npm install` with a package name does not run the `prepare` script, so run husky once yourself)"
  ), ctx.pending.push("npm install --save-dev husky && npx husky")), !("mandate" in deps) && pkg.json.name !== "mandate" && (ctx.actions.push(
    `mandate is not in package.json yet: run \`${INSTALL_COMMAND}\` so the hook finds it`
  ), ctx.pending.push(INSTALL_COMMAND));
  let foreign = await foreignGitHook(ctx);
  foreign !== null && ctx.actions.push(
    `note: husky points git at .husky/, so ${show(ctx, foreign)} will stop running; move what it does into ${show(ctx, hookPath)}`
  );
}
async function setUpGitHook(ctx) {
  let hooksDir = await gitHooksDir(ctx.repoRoot), target = join2(hooksDir, "pre-commit"), script = await readFile(hookScriptPath(), "utf8"), existing = await readOptional(target);
  if (existing === script) {
    await chmod(target, 493), ctx.actions.push(`${show(ctx, target)} is already mandate's hook (unchanged)`);
    return;
  }
  if (existing !== null && !existing.includes(HOOK_MARKER)) {
    if (!ctx.force) {
      ctx.actions.push(
        `did not install the hook: ${show(ctx, target)} already exists and is not mandate's. Add \`${HOOK_COMMAND}\` to it yourself, or rerun with --force to install mandate's (the old hook is kept as pre-commit.before-mandate, and mandate's hook runs it first)`
      ), ctx.pending.push(`add \`${HOOK_COMMAND}\` to ${show(ctx, target)}, or rerun with --force`);
      return;
    }
    let backup = join2(hooksDir, "pre-commit.before-mandate");
    await rename(target, backup), ctx.actions.push(
      `moved the existing ${show(ctx, target)} to ${show(ctx, backup)} (--force); mandate's hook runs it first, so it keeps running`
    );
  }
  await mkdir(hooksDir, { recursive: !0 }), await writeFile(target, script, { mode: 493 }), await chmod(target, 493), ctx.actions.push(
    existing?.includes(HOOK_MARKER) ? `updated mandate's git hook ${show(ctx, target)}` : `installed the git hook ${show(ctx, target)}`
  );
}
async function gitHooksDir(repoRoot) {
  try {
    let { stdout } = await run("git", ["rev-parse", "--git-path", "hooks"], { cwd: repoRoot });
    return resolve(repoRoot, stdout.trim());
  } catch (error) {
    throw new MandateError(`could not find the git hooks directory of ${repoRoot}.`, {
      cause: error,
      hint: "Run `mandate init` inside a git repository (git init first)."
    });
  }
}
async function foreignGitHook(ctx) {
  try {
    let { stdout } = await run("git", ["rev-parse", "--git-common-dir"], { cwd: ctx.repoRoot }), hook = join2(resolve(ctx.repoRoot, stdout.trim()), "hooks", "pre-commit"), text = await readOptional(hook);
    return text !== null && !text.includes(HOOK_MARKER) ? hook : null;
  } catch {
    return null;
  }
}
function hookScriptPath() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    let candidate = join2(dir, "hooks", "pre-commit");
    if (existsSync2(candidate)) return candidate;
    let parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new MandateError("the mandate package is incomplete: hooks/pre-commit is missing.", {
    hint: `Reinstall mandate (\`${INSTALL_COMMAND}\`).`
  });
}
async function writeStarterConfig(ctx) {
  let existing = CONFIG_FILES.find((name) => existsSync2(join2(ctx.repoRoot, name)));
  if (existing !== void 0) {
    ctx.actions.push(`kept the existing ${show(ctx, join2(ctx.repoRoot, existing))}`);
    return;
  }
  let path = join2(ctx.repoRoot, CONFIG_FILES[0]);
  await writeFile(path, starterConfig(ctx.repoRoot)), ctx.actions.push(`created ${show(ctx, path)} (extends: recommended, fail_on: high)`);
}
async function readOptional(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw new MandateError(`could not read ${path}.`, { cause: error });
  }
}
async function readPackageJson(dir) {
  let path = join2(dir, "package.json"), text = await readOptional(path);
  return text === null ? null : { text, json: asRecord(parseJson(text, path)) };
}
function show(ctx, path) {
  let rel = relative(ctx.cwd, path);
  return (rel === "" || isAbsolute(rel) ? path : rel).split(sep).join("/");
}
export {
  detectHookManager,
  hookScriptPath,
  initProject
};
