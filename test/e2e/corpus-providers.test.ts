/**
 * A fourth detection corpus: the providers of the rules/recommended.d/ parts (AI model APIs,
 * GPU clouds, vector databases, eval / observability, data platforms, orchestration, code
 * hosting and CI, SaaS, payments) in the files a 2026 AI company keeps — .env files, compose
 * and Kubernetes manifests, workflows, Terraform, notebooks, Dockerfiles, runbooks — and the
 * contexts where a credential hides: API-key HTTP headers, curl commands, Docker `auths` and
 * service-account JSON inside escaped strings, .pgpass lines, Dockerfile `ENV NAME value`,
 * Markdown variable lists and tables, PEM keys in notebook cells, prefixed tokens in URLs and
 * CLI flags with no provider name near. Look-alike files (placeholders, references, public
 * keys, documentation shapes) expect nothing. Independent of the other three corpora.
 *
 * Everything is composed at run time (test/support/compose.ts) in a temporary directory and
 * scanned by the built CLI; each file states the EXACT findings it must produce.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinPacks } from '../../src/rules/packs.js';
import { compose } from '../support/compose.js';
import { Corpus, describeCorpus } from './corpus-harness.js';

const corpus = new Corpus('corpus-providers');
const file = corpus.file.bind(corpus);

let seed = 47_000;
/** A composed value; each call gets its own seed, so every value is distinct. */
const c = (template: string) => compose(template, seed++);
const uuid = () => c('{{uuid}}');
const pemLines = () => [
  '-----BEGIN RSA PRIVATE KEY-----',
  ...Array.from({ length: 8 }, () => c('{{base64:64}}')),
  `${c('{{base64:40}}')}==`,
  '-----END RSA PRIVATE KEY-----',
];

// ───────────────────────────── AI platform .env ─────────────────────────────

file('services/agent/.env.production', (s) => {
  const fireworks = s('secret/fireworks-api-key', c('{{lit:fw_}}{{alnum:24}}'));
  const cerebras = s('secret/cerebras-api-key', c('{{lit:csk-}}{{lower:48}}'));
  const tavily = s('secret/tavily-api-key', c('{{lit:tvly-}}{{alnum:32}}'));
  const firecrawl = s('secret/firecrawl-api-key', c('{{lit:fc-}}{{hex:32}}'));
  const e2b = s('secret/e2b-api-key', c('{{lit:e2b_}}{{hex:40}}'));
  const llx = s('secret/llamacloud-api-key', c('{{lit:llx-}}{{alnum:48}}'));
  const tpuf = s('secret/turbopuffer-api-key', c('{{lit:tpuf_}}{{alnum:32}}'));
  const bb = s('secret/browserbase-api-key', c('{{lit:bb_live_}}{{base64url:27}}'));
  const jina = s('secret/jina-api-key', c('{{lit:jina_}}{{hex:32}}{{base64url:30}}'));
  const azure = s('secret/azure-ai-services-key', c('{{hex:32}}'));
  const bedrock = s(
    'secret/aws-bedrock-api-key',
    c('{{lit:ABSKQmVkcm9ja0FQSUtleS}}{{base64:100}}'),
  );
  return `# agent runtime — production
MODEL_PROVIDER=fireworks
FIREWORKS_API_KEY=${fireworks}
CEREBRAS_API_KEY=${cerebras}
TAVILY_API_KEY=${tavily}
FIRECRAWL_API_KEY=${firecrawl}
E2B_API_KEY=${e2b}
LLAMA_CLOUD_API_KEY=${llx}
TURBOPUFFER_API_KEY=${tpuf}
TURBOPUFFER_REGION=gcp-us-central1
BROWSERBASE_API_KEY=${bb}
BROWSERBASE_PROJECT_ID=${uuid()}
JINA_API_KEY=${jina}
AZURE_OPENAI_ENDPOINT=https://acme-eastus.openai.azure.com/
AZURE_OPENAI_API_KEY=${azure}
AZURE_OPENAI_API_VERSION=2025-04-01-preview
AWS_BEARER_TOKEN_BEDROCK=${bedrock}
LOG_LEVEL=info
`;
});

// ───────────────────────────── GPU clouds, vector DBs, eval (YAML) ─────────────────────────────

