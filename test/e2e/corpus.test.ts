/**
 * Detection quality on realistic files of every type a company has: notebooks, Terraform,
 * Kubernetes, .env files, Compose, CI workflows, lockfiles, bundles, SDK code in Python,
 * TypeScript and Go, documentation, keys and certificates. Everything is composed at run time
 * in a temporary directory, then scanned by the built CLI.
 *
 * - Recall: every planted real-shaped secret is found, by the RIGHT rule, on the right line,
 *   blocking (or not) as the pack defines.
 * - Precision: look-alike files (placeholders, references, documentation examples, hashes,
 *   public keys) produce no finding at all; files with planted secrets produce nothing else
 *   that blocks, and generic warnings stay few.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../support/compose.js';
import { makeTempDir } from '../support/git.js';
import { ensureBuilt, type JsonFinding, type JsonReport, mandate, parseJson } from './helpers.js';

interface Planted {
  file: string;
  ruleId: string;
  value: string;
  /** Whether the finding blocks under the default policy (fail_on: high). */
  blocking: boolean;
}

const files = new Map<string, string>();
const planted: Planted[] = [];
/** Files that hold only look-alikes: they must produce no finding at all. */
const lookalikes = new Set<string>();

let seed = 100;
/** A composed value; every call gets a new seed, so values differ. */
const c = (template: string) => compose(template, seed++);

/** Plants a real-shaped secret the scan must find with `ruleId` (returns the value). */
function real(file: string, ruleId: string, value: string, blocking = true): string {
  planted.push({ file, ruleId, value, blocking });
  return value;
}

