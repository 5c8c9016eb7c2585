/**
 * `mandate rules`: every rule in force (secret, guardrail, review, policy) as a table or JSON,
 * with whether each blocks under `fail_on`; `--test` runs a user's rules against their examples.
 */
import pc from 'picocolors';
import { resolveSecretRules } from '../config/load.js';
import { filePass, passInfos } from '../core/engine.js';
import { compileGuardrails, guardrailSettings } from '../core/guardrails.js';
import { POLICY_RULES } from '../core/policy/rules.js';
import type { Approvers } from '../core/review/types.js';
import { compileRules } from '../core/secret/compile.js';
import type { RuleInfo } from '../core/types.js';
import { builtinPacks } from '../rules/packs.js';
import { findRepoRoot } from '../sources/git.js';
import { loadCliConfig } from './load-policy.js';
import { ruleEffect } from './rule-effect.js';
import { wantsColor } from './tty.js';

export async function runRules(flags: {
  format: 'text' | 'json';
  config?: string;
  color: boolean;
  test?: boolean;
}): Promise<number> {
  const cwd = process.cwd();
  const repoRoot = await findRepoRoot(cwd);
  const config = await loadCliConfig({
    cwd,
    repoRoot,
    ...(flags.config === undefined ? {} : { config: flags.config }),
    mode: process.env.CI ? 'ci' : 'local',
    warn: (sentence) => process.stderr.write(`mandate: ${sentence}\n`),
  });
  // Parsed once: the secret rules and the review requirements both come from them.
  const packs = builtinPacks();
  const inForce = resolveSecretRules(config, packs);
  const rules = compileRules(inForce, {
    allowlist: config.allowlist,
    overrides: config.overrides,
  });
  if (flags.test === true) {
    const { testCustomRules } = await import('./rules-test.js');
    return testCustomRules(config, inForce, rules, (text) => process.stdout.write(text));
  }
  // Review requirements and policy rules are in force too: list them after the secret rules.
  // Loaded here, not at start: review predicates pull in the YAML parser, which a scan without a
  // config file never needs.
  const { resolveReviewRequirements } = await import('../config/reviews.js');
  const reviews = resolveReviewRequirements(config, packs);
  const reviewInfos: RuleInfo[] = reviews.map(({ spec, origin }) => ({
    id: `review/${spec.name}`,
    kind: 'review',
    title: `Required review: ${spec.name}`,
    provider: origin,
    severity: 'high',
    blocking: true,
    description: spec.description ?? '',
    remediation: `Get ${approversOf(spec.require)} on the latest commit.`,
    tags: ['review'],
  }));
  const policyInfos: RuleInfo[] = Object.values(POLICY_RULES);
  // The per-file families' rules: the secret rules, then the artifact and personal-data ones.
  const fileInfos = passInfos(
    filePass(rules, compileGuardrails(guardrailSettings(config)).families),
  );
  // A secret rule blocks only when it is a blocking rule AND its severity reaches fail_on.
  const secretInfos = fileInfos.map((info) => {
    const effect = ruleEffect(info, config.failOn);
    return { ...info, blocks: effect.blocks, effect: effect.why };
  });
  if (flags.format === 'json') {
    process.stdout.write(
      `${JSON.stringify([...secretInfos, ...reviewInfos, ...policyInfos], null, 2)}\n`,
    );
    return 0;
  }
  const c = pc.createColors(wantsColor(flags.color));
  const all = [...fileInfos, ...reviewInfos, ...policyInfos];
  const idWidth = Math.max(...all.map((r) => r.id.length));
  const providerWidth = Math.max(...all.map((r) => r.provider.length));
  const row = (r: RuleInfo) =>
    `${r.id.padEnd(idWidth)}  ${r.provider.padEnd(providerWidth)}  ${r.severity.padEnd(8)}  ${
      r.blocking ? c.red('blocks') : c.yellow('warns')
    }`;
  const secretRow = (r: (typeof secretInfos)[number]) =>
    `${r.id.padEnd(idWidth)}  ${r.provider.padEnd(providerWidth)}  ${r.severity.padEnd(8)}  ${
      r.blocks ? c.red('blocks') : c.yellow('warns')
    }  ${c.dim(`(${r.effect})`)}`;
  const sections = [
    `${c.bold(`${'id'.padEnd(idWidth)}  ${'provider'.padEnd(providerWidth)}  severity  effect`)}\n${secretInfos.map(secretRow).join('\n')}\n${fileInfos.length} rules (fail_on: ${config.failOn}: a rule blocks when it is not warn-only and its severity is ${config.failOn} or above)`,
    reviews.length === 0
      ? 'Required reviews: none (enable the built-in ones with `extends: [recommended, reviews-recommended]`).'
      : `${c.bold('Required reviews')} (judged on pull requests by the Action; the hook only says which will apply)\n${reviews
          .map(
            ({ spec, origin }) =>
              `${`review/${spec.name}`.padEnd(idWidth)}  needs ${approversOf(spec.require)}  (${origin})`,
          )
          .join('\n')}`,
    `${c.bold('Policy documents')} (\`mandate check\`; block in CI: ${config.policies.block.ci ? 'yes' : 'no'}, in the hook: ${config.policies.block.hook ? 'yes' : 'no'})\n${policyInfos.map(row).join('\n')}`,
  ];
  process.stdout.write(`${sections.join('\n\n')}\n`);
  return 0;
}

/** "1 approval from @acme/security or @alice". */
function approversOf(require: Approvers): string {
  const who = [...(require.teams ?? []), ...(require.users ?? [])].map((name) => `@${name}`);
  const count = require.count ?? 1;
  return `${count} approval${count === 1 ? '' : 's'} from ${who.join(' or ') || 'nobody (no team or user listed)'}`;
}