file('deploy/helm/trainer/values.yaml', (s) => {
  const runpod = s('secret/runpod-api-key', c('{{lit:rpa_}}{{upper:44}}'));
  const modal = s('secret/modal-token-secret', c('{{lit:as-}}{{alnum:22}}'));
  const lambda = s(
    'secret/lambda-cloud-api-key',
    c('{{lit:secret_}}trainer_{{hex:32}}.{{alnum:32}}'),
  );
  const qdrant = s('secret/qdrant-api-key', c('{{base64url:48}}'));
  const weaviate = s('secret/weaviate-api-key', c('{{alnum:40}}'));
  const comet = s('secret/comet-api-key', c('{{alnum:25}}'));
  const honeycomb = s('secret/honeycomb-key', c('{{lit:hcaik_}}{{lower:58}}'));
  return `trainer:
  image: ghcr.io/acme/trainer:2026.11.3
  gpu:
    provider: runpod
    runpodApiKey: "${runpod}"
    modal_token_secret: ${modal}
    lambda_cloud_api_key: ${lambda}
  vectors:
    qdrant_url: https://c0ffee.eu-central.aws.cloud.qdrant.io:6333
    qdrant_api_key: ${qdrant}
    weaviate_api_key: "${weaviate}"
  tracking:
    comet_api_key: ${comet}
    honeycomb: ${honeycomb}
`;
});

// ───────────────────────────── data platform (Terraform, dbt, orchestration) ─────────────────────────────

file('infra/data/main.tf', (s) => {
  const neon = s('secret/neon-api-key', c('{{lit:napi_}}{{lower:64}}'));
  const dbt = s('secret/dbt-cloud-token', c('{{lit:dbtc_}}{{base64url:56}}'));
  const ch = s('secret/clickhouse-cloud-api-secret', c('{{lit:4b1d}}{{alnum:38}}'));
  const pscale = s('secret/planetscale-api-token', c('{{lit:pscale_tkn_}}{{base64url:43}}'));
  const snow = s('secret/snowflake-password', c('{{alnum:12}}{{lit:#}}{{alnum:6}}'));
  const confluent = s('secret/confluent-api-secret', c('{{base64:64}}'));
  return `provider "neon" {
  api_key = "${neon}"
}

provider "dbtcloud" {
  account_id = 70403
  token      = "${dbt}"
}

provider "clickhouse" {
  organization_id = "${uuid()}"
  token_secret    = "${ch}"
}

provider "planetscale" {
  service_token_id = "${c('{{lower:12}}')}"
  service_token    = "${pscale}"
}

locals {
  snowflake_password = "${snow}"
}

resource "confluent_api_key" "ingest" {
  display_name = "ingest"
}

locals {
  confluent_cloud_api_secret = "${confluent}"
}
`;
});
file('orchestration/prefect.yaml', (s) => {
  const prefect = s('secret/prefect-api-key', c('{{lit:pnu_}}{{alnum:36}}'));
  const dagster = s('secret/dagster-cloud-token', c('{{lit:user:}}{{hex:32}}'));
  const tinybird = s('secret/tinybird-token', c('{{lit:p.eyJ}}{{base64url:80}}.{{base64url:43}}'));
  return `name: nightly-features
prefect-version: 3.1.0
pull:
  - prefect.deployments.steps.git_clone:
      repository: https://github.com/acme/features.git
env:
  PREFECT_API_URL: https://api.prefect.cloud/api/accounts/${uuid()}/workspaces/${uuid()}
  PREFECT_API_KEY: ${prefect}
  DAGSTER_CLOUD_API_TOKEN: ${dagster}
  TB_TOKEN: ${tinybird}
`;
});

// ───────────────────────────── code hosting and CI ─────────────────────────────

