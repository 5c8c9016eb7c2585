/**
 * A second, adversarial detection corpus: the configuration, credential, source and data
 * formats a company keeps (Helm, Kustomize, kubeconfig, ~/.aws, .netrc, .pypirc, Maven,
 * Gradle, Terraform state, Dockerfiles, PowerShell, SDK code in eight languages, notebooks,
 * Postman, HAR, SQL dumps, plists, key files, SBOMs, source maps, a 2 MB bundle…) and the
 * multi-line edge cases (escaped PEM in JSON, YAML block scalars, CRLF, UTF-16, no final
 * newline, URL query strings). Independent of test/e2e/corpus.test.ts: nothing is shared.
 *
 * Everything is composed at run time (test/support/compose.ts) in a temporary directory and
 * scanned by the built CLI. Each file states the EXACT set of findings it must produce as
 * (ruleId, line, blocking); look-alike files expect none. A value marked `optional` may be
 * found or not (a secret split across a line continuation), and is counted neither way.
 */
import { compose } from '../support/compose.js';
import { Corpus, describeCorpus } from './corpus-harness.js';

const corpus = new Corpus('corpus-formats');
const file = corpus.file.bind(corpus);

let seed = 7_000;
/** A composed value; each call gets its own seed, so every value is distinct. */
const c = (template: string) => compose(template, seed++);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// Shapes used below (all composed; see compose.ts).
const T = {
  awsId: '{{lit:AKIA}}{{base32:16}}',
  awsTempId: '{{lit:ASIA}}{{base32:16}}',
  awsSecret: '{{base64:40}}',
  stripeLive: '{{lit:sk_live_}}{{alnum:99}}',
  stripeRestricted: '{{lit:rk_live_}}{{alnum:99}}',
  openai: '{{openai:sk-proj-}}',
  anthropic: '{{anthropic:api03}}',
  slackBot: '{{lit:xoxb-}}{{digits:12}}-{{digits:13}}-{{alnum:24}}',
  slackWebhook: '{{lit:https://hooks.slack.com/services/T}}{{upper:10}}/B{{upper:10}}/{{alnum:24}}',
  sendgrid: '{{lit:SG.}}{{base64url:22}}.{{base64url:43}}',
  twilioKey: '{{lit:SK}}{{hex:32}}',
  github: '{{github:ghp_}}',
  gitlab: '{{lit:glpat-}}{{base64url:20}}',
  google: '{{lit:AIza}}{{base64url:35}}',
  pypi: '{{lit:pypi-AgEIcHlwaS5vcmc}}{{base64url:150}}',
  datadog: '{{hex:32}}',
  azureClientSecret: '{{alnum:3}}8Q~{{base64url:34}}',
  password: '{{alnum:24}}',
};

// ───────────────────────────── Kubernetes tooling ─────────────────────────────

