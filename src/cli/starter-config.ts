/**
 * The starter `.mandate.yml` that `mandate init` writes: every key a newcomer needs, commented
 * examples that are valid when uncommented, the schema line editors read (the local copy in
 * node_modules, or this version's copy on GitHub), and this repository's own fingerprint salt.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from './version.js';

/** The schema as an npm install puts it next to the config. */
export const LOCAL_SCHEMA = './node_modules/mandate/schema/mandate.schema.json';

/**
 * The schema for a repository without mandate in node_modules (a pre-commit framework, git URL
 * or global install): the copy in the repository at this version's tag, which editors fetch.
 */
export function remoteSchemaUrl(version: string = VERSION): string {
  const ref = version === '0.0.0-dev' ? 'main' : `v${version}`;
  return `https://raw.githubusercontent.com/mandate-dev/mandate/${ref}/schema/mandate.schema.json`;
}

export const STARTER_CONFIG = `# yaml-language-server: $schema=${LOCAL_SCHEMA}
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

/** The starter config's last key: this repository's own fingerprint salt. */
export function fingerprintSaltBlock(salt: string): string {
  return `
# This repository's fingerprint salt: keys the fingerprints of secret findings (in
# .mandateignore, the baseline, annotations and evidence) so they cannot be checked against a
# word list without it. Keep it; after changing it, run \`mandate baseline --migrate\`.
fingerprint_salt: ${salt}
`;
}

/** The starter config for the repository at `repoRoot`, with a fresh fingerprint salt. */
export function starterConfig(repoRoot: string): string {
  const local = existsSync(join(repoRoot, LOCAL_SCHEMA));
  const starter = local ? STARTER_CONFIG : STARTER_CONFIG.replace(LOCAL_SCHEMA, remoteSchemaUrl());
  return `${starter}${fingerprintSaltBlock(randomBytes(16).toString('hex'))}`;
}
