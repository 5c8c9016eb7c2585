/**
 * Issue 9.13 through the CLI: `mandate scan --staged` in a real repository says which reviews
 * the change will need, reading the staged (index) version of a changed file for structured
 * content patterns — a wildcard added inside an existing multi-line list, a minified
 * package.json gaining an AI SDK, a file too large to scan line by line, and files the old
 * binary rule skipped (UTF-16, a stray NUL).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TestRepo } from '../support/git.js';
import { ensureBuilt, mandate } from './helpers.js';

beforeAll(() => {
  ensureBuilt();
});

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

const CONFIG = `extends: [recommended, reviews-recommended]
review_settings:
  security_team: acme/security
`;
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reviews', name), 'utf8');

function staged(files: Record<string, string>, config = CONFIG) {
  repo = makeRepo();
  repo.commit('init', { '.mandate.yml': config, ...files });
  return repo;
}

describe('mandate scan --staged previews structured review triggers', () => {
  it('a wildcard added inside an existing multi-line CloudFormation list', () => {
    const r = staged({
      'cfn/stack.yaml': fixture('cloudformation.yaml').replace('"dynamodb:*"', 'dynamodb:GetItem'),
    });
    r.write('cfn/stack.yaml', fixture('cloudformation.yaml'));
    r.git('add', 'cfn/stack.yaml');
    const result = mandate(r.dir, ['scan', '--staged']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('review/iam-wildcard');
    expect(result.stdout).toContain('cfn/stack.yaml:18');
  });

  it('a change elsewhere in the same file does not trigger it', () => {
    const r = staged({ 'cfn/stack.yaml': fixture('cloudformation.yaml') });
    r.write('cfn/stack.yaml', fixture('cloudformation.yaml').replace('everything', 'app'));
    r.git('add', 'cfn/stack.yaml');
    const result = mandate(r.dir, ['scan', '--staged']);
    expect(result.stdout).not.toContain('cfn/stack.yaml:18');
  });

  it('a minified package.json gaining openai', () => {
    const r = staged({ 'package.json': fixture('package-minified-base.json') });
    r.write('package.json', fixture('package-minified.json'));
    r.git('add', 'package.json');
    const result = mandate(r.dir, ['scan', '--staged']);
    expect(result.stdout).toContain('review/ai-sdk-dependency');
    expect(result.stdout).toContain('package.json:1');
  });

  it('an IAM policy too large to scan line by line is still read whole', () => {
    const r = staged({}, `${CONFIG}max_file_size: 100\n`);
    r.write('iam/policy.json', fixture('policy-multiline.json'));
    r.git('add', 'iam/policy.json');
    const result = mandate(r.dir, ['scan', '--staged']);
    expect(result.stdout).toContain('review/iam-wildcard');
    expect(result.stdout).toContain('iam/policy.json:9');
  });

  it('an IAM policy that looks binary by the old rule (UTF-16, a stray NUL) is read as text', () => {
    const r = staged({});
    const policy = fixture('policy-multiline.json');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(policy, 'utf16le')]);
    r.write('iam/utf16.json', utf16);
    r.write('iam/nul.json', `${policy}\0\n`);
    r.git('add', 'iam');
    const result = mandate(r.dir, ['scan', '--staged']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('review/iam-wildcard');
    expect(result.stdout).toContain('iam/utf16.json:9');
    expect(result.stdout).toContain('iam/nul.json:9');
  });
});