file('charts/api/values.yaml', (s) => {
  const openai = s('secret/openai-api-key', c(T.openai));
  const pg = c(T.password);
  s('secret/generic-secret', pg, { blocking: false });
  return `replicaCount: 2
image:
  repository: ghcr.io/acme/api
  tag: "1.14.2"
  digest: sha256:${c('{{hex:64}}')}
env:
  LOG_LEVEL: info
  OPENAI_API_KEY: "${openai}"
postgresql:
  enabled: true
  auth:
    username: api
    password: ${pg}
    existingSecret: ""
ingress:
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
`;
});
file(
  'charts/api/values.prod.yaml',
  () => `env:
  OPENAI_API_KEY: ""
postgresql:
  auth:
    existingSecret: api-postgres
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
externalSecrets:
  refreshInterval: 1h
  secretStoreRef: { name: vault, kind: ClusterSecretStore }
  data:
    - secretKey: stripe-api-key
      remoteRef: { key: prod/stripe, property: secret_key }
`,
);
file(
  'charts/api/templates/secret.yaml',
  () => `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "api.fullname" . }}
type: Opaque
data:
  OPENAI_API_KEY: {{ .Values.env.OPENAI_API_KEY | b64enc | quote }}
  DATABASE_PASSWORD: {{ required "postgresql.auth.password is required" .Values.postgresql.auth.password | b64enc }}
  SESSION_SECRET: {{ randAlphaNum 48 | b64enc | quote }}
`,
);
file('deploy/overlays/prod/kustomization.yaml', (s) => {
  const stripe = s('secret/stripe-live-secret-key', c(T.stripeLive));
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: billing
resources:
  - ../../base
secretGenerator:
  - name: billing-secrets
    literals:
      - STRIPE_SECRET_KEY=${stripe}
      - LOG_LEVEL=info
images:
  - name: billing
    newTag: 2.8.1
`;
});
file(
  'deploy/overlays/staging/kustomization.yaml',
  () => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
secretGenerator:
  - name: billing-secrets
    envs: [secrets.env]
    files:
      - tls.key=certs/staging.key
generatorOptions:
  disableNameSuffixHash: true
patches:
  - path: token-patch.yaml
    target: { kind: Deployment, name: billing }
`,
);
file('home/.kube/config', (s) => {
  const key = c('{{pem:RSA PRIVATE KEY}}');
  const encoded = b64(`${key}\n`);
  s('secret/private-key', encoded);
  const token = s('secret/jwt', c('{{jwt}}'), { blocking: false });
  return `apiVersion: v1
kind: Config
clusters:
  - name: prod
    cluster:
      server: https://k8s.prod.acme.example:6443
      certificate-authority-data: ${b64(`${c('{{pem:CERTIFICATE}}')}\n`)}
contexts:
  - name: prod-admin
    context: { cluster: prod, user: admin }
current-context: prod-admin
users:
  - name: admin
    user:
      client-certificate-data: ${b64(`${c('{{pem:CERTIFICATE}}')}\n`)}
      client-key-data: ${encoded}
  - name: ci
    user:
      token: ${token}
`;
});
file(
  'home/.kube/config-eks',
  () => `apiVersion: v1
kind: Config
clusters:
  - name: eks
    cluster:
      server: https://${c('{{HEX:32}}')}.gr7.eu-west-1.eks.amazonaws.com
      certificate-authority-data: ${b64(`${c('{{pem:CERTIFICATE}}')}\n`)}
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, prod]
        env:
          - name: AWS_PROFILE
            value: prod
`,
);

file(
  'deploy/base/deployment.yaml',
  () => `apiVersion: apps/v1
kind: Deployment
metadata: { name: billing }
spec:
  template:
    spec:
      containers:
        - name: billing
          image: ghcr.io/acme/billing@sha256:${c('{{hex:64}}')}
          env:
            - name: TOKEN_URL
              value: https://auth.acme.example/oauth2/v1/token
            - name: SECRET_NAME
              value: billing-secrets-v2
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: billing-secrets-v2, key: db-password }
            - name: API_KEY_HEADER
              value: X-Acme-Api-Key
`,
);
file('deploy/ecs/task-definition.json', (s) => {
  const pw = s('secret/generic-secret', c('{{alnum:24}}'), { blocking: false });
  return `${JSON.stringify(
    {
      family: 'billing',
      containerDefinitions: [
        {
          name: 'billing',
          environment: [
            { name: 'DB_PASSWORD', value: pw },
            { name: 'TOKEN_TTL_SECONDS', value: '3600' },
            { name: 'SECRET_MANAGER_REGION', value: 'eu-west-1' },
          ],
          secrets: [
            {
              name: 'STRIPE_SECRET_KEY',
              valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-AbCdEf',
            },
          ],
        },
      ],
    },
    null,
    2,
  )}\n`;
});
file(
  'java/pom.xml',
  () => `<project>
  <properties>
    <gpg.passphrase>\${env.GPG_PASSPHRASE}</gpg.passphrase>
    <jwt.token.endpoint>https://auth.acme.example/oauth2/token</jwt.token.endpoint>
    <passwordEncoder>org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder</passwordEncoder>
  </properties>
  <distributionManagement>
    <repository><id>nexus</id><url>https://nexus.acme.example/repository/releases</url></repository>
  </distributionManagement>
</project>
`,
);

// ───────────────────────────── credential files in a home directory ─────────────────────────────

file('home/.aws/credentials', (s) => {
  const id = s('secret/aws-access-key-id', c(T.awsId));
  const secret = s('secret/aws-secret-access-key', c(T.awsSecret));
  const tempId = s('secret/aws-access-key-id', c(T.awsTempId));
  const tempSecret = s('secret/aws-secret-access-key', c(T.awsSecret));
  return `[default]
aws_access_key_id = ${id}
aws_secret_access_key = ${secret}

[ci]
aws_access_key_id=${tempId}
aws_secret_access_key=${tempSecret}
aws_session_token=${c('{{lit:IQoJb3JpZ2luX2VjE}}{{base64:600}}')}
`;
});
file(
  'home/.aws/config',
  () => `[default]
region = eu-west-1
output = json

[profile prod]
sso_session = acme
sso_account_id = 123456789012
sso_role_name = AdministratorAccess
region = eu-west-1

[profile ci]
role_arn = arn:aws:iam::123456789012:role/ci
source_profile = default
credential_process = /usr/local/bin/aws-vault export --format=json ci

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_registration_scopes = sso:account:access
`,
);
file('home/.git-credentials', (s) => {
  const gh = s('secret/github-pat', c(T.github));
  const gl = s('secret/gitlab-pat', c(T.gitlab));
  const pw = c('{{alnum:20}}');
  s('secret/generic-password-in-url', pw, { blocking: false });
  return `https://ada:${gh}@github.com
https://oauth2:${gl}@gitlab.com
https://ada:${pw}@git.internal.acme.example
`;
});
file('home/.netrc', (s) => {
  const gh = s('secret/github-pat', c(T.github));
  // No provider rule can tell a Heroku key (a UUID) here: the .netrc rule warns on it.
  const heroku = s('secret/generic-netrc-password', c('{{uuid}}'), { blocking: false });
  const pw = s('secret/generic-netrc-password', c('{{alnum:22}}'), { blocking: false });
  return `machine github.com
  login ada
  password ${gh}
machine api.heroku.com
  login ada@acme.example
  password ${heroku}
machine ftp.internal.acme.example login deploy password ${pw}
`;
});
file(
  'home/.netrc.example',
  () => `machine api.example.com
  login <your-login>
  password <your-password>
default login anonymous password anonymous@example.com
`,
);
file('home/.npmrc', (s) => {
  const npm = s('secret/npm-token', c('{{npm}}'));
  const gh = s('secret/github-pat', c(T.github));
  return `registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${npm}
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${gh}
save-exact=true
`;
});
file(
  'web/.npmrc',
  () => `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=\${GITHUB_TOKEN}
always-auth=true
`,
);
file('home/.pypirc', (s) => {
  const token = s('secret/pypi-token', c(T.pypi));
  const pw = s('secret/generic-secret', c('{{alnum:20}}'), { blocking: false });
  return `[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = ${token}

[internal]
repository = https://pypi.internal.acme.example/
username = deploy
password = ${pw}
`;
});
file('home/.config/pip/pip.conf', (s) => {
  const pw = c('{{alnum:24}}');
  s('secret/generic-password-in-url', pw, { blocking: false });
  return `[global]
index-url = https://deploy:${pw}@pypi.internal.acme.example/simple/
extra-index-url = https://pypi.org/simple/
timeout = 60
`;
});
file(
  'ml/pip.conf',
  () => `[global]
index-url = https://\${PIP_USER}:\${PIP_PASSWORD}@pypi.internal.acme.example/simple/
trusted-host = pypi.internal.acme.example
`,
);
file('home/.m2/settings.xml', (s) => {
  const pw = s('secret/generic-secret', c('{{alnum:20}}'), { blocking: false });
  return `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deploy</username>
      <password>${pw}</password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>\${env.NEXUS_USER}</username>
      <password>\${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
`;
});
file('android/gradle.properties', (s) => {
  const pw = s('secret/generic-secret', c('{{alnum:18}}'), { blocking: false });
  return `org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
signing.keyId=${c('{{HEX:8}}')}
signing.password=${pw}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
`;
});
file(
  'gradle.properties',
  () => `org.gradle.caching=true
org.gradle.parallel=true
ossrhUsername=
ossrhPassword=
signing.secretKeyRingFile=secring.gpg
systemProp.org.gradle.internal.publish.checksums.insecure=true
`,
);

// ───────────────────────────── Terraform ─────────────────────────────

file('infra/prod.auto.tfvars', (s) => {
  const stripe = s('secret/stripe-live-secret-key', c(T.stripeLive));
  const dd = s('secret/datadog-api-key', c(T.datadog));
  const pw = s('secret/generic-secret', c('{{alnum:28}}'), { blocking: false });
  return `region            = "eu-west-1"
environment       = "prod"
stripe_secret_key = "${stripe}"
datadog_api_key   = "${dd}"
db_password       = "${pw}"
allowed_cidrs     = ["10.0.0.0/8"]
`;
});
file(
  'infra/example.tfvars',
  () => `region            = "eu-west-1"
stripe_secret_key = ""
datadog_api_key   = "<datadog api key>"
db_password       = "CHANGE_ME"
kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:key/${c('{{uuid}}')}"
`,
);
file('infra/terraform.tfstate', (s) => {
  const id = s('secret/aws-access-key-id', c(T.awsId));
  const secret = s('secret/aws-secret-access-key', c(T.awsSecret));
  const smtp = s('secret/generic-secret', c('{{base64:44}}'), { blocking: false });
  const dbpw = s('secret/generic-secret', c('{{alnum:32}}'), { blocking: false });
  const state = {
    version: 4,
    terraform_version: '1.9.8',
    serial: 42,
    lineage: c('{{uuid}}'),
    outputs: {},
    resources: [
      {
        mode: 'managed',
        type: 'aws_iam_access_key',
        name: 'ci',
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              create_date: '2024-11-02T10:00:00Z',
              encrypted_secret: null,
              id,
              key_fingerprint: null,
              pgp_key: null,
              secret,
              ses_smtp_password_v4: smtp,
              status: 'Active',
              user: 'ci',
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: 'managed',
        type: 'aws_db_instance',
        name: 'main',
        instances: [
          {
            attributes: {
              arn: 'arn:aws:rds:eu-west-1:123456789012:db:prod',
              engine: 'postgres',
              password: dbpw,
              username: 'app',
              kms_key_id: `arn:aws:kms:eu-west-1:123456789012:key/${c('{{uuid}}')}`,
              resource_id: `db-${c('{{upper:26}}')}`,
            },
          },
        ],
      },
      {
        mode: 'managed',
        type: 'random_password',
        name: 'db',
        instances: [
          {
            attributes: {
              bcrypt_hash: `$2a$10$${c('{{base64:53}}').replace(/\+/g, '.')}`,
              id: 'none',
              length: 32,
            },
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(state, null, 2)}\n`;
});

// ───────────────────────────── containers and CI ─────────────────────────────

file('compose.yaml', (s) => {
  const stripe = s('secret/stripe-restricted-key', c(T.stripeRestricted));
  const pw = s('secret/generic-secret', c('{{alnum:26}}'), { blocking: false });
  return `services:
  worker:
    image: ghcr.io/acme/worker:2.1
    environment:
      - STRIPE_API_KEY=${stripe}
      - POSTGRES_PASSWORD=${pw}
      - POSTGRES_PASSWORD_FILE=/run/secrets/db_password
      - OPENAI_API_KEY
      - QUEUE_TOKEN=\${QUEUE_TOKEN:?missing}
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
`;
});
file('.github/workflows/release.yml', (s) => {
  const gh = s('secret/github-pat', c(T.github));
  const slack = s('secret/slack-webhook-url', c(T.slackWebhook));
  return `name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${c('{{hex:40}}')} # v4.2.2
      - run: gh release create "$GITHUB_REF_NAME" --generate-notes
        env:
          GH_TOKEN: ${gh}
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - run: curl -X POST -d '{"text":"released"}' ${slack}
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
`;
});
file(
  '.github/workflows/ci.yml',
  () => `name: ci
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
      STRIPE_SECRET_KEY: \${{ vars.STRIPE_TEST_KEY || 'sk_test_placeholder' }}
      CODECOV_TOKEN: \${{ secrets.CODECOV_TOKEN }}
    steps:
      - uses: actions/checkout@${c('{{hex:40}}')}
      - uses: actions/cache@${c('{{hex:40}}')}
        with:
          key: deps-\${{ hashFiles('**/package-lock.json') }}
      - run: echo "::add-mask::\${{ steps.token.outputs.token }}"
`,
);
file('Dockerfile', (s) => {
  const openai = s('secret/openai-api-key', c(T.openai));
  const npm = s('secret/npm-token', c('{{npm}}'));
  return `FROM node:22-slim AS build
ARG NPM_TOKEN=${npm}
ENV OPENAI_API_KEY=${openai}
WORKDIR /app
COPY package*.json ./
RUN npm ci
`;
});
file(
  'services/api/Dockerfile',
  () => `# syntax=docker/dockerfile:1
FROM python:3.12-slim@sha256:${c('{{hex:64}}')}
ARG PIP_INDEX_TOKEN
ENV API_KEY=$API_KEY \\
    HF_HOME=/cache/hf
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt
`,
);
file('scripts/bootstrap.sh', (s) => {
  const anthropic = s('secret/anthropic-api-key', c(T.anthropic));
  const pgpw = c('{{alnum:24}}');
  s('secret/postgres-uri', pgpw);
  const cont = c('{{openai:sk-proj-}}');
  const head = cont.slice(0, 90);
  // Split by a backslash-newline: acceptable not to find; the first half may warn.
  s('secret/openai-api-key', head, { optional: true });
  s('secret/generic-secret', head, { optional: true, blocking: false });
  return `#!/usr/bin/env bash
set -euo pipefail
export ANTHROPIC_API_KEY=${anthropic}
export DATABASE_URL="postgresql://etl:${pgpw}@warehouse.internal:5432/analytics"
export OPENAI_API_KEY="${head}\\
${cont.slice(90)}"
export GITHUB_TOKEN="$(gh auth token)"
export VAULT_TOKEN=$(vault login -token-only -method=oidc)
export AWS_SECRET_ACCESS_KEY="$(aws configure get aws_secret_access_key --profile ci)"
`;
});
file('scripts/deploy.ps1', (s) => {
  const openai = s('secret/openai-api-key', c(T.openai));
  const azure = s('secret/azure-ad-client-secret', c(T.azureClientSecret));
  return `param([string]$Environment = "prod")
$env:OPENAI_API_KEY = "${openai}"
$env:AZURE_CLIENT_SECRET = "${azure}"
$env:AZURE_CLIENT_ID = "${c('{{uuid}}')}"
$env:GITHUB_TOKEN = (Get-Secret -Name GitHubToken -AsPlainText)
$password = Read-Host -AsSecureString -Prompt "Password"
$cred = New-Object System.Management.Automation.PSCredential ("deploy", $password)
`;
});

// ───────────────────────────── SDK client construction in eight languages ─────────────────────────────

file('dotnet/Program.cs', (s) => {
  const openai = s('secret/openai-api-key', c(T.openai));
  const stripe = s('secret/stripe-live-secret-key', c(T.stripeLive));
  return `using OpenAI.Chat;
using Stripe;

var chat = new ChatClient(model: "gpt-4o", apiKey: "${openai}");
StripeConfiguration.ApiKey = "${stripe}";
var fromEnv = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
var conn = builder.Configuration.GetConnectionString("Default");
`;
});
file('java/src/main/java/com/acme/Notify.java', (s) => {
  const twilio = s('secret/twilio-auth-token', c('{{hex:32}}'));
  const sendgrid = s('secret/sendgrid-api-key', c(T.sendgrid));
  return `package com.acme;

import com.sendgrid.SendGrid;
import com.twilio.Twilio;

public final class Notify {
  private static final String TWILIO_ACCOUNT_SID = "AC${c('{{hex:32}}')}";
  private static final String TWILIO_AUTH_TOKEN = "${twilio}";
  private final SendGrid sendgrid = new SendGrid("${sendgrid}");
  private final String slackToken = System.getenv("SLACK_BOT_TOKEN");

  static { Twilio.init(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN); }
}
`;
});
file('android/app/src/main/kotlin/Slack.kt', (s) => {
  const slack = s('secret/slack-bot-token', c(T.slackBot));
  const anthropic = s('secret/anthropic-api-key', c(T.anthropic));
  return `package com.acme.bot

val slack = Slack.getInstance().methods("${slack}")
val claude = AnthropicOkHttpClient.builder().apiKey("${anthropic}").build()
val fromBuildConfig = BuildConfig.OPENAI_API_KEY
`;
});
file('ruby/config/initializers/vendors.rb', (s) => {
  const stripe = s('secret/stripe-live-secret-key', c(T.stripeLive));
  const sendgrid = s('secret/sendgrid-api-key', c(T.sendgrid));
  return `Stripe.api_key = '${stripe}'
SENDGRID = SendGrid::API.new(api_key: '${sendgrid}')
OpenAI.configure { |config| config.access_token = ENV.fetch('OPENAI_ACCESS_TOKEN') }
Rails.application.credentials.dig(:aws, :secret_access_key)
`;
});
file('php/src/Billing.php', (s) => {
  const stripe = s('secret/stripe-live-secret-key', c(T.stripeLive));
  const twilio = s('secret/twilio-api-key', c(T.twilioKey));
  return `<?php
declare(strict_types=1);

\\Stripe\\Stripe::setApiKey('${stripe}');
$twilio = new \\Twilio\\Rest\\Client('${twilio}', getenv('TWILIO_API_SECRET'), $accountSid);
$openai = OpenAI::client($_ENV['OPENAI_API_KEY']);
`;
});
file('rust/src/main.rs', (s) => {
  const anthropic = s('secret/anthropic-api-key', c(T.anthropic));
  const openai = s('secret/openai-api-key', c(T.openai));
  return `use async_openai::{config::OpenAIConfig, Client};

const ANTHROPIC_KEY: &str = "${anthropic}";

fn main() {
    let config = OpenAIConfig::new().with_api_key("${openai}");
    let client = Client::with_config(config);
    let from_env = std::env::var("OPENAI_API_KEY").expect("set OPENAI_API_KEY");
}
`;
});
file('ios/App/Client.swift', (s) => {
  const openai = s('secret/openai-api-key', c(T.openai));
  return `import OpenAI

let openAI = OpenAI(apiToken: "${openai}")
let fromPlist = Bundle.main.object(forInfoDictionaryKey: "OPENAI_API_KEY") as? String
let fromEnv = ProcessInfo.processInfo.environment["OPENAI_API_KEY"]
`;
});

// ───────────────────────────── notebooks ─────────────────────────────

file('notebooks/traceback.ipynb', (s) => {
  const key = s('secret/openai-api-key', c(T.openai));
  const redacted = `sk-proj-${'*'.repeat(40)}${c('{{alnum:4}}')}`;
  const notebook = {
    cells: [
      {
        cell_type: 'code',
        execution_count: 4,
        metadata: {},
        source: ['client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n', 'client.models.list()'],
        outputs: [
          {
            ename: 'AuthenticationError',
            evalue: `Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${redacted}.'}}`,
            output_type: 'error',
            traceback: [
              '\u001b[0;31m---------------------------------------------------------------------------\u001b[0m',
              '\u001b[0;31mAuthenticationError\u001b[0m                       Traceback (most recent call last)',
              `Cell \u001b[0;32mIn[3], line 3\u001b[0m\n\u001b[1;32m      1\u001b[0m \u001b[38;5;28;01mfrom\u001b[39;00m \u001b[38;5;21;01mopenai\u001b[39;00m \u001b[38;5;28;01mimport\u001b[39;00m OpenAI\n\u001b[0;32m----> 3\u001b[0m client \u001b[38;5;241m=\u001b[39m OpenAI(api_key\u001b[38;5;241m=\u001b[39m\u001b[38;5;124m"\u001b[39m\u001b[38;5;124m${key}\u001b[39m\u001b[38;5;124m"\u001b[39m)\n`,
              `\u001b[0;31mAuthenticationError\u001b[0m: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${redacted}.'}}`,
            ],
          },
        ],
      },
    ],
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
});
file('notebooks/magic.ipynb', (s) => {
  const key = s('secret/openai-api-key', c(T.openai));
  const notebook = {
    cells: [
      {
        cell_type: 'code',
        execution_count: 1,
        metadata: {},
        outputs: [
          { name: 'stdout', output_type: 'stream', text: ['env: OPENAI_API_KEY=sk-...\n'] },
        ],
        source: [`%env OPENAI_API_KEY=${key}\n`, '%env WANDB_MODE=offline'],
      },
      {
        cell_type: 'code',
        execution_count: 2,
        metadata: {},
        outputs: [],
        source: ['%env HF_TOKEN={hf_token}\n', '%env ANTHROPIC_API_KEY=$ANTHROPIC_API_KEY'],
      },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
});

// ───────────────────────────── API tooling exports ─────────────────────────────

file('postman/acme.postman_collection.json', (s) => {
  const stripe = s('secret/stripe-live-secret-key', c(T.stripeLive));
  const apiKey = s('secret/generic-secret', c('{{alnum:40}}'), { blocking: false });
  const collection = {
    info: {
      _postman_id: c('{{uuid}}'),
      name: 'Acme API',
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{access_token}}', type: 'string' }] },
    item: [
      {
        name: 'Create charge',
        request: {
          method: 'POST',
          header: [{ key: 'Authorization', value: `Bearer ${stripe}`, type: 'text' }],
          url: { raw: '{{base_url}}/v1/charges', host: ['{{base_url}}'], path: ['v1', 'charges'] },
        },
      },
    ],
    variable: [
      { key: 'base_url', value: 'https://api.acme.example' },
      { key: 'api_key', value: apiKey, type: 'string' },
      { key: 'access_token', value: '', type: 'string' },
    ],
  };
  return `${JSON.stringify(collection, null, '\t')}\n`;
});
file('har/checkout.har', (s) => {
  const jwt = s('secret/jwt', c('{{jwt}}'), { blocking: false });
  const har = {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      entries: [
        {
          startedDateTime: '2024-11-02T10:00:00.000Z',
          request: {
            method: 'GET',
            url: `https://api.acme.example/v1/orders?page=2&request_id=${c('{{uuid}}')}`,
            headers: [
              { name: 'Authorization', value: `Bearer ${jwt}` },
              { name: 'Cookie', value: `_ga=GA1.2.${c('{{digits:10}}')}.${c('{{digits:10}}')}` },
              { name: 'If-None-Match', value: `W/"${c('{{hex:40}}')}"` },
            ],
            cookies: [{ name: '_ga', value: `GA1.2.${c('{{digits:10}}')}.${c('{{digits:10}}')}` }],
          },
          response: {
            status: 200,
            headers: [
              { name: 'ETag', value: `"${c('{{hex:32}}')}"` },
              {
                name: 'Location',
                value: `https://acme-exports.s3.amazonaws.com/orders.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${c('{{lit:AKIA}}{{base32:16}}')}%2F20241102%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20241102T100000Z&X-Amz-Expires=300&X-Amz-Signature=${c('{{hex:64}}')}&X-Amz-SignedHeaders=host`,
              },
            ],
            content: { mimeType: 'application/json', size: 2 },
          },
        },
      ],
    },
  };
  return `${JSON.stringify(har, null, 2)}\n`;
});

// ───────────────────────────── data and configuration ─────────────────────────────

file('db/dump.sql', (s) => {
  const pw = c('{{alnum:22}}');
  s('secret/postgres-uri', pw);
  const bcrypt = () => `$2b$12$${c('{{base64:53}}').replace(/\+/g, '.')}`;
  return `-- PostgreSQL database dump
-- Dumped from postgresql://backup:${pw}@db-primary.internal:5432/app
SET statement_timeout = 0;
CREATE TABLE public.users (id bigint, email text, password_hash text, api_token_sha256 text);
COPY public.users (id, email, password_hash, api_token_sha256) FROM stdin;
1	ada@acme.example	${bcrypt()}	${c('{{hex:64}}')}
2	bob@acme.example	${bcrypt()}	${c('{{hex:64}}')}
\\.
INSERT INTO public.users VALUES (3, 'eve@acme.example', '${bcrypt()}', '${c('{{hex:64}}')}');
`;
});
file('config/app.config', (s) => {
  // An ADO.NET connection string's password blocks, like a postgres:// URI's.
  const pw = s('secret/connection-string-password', c('{{alnum:20}}'));
  const stripe = s('secret/stripe-live-secret-key', c(T.stripeLive));
  return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Default" connectionString="Server=sql.internal;Database=app;User Id=app;Password=${pw};" />
  </connectionStrings>
  <appSettings>
    <add key="StripeSecretKey" value="${stripe}" />
    <add key="PasswordMinLength" value="12" />
    <add key="TokenLifetime" value="00:30:00" />
  </appSettings>
</configuration>
`;
});
file('ios/App/Secrets.plist', (s) => {
  const google = s('secret/google-api-key', c(T.google));
  const token = s('secret/generic-secret', c('{{alnum:32}}'), { blocking: false });
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>API_KEY</key>
  <string>${google}</string>
  <key>BACKEND_API_TOKEN</key>
  <string>${token}</string>
  <key>GCM_SENDER_ID</key>
  <string>${c('{{digits:12}}')}</string>
</dict>
</plist>
`;
});
file('web/src/firebase.ts', (s) => {
  // Firebase web keys are published in every web app, but the rule's severity (high) stands.
  const key = s('secret/google-api-key', c(T.google));
  return `import { initializeApp } from 'firebase/app';

const firebaseConfig = {
  apiKey: "${key}",
  authDomain: "acme-prod.firebaseapp.com",
  projectId: "acme-prod",
  storageBucket: "acme-prod.appspot.com",
  messagingSenderId: "${c('{{digits:12}}')}",
  appId: "1:${c('{{digits:12}}')}:web:${c('{{hex:22}}')}",
  measurementId: "G-${c('{{upper:10}}')}",
};
export const app = initializeApp(firebaseConfig);
`;
});
file('web/src/query.ts', (s) => {
  const apiKey = c('{{alnum:32}}');
  s('secret/generic-secret', apiKey, { blocking: false });
  const token = c('{{base64url:40}}');
  s('secret/generic-secret', token, { blocking: false });
  const google = s('secret/google-api-key', c(T.google));
  return `export const WEATHER = "https://api.weather.example/v1/forecast?api_key=${apiKey}&units=metric";
export const FEED = \`https://feeds.acme.example/rss?format=atom&token=${token}\`;
export const MAPS = "https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=${google}";
export const TEMPLATE = "https://api.weather.example/v1/forecast?api_key={{WEATHER_API_KEY}}&units=metric";
export const FROM_ENV = \`https://feeds.acme.example/rss?token=\${process.env.FEED_TOKEN}\`;
`;
});

// ───────────────────────────── keys and certificates ─────────────────────────────

file('keys/AuthKey_ABC123DEFG.p8', (s) => s('secret/private-key', c('{{pem:PRIVATE KEY}}')));
file(
  'home/.ssh/id_ed25519',
  (s) => `${s('secret/ssh-private-key', c('{{pem:OPENSSH PRIVATE KEY}}'))}\n`,
);
file('keys/deploy.ppk', (s) => {
  const pub = Array.from({ length: 6 }, () => c('{{base64:64}}')).join('\n');
  const priv = Array.from({ length: 14 }, () => c('{{base64:64}}')).join('\n');
  s('secret/putty-private-key', 'PuTTY-User-Key-File-2');
  return `PuTTY-User-Key-File-2: ssh-rsa
Encryption: none
Comment: deploy@build
Public-Lines: 6
${pub}
Private-Lines: 14
${priv}
Private-MAC: ${c('{{hex:40}}')}
`;
});
file(
  'home/.ssh/authorized_keys',
  () =>
    `ssh-ed25519 ${c('{{lit:AAAAC3NzaC1lZDI1NTE5AAAAI}}{{base64:43}}')} ada@laptop
ssh-rsa ${c('{{lit:AAAAB3NzaC1yc2EAAAADAQABAAABgQ}}{{base64:500}}')} deploy@ci
command="/usr/local/bin/backup",no-pty ecdsa-sha2-nistp256 ${c('{{lit:AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB}}{{base64:88}}')}= backup
`,
);
file(
  'home/.ssh/known_hosts',
  () =>
    `github.com ssh-ed25519 ${c('{{lit:AAAAC3NzaC1lZDI1NTE5AAAAI}}{{base64:43}}')}
|1|${c('{{base64:27}}')}=|${c('{{base64:27}}')}= ecdsa-sha2-nistp256 ${c('{{lit:AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB}}{{base64:88}}')}=
`,
);
file('keys/release-signing.asc', () => `${c('{{pem:PGP PUBLIC KEY BLOCK}}')}\n`);
file(
  'certs/fullchain.pem',
  () => `${c('{{pem:CERTIFICATE}}')}\n${c('{{pem:CERTIFICATE}}')}\n${c('{{pem:CERTIFICATE}}')}\n`,
);
file(
  'certs/tls-secret.yaml',
  () => `apiVersion: v1
kind: Secret
type: kubernetes.io/tls
metadata: { name: web-tls }
data:
  tls.crt: ${b64(`${c('{{pem:CERTIFICATE}}')}\n`)}
  ca.crt: ${b64(`${c('{{pem:CERTIFICATE}}')}\n`)}
`,
);

// ───────────────────────────── hashes, checksums, ids and images ─────────────────────────────

file(
  'web/public/index.html',
  () => `<!doctype html>
<html lang="en">
<head>
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${c('{{base64:64}}')}" crossorigin="anonymous"></script>
  <link rel="stylesheet" href="/app.css" integrity="sha512-${c('{{base64:86}}')}==">
  <script type="importmap">{"integrity": {"/app.js": "sha256-${c('{{base64:43}}')}="}}</script>
  <meta name="google-site-verification" content="${c('{{base64url:43}}')}">
</head>
<body><img alt="" src="data:image/webp;base64,${c('{{base64:900}}')}"></body>
</html>
`,
);
file(
  'rust/Cargo.lock',
  () => `version = 3

[[package]]
name = "tokio"
version = "1.41.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${c('{{hex:64}}')}"

[[package]]
name = "secrecy"
version = "0.10.3"
source = "git+https://github.com/iqlusioninc/crates?rev=${c('{{hex:40}}')}#${c('{{hex:40}}')}"
`,
);
file(
  'go/go.sum',
  () => `github.com/golang-jwt/jwt/v5 v5.2.1 h1:${c('{{base64:43}}')}=
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:${c('{{base64:43}}')}=
`,
);
file(
  'php/composer.lock',
  () =>
    `${JSON.stringify(
      {
        _readme: ['This file locks the dependencies of your project to a known state'],
        'content-hash': c('{{hex:32}}'),
        packages: [
          {
            name: 'stripe/stripe-php',
            version: 'v16.2.0',
            source: {
              type: 'git',
              url: 'https://github.com/stripe/stripe-php.git',
              reference: c('{{hex:40}}'),
            },
            dist: {
              type: 'zip',
              url: `https://api.github.com/repos/stripe/stripe-php/zipball/${c('{{hex:40}}')}`,
              reference: c('{{hex:40}}'),
              shasum: '',
            },
          },
        ],
      },
      null,
      4,
    )}\n`,
);
file(
  'ruby/Gemfile.lock',
  () => `GEM
  remote: https://rubygems.org/
  specs:
    jwt (2.9.3)
      base64

