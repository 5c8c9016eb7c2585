/**
 * The edits `mandate init` makes to a hook manager's config, as pure functions of the file's
 * text: a `pre-commit` command in a lefthook config, a local hook in a pre-commit framework
 * config, husky in package.json's `prepare` script. Each keeps the file's own formatting
 * (comments, indentation, line endings), says whether it changed anything, and upgrades the
 * command an older init wrote.
 */
import { type Document, isMap, isSeq, type ParsedNode, parseDocument, type YAMLMap } from 'yaml';
import { jsonErrorOffset, positionOf } from '../config/json-position.js';
import { ConfigError } from '../core/errors.js';
import { HOOK_COMMAND, OLD_HOOK_COMMAND, runsMandate } from './hook-command.js';

/** Adds a `pre-commit` command running mandate to a lefthook config, keeping its comments. */
export function addToLefthook(
  text: string,
  file: string,
): { text: string; changed: boolean; upgraded?: true } {
  const doc = parseYaml(text, file);
  const command = { run: HOOK_COMMAND };
  if (doc.contents === null) {
    doc.contents = doc.createNode({ 'pre-commit': { commands: { mandate: command } } }) as never;
    return { text: stringify(doc, text), changed: true };
  }
  const root: unknown = doc.contents;
  if (!isMap<unknown, unknown>(root))
    throw new ConfigError(file, 'is not a lefthook configuration (expected a map at the top).');

  const hook = root.get('pre-commit', true);
  if (hook === undefined || (!isMap(hook) && isEmptyScalar(hook))) {
    root.set('pre-commit', doc.createNode({ commands: { mandate: command } }));
    return { text: stringify(doc, text), changed: true };
  }
  if (!isMap(hook)) throw new ConfigError(file, '`pre-commit` is not a map of lefthook settings.');

  const commands = hook.get('commands', true);
  const jobs = hook.get('jobs', true);
  const isMandateJob = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    runsMandate(String((value as { run?: unknown }).run ?? ''));
  // Written by an older init: switch it to the installed binary and `check --staged`.
  const old = [
    ...(isMap(commands) ? commands.items.map((item) => item.value) : []),
    ...(isSeq(jobs) ? jobs.items : []),
  ].find((node): node is YAMLMap => isMap(node) && node.get('run') === OLD_HOOK_COMMAND);
  if (old !== undefined) {
    old.set('run', HOOK_COMMAND);
    return { text: stringify(doc, text), changed: true, upgraded: true };
  }
  const commandsJs = commands === undefined ? undefined : (commands.toJSON() as unknown);
  const jobsJs = jobs === undefined ? undefined : (jobs.toJSON() as unknown);
  if (
    (isPlainObject(commandsJs) &&
      ('mandate' in commandsJs || Object.values(commandsJs).some(isMandateJob))) ||
    (Array.isArray(jobsJs) && jobsJs.some(isMandateJob))
  ) {
    return { text, changed: false };
  }

  if (isSeq(jobs)) {
    jobs.add(doc.createNode({ name: 'mandate', ...command }));
  } else if (isMap(commands)) {
    commands.set('mandate', doc.createNode(command));
  } else if (commands === undefined || isEmptyScalar(commands)) {
    hook.set('commands', doc.createNode({ mandate: command }));
  } else {
    throw new ConfigError(file, '`pre-commit.commands` is not a map of commands.');
  }
  return { text: stringify(doc, text), changed: true };
}

/** The local hook added to `.pre-commit-config.yaml`. */
export const PRE_COMMIT_HOOK = {
  id: 'mandate',
  name: 'mandate (secrets and policy documents)',
  entry: 'sh',
  args: ['-c', HOOK_COMMAND],
  language: 'system',
  pass_filenames: false,
};

