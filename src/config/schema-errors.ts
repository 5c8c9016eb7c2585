import type { ErrorObject } from 'ajv';
import { describeKey } from '../core/describe-value.js';
import { type DataPath, describePath, parsePointer } from './locate.js';

/** A schema violation, described for a person: which key, what is allowed. */
export interface Problem {
  path: DataPath;
  /** Point at the key rather than its value (unknown keys). */
  key: boolean;
  message: string;
  hint?: string;
}

interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, unknown>;
  examples?: unknown[];
  description?: string;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

function named(path: DataPath): string {
  return path.length === 0 ? 'the configuration' : `\`${describePath(path)}\``;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest allowed word, if it is close enough to be a likely typo. */
export function suggest(word: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of allowed) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function examples(schema: SchemaNode | undefined): string {
  const list = (schema?.examples ?? []).map((example) => JSON.stringify(example));
  return list.length === 0 ? '' : `, for example ${list.join(' or ')}`;
}

const PATTERN_MEANING: Record<string, string> = {
  '\\S': 'must not be empty',
  '^secret/[a-z0-9]+(?:-[a-z0-9]+)*$':
    'must be `secret/` followed by a kebab-case name, such as `secret/acme-api-key`',
  '^(?:secret|policy|artifact|personal-data)/[a-z0-9]+(?:-[a-z0-9]+)*$':
    'must be a rule id: `secret/`, `policy/`, `artifact/` or `personal-data/` followed by a kebab-case name, such as `policy/stale`',
  '^\\s*[0-9]+(?:\\.[0-9]+)?\\s*(?:[kKmMgG]i?[bB]?|[bB])?\\s*$':
    'must be a number of bytes or a size such as "2MB" or "512KB"',
};

function typeNames(type: string | string[] | undefined): string {
  const types = type === undefined ? [] : Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
}

/** One ajv error as a problem a person can fix. */
export function describeError(error: ErrorObject): Problem {
  const path = parsePointer(error.instancePath);
  const parent = error.parentSchema as SchemaNode | undefined;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const where = path.length === 0 ? '' : ` in ${named(path)}`;
      const guess = suggest(extra, allowed);
      return {
        path: [...path, extra],
        key: true,
        // A key that does not read as a word (a pasted token) is described, never echoed.
        message: `unknown key ${describeKey(extra, guess !== undefined)}${where}; allowed keys: ${allowed.join(', ')}`,
        ...(guess === undefined ? {} : { hint: `Did you mean \`${guess}\`?` }),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return { path, key: false, message: `${named(path)} must be one of ${allowed.join(', ')}` };
    }
    case 'type': {
      const keys =
        path.length === 0
          ? ` of keys such as ${Object.keys(parent?.properties ?? {})
              .slice(1, 4)
              .join(', ')}`
          : '';
      return {
        path,
        key: false,
        message: `${named(path)} must be ${typeNames(parent?.type)}${keys}`,
      };
    }
    case 'required':
      return {
        path,
        key: path.length > 0,
        message: `${named(path)} is missing the required key \`${String(params.missingProperty)}\``,
      };
    case 'pattern': {
      const pattern = String(params.pattern);
      if (error.propertyName !== undefined) {
        return {
          path: [...path, error.propertyName],
          key: true,
          message: `key ${describeKey(error.propertyName)} in ${named(path)} ${PATTERN_MEANING[pattern] ?? `must match ${pattern}`}`,
        };
      }
      const meaning =
        PATTERN_MEANING[pattern] ??
        `has an invalid value; ${parent?.description ?? `expected a match for ${pattern}`}${examples(parent)}`;
      return { path, key: false, message: `${named(path)} ${meaning}` };
    }
    case 'minimum':
    case 'maximum':
      return {
        path,
        key: false,
        message: `${named(path)} must be at ${error.keyword === 'minimum' ? 'least' : 'most'} ${String(params.limit)}`,
      };
    case 'minItems':
      return {
        path,
        key: false,
        message: `${named(path)} must list at least ${String(params.limit)} ${params.limit === 1 ? 'item' : 'items'}`,
      };
    case 'uniqueItems': {
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      return {
        path: [...path, second!],
        key: false,
        message: `${named(path)} lists the same value twice (items ${first} and ${second})`,
      };
    }
    default:
      return { path, key: false, message: `${named(path)} ${error.message ?? 'is invalid'}` };
  }
}

/** ajv reports a failed `propertyNames` twice (the inner keyword, then propertyNames). */
export function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'propertyNames');
}
