// The built-in rule packs (rules/*.yml) as data, for the bundles to embed: the CLI
// (scripts/build.mjs) and the Action (scripts/build-action.mjs) read no YAML at start-up.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { parse } from 'yaml';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The packs in rules/*.yml, sorted by file name, each checked enough that the engine can rely
 * on its shape (a name; a `rules` list, or `reviews` only). Throws naming the file otherwise.
 * A pack may be split: the `rules` of every rules/<file>.d/*.yml part (sorted by name; each
 * part a mapping with `rules`) are appended to the rules of rules/<file>.yml, so new rule
 * families live in their own files yet load as the one pack. The bundles, the tests
 * (vitest.config.ts) and docs/rules.md (scripts/gen-rules-doc.mjs) use exactly this.
 */
export function readPacks(base = root) {
  const dir = join(base, 'rules');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => {
      const file = join('rules', name);
      const pack = parse(readFileSync(join(base, file), 'utf8'));
      const fail = (why) => {
        throw new Error(`${file}: ${why}`);
      };
      if (pack === null || typeof pack !== 'object' || Array.isArray(pack))
        fail('a rule pack must be a mapping with name, description and rules.');
      if (typeof pack.name !== 'string' || pack.name === '') fail('the rule pack has no "name".');
      const reviews = Array.isArray(pack.reviews) ? pack.reviews : undefined;
      if (!Array.isArray(pack.rules) && reviews === undefined)
        fail(`the rule pack "${pack.name}" has no "rules" list.`);
      return {
        name: pack.name,
        description: typeof pack.description === 'string' ? pack.description : '',
        rules: [...(pack.rules ?? []), ...readParts(base, `${name.slice(0, -'.yml'.length)}.d`)],
        ...(reviews === undefined ? {} : { reviews }),
      };
    });
}

const SEVERITIES = ['low', 'medium', 'high', 'critical'];

/**
 * The rules of another family than `secret`, as data: rules/families/<family>.yml (a mapping
 * with `family`, `provider`, `tags` and `rules`, each rule with id, title, severity, blocking,
 * description and remediation; ids start with `<family>/`). Not a pack (`extends` cannot name
 * it): the family's rules are always there, and `disable` / `overrides` change them.
 */
export function readFamilyRules(family, base = root) {
  const file = join('rules', 'families', `${family}.yml`);
  const data = parse(readFileSync(join(base, file), 'utf8'));
  const fail = (why) => {
    throw new Error(`${file}: ${why}`);
  };
  if (data === null || typeof data !== 'object' || !Array.isArray(data.rules))
    fail('a family\'s rules file must be a mapping with a "rules" list.');
  if (data.family !== family) fail(`"family" must be ${family}.`);
  const seen = new Set();
  return data.rules.map((rule, i) => {
    const at = `rules[${i}]`;
    if (typeof rule?.id !== 'string' || !rule.id.startsWith(`${family}/`))
      fail(`${at}.id must start with ${family}/.`);
    if (seen.has(rule.id)) fail(`${at}: ${rule.id} is listed twice.`);
    seen.add(rule.id);
    for (const key of ['title', 'description', 'remediation']) {
      if (typeof rule[key] !== 'string' || rule[key] === '') fail(`${at}.${key} must be text.`);
    }
    if (!SEVERITIES.includes(rule.severity)) fail(`${at}.severity must be one of ${SEVERITIES}.`);
    if (typeof rule.blocking !== 'boolean') fail(`${at}.blocking must be true or false.`);
    return {
      id: rule.id,
      kind: family,
      title: rule.title,
      provider: typeof data.provider === 'string' ? data.provider : family,
      severity: rule.severity,
      blocking: rule.blocking,
      description: rule.description,
      remediation: rule.remediation,
      tags: Array.isArray(data.tags) ? data.tags.map(String) : [family],
    };
  });
}

/** The rules of the parts in rules/<dirName>/*.yml, in file-name order (none if no folder). */
function readParts(base, dirName) {
  const dir = join(base, 'rules', dirName);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .flatMap((name) => {
      const file = join('rules', dirName, name);
      const part = parse(readFileSync(join(base, file), 'utf8'));
      if (part === null || typeof part !== 'object' || !Array.isArray(part.rules))
        throw new Error(`${file}: a pack part must be a mapping with a "rules" list.`);
      return part.rules;
    });
}

