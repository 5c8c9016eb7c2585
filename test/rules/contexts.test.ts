/**
 * Where credentials hide (issue 14, item 4) and look-alikes that are not credentials (item 5),
 * scanned by the whole recommended pack through the engine: each case names the rule that
 * must report the value, at the value, or that nothing blocks.
 */
import { describe, expect, test } from 'vitest';
import type { SecretRuleSpec } from '../../src/core/rule-spec.js';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { addedFile } from '../../src/rules/example-cases.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { compose } from '../support/compose.js';

const rules: SecretRuleSpec[] =
  builtinPacks().find((pack) => pack.name === 'recommended')?.rules ?? [];
const compiled = compileRules(rules, {
  allowlist: { paths: [], regexes: [], stopwords: [] },
  overrides: {},
});

function scan(path: string, text: string) {
  return scanFile(addedFile(path, text), compiled);
}

let seed = 91_000;
const c = (template: string) => compose(template, seed++);

interface Case {
  name: string;
  path: string;
  /** The text, given the secret. */
  text: (secret: string) => string;
  secret: string;
  ruleId: string;
  /** Where the reported value starts (line, column); default: where `secret` first occurs. */
  at?: { line: number; column: number };
}

function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

const found: Case[] = [
  {
    name: 'a keyword rule, value on the next line after a shell continuation',
    path: 'scripts/deploy.sh',
    secret: c('{{alnum:32}}'),
    ruleId: 'secret/mistral-api-key',
    text: (s) => `docker run --rm \\\n  -e MISTRAL_API_KEY=\\\n${s} \\\n  acme/agent:latest\n`,
  },
  {
    name: 'a prefixed token split across a Dockerfile line continuation',
    path: 'services/api/Dockerfile',
    secret: c('{{github:ghp_}}'),
    ruleId: 'secret/github-pat',
    text: (s) => `FROM node:22\nENV GITHUB_TOKEN=${s.slice(0, 20)}\\\n${s.slice(20)}\nRUN npm ci\n`,
    at: { line: 2, column: 18 },
  },
  {
    name: 'a prefixed token split inside a Python string continuation',
    path: 'app/settings.py',
    secret: c('{{lit:xoxb-}}{{digits:11}}-{{digits:12}}-{{alnum:24}}'),
    ruleId: 'secret/slack-bot-token',
    text: (s) => `SLACK_TOKEN = "${s.slice(0, 25)}\\\n${s.slice(25)}"\n`,
    at: { line: 1, column: 16 },
  },
  {
    name: 'a keyword value split across a shell continuation inside double quotes',
    path: 'scripts/env.sh',
    secret: c('{{hex:32}}'),
    ruleId: 'secret/twilio-auth-token',
    text: (s) => `export TWILIO_AUTH_TOKEN="${s.slice(0, 16)}\\\n${s.slice(16)}"\n`,
    at: { line: 1, column: 27 },
  },
  {
    name: 'a Python assignment continued on the next line',
    path: 'app/settings.py',
    secret: c('{{alnum:12}}8{{alnum:11}}'),
    ruleId: 'secret/generic-secret',
    text: (s) => `DB_PASSWORD = \\\n    "${s}"\n`,
  },
  {
    name: 'multi-line curl with a Bearer header',
    path: 'scripts/smoke.sh',
    secret: c('{{alnum:48}}'),
    ruleId: 'secret/generic-bearer-token',
    text: (s) =>
      `curl -sS https://internal-api.acme.dev/v1/jobs \\\n  -X POST \\\n  -H "Authorization: Bearer ${s}" \\\n  -d @job.json\n`,
  },
  {
    name: 'multi-line curl with -u user:password',
    path: 'scripts/smoke.sh',
    secret: c('{{alnum:20}}'),
    ruleId: 'secret/curl-credentials',
    text: (s) =>
      `curl -sS \\\n  --fail \\\n  -u deploy:${s} \\\n  https://artifacts.acme.dev/upload\n`,
  },
  {
    name: 'Dockerfile ENV NAME value (space form), an older keyword rule',
    path: 'Dockerfile',
    secret: c('{{alnum:32}}'),
    ruleId: 'secret/mistral-api-key',
    text: (s) => `FROM python:3.13\nENV MISTRAL_API_KEY ${s}\n`,
  },
  {
    name: 'Dockerfile ENV NAME value (space form), AWS secret key',
    path: 'Dockerfile',
    secret: c('{{base64:40}}').replace(/=/g, 'A'),
    ruleId: 'secret/aws-secret-access-key',
    text: (s) => `FROM python:3.13\nENV AWS_SECRET_ACCESS_KEY ${s}\n`,
  },
  {
    name: 'Dockerfile ENV NAME value (space form), the generic rule',
    path: 'Dockerfile',
    secret: c('{{alnum:12}}9{{alnum:11}}'),
    ruleId: 'secret/generic-secret',
    text: (s) => `FROM postgres:17\nENV POSTGRES_PASSWORD ${s}\n`,
  },
  {
    name: 'a .pgpass line',
    path: 'ops/.pgpass',
    secret: c('{{alnum:24}}'),
    ruleId: 'secret/pgpass-password',
    text: (s) => `db.acme.internal:5432:warehouse:loader:${s}\n`,
  },
  {
    name: 'a Markdown table of variables, a keyword rule',
    path: 'docs/setup.md',
    secret: c('{{alnum:32}}'),
    ruleId: 'secret/mistral-api-key',
    text: (s) => `| variable | value |\n| --- | --- |\n| MISTRAL_API_KEY | ${s} |\n`,
  },
  {
    name: 'a Markdown table of variables, the generic rule',
    path: 'docs/setup.md',
    secret: c('{{alnum:12}}7{{alnum:11}}'),
    ruleId: 'secret/generic-secret',
    text: (s) => `| variable | value |\n| --- | --- |\n| API_KEY | ${s} |\n`,
  },
  {
    name: 'a Markdown list of variables in backticks, the generic rule',
    path: 'docs/setup.md',
    secret: c('{{alnum:12}}5{{alnum:11}}'),
    ruleId: 'secret/generic-secret',
    text: (s) => `Set these:\n\n- \`API_KEY=${s}\`\n- \`REGION=eu-west-1\`\n`,
  },
  {
    name: 'a Markdown list of variables, name and value in separate backticks',
    path: 'docs/setup.md',
    secret: c('{{alnum:32}}'),
    ruleId: 'secret/mistral-api-key',
    text: (s) => `- \`MISTRAL_API_KEY\`: \`${s}\`\n`,
  },
  {
    name: 'Docker registry auths in escaped JSON',
    path: 'k8s/pull-secret.yaml',
    secret: Buffer.from(`robot:${c('{{alnum:24}}')}`).toString('base64'),
    ruleId: 'secret/docker-auth-escaped-json',
    text: (s) => `data:\n  config: "{\\"auths\\":{\\"ghcr.io\\":{\\"auth\\":\\"${s}\\"}}}"\n`,
  },
];

