import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  wantsColor
} from "./chunk-3UIIUXQE.js";
import {
  loadCliConfig,
  require_picocolors
} from "./chunk-NPVPYAJV.js";
import {
  filePass,
  passInfos
} from "./chunk-TZWBCKFI.js";
import {
  compileRules
} from "./chunk-P5NK7NYD.js";
import "./chunk-CZ5I6W6C.js";
import "./chunk-BBSOJMBS.js";
import "./chunk-6KLVVNOK.js";
import {
  findRepoRoot
} from "./chunk-SGSUYQD6.js";
import {
  builtinPacks
} from "./chunk-NBWAZCJF.js";
import {
  resolveSecretRules
} from "./chunk-HDBPAX76.js";
import {
  compileGuardrails,
  guardrailSettings
} from "./chunk-QQMKWQ6T.js";
import {
  POLICY_RULES,
  atOrAbove
} from "./chunk-GTFPKMOW.js";
import "./chunk-4T47BLQ7.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import {
  __toESM,
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/cli/rules.ts
init_cli_data();
var import_picocolors = __toESM(require_picocolors(), 1);

// src/cli/rule-effect.ts
init_cli_data();
function ruleEffect(rule, failOn) {
  return rule.blocking ? atOrAbove(rule.severity, failOn) ? { blocks: !0, why: `${rule.severity} \u2265 fail_on ${failOn}` } : { blocks: !1, why: `${rule.severity} < fail_on ${failOn}` } : { blocks: !1, why: "warn-only rule" };
}

// src/cli/rules.ts
async function runRules(flags) {
  let cwd = process.cwd(), repoRoot = await findRepoRoot(cwd), config = await loadCliConfig({
    cwd,
    repoRoot,
    ...flags.config === void 0 ? {} : { config: flags.config },
    mode: process.env.CI ? "ci" : "local",
    warn: (sentence) => process.stderr.write(`mandate: ${sentence}
`)
  }), packs = builtinPacks(), inForce = resolveSecretRules(config, packs), rules = compileRules(inForce, {
    allowlist: config.allowlist,
    overrides: config.overrides
  });
  if (flags.test === !0) {
    let { testCustomRules } = await import("./rules-test-4N2KOEWV.js");
    return testCustomRules(config, inForce, rules, (text) => process.stdout.write(text));
  }
  let { resolveReviewRequirements } = await import("./reviews-N5HUSDQH.js"), reviews = resolveReviewRequirements(config, packs), reviewInfos = reviews.map(({ spec, origin }) => ({
    id: `review/${spec.name}`,
    kind: "review",
    title: `Required review: ${spec.name}`,
    provider: origin,
    severity: "high",
    blocking: !0,
    description: spec.description ?? "",
    remediation: `Get ${approversOf(spec.require)} on the latest commit.`,
    tags: ["review"]
  })), policyInfos = Object.values(POLICY_RULES), fileInfos = passInfos(
    filePass(rules, compileGuardrails(guardrailSettings(config)).families)
  ), secretInfos = fileInfos.map((info) => {
    let effect = ruleEffect(info, config.failOn);
    return { ...info, blocks: effect.blocks, effect: effect.why };
  });
  if (flags.format === "json")
    return process.stdout.write(
      `${JSON.stringify([...secretInfos, ...reviewInfos, ...policyInfos], null, 2)}
`
    ), 0;
  let c = import_picocolors.default.createColors(wantsColor(flags.color)), all = [...fileInfos, ...reviewInfos, ...policyInfos], idWidth = Math.max(...all.map((r) => r.id.length)), providerWidth = Math.max(...all.map((r) => r.provider.length)), row = (r) => `${r.id.padEnd(idWidth)}  ${r.provider.padEnd(providerWidth)}  ${r.severity.padEnd(8)}  ${r.blocking ? c.red("blocks") : c.yellow("warns")}`, secretRow = (r) => `${r.id.padEnd(idWidth)}  ${r.provider.padEnd(providerWidth)}  ${r.severity.padEnd(8)}  ${r.blocks ? c.red("blocks") : c.yellow("warns")}  ${c.dim(`(${r.effect})`)}`, sections = [
    `${c.bold(`${"id".padEnd(idWidth)}  ${"provider".padEnd(providerWidth)}  severity  effect`)}
${secretInfos.map(secretRow).join(`
`)}
${fileInfos.length} rules (fail_on: ${config.failOn}: a rule blocks when it is not warn-only and its severity is ${config.failOn} or above)`,
    reviews.length === 0 ? "Required reviews: none (enable the built-in ones with `extends: [recommended, reviews-recommended]`)." : `${c.bold("Required reviews")} (judged on pull requests by the Action; the hook only says which will apply)
${reviews.map(
      ({ spec, origin }) => `${`review/${spec.name}`.padEnd(idWidth)}  needs ${approversOf(spec.require)}  (${origin})`
    ).join(`
`)}`,
    `${c.bold("Policy documents")} (\`mandate check\`; block in CI: ${config.policies.block.ci ? "yes" : "no"}, in the hook: ${config.policies.block.hook ? "yes" : "no"})
${policyInfos.map(row).join(`
`)}`
  ];
  return process.stdout.write(`${sections.join(`

`)}
`), 0;
}
function approversOf(require2) {
  let who = [...require2.teams ?? [], ...require2.users ?? []].map((name) => `@${name}`), count = require2.count ?? 1;
  return `${count} approval${count === 1 ? "" : "s"} from ${who.join(" or ") || "nobody (no team or user listed)"}`;
}
export {
  runRules
};