file('.gitlab-ci.yml', (s) => {
  const trigger = s('secret/gitlab-pipeline-trigger-token', c('{{lit:glptt-}}{{hex:40}}'));
  const agent = s('secret/gitlab-kubernetes-agent-token', c('{{lit:glagent-}}{{base64url:50}}'));
  const sonar = s('secret/sonar-token', c('{{lit:squ_}}{{hex:40}}'));
  const buildkite = s('secret/buildkite-token', c('{{lit:bkua_}}{{hex:40}}'));
  return `stages: [build, deploy]

trigger-downstream:
  stage: deploy
  script:
    - curl -X POST --fail -F token=${trigger} -F ref=main https://gitlab.example.com/api/v4/projects/42/trigger/pipeline
    - helm upgrade agent gitlab/gitlab-agent --set config.token=${agent}
    - sonar-scanner -Dsonar.token=${sonar}
    - 'curl -H "Authorization: Bearer ${buildkite}" https://api.buildkite.com/v2/builds'
`;
});
file('.github/workflows/release.yml', (s) => {
  const swarm = s(
    'secret/docker-swarm-join-token',
    c('{{lit:SWMTKN-1-}}{{lower:50}}-{{lower:25}}'),
  );
  const tailscale = s('secret/tailscale-key', c('{{lit:tskey-auth-}}{{alnum:13}}-{{alnum:33}}'));
  const circle = s('secret/circleci-token', c('{{lit:CCIPAT_}}{{alnum:22}}_{{hex:40}}'));
  return `name: release
on: { push: { tags: ['v*'] } }
jobs:
  ship:
    runs-on: ubuntu-24.04
    steps:
      - uses: tailscale/github-action@v3
        with:
          authkey: ${tailscale}
      - run: docker swarm join --token ${swarm} 10.0.4.2:2377
      - run: curl -fsS -H "Circle-Token: ${circle}" https://circleci.com/api/v2/me
      - run: echo "\${{ secrets.NPM_TOKEN }}" > /dev/null
`;
});

// ───────────────────────────── SaaS and payments in application code ─────────────────────────────

file('app/integrations/clients.py', (s) => {
  const hubspot = s('secret/hubspot-private-app-token', c('{{lit:pat-na1-}}{{uuid}}'));
  const brevo = s('secret/brevo-api-key', c('{{lit:xkeysib-}}{{hex:64}}-{{alnum:16}}'));
  const resend = s('secret/resend-api-key', c('{{lit:re_}}{{alnum:8}}_{{alnum:24}}'));
  const shippo = s('secret/shippo-api-token', c('{{lit:shippo_live_}}{{hex:40}}'));
  const plaid = s('secret/plaid-access-token', c('{{lit:access-production-}}{{uuid}}'));
  const typeform = s('secret/typeform-token', c('{{lit:tfp_}}{{base64url:59}}'));
  const posthog = s('secret/posthog-personal-api-key', c('{{lit:phx_}}{{alnum:43}}'));
  return `"""Third-party clients. TODO: move the keys to the secrets manager."""
import httpx

HUBSPOT = httpx.Client(headers={"Authorization": "Bearer ${hubspot}"})
BREVO = httpx.Client(headers={"api-key": "${brevo}"})
RESEND_KEY = "${resend}"
SHIPPO_TOKEN = "${shippo}"
PLAID_ITEMS = {"acme-checking": "${plaid}"}
TYPEFORM = httpx.Client(headers={"Authorization": f"Bearer {'${typeform}'}"})
POSTHOG_PROJECT_KEY = "phc_${c('{{alnum:43}}')}"
POSTHOG_PERSONAL_KEY = "${posthog}"
`;
});
file('web/src/config/analytics.ts', (s) => {
  const nr = s('secret/newrelic-license-key', c('{{hex:36}}{{lit:NRAL}}'));
  const nrInsert = s('secret/newrelic-insert-key', c('{{lit:NRII-}}{{base64url:32}}'));
  const ld = s('secret/launchdarkly-token', c('{{lit:sdk-}}{{uuid}}'));
  return `export const telemetry = {
  newRelic: { licenseKey: '${nr}', insertKey: '${nrInsert}' },
  launchDarkly: { sdkKey: '${ld}' },
} as const;
`;
});

// ───────────────────────────── contexts (issue 14 item 4) ─────────────────────────────