/**
 * The built-in data the sources read through `define`d constants, each as JSON text parsed on
 * first use (much cheaper to load than an object literal): `__MANDATE_PACKS__`, the packs, and
 * `__MANDATE_RULE_ANALYSIS__`, the regex analysis of their rules done now rather than at every
 * start (src/core/secret/analysis.ts), `__MANDATE_POLICY_RULES__`, the policy family's rules
 * (rules/families/policy.yml), and `__MANDATE_PHONE_METADATA__`, libphonenumber-js's `min`
 * metadata as the package ships it (src/sources/phone-check.ts parses it on the first phone
 * number it checks). `examples: false` (the bundles) leaves out the built-in rules' `examples`
 * (a quarter of the packs): only the tests read them (`mandate rules --test` checks a config's
 * own rules), and every start, every scan worker's rules and the heap would carry them.
 */
export function packData(base = root, { examples = true } = {}) {
  const packs = readPacks(base);
  const embedded = examples
    ? packs
    : packs.map((pack) => ({ ...pack, rules: pack.rules.map(({ examples: _, ...rule }) => rule) }));
  return {
    __MANDATE_PACKS__: JSON.stringify(embedded),
    __MANDATE_RULE_ANALYSIS__: JSON.stringify(analysePacks(packs, base)),
    __MANDATE_POLICY_RULES__: JSON.stringify(readFamilyRules('policy', base)),
    __MANDATE_PHONE_METADATA__: phoneMetadata(),
  };
}

/**
 * packData as `define`s that embed each text as a string literal: the Action's one-file bundle
 * and the tests (vitest.config.ts). The CLI bundle reads the large ones from files instead
 * (scripts/build.mjs).
 */
export function packDefines(base = root, options = {}) {
  return Object.fromEntries(
    Object.entries(packData(base, options)).map(([name, text]) => [name, JSON.stringify(text)]),
  );
}

/**
 * libphonenumber-js's `min` metadata (the file `libphonenumber-js/min` imports), as compact JSON
 * text: checked to parse, re-serialised so that the embedded string holds no whitespace.
 */
function phoneMetadata() {
  const require = createRequire(import.meta.url);
  const file = require.resolve('libphonenumber-js/metadata.min.json');
  return JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * For every rule of `packs`, by id, what src/core/secret/anchor.ts finds (the one
 * implementation, compiled here from its TypeScript source) with what it was made from: the
 * runtime uses it only for a rule with the same regex, flags and keywords.
 */
function analysePacks(packs, base) {
  const source = readFileSync(join(base, 'src/core/secret/anchor.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20' });
  const module = { exports: {} };
  new Function('module', 'exports', code)(module, module.exports);
  const { ruleAnalysis } = module.exports;
  const table = {};
  for (const pack of packs) {
    for (const rule of pack.rules ?? []) {
      if (typeof rule?.regex !== 'string' || !Array.isArray(rule.keywords)) continue;
      const flags = rule.flags === 'i' ? 'gi' : 'g';
      table[rule.id] = {
        regex: rule.regex,
        flags,
        keywords: rule.keywords,
        ...ruleAnalysis(rule.regex, flags, rule.keywords),
      };
    }
  }
  return table;
}

/**
 * The esbuild options every bundle shares: ESM for Node 20+ with the rule packs and the
 * version embedded.
 */
export function bundleOptions() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    minifySyntax: true,
    define: {
      ...packDefines(root, { examples: false }),
      __MANDATE_VERSION__: JSON.stringify(pkg.version),
    },
    // recheck (the ReDoS checker, loaded only for configs with their own regexes) requires
    // synckit for an API mandate does not use; the real one cannot run bundled.
    plugins: [
      {
        name: 'stub-synckit',
        setup(b) {
          b.onResolve({ filter: /^synckit$/ }, () => ({
            path: join(root, 'scripts/stubs/synckit.cjs'),
          }));
        },
      },
    ],
    // Bundled CommonJS dependencies may call require(); give them one.
    banner: {
      js: "import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);",
    },
  };
}