describe('contexts where a credential hides (item 4)', () => {
  test.each(found.map((testCase) => [testCase.name, testCase] as const))('%s', (_, testCase) => {
    const text = testCase.text(testCase.secret);
    const findings = scan(testCase.path, text);
    const hit = findings.find((finding) => finding.ruleId === testCase.ruleId);
    expect(
      hit,
      `${testCase.ruleId} in:\n${text}\nfound: ${findings.map((f) => f.ruleId).join(', ')}`,
    ).toBeDefined();
    const at = testCase.at ?? positionOf(text, testCase.secret);
    expect({ line: hit?.line, column: hit?.column }).toEqual(at);
    expect(hit?.secret).toBe(testCase.secret);
  });

  test('a PEM key in a notebook cell, one JSON string per line', () => {
    const lines = [
      '-----BEGIN RSA PRIVATE KEY-----',
      ...Array.from({ length: 8 }, () => c('{{base64:64}}')),
      `${c('{{base64:40}}')}==`,
      '-----END RSA PRIVATE KEY-----',
    ];
    const notebook = JSON.stringify(
      {
        cells: [
          {
            cell_type: 'code',
            metadata: {},
            source: ['KEY = """\n', ...lines.map((line) => `${line}\n`), '"""\n'],
            outputs: [],
            execution_count: 1,
          },
        ],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    );
    const findings = scan('research/sign.ipynb', notebook);
    expect(findings.some((finding) => finding.ruleId.startsWith('secret/private-key'))).toBe(true);
  });

  test('a service-account JSON nested in a string', () => {
    const body = Array.from({ length: 4 }, () => c('{{base64:64}}')).join('\\\\n');
    const pem = `-----BEGIN PRIVATE KEY-----\\\\n${body}\\\\n-----END PRIVATE KEY-----\\\\n`;
    const text = `GOOGLE_CREDENTIALS: "{\\"type\\": \\"service_account\\", \\"project_id\\": \\"acme\\", \\"private_key\\": \\"${pem}\\"}"\n`;
    const ids = scan('deploy/values.yaml', text).map((finding) => finding.ruleId);
    expect(ids).toContain('secret/gcp-service-account-escaped');
  });
});

interface Quiet {
  name: string;
  path: string;
  text: string;
}

const quiet: Quiet[] = [
  {
    name: 'a URI with REPLACE_WITH_PASSWORD',
    path: 'config/.env.example',
    text: 'DATABASE_URL=postgres://app:REPLACE_WITH_PASSWORD@db.acme.internal:5432/app\n',
  },
  {
    name: 'a URI with <password>',
    path: 'docs/setup.md',
    text: 'MONGO_URL="mongodb+srv://admin:<password>@cluster0.abcde.mongodb.net/?retryWrites=true"\n',
  },
  {
    name: 'a URI with <db_password> and a user placeholder',
    path: 'docs/setup.md',
    text: 'mysql://<db_user>:<db_password>@mysql.acme.internal:3306/shop\n',
  },
  {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a compose placeholder, not a template
    name: 'a URI with ${…}',
    path: 'deploy/compose.yml',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a compose placeholder, not a template
    text: '      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0\n',
  },
  {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a compose placeholder, not a template
    name: 'a URI with ${…:-default}',
    path: 'deploy/compose.yml',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a compose placeholder, not a template
    text: '      AMQP_URL: amqp://svc:${RABBITMQ_PASSWORD:-changeme}@mq:5672/\n',
  },
  {
    name: 'a URI with a Jinja variable',
    path: 'ansible/templates/app.env.j2',
    text: 'DATABASE_URL=postgresql://app:{{ vault_db_password }}@{{ db_host }}:5432/app\n',
  },
  {
    name: 'a URI with %PASSWORD% and YOUR_PASSWORD',
    path: 'README.md',
    text: 'postgres://app:%DB_PASSWORD%@localhost/app\nhttps://deploy:YOUR_PASSWORD_HERE@artifacts.acme.dev/repo\n',
  },
  {
    name: 'a CSRF token in a form',
    path: 'templates/form.html',
    text: `<input type="hidden" name="csrfmiddlewaretoken" value="${c('{{alnum:64}}')}">\n`,
  },
  {
    name: 'a CSRF token in a test',
    path: 'tests/test_views.py',
    text: `csrf_token = "${c('{{hex:32}}')}"\nheaders = {"X-CSRF-Token": "${c('{{alnum:40}}')}"}\n`,
  },
  {
    name: 'a Rails authenticity token and an ASP.NET verification token',
    path: 'spec/fixtures/form.html',
    text: `<input name="authenticity_token" value="${c('{{base64:43}}')}=">\n<input name="__RequestVerificationToken" type="hidden" value="${c('{{base64url:90}}')}" />\n`,
  },
  {
    name: 'public and publishable tokens',
    path: 'web/.env.production',
    text: `NEXT_PUBLIC_API_KEY=${c('{{alnum:32}}')}\nPUBLIC_TOKEN=${c('{{alnum:40}}')}\nVITE_PUBLISHABLE_TOKEN=${c('{{alnum:32}}')}\n`,
  },
  {
    name: 'secret names and references',
    path: 'deploy/values.yaml',
    text: [
      'db_password_secret: projects/acme-prod/secrets/db-password/versions/3',
      'api_token: vault:secret/data/prod/api#token',
      'password: azurekeyvault://acme-kv/secrets/db-password',
      'token_secret_ref: acme-prod-api-token-v2',
      '',
    ].join('\n'),
  },
];

describe('look-alikes that are not credentials (item 5)', () => {
  test.each(quiet.map((testCase) => [testCase.name, testCase] as const))('%s', (_, testCase) => {
    const findings = scan(testCase.path, testCase.text);
    expect(findings.map((finding) => `${finding.ruleId} ${finding.secret}`)).toEqual([]);
  });
});