CHECKSUMS
  jwt (2.9.3) sha256=${c('{{hex:64}}')}
  base64 (0.2.0) sha256=${c('{{hex:64}}')}

BUNDLED WITH
   2.5.22
`,
);
file(
  'web/src/styles/brand.css',
  () => `@font-face { font-family: Brand; src: url(data:font/woff2;base64,${c('{{base64:1500}}')}) format("woff2"); }
.hero { background-image: url('data:image/jpeg;base64,${c('{{base64:2400}}')}'); }
`,
);
file(
  'web/src/assets/logo.svg',
  () => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64">
  <image width="64" height="64" xlink:href="data:image/png;base64,${c('{{base64:1800}}')}"/>
</svg>
`,
);
file(
  'docs/architecture.md',
  () => `# Architecture

![token flow](data:image/png;base64,${c('{{base64:1200}}')})

The API token is exchanged for a session cookie; see \`docs/auth.md\`.
`,
);
file(
  'docs/CHANGELOG.md',
  () => `# Changelog

## [2.8.1] - 2024-11-02
### Fixed
- Rotate the API token on password change (${c('{{hex:7}}')}, ${c('{{hex:40}}')})
- Request ids are UUIDs now: \`${c('{{uuid}}')}\`
- secret scanning: ignore fingerprint ${c('{{hex:64}}')}

[2.8.1]: https://github.com/acme/api/compare/${c('{{hex:40}}')}...${c('{{hex:40}}')}
`,
);
file(
  'sbom/app.spdx.json',
  () =>
    `${JSON.stringify(
      {
        spdxVersion: 'SPDX-2.3',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: 'acme-api',
        documentNamespace: `https://acme.example/spdx/acme-api-${c('{{uuid}}')}`,
        packages: [
          {
            SPDXID: 'SPDXRef-Package-npm-jsonwebtoken',
            name: 'jsonwebtoken',
            versionInfo: '9.0.2',
            checksums: [
              { algorithm: 'SHA1', checksumValue: c('{{hex:40}}') },
              { algorithm: 'SHA256', checksumValue: c('{{hex:64}}') },
              { algorithm: 'SHA512', checksumValue: c('{{hex:128}}') },
            ],
            externalRefs: [
              {
                referenceCategory: 'PACKAGE-MANAGER',
                referenceType: 'purl',
                referenceLocator: 'pkg:npm/jsonwebtoken@9.0.2',
              },
            ],
          },
        ],
      },
      null,
      2,
    )}\n`,
);
file(
  'sbom/bom.cdx.json',
  () =>
    `${JSON.stringify(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${c('{{uuid}}')}`,
        components: [
          {
            'bom-ref': 'pkg:npm/secure-password@4.0.0',
            name: 'secure-password',
            hashes: [
              { alg: 'SHA-256', content: c('{{hex:64}}') },
              { alg: 'SHA-512', content: c('{{hex:128}}') },
            ],
          },
        ],
      },
      null,
      2,
    )}\n`,
);
{
  const mappings = Array.from({ length: 400 }, () => c('{{letters:6}}')).join(',');
  file(
    'web/dist/app.3f9c1a.js.map',
    () =>
      `${JSON.stringify({
        version: 3,
        file: 'app.3f9c1a.js',
        sources: ['webpack://acme/./src/auth.ts'],
        sourcesContent: [
          'export const token = process.env.API_TOKEN;\nexport const secretName = "prod/api";\n',
        ],
        names: ['token', 'secretName', 'apiKey'],
        mappings,
      })}\n`,
  );
}
file('web/dist/vendor.7d2e.js.map', (s) => {
  const stripe = s('secret/stripe-live-secret-key', c(T.stripeLive));
  return `${JSON.stringify({
    version: 3,
    sources: ['webpack://acme/./src/pay.ts'],
    sourcesContent: [`const stripe = new Stripe("${stripe}");\n`],
    mappings: Array.from({ length: 200 }, () => c('{{letters:5}}')).join(';'),
  })}\n`;
});
file('web/dist/main.9a8b7c.min.js', (s) => {
  const stripe = s('secret/stripe-live-secret-key', c(T.stripeLive));
  const parts: string[] = ['!function(){"use strict";'];
  let size = 0;
  let i = 0;
  while (size < 2_000_000) {
    const chunk =
      `var ${c('{{letters:3}}')}=function(e,t){var n="${c('{{alnum:32}}')}",r={token:e.${c('{{letters:5}}')},` +
      `id:"${c('{{hex:24}}')}",nonce:"${c('{{base64url:22}}')}",sha:"${c('{{hex:40}}')}",key:t["${c('{{alnum:12}}')}"]};` +
      `return n+r.token+"${c('{{base64:48}}')}"};`;
    parts.push(chunk);
    size += chunk.length;
    if (i++ === 4000)
      parts.push(`var Sk={publishable:"pk_live_${c('{{alnum:24}}')}",secret:"${stripe}"};`);
  }
  parts.push('}();');
  return parts.join('');
});

// ───────────────────────────── provider blocks, cluster joins, .NET and PHP settings ─────────────────────────────

file('infra/monitoring/datadog.tf', (s) => {
  // The key one level below `provider "datadog" {`: found by the Datadog rule (a hex value's
  // entropy is too low for the generic rule about one time in seven).
  const api = s('secret/datadog-api-key', c(T.datadog));
  return `provider "datadog" {
  api_key = "${api}"
  app_key = "${c('{{hex:40}}')}"
  api_url = "https://api.datadoghq.eu/"
}
`;
});
file(
  'infra/monitoring/datadog-vars.tf',
  () => `provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
}
resource "datadog_monitor" "cpu" {
  name  = "CPU above 90%"
  query = "avg(last_5m):avg:system.cpu.user{*} > 90"
}
`,
);
file('charts/datadog/values.yaml', (s) => {
  const api = s('secret/datadog-api-key', c(T.datadog));
  return `datadog:
  site: datadoghq.eu
  clusterName: prod-eu
  apiKey: ${api}
  logs:
    enabled: true
`;
});
file(
  'charts/datadog/values-secret.yaml',
  () => `datadog:
  apiKeyExistingSecret: datadog-secret
  appKeyExistingSecret: datadog-secret
  site: datadoghq.com
  checksum: ${c('{{hex:32}}')}
`,
);
file('infra/kubeadm/join.yaml', (s) => {
  const token = s('secret/kubernetes-bootstrap-token', c('{{lower:6}}.{{lower:16}}'));
  return `apiVersion: kubeadm.k8s.io/v1beta3
kind: JoinConfiguration
discovery:
  bootstrapToken:
    token: "${token}"
    apiServerEndpoint: 10.0.0.10:6443
    caCertHashes:
      - sha256:${c('{{hex:64}}')}
`;
});
file(
  'docs/runbooks/add-node.md',
  () => `# Adding a node

\`\`\`sh
kubeadm token create --ttl 1h --print-join-command
kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef \\
  --discovery-token-ca-cert-hash sha256:${c('{{hex:64}}')}
kubeadm join 10.0.0.10:6443 --token $JOIN_TOKEN --discovery-token-ca-cert-hash $CA_HASH
\`\`\`
`,
);
file('src/Worker/appsettings.Production.json', (s) => {
  const signing = s('secret/generic-secret', c('{{base64:43}}='), { blocking: false });
  const bus = s('secret/azure-shared-access-key', `${c('{{base64:43}}')}=`);
  const sas = s('secret/azure-sas-token', `${c('{{alnum:30}}')}%2F${c('{{alnum:11}}')}%3D`);
  return `{
  "Jwt": {
    "Issuer": "https://auth.acme.io",
    "SigningKey": "${signing}"
  },
  "ServiceBus": "Endpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${bus}",
  "MediaSasUrl": "https://media.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2026-01-01T00:00:00Z&spr=https&sig=${sas}"
}
`;
});
file(
  'src/Worker/appsettings.Development.json',
  () => `{
  "Jwt": { "SigningKey": "\${JWT_SIGNING_KEY}" },
  "ServiceBus": "Endpoint=sb://orders-dev.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=<key>",
  "MediaSasUrl": "https://media.blob.core.windows.net/uploads?sv=2022-11-02&sp=r&sig=<signature>",
  "WebhookVerify": "https://hooks.partner.example/verify?sig=${c('{{hex:64}}')}&ts=1700000000"
}
`,
);
file(
  'infra/secrets.tfvars',
  () => `db_secret_arn            = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders-db-${c('{{alnum:6}}')}"
github_token_secret_name = "prod/github/token"
db_password_ssm_path     = "/prod/db/password"
`,
);
file('wordpress/wp-config.php', (s) => {
  const pw = s('secret/generic-secret', c('{{alnum:22}}'), { blocking: false });
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', '${pw}' );
define( 'DB_HOST', 'mysql.prod.internal' );
define( 'WP_DEBUG', false );
`;
});
file(
  'wordpress/wp-config-docker.php',
  () => `<?php
define( 'DB_PASSWORD', getenv_docker('WORDPRESS_DB_PASSWORD', 'example password') );
define( 'AUTH_KEY', 'put your unique phrase here' );
`,
);
file('ansible/inventory/hosts.ini', (s) => {
  const pw = s('secret/generic-secret', c('{{alnum:16}}'), { blocking: false });
  return `[web]
web01 ansible_host=10.0.1.11 ansible_user=deploy ansible_ssh_pass=${pw}
web02 ansible_host=10.0.1.12 ansible_user=deploy
`;
});
file('ansible/host_vars/db01.yml', (s) => {
  const pw = s('secret/generic-secret', c('{{alnum:18}}'), { blocking: false });
  return `ansible_user: deploy
ansible_become: true
ansible_become_pass: ${pw}
`;
});

// ───────────────────────────── multi-line and encoding edge cases ─────────────────────────────

file('config/signing.json', (s) => {
  const pem = s('secret/private-key', c('{{pem-escaped:PRIVATE KEY}}'), { at: '-----BEGIN' });
  return `{
  "issuer": "https://auth.acme.example",
  "kid": "${c('{{hex:16}}')}",
  "signing_key": "${pem}"
}
`;
});
file('deploy/tls-values.yaml', (s) => {
  const pem = c('{{pem:EC PRIVATE KEY}}');
  s('secret/private-key', pem, { at: '-----BEGIN EC PRIVATE KEY' });
  return `ingress:
  tls:
    certificate: |
${c('{{pem:CERTIFICATE}}')
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}
    key: |
${pem
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}
`;
});
file(
  'windows/settings.ini',
  (s) => {
    const slack = s('secret/slack-bot-token', c(T.slackBot));
    const pw = s('secret/generic-secret', c('{{alnum:20}}'), { blocking: false });
    return `[slack]\nbot_token=${slack}\n\n[db]\nhost=sql01\npassword=${pw}\n`;
  },
  (text) => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'),
);
file(
  'windows/Setup-Dev.ps1',
  (s) => {
    const gh = s('secret/github-pat', c(T.github));
    return `# Requires -Version 5.1\n$env:GH_TOKEN = "${gh}"\nWrite-Host "ready"\n`;
  },
  (text) =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]),
);
file('config/last-line.env', (s) => {
  const sendgrid = s('secret/sendgrid-api-key', c(T.sendgrid));
  return `APP_NAME=mailer\nSENDGRID_API_KEY=${sendgrid}`;
});

// ───────────────────────────────────────────────────────────────────────────────────────────

// The bundle is 2 MB: above the default max_file_size (1 MiB), so the corpus raises it.
describeCorpus(corpus, 'corpus-formats', {
  extra: { '.mandate.yml': 'max_file_size: 4MB\n' },
  timeout: 180_000,
});