function add(path: string, text: string, lookalike = false): void {
  files.set(path, text);
  if (lookalike) lookalikes.add(path);
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// ─────────────────────────────── Jupyter notebook ───────────────────────────────
{
  const file = 'notebooks/eval.ipynb';
  const openai = real(file, 'secret/openai-api-key', c('{{openai:sk-proj-}}'));
  const hf = real(file, 'secret/huggingface-token', c('{{lit:hf_}}{{letters:34}}'));
  const png = c('{{lit:iVBORw0KGgo}}{{base64:3000}}');
  const notebook = {
    cells: [
      {
        cell_type: 'code',
        execution_count: 1,
        metadata: {},
        outputs: [],
        source: [
          'import os\n',
          'from openai import OpenAI\n',
          '\n',
          `client = OpenAI(api_key="${openai}")\n`,
          'eval_model = os.environ.get("EVAL_MODEL", "gpt-4o-mini")',
        ],
      },
      {
        cell_type: 'code',
        execution_count: 2,
        metadata: {},
        outputs: [
          {
            name: 'stdout',
            output_type: 'stream',
            text: ['Logged in to the Hub.\n', `token: ${hf}\n`],
          },
        ],
        source: ['!huggingface-cli whoami'],
      },
      {
        cell_type: 'code',
        execution_count: 3,
        metadata: {},
        outputs: [
          {
            data: { 'image/png': png, 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
            metadata: {},
            output_type: 'display_data',
          },
        ],
        source: ['plt.plot(losses)\n', 'plt.show()'],
      },
    ],
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  add(file, `${JSON.stringify(notebook, null, 1)}\n`);
}

// ─────────────────────────────── Terraform ───────────────────────────────
{
  const file = 'infra/main.tf';
  const id = real(file, 'secret/aws-access-key-id', c('{{lit:AKIA}}{{base32:16}}'));
  const key = real(file, 'secret/aws-secret-access-key', c('{{base64:40}}'));
  add(
    file,
    `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "${id}"
  secret_key = "${key}"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-ml-artifacts"
}
`,
  );
  add(
    'infra/prod/main.tf',
    `provider "aws" {
  region     = var.region
  access_key = var.aws_access_key_id
  secret_key = var.aws_secret_access_key
  token      = data.aws_ssm_parameter.session_token.value
}

resource "aws_db_instance" "main" {
  identifier        = "prod-db"
  engine            = "postgres"
  username          = "app"
  password          = random_password.db.result
  kms_key_id        = data.aws_kms_key.rds.arn
  apply_immediately = true
}

resource "random_password" "db" {
  length  = 32
  special = false
}

data "vault_generic_secret" "stripe" {
  path = "secret/prod/stripe"
}

locals {
  stripe_secret_key = data.vault_generic_secret.stripe.data["secret_key"]
  api_token         = module.auth.service_token
  db_password       = aws_secretsmanager_secret_version.db.secret_string
}

variable "aws_secret_access_key" {
  type      = string
  sensitive = true
}
`,
    true,
  );
}

// ─────────────────────────────── Kubernetes ───────────────────────────────
{
  const file = 'deploy/k8s/secret.yaml';
  const dbPassword = c('{{alnum:24}}');
  const url = `postgresql://app:${dbPassword}@db.prod.svc.cluster.local:5432/app`;
  real(file, 'secret/postgres-uri', url);
  const slack = real(
    file,
    'secret/slack-bot-token',
    c('{{lit:xoxb-}}{{digits:12}}-{{digits:13}}-{{alnum:24}}'),
  );
  add(
    file,
    `apiVersion: v1
kind: Secret
metadata:
  name: api-secrets
  namespace: prod
type: Opaque
data:
  DATABASE_URL: ${b64(url)}
  LOG_LEVEL: ${b64('info')}
stringData:
  SLACK_BOT_TOKEN: ${slack}
`,
  );
  add(
    'deploy/k8s/configmap.yaml',
    `apiVersion: v1
kind: ConfigMap
metadata:
  name: api-config
  namespace: prod
data:
  LOG_LEVEL: info
  DATABASE_HOST: db.prod.svc.cluster.local
  DATABASE_PASSWORD_FILE: /var/run/secrets/db/password
  TOKEN_ENDPOINT: https://auth.acme.example/oauth2/token
  SECRET_NAME: api-secrets
  CACHE_KEY_PREFIX: api-v2
  FEATURE_FLAGS: ${b64('{"new_checkout":true,"beta_search":false}')}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api@sha256:${c('{{hex:64}}')}
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: api-secrets
                  key: DATABASE_URL
            - name: OPENAI_API_KEY
              valueFrom:
                secretKeyRef: { name: llm-secrets, key: openai-api-key }
`,
    true,
  );
}

// ─────────────────────────────── .env files and Compose ───────────────────────────────
{
  const file = 'services/billing/.env';
  const stripe = real(file, 'secret/stripe-live-secret-key', c('{{lit:sk_live_}}{{alnum:99}}'));
  const sendgrid = real(
    file,
    'secret/sendgrid-api-key',
    c('{{lit:SG.}}{{base64url:22}}.{{base64url:43}}'),
  );
  const mongoPassword = c('{{alnum:20}}');
  const mongo = `mongodb+srv://billing:${mongoPassword}@cluster0.ab1cd.mongodb.net/billing`;
  real(file, 'secret/mongodb-uri', mongo);
  add(
    file,
    `NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY=${stripe}
SENDGRID_API_KEY=${sendgrid}
MONGODB_URI=${mongo}
SESSION_COOKIE_NAME=billing_sid
`,
  );
  add(
    'services/billing/.env.example',
    `NODE_ENV=development
PORT=8080
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=SG.your-sendgrid-key
OPENAI_API_KEY=sk-...
ANTHROPIC_API_KEY=<your-anthropic-api-key>
MONGODB_URI=mongodb://localhost:27017/billing
DATABASE_URL=postgres://postgres:postgres@localhost:5432/billing
REDIS_URL=redis://:changeme@localhost:6379/0
SECRET_KEY=changeme
JWT_SECRET=replace-me-with-a-long-random-string
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
`,
    true,
  );
  const redisPassword = c('{{alnum:28}}');
  const redis = `redis://:${redisPassword}@cache.internal:6379/0`;
  real('docker-compose.yml', 'secret/redis-uri', redis);
  add(
    'docker-compose.yml',
    `services:
  api:
    build: .
    environment:
      - OPENAI_API_KEY=\${OPENAI_API_KEY}
      - DATABASE_URL=postgres://app:\${POSTGRES_PASSWORD}@db:5432/app
      - REDIS_URL=${redis}
    depends_on: [db, cache]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set it in .env}
      POSTGRES_DB: app
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD}"]
`,
  );
  add(
    'docker-compose.dev.yml',
    `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres
      POSTGRES_HOST_AUTH_METHOD: trust
  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: minioadmin
  api:
    environment:
      SECRET_KEY_BASE: \${SECRET_KEY_BASE}
      GITHUB_TOKEN: \${GITHUB_TOKEN:-}
      DATABASE_URL: postgres://postgres:postgres@db:5432/dev
`,
    true,
  );
}

// ─────────────────────────────── CI workflow ───────────────────────────────
add(
  '.github/workflows/deploy.yml',
  `name: deploy
on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@${c('{{hex:40}}')} # v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
      - run: ./scripts/deploy.sh
        env:
          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
          ANTHROPIC_API_KEY: \${{ secrets.ANTHROPIC_API_KEY }}
          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
          DATABASE_URL: postgres://ci:\${{ secrets.DB_PASSWORD }}@db:5432/ci
          GITHUB_TOKEN: \${{ github.token }}
          SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
`,
  true,
);

// ─────────────────────────────── lockfiles ───────────────────────────────
{
  const pkg = (name: string, version: string) => ({
    version,
    resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
    integrity: `sha512-${c('{{base64:86}}')}==`,
  });
  add(
    'package-lock.json',
    `${JSON.stringify(
      {
        name: 'web',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'web', version: '1.0.0', dependencies: { openai: '^4.0.0' } },
          'node_modules/openai': pkg('openai', '4.77.0'),
          'node_modules/@anthropic-ai/sdk': pkg('@anthropic-ai/sdk', '0.39.0'),
          'node_modules/js-tokens': pkg('js-tokens', '4.0.0'),
          'node_modules/secure-json-parse': pkg('secure-json-parse', '2.7.0'),
        },
      },
      null,
      2,
    )}\n`,
    true,
  );
  const yarnEntry = (name: string, version: string) =>
    `"${name}@^${version}":
  version "${version}"
  resolved "https://registry.yarnpkg.com/${name}/-/${name}-${version}.tgz#${c('{{hex:40}}')}"
  integrity sha512-${c('{{base64:86}}')}==
`;
  add(
    'yarn.lock',
    `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


${yarnEntry('tokenizers', '0.1.4')}
${yarnEntry('password-hash', '1.2.2')}
${yarnEntry('secret-handshake', '1.1.21')}`,
    true,
  );
  add(
    'pnpm-lock.yaml',
    `lockfileVersion: '9.0'

packages:

  jsonwebtoken@9.0.2:
    resolution: {integrity: sha512-${c('{{base64:86}}')}==}
    engines: {node: '>=12', npm: '>=6'}

  keygrip@1.1.0:
    resolution: {integrity: sha512-${c('{{base64:86}}')}==}
`,
    true,
  );
  add(
    'poetry.lock',
    `[[package]]
name = "openai"
version = "1.55.0"
description = "The official Python library for the openai API"
optional = false
python-versions = ">=3.8"
files = [
    {file = "openai-1.55.0-py3-none-any.whl", hash = "sha256:${c('{{hex:64}}')}"},
    {file = "openai-1.55.0.tar.gz", hash = "sha256:${c('{{hex:64}}')}"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "${c('{{hex:64}}')}"
`,
    true,
  );
  add(
    'go.sum',
    `github.com/sashabaranov/go-openai v1.36.0 h1:${c('{{base64:43}}')}=
github.com/sashabaranov/go-openai v1.36.0/go.mod h1:${c('{{base64:43}}')}=
golang.org/x/crypto v0.31.0 h1:${c('{{base64:43}}')}=
golang.org/x/crypto v0.31.0/go.mod h1:${c('{{base64:43}}')}=
`,
    true,
  );
  // A lockfile that resolved a private package through a URL with credentials in it.
  const file = 'services/web/package-lock.json';
  const password = c('{{alnum:32}}');
  const url = `https://deploy-bot:${password}@npm.internal.acme.example/repository/npm/@acme/ui/-/ui-2.3.1.tgz`;
  real(file, 'secret/generic-password-in-url', url, false);
  add(
    file,
    `${JSON.stringify(
      {
        name: 'web',
        lockfileVersion: 3,
        packages: {
          'node_modules/@acme/ui': {
            version: '2.3.1',
            resolved: url,
            integrity: `sha512-${c('{{base64:86}}')}==`,
          },
        },
      },
      null,
      2,
    )}\n`,
  );
}

// ─────────────────────────────── minified bundle ───────────────────────────────
{
  const file = 'public/assets/app.4f3a2c.min.js';
  const stripe = real(file, 'secret/stripe-live-secret-key', c('{{lit:sk_live_}}{{alnum:24}}'));
  const parts: string[] = [];
  for (let i = 0; i < 60; i++) {
    parts.push(
      `function ${c('{{letters:2}}')}(e,t){var n=e.token||t.${c('{{letters:6}}')};return n?{id:"${c('{{hex:24}}')}",key:"${c('{{alnum:32}}')}",hash:"${c('{{hex:64}}')}"}:null}`,
    );
    if (i === 30) parts.push(`var Xs={apiKey:"${stripe}",mode:"live"};`);
  }
  parts.push(`var logo="data:image/png;base64,${c('{{base64:2000}}')}";`);
  add(file, `${parts.join(';')}\n`);
}

// ─────────────────────────────── SDK code with real-shaped keys ───────────────────────────────
{
  const file = 'src/llm/providers.py';
  const lines: string[] = ['import os', 'import anthropic, groq, wandb', ''];
  const key = (ruleId: string, template: string) => real(file, ruleId, c(template));
  lines.push(
    `OPENAI = OpenAI(api_key="${key('secret/openai-api-key', '{{openai:sk-proj-}}')}")`,
    `CLAUDE = anthropic.Anthropic(api_key="${key('secret/anthropic-api-key', '{{anthropic:api03}}')}")`,
    `GROQ = groq.Groq(api_key="${key('secret/groq-api-key', '{{groq}}')}")`,
    `pc = Pinecone(api_key="${key('secret/pinecone-api-key', '{{lit:pcsk_}}{{alnum:5}}_{{alnum:63}}')}")`,
    `wandb.login(key="${key('secret/wandb-api-key', '{{lit:wandb_v1_}}{{alnum:77}}')}")`,
    `login(token="${key('secret/huggingface-token', '{{lit:hf_}}{{letters:34}}')}")`,
    `co = cohere.ClientV2(api_key="${key('secret/cohere-api-key', '{{alnum:40}}')}")`,
    `mistral_client = Mistral(api_key="${key('secret/mistral-api-key', '{{alnum:32}}')}")`,
    `GEMINI_API_KEY = "${key('secret/google-api-key', '{{lit:AIza}}{{base64url:35}}')}"`,
    '',
  );
  add(file, lines.join('\n'));

  const ts = 'src/llm/providers.ts';
  const tkey = (ruleId: string, template: string) => real(ts, ruleId, c(template));
  add(
    ts,
    `import OpenAI from 'openai';
import Replicate from 'replicate';

export const openai = new OpenAI({ apiKey: '${tkey('secret/openai-api-key', '{{openai:sk-svcacct-}}')}' });
export const grok = new OpenAI({
  baseURL: 'https://api.x.ai/v1',
  apiKey: '${tkey('secret/xai-api-key', '{{lit:xai-}}{{alnum:80}}')}',
});
export const router = new OpenAI({
  baseURL: 'https://openrouter.ai/api/v1',
  apiKey: '${tkey('secret/openrouter-api-key', '{{lit:sk-or-v1-}}{{hex:64}}')}',
});
export const replicate = new Replicate({ auth: '${tkey('secret/replicate-api-token', '{{lit:r8_}}{{alnum:37}}')}' });
export const octokit = new Octokit({ auth: '${tkey('secret/github-pat', '{{github:ghp_}}')}' });
`,
  );

  const go = 'cmd/worker/main.go';
  add(
    go,
    `package main

import (
	"os"

	openai "github.com/sashabaranov/go-openai"
)

const anthropicKey = "${real(go, 'secret/anthropic-api-key', c('{{anthropic:api03}}'))}"

func main() {
	client := openai.NewClient("${real(go, 'secret/openai-api-key', c('{{openai:sk-proj-}}'))}")
	_ = client
	_ = os.Getenv("HOME")
}
`,
  );
}

// ─────────────────────────────── SDK code reading keys from the environment ───────────────────────────────
add(
  'src/llm/clients.py',
  `import os
from getpass import getpass

from anthropic import Anthropic
from openai import OpenAI

openai_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
claude = Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))
groq_api_key = os.environ.get("GROQ_API_KEY")
hf_token = os.environ.get("HF_TOKEN") or HfFolder.get_token()
pinecone_api_key = settings.PINECONE_API_KEY
wandb_api_key = config["wandb"]["api_key"]
password = getpass("Database password: ")
secret_key = secrets.token_urlsafe(32)
access_token = response.json()["access_token"]
token_type = "Bearer"
refresh_token_expires_in = 86400
PASSWORD_MIN_LENGTH = 12
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
tokenizer = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
`,
  true,
);
add(
  'src/llm/clients.ts',
  `import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';

export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const anthropic = new Anthropic({ apiKey: process.env['ANTHROPIC_API_KEY'] ?? '' });
const token = await getAccessToken(session);
const secretName = 'prod/llm/openai';
const apiKey = import.meta.env.VITE_PUBLIC_POSTHOG_KEY;
export const passwordResetTokenTtl = 60 * 60;
export const TOKEN_STORAGE_KEY = 'acme.auth.accessToken';
const { accessToken, refreshToken } = await auth.refresh(credentials.refreshToken);
headers.set('Authorization', \`Bearer \${accessToken}\`);
const secretArn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-AbCdEf';
`,
  true,
);
add(
  'cmd/api/config.go',
  `package main

import "os"

type Config struct {
	OpenAIKey   string \`env:"OPENAI_API_KEY,required"\`
	DatabaseURL string \`env:"DATABASE_URL"\`
}

func load() Config {
	return Config{
		OpenAIKey:   os.Getenv("OPENAI_API_KEY"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
	}
}

var tokenHeader = "X-Auth-Token"
var passwordField = "password_hash"
`,
  true,
);

add(
  'src/main/resources/application.properties',
  `spring.datasource.url=jdbc:postgresql://db:5432/app
spring.datasource.username=app
spring.datasource.password=\${DB_PASSWORD}
jwt.secret=\${JWT_SECRET:}
security.oauth2.client.registration.github.client-secret=\${GITHUB_CLIENT_SECRET}
management.endpoint.health.show-details=when-authorized
`,
  true,
);
add(
  'app/settings.py',
  `import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
SESSION_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://app.acme.example"]
REST_FRAMEWORK = {"DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"]}
`,
  true,
);
add(
  'web/locales/en.json',
  `${JSON.stringify(
    {
      password: 'Password',
      password_hint: 'At least 12 characters, one of them a digit',
      token_expired: 'Your session has expired. Please sign in again.',
      api_key_label: 'API key',
      secret_rotation_done: 'The secret was rotated.',
    },
    null,
    2,
  )}\n`,
  true,
);
add(
  'api/openapi.yaml',
  `openapi: 3.1.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    api_key:
      type: apiKey
      in: header
      name: X-API-Key
  schemas:
    TokenResponse:
      properties:
        access_token: { type: string, example: "<access token>" }
        token_type: { type: string, example: Bearer }
        expires_in: { type: integer, example: 3600 }
`,
  true,
);
add(
  'test/auth.test.ts',
  `import { describe, expect, it } from 'vitest';

const password = 'correct-horse-battery-staple';
const token = 'test-token-123';
const apiKey = 'sk-test-1234';

describe('login', () => {
  it('rejects a wrong password', async () => {
    const accessToken = await login({ user: 'ada', password: 'wrong-password' });
    expect(accessToken).toBeUndefined();
  });
});
`,
  true,
);
add('.npmrc', `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\nengine-strict=true\n`, true);
{
  const file = 'services/publish/.npmrc';
  add(file, `//registry.npmjs.org/:_authToken=${real(file, 'secret/npm-token', c('{{npm}}'))}\n`);
  const test = 'services/billing/test/stripe.test.ts';
  // A Stripe test-mode key is a real credential, but medium: it reports and does not block.
  const key = real(test, 'secret/stripe-test-secret-key', c('{{lit:sk_test_}}{{alnum:24}}'), false);
  add(test, `const stripe = new Stripe('${key}');\n`);
}

// ─────────────────────────────── documentation look-alikes ───────────────────────────────
add(
  'docs/setup.md',
  `# Setup

Export your credentials before running the service:

\`\`\`sh
export AWS_ACCESS_KEY_ID=${'AKIA'}IOSFODNN7${'EXAMPLE'}
export AWS_SECRET_ACCESS_KEY=${'wJalrXUtnFEMI/K7MDENG/bPxRfiCY'}${'EXAMPLEKEY'}
export OPENAI_API_KEY=sk-...
export ANTHROPIC_API_KEY=sk-ant-api03-...
export GITHUB_TOKEN=${c('{{github-badcrc:ghp_}}')}
export SLACK_BOT_TOKEN=xoxb-your-token
export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
export STRIPE_SECRET_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX
export DATABASE_URL=postgres://user:password@localhost:5432/app
\`\`\`

The token looks like \`ghp_\` followed by 36 characters; a fine-grained token starts with
\`github_pat_\`. Pass it as \`Authorization: Bearer <token>\`.

| variable | example |
| --- | --- |
| \`OPENAI_API_KEY\` | \`sk-proj-...\` |
| \`GROQ_API_KEY\` | \`gsk_...\` |
| \`PINECONE_API_KEY\` | \`pcsk_...\` |
| \`password\` | \`<your-password>\` |

Release ${c('{{hex:40}}')} fixed the token refresh (see commit ${c('{{hex:7}}')}).
`,
  true,
);

// ─────────────────────────────── keys and certificates ───────────────────────────────
add('certs/server.crt', `${c('{{pem:CERTIFICATE}}')}\n`, true);
add('certs/ca-bundle.pem', `${c('{{pem:CERTIFICATE}}')}\n${c('{{pem:CERTIFICATE}}')}\n`, true);
add('keys/signing.pub.pem', `${c('{{pem:PUBLIC KEY}}')}\n`, true);
add(
  'keys/id_ed25519.pub',
  `ssh-ed25519 ${c('{{lit:AAAAC3NzaC1lZDI1NTE5AAAAI}}{{base64:43}}')} deploy@acme\n`,
  true,
);
{
  const file = 'keys/server.key';
  add(file, `${real(file, 'secret/private-key', c('{{pem:RSA PRIVATE KEY}}'))}\n`);
  const ssh = 'deploy/id_ed25519';
  add(ssh, `${real(ssh, 'secret/ssh-private-key', c('{{pem:OPENSSH PRIVATE KEY}}'))}\n`);
}

// ─────────────────────────────── hashes, ids and images ───────────────────────────────
add(
  'data/manifest.json',
  `${JSON.stringify(
    {
      run_id: c('{{uuid}}'),
      dataset_id: c('{{uuid}}'),
      commit: c('{{hex:40}}'),
      checksum_sha256: c('{{hex:64}}'),
      md5: c('{{hex:32}}'),
      etag: `"${c('{{hex:32}}')}"`,
      token_count: 1834221,
      tokenizer: 'cl100k_base',
      request_id: `req_${c('{{alnum:24}}')}`,
      trace_id: c('{{hex:32}}'),
      idempotency_key: c('{{uuid}}'),
    },
    null,
    2,
  )}\n`,
  true,
);
add(
  'SHA256SUMS',
  `${c('{{hex:64}}')}  mandate-linux-x64.tar.gz\n${c('{{hex:64}}')}  mandate-darwin-arm64.tar.gz\n`,
  true,
);
add(
  'web/styles.css',
  `.logo { background-image: url("data:image/png;base64,${c('{{base64:1200}}')}"); }
.icon { background: url(data:image/svg+xml;base64,${c('{{base64:400}}')}) no-repeat; }
`,
  true,
);
add(
  'web/index.html',
  `<!doctype html>
<html>
  <head>
    <link rel="stylesheet" href="/assets/app.css" integrity="sha384-${c('{{base64:64}}')}" crossorigin="anonymous">
    <meta name="csrf-token" content="{{ csrf_token() }}">
  </head>
  <body><img alt="logo" src="data:image/png;base64,${c('{{base64:800}}')}"></body>
</html>
`,
  true,
);
add(
  'CHANGELOG.md',
  `# Changelog

## 1.4.0
- ${c('{{hex:7}}')} rotate the session token on login
- ${c('{{hex:40}}')} password reset tokens expire after an hour
- Merge pull request #42 from acme/fix-token-refresh (${c('{{hex:40}}')})
`,
  true,
);

// ─────────────────────────────── a JWT in a test fixture ───────────────────────────────
{
  const file = 'test/fixtures/session.json';
  // secret/jwt is medium severity: under the default fail_on (high) it reports, not blocks.
  const jwt = real(file, 'secret/jwt', c('{{jwt}}'), false);
  add(file, `${JSON.stringify({ user: 'ada', accessToken: jwt }, null, 2)}\n`);
}

// ───────────────────────────────────────────────────────────────────────────────────────────

let dir: string;
let cleanup: () => void;
let report: JsonReport;

function lineOf(text: string, value: string): number {
  const at = text.indexOf(value);
  if (at < 0) return 0;
  return text.slice(0, at).split('\n').length;
}

beforeAll(() => {
  ensureBuilt();
  ({ dir, cleanup } = makeTempDir('mandate-corpus-'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const out = mandate(dir, ['scan', '.', '--format', 'json']);
  expect(out.stderr).toBe('');
  report = parseJson(out.stdout);
}, 120_000);

afterAll(() => cleanup?.());

const show = (f: JsonFinding) =>
  `${f.path}:${f.line} ${f.ruleId} ${f.blocking ? 'blocks' : 'warns'} ${f.redacted}`;

describe('corpus: recall', () => {
  it('scans every file', () => {
    expect(report.stats.files).toBe(files.size);
  });

  it('finds every planted secret with the right rule, on its line, blocking as expected', () => {
    const missed: string[] = [];
    for (const p of planted) {
      // Inside base64 (a Kubernetes Secret), the value's line is the encoded one.
      const text = files.get(p.file) ?? '';
      const line = lineOf(text, p.value) || lineOf(text, b64(p.value));
      const hit = report.findings.find(
        (f) => f.path === p.file && f.ruleId === p.ruleId && f.line === line,
      );
      if (hit === undefined) missed.push(`${p.file}:${line} ${p.ruleId}`);
      else if (hit.blocking !== p.blocking)
        missed.push(`${show(hit)}: expected blocking=${p.blocking}`);
    }
    expect(missed).toEqual([]);
    console.log(`corpus recall: ${planted.length - missed.length}/${planted.length}`);
  });

  it('reports a multi-line private key with its last line', () => {
    const key = report.findings.find((f) => f.path === 'keys/server.key');
    expect(key?.line).toBe(1);
    expect(key?.endLine).toBe((files.get('keys/server.key') ?? '').trimEnd().split('\n').length);
  });
});

describe('corpus: precision', () => {
  it('finds nothing in look-alike files', () => {
    const noise = report.findings.filter((f) => lookalikes.has(f.path)).map(show);
    expect(noise).toEqual([]);
  });

  it('reports nothing but the planted secrets, apart from a few generic warnings', () => {
    const expected = (f: JsonFinding) =>
      planted.some((p) => p.file === f.path && p.ruleId === f.ruleId);
    const extra = report.findings.filter((f) => !expected(f));
    expect(extra.filter((f) => f.blocking).map(show)).toEqual([]);
    const generic = extra.filter((f) => f.ruleId.startsWith('secret/generic-'));
    console.log(
      `corpus precision: ${report.findings.length - extra.length}/${report.findings.length} findings planted, ` +
        `${generic.length} extra generic warnings${generic.length ? `: ${generic.map(show).join('; ')}` : ''}`,
    );
    expect(generic.length).toBeLessThanOrEqual(2);
    expect(extra.filter((f) => !f.ruleId.startsWith('secret/generic-')).map(show)).toEqual([]);
  });
});