/** Adds a `repo: local` hook with id `mandate` to a pre-commit config, keeping its comments. */
export function addToPreCommitConfig(
  text: string,
  file: string,
): { text: string; changed: boolean; upgraded?: true } {
  const doc = parseYaml(text, file);
  if (doc.contents === null) {
    doc.contents = doc.createNode({
      repos: [{ repo: 'local', hooks: [PRE_COMMIT_HOOK] }],
    }) as never;
    return { text: stringify(doc, text), changed: true };
  }
  const root: unknown = doc.contents;
  if (!isMap<unknown, unknown>(root))
    throw new ConfigError(file, 'is not a pre-commit configuration (expected a map with `repos`).');
  const repos = root.get('repos', true);
  if (repos === undefined || isEmptyScalar(repos)) {
    root.set('repos', doc.createNode([{ repo: 'local', hooks: [PRE_COMMIT_HOOK] }]));
    return { text: stringify(doc, text), changed: true };
  }
  if (!isSeq(repos)) throw new ConfigError(file, '`repos` is not a list.');

  // Written by an older init: switch it to the installed binary and `check --staged`.
  for (const repo of repos.items) {
    const hooks = isMap(repo) ? repo.get('hooks', true) : undefined;
    const old = isSeq(hooks)
      ? hooks.items.find(
          (hook): hook is YAMLMap =>
            isMap(hook) && hook.get('id') === 'mandate' && hook.get('entry') === OLD_HOOK_COMMAND,
        )
      : undefined;
    if (old !== undefined) {
      old.set('entry', PRE_COMMIT_HOOK.entry);
      old.set('args', doc.createNode(PRE_COMMIT_HOOK.args));
      return { text: stringify(doc, text), changed: true, upgraded: true };
    }
  }
  const reposJs = repos.toJSON() as unknown[];
  const hasMandate = reposJs.some(
    (repo) =>
      isPlainObject(repo) &&
      Array.isArray(repo.hooks) &&
      repo.hooks.some((hook) => isPlainObject(hook) && hook.id === 'mandate'),
  );
  if (hasMandate) return { text, changed: false };

  const local = repos.items.find(
    (item): item is YAMLMap =>
      isMap(item) && item.get('repo') === 'local' && isSeq(item.get('hooks', true)),
  );
  if (local !== undefined) {
    const hooks = local.get('hooks', true);
    if (isSeq(hooks)) hooks.add(doc.createNode(PRE_COMMIT_HOOK));
  } else {
    repos.add(doc.createNode({ repo: 'local', hooks: [PRE_COMMIT_HOOK] }));
  }
  return { text: stringify(doc, text), changed: true };
}

/**
 * Makes package.json's `prepare` script run husky, preserving the file's indentation and
 * line endings. An existing `prepare` keeps its command, with `&& husky` appended.
 */
export function addHuskyPrepare(
  text: string,
  file: string,
): { text: string; changed: boolean; action: string } {
  const json = parseJson(text, file);
  if (!isPlainObject(json)) throw new ConfigError(file, 'is not a JSON object.');
  const scripts = json.scripts;
  if (scripts !== undefined && !isPlainObject(scripts))
    throw new ConfigError(file, '`scripts` is not an object.');
  const prepare = scripts?.prepare;
  if (typeof prepare === 'string' && /(^|[\s;&|])husky(\s|$|;|&|\|)/.test(prepare)) {
    return { text, changed: false, action: '' };
  }
  const value =
    typeof prepare === 'string' && prepare.trim() !== '' ? `${prepare} && husky` : 'husky';
  const updated = { ...json, scripts: { ...(scripts ?? {}), prepare: value } };
  const indent = /^[ \t]*\{\s*?\r?\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = JSON.stringify(updated, null, indent);
  if (eol !== '\n') out = out.replace(/\n/g, eol);
  if (/\r?\n$/.test(text)) out += eol;
  const action =
    typeof prepare === 'string' && prepare.trim() !== ''
      ? `appended \`&& husky\` to the "prepare" script in ${file}`
      : `added "prepare": "husky" to the scripts in ${file}`;
  return { text: out, changed: true, action };
}

// ---------------------------------------------------------------------------------------------
// helpers

function parseYaml(text: string, file: string): Document.Parsed<ParsedNode> {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const error = doc.errors[0];
  if (error !== undefined) {
    const pos = error.linePos?.[0];
    throw new ConfigError(file, `is not valid YAML: ${error.message.split('\n')[0]}`, {
      ...(pos === undefined ? {} : { line: pos.line, column: pos.col }),
    });
  }
  return doc;
}

/** Writes a YAML document back in the file's own style (sequence indentation, no folding). */
function stringify(doc: Document, original: string): string {
  // `key:\n- item` (sequence at the key's indentation) vs the default `key:\n  - item`.
  const indentSeq = !/^([ \t]*)[^\s#][^\n]*:[ \t]*\r?\n(?:[ \t]*#[^\n]*\r?\n)*\1- /m.test(original);
  return doc.toString({ indentSeq, lineWidth: 0 });
}

function isEmptyScalar(node: unknown): boolean {
  return (
    typeof node === 'object' &&
    node !== null &&
    'value' in node &&
    ((node as { value: unknown }).value === null || (node as { value: unknown }).value === '')
  );
}

/**
 * JSON.parse, failing with the file's line and column. Not JSON.parse's own message: it quotes
 * the text around the error, which may be a secret.
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    throw new ConfigError(file, 'is not valid JSON.', {
      ...positionOf(text, offset < 0 ? text.length : offset),
      hint: 'Fix the JSON, then run `mandate init` again.',
    });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}
