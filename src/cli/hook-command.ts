/**
 * The command a pre-commit hook runs to call mandate, and how to recognise it: what `mandate init`
 * writes into each hook manager's config and what `mandate doctor` looks for there.
 */

export type HookManager = 'husky' | 'lefthook' | 'pre-commit' | 'git';

/** How to install mandate: the README's install line (there is no registry copy). */
export const INSTALL_COMMAND = 'npm install --save-dev github:mandate-dev/mandate';

/** The one line a hook prints when it cannot find mandate. */
export const MISSING_MESSAGE = `mandate is not installed: run ${INSTALL_COMMAND}`;

/**
 * The command the hook managers run (through sh): the project's own installed binary
 * (`node_modules/.bin/mandate`, from the repository root where git runs hooks), else `mandate`
 * on PATH, else one clear line and a blocked commit. Never `npx`: it costs about a second per
 * commit and may try the registry. `check --staged`: the secrets, and the policy documents
 * (stale ones warn in the hook), as the README says.
 */
export const HOOK_COMMAND = `m=node_modules/.bin/mandate; [ -x "$m" ] || m=$(command -v mandate) || { echo "${MISSING_MESSAGE}" >&2; exit 1; }; "$m" check --staged`;

/** The command `init` wrote before 0.1.x's installed-binary hook; a rerun of init replaces it. */
export const OLD_HOOK_COMMAND = 'npx --no-install mandate scan --staged';

/**
 * Whether a hook command or script runs mandate (any version's form of it): a line with the word
 * `mandate` and, after it, `scan` or `check`. Two searches, not one `mandate.*scan` regex, which
 * backtracks quadratically on a long line of repeated `mandate`s.
 */
export function runsMandate(text: string): boolean {
  return text.split('\n').some((line) => {
    const at = line.search(/\bmandate\b/);
    return at >= 0 && /\b(?:scan|check)\b/.test(line.slice(at + 'mandate'.length));
  });
}

/** A line of the plain git hook that tells mandate's hook from someone else's. */
export const HOOK_MARKER = '# mandate pre-commit hook';

export const LEFTHOOK_FILES = ['lefthook.yml', '.lefthook.yml', 'lefthook.yaml', '.lefthook.yaml'];
export const PRE_COMMIT_FILES = ['.pre-commit-config.yaml', '.pre-commit-config.yml'];