file('scripts/smoke.sh', (s) => {
  const header = s('secret/http-api-key-header', c('{{alnum:40}}'));
  const gitlab = s('secret/http-api-key-header', c('{{alnum:20}}'));
  const vercel = s('secret/vercel-prefixed-token', c('{{lit:vcp_}}{{alnum:56}}'));
  const cfOrigin = s('secret/cloudflare-origin-ca-key', c('{{lit:v1.0-}}{{hex:24}}-{{hex:146}}'));
  return `#!/usr/bin/env bash
set -euo pipefail
curl -sS https://internal-api.acme.dev/v1/health \\
  -H "X-Api-Key: ${header}"
curl -sS --header 'Private-Token: ${gitlab}' https://git.acme.dev/api/v4/projects
curl -sS "https://api.vercel.com/v9/projects?teamId=team_x&token=${vercel}"
./origin-certs --key ${cfOrigin} --hostnames acme.dev
`;
});
file('k8s/registry-and-gcp.yaml', (s) => {
  const auth = s(
    'secret/docker-auth-escaped-json',
    Buffer.from(`robot$ci:${c('{{alnum:24}}')}`).toString('base64'),
  );
  const pem = `-----BEGIN PRIVATE KEY-----\\\\n${c('{{base64:64}}')}\\\\n${c('{{base64:64}}')}\\\\n${c('{{base64:64}}')}\\\\n${c('{{base64:40}}')}==\\\\n-----END PRIVATE KEY-----`;
  s('secret/gcp-service-account-escaped', pem, { at: '\\"private_key\\"' });
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: pipeline-settings
data:
  DOCKER_CONFIG_JSON: "{\\"auths\\":{\\"harbor.acme.dev\\":{\\"auth\\":\\"${auth}\\"}}}"
  GOOGLE_CREDENTIALS: "{\\"type\\": \\"service_account\\", \\"project_id\\": \\"acme-ml\\", \\"private_key\\": \\"${pem}\\", \\"client_email\\": \\"loader@acme-ml.iam.gserviceaccount.com\\"}"
`;
});
file('ops/.pgpass', (s) => {
  const a = s('secret/pgpass-password', c('{{alnum:24}}'));
  return `analytics.db.acme.internal:5432:warehouse:dbt_runner:${a}\n`;
});
file('services/ingest/Dockerfile', (s) => {
  const upstash = s('secret/upstash-token', c('{{base64url:64}}'));
  const pulumi = s('secret/pulumi-access-token', c('{{lit:pul-}}{{hex:40}}'));
  return `FROM python:3.13-slim
WORKDIR /app
ENV UPSTASH_REDIS_REST_URL https://eu1-fond-owl-31337.upstash.io
ENV UPSTASH_REDIS_REST_TOKEN ${upstash}
ENV PULUMI_ACCESS_TOKEN=${pulumi}
COPY . .
CMD ["python", "-m", "ingest"]
`;
});
file('docs/onboarding.md', (s) => {
  const linode = s('secret/linode-token', c('{{hex:64}}'));
  const algolia = s('secret/algolia-admin-key', c('{{hex:32}}'));
  const zendesk = s('secret/zendesk-api-token', c('{{alnum:40}}'));
  return `# Onboarding

Set these before running \`make dev\` (ask #platform for your own):

- \`ALGOLIA_ADMIN_KEY\`: \`${algolia}\`
- \`ALGOLIA_APP_ID\`: \`${c('{{upper:10}}')}\`

| variable | value |
| --- | --- |
| LINODE_TOKEN | ${linode} |
| ZENDESK_API_TOKEN | ${zendesk} |
| ZENDESK_SUBDOMAIN | acme |
`;
});
file('research/notebooks/signing.ipynb', (s) => {
  const lines = pemLines();
  s('secret/private-key-notebook', lines[1] ?? '', { at: lines[0] ?? '' });
  const nb = {
    cells: [
      {
        cell_type: 'code',
        metadata: {},
        source: ['import jwt\n', 'PRIVATE_KEY = """\n', ...lines.map((l) => `${l}\n`), '"""\n'],
        outputs: [],
        execution_count: 3,
      },
    ],
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(nb, null, 1);
});
file('services/billing/docker-compose.yml', (s) => {
  const slack = s(
    'secret/slack-legacy-token',
    c('{{lit:xoxs-}}{{digits:11}}-{{digits:12}}-{{digits:12}}-{{hex:64}}'),
  );
  const flutterwave = s('secret/flutterwave-secret-key', c('{{lit:FLWSECK-}}{{hex:32}}{{lit:-X}}'));
  const mollie = s('secret/mollie-api-key', c('{{lit:live_}}{{alnum:30}}'));
  const sentryish = s('secret/azure-function-url-key', c('{{base64url:54}}{{lit:==}}'));
  return `services:
  billing:
    image: ghcr.io/acme/billing:4.2.0
    environment:
      SLACK_TOKEN: ${slack}
      FLW_SECRET_KEY: ${flutterwave}
      MOLLIE_API_KEY: ${mollie}
      PAYOUT_HOOK: https://payouts-fn.azurewebsites.net/api/settle?code=${sentryish}
`;
});

file('scripts/release.sh', (s) => {
  // A name whose value is on the next line after a continuation, and curl over several lines.
  const deepgram = s('secret/deepgram-api-key', c('{{hex:40}}'));
  const curlPassword = s('secret/curl-credentials', c('{{alnum:12}}7{{alnum:8}}'));
  return `#!/usr/bin/env bash
set -euo pipefail
docker run --rm \\
  -e DEEPGRAM_API_KEY=\\
${deepgram} \\
  acme/transcriber:2.1
curl -sS https://artifacts.acme.dev/upload \\
  --fail \\
  -u deploy:${curlPassword} \\
  -F file=@dist.tgz
`;
});
file('services/worker/Dockerfile', (s) => {
  // Dockerfile ENV NAME value (space form) for an older keyword rule and the generic rule, and
  // a prefixed token split across a line continuation.
  const assembly = s('secret/assemblyai-api-key', c('{{hex:32}}'));
  const pg = s('secret/generic-secret', c('{{alnum:12}}4{{alnum:11}}'), { blocking: false });
  const hf = c('{{lit:hf_}}{{letters:34}}');
  s('secret/huggingface-token', hf, { at: 'ENV HF_TOKEN' });
  return `FROM python:3.13-slim
ENV ASSEMBLYAI_API_KEY ${assembly}
ENV POSTGRES_PASSWORD ${pg}
ENV HF_TOKEN=${hf.slice(0, 18)}\\
${hf.slice(18)}
CMD ["python", "-m", "worker"]
`;
});
file('docs/runbooks/smtp.md', (s) => {
  // A Markdown table that lists variables with their values (the generic rule warns).
  const smtp = s('secret/generic-secret', c('{{alnum:10}}3{{alnum:13}}'), { blocking: false });
  return `# SMTP relay

| variable | value |
| --- | --- |
| SMTP_HOST | smtp.acme.internal |
| SMTP_PASSWORD | ${smtp} |
`;
});

// ───────────────────────────── look-alikes: nothing to report ─────────────────────────────

file('services/agent/.env.example', () => {
  return `FIREWORKS_API_KEY=fw_your_key_here
TAVILY_API_KEY=\${TAVILY_API_KEY}
AZURE_OPENAI_API_KEY=<azure-openai-key>
LINODE_TOKEN=
POSTHOG_PROJECT_KEY=phc_${c('{{alnum:43}}')}
SNOWFLAKE_PASSWORD=\${SNOWFLAKE_PASSWORD}
`;
});
file('docs/providers.md', () => {
  return `# Provider notes

- Rook tables (\`rookTable\`) are not Okta and \`bookToken\` is not a token.
- Our New Relic browser agent loads from the CDN; its license key is injected at build time.
- The Mapbox public token (\`pk.eyJ…\`) is fine in the browser; never put an \`sk.\` token there.
- \`curl -H "X-Api-Key: $API_KEY" https://internal-api.acme.dev/v1/health\`
- \`docker login -u robot --password-stdin harbor.acme.dev\`
- A .pgpass line looks like \`hostname:5432:database:username:password\`.
`;
});

file('config/database.example.env', () => {
  // Placeholders inside URIs, CSRF tokens, public tokens and secret references (item 5).
  return `DATABASE_URL=postgres://app:REPLACE_WITH_PASSWORD@db.acme.internal:5432/app
MONGO_URL=mongodb+srv://admin:<password>@cluster0.abcde.mongodb.net/?retryWrites=true
REDIS_URL=redis://:\${REDIS_PASSWORD}@redis:6379/0
NEXT_PUBLIC_API_KEY=${c('{{alnum:32}}')}
csrf_token=${c('{{hex:32}}')}
API_TOKEN_SECRET_REF=acme-prod-api-token-v2
`;
});

describeCorpus(corpus, 'the provider-breadth corpus');

describe('the provider-breadth corpus covers', () => {
  it('at least 40 providers that rules/recommended.yml alone does not have', () => {
    const rules = builtinPacks().flatMap((pack) => pack.rules);
    const original = parse(readFileSync('rules/recommended.yml', 'utf8')) as {
      rules: { provider: string }[];
    };
    const old = new Set(original.rules.map((rule) => rule.provider));
    const planted = new Set(corpus.fixtures.flatMap((f) => f.expected.map((e) => e.ruleId)));
    const providers = new Set(
      rules.filter((rule) => planted.has(rule.id)).map((rule) => rule.provider),
    );
    const added = [...providers].filter((provider) => !old.has(provider));
    expect(added.length, added.join(', ')).toBeGreaterThanOrEqual(40);
  });
});
