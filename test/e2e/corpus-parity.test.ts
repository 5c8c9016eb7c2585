/**
 * A fifth detection corpus: the credential kinds of rules/recommended.d/parity-2.yml — those
 * that gitleaks and Betterleaks find and the other parts did not — in the files they leak from:
 * a nuget.config with packageSourceCredentials, Bundler's .bundle/config and CI variables for
 * Sidekiq Enterprise, a Jenkinsfile and sonar-project.properties with a legacy SonarQube token,
 * src-cli's SRC_ACCESS_TOKEN, X (Twitter) and Facebook app credentials, Alibaba Cloud, Dropbox,
 * Mailgun, Finicity, Asana and legacy Sentry variables, a Fly.io deploy workflow, and the
 * tokens of providers no part had (prefixed, or under their provider's name). Look-alike lines (variable references, public ids,
 * placeholders, the names without their values) expect nothing.
 *
 * Everything is composed at run time (test/support/compose.ts) in a temporary directory and
 * scanned by the built CLI; each file states the EXACT findings it must produce. Long because
 * each of the forty-odd credential kinds is planted in a file shaped like where it leaks.
 */
import { compose } from '../support/compose.js';
import { Corpus, describeCorpus } from './corpus-harness.js';

const corpus = new Corpus('corpus-parity');
const file = corpus.file.bind(corpus);

let seed = 91_000;
/** A composed value; each call gets its own seed, so every value is distinct. */
const c = (template: string) => compose(template, seed++);

file('nuget.config', (s) => {
  const password = s('secret/nuget-config-password', c('{{alnum:20}}'));
  return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="acme" value="https://pkgs.dev.azure.com/acme/_packaging/acme/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <acme>
      <add key="Username" value="ci-bot" />
      <add key="ClearTextPassword" value="${password}" />
    </acme>
  </packageSourceCredentials>
</configuration>
`;
});

file('.bundle/config', (s) => {
  const credentials = s('secret/sidekiq-bundle-credentials', c('{{hex:8}}:{{hex:8}}'));
  return `---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_JOBS: "4"
BUNDLE_GEMS__CONTRIBSYS__COM: "${credentials}"
`;
});

file('.github/workflows/ruby.yml', (s) => {
  const enterprise = s('secret/sidekiq-bundle-credentials', c('{{hex:8}}:{{hex:8}}'));
  return `name: ruby
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      BUNDLE_GEMS__CONTRIBSYS__COM: \${{ secrets.SIDEKIQ_CREDENTIALS }}
    steps:
      - uses: actions/checkout@v4
      - run: |
          export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${enterprise}
          bundle install
`;
});

file('Jenkinsfile', (s) => {
  const token = s('secret/sonar-legacy-token', c('{{hex:40}}'));
  return `pipeline {
  agent any
  stages {
    stage('Analysis') {
      steps {
        sh "mvn -B verify sonar:sonar -Dsonar.projectKey=acme_payments -Dsonar.host.url=https://sonar.acme.internal -Dsonar.login=${token}"
      }
    }
  }
}
`;
});

file('sonar-project.properties', (s) => {
  const token = s('secret/sonar-legacy-token', c('{{hex:40}}'));
  return `sonar.projectKey=acme_web
sonar.sources=src
sonar.exclusions=**/*.test.ts
sonar.login=${token}
`;
});

file('scripts/search.sh', (s) => {
  const token = s('secret/sourcegraph-legacy-token', c('{{hex:40}}'));
  return `#!/bin/sh
export SRC_ENDPOINT=https://sourcegraph.acme.internal
export SRC_ACCESS_TOKEN=${token}
src search 'repo:^github.com/acme/ lang:go context.TODO'
`;
});

file('services/social/.env', (s) => {
  const key = s('secret/twitter-api-key', c('{{alnum:25}}'));
  const secret = s('secret/twitter-api-secret', c('{{alnum:50}}'));
  const token = s('secret/twitter-access-token', c('{{digits:19}}-{{alnum:30}}'));
  const tokenSecret = s('secret/twitter-api-secret', c('{{alnum:45}}'));
  const fb = s('secret/facebook-app-access-token', c('{{digits:16}}|{{hex:32}}'));
  return `TWITTER_API_KEY=${key}
TWITTER_API_SECRET=${secret}
TWITTER_ACCESS_TOKEN=${token}
TWITTER_ACCESS_TOKEN_SECRET=${tokenSecret}
TWITTER_HANDLE=acme_support
FB_APP_ID=${c('{{digits:16}}')}
FB_ACCESS_TOKEN=${fb}
`;
});

file('services/social/twitter.go', (s) => {
  const secret = s('secret/twitter-unlabelled-secret', c('{{alnum:45}}'));
  return `package social

// TODO: move to the secret store
const twitterToken = "${secret}"
`;
});

file('services/social/graph_test.py', (s) => {
  const token = s('secret/facebook-app-access-token', c('{{digits:15}}%7C{{base64url:27}}'));
  return `import requests


def test_debug_token():
    r = requests.get("https://graph.facebook.com/v19.0/debug_token?access_token=${token}")
    assert r.status_code == 200
`;
});

file('deploy/.env.production', (s) => {
  const alibaba = s('secret/alibaba-secret-key', c('{{alnum:30}}'));
  const asana = s('secret/asana-client-secret', c('{{alnum:32}}'));
  const dropbox = s('secret/dropbox-app-secret', c('{{lower:15}}'));
  const mailgun = s('secret/mailgun-signing-key', c('{{hex:32}}-{{hex:8}}-{{hex:8}}'));
  const finicity = s('secret/finicity-app-key', c('{{hex:32}}'));
  const sentry = s('secret/sentry-legacy-token', c('{{hex:64}}'));
  return `ALIBABA_CLOUD_ACCESS_KEY_ID=${s('secret/alibaba-access-key-id', c('{{lit:LTAI}}{{alnum:20}}'))}
ALIBABA_CLOUD_ACCESS_KEY_SECRET=${alibaba}
ALIBABA_CLOUD_REGION_ID=cn-hangzhou
ASANA_CLIENT_ID=${c('{{digits:16}}')}
ASANA_CLIENT_SECRET=${asana}
DROPBOX_APP_KEY=${c('{{lower:15}}')}
DROPBOX_APP_SECRET=${dropbox}
MAILGUN_DOMAIN=mg.acme.example
MAILGUN_WEBHOOK_SIGNING_KEY=${mailgun}
FINICITY_PARTNER_ID=${c('{{digits:13}}')}
FINICITY_APP_KEY=${finicity}
SENTRY_DSN=https://${c('{{hex:32}}')}@o${c('{{digits:6}}')}.ingest.sentry.io/${c('{{digits:7}}')}
SENTRY_AUTH_TOKEN=${sentry}
`;
});

file('src/storage/backup.py', (s) => {
  const token = s(
    'secret/dropbox-long-lived-token',
    c('{{alnum:11}}{{lit:AAAAAAAAAA}}{{base64url:43}}'),
  );
  return `import dropbox

dbx = dropbox.Dropbox("${token}")
dbx.files_upload(open("backup.tar.gz", "rb").read(), "/backups/latest.tar.gz")
`;
});

file('.github/workflows/fly.yml', (s) => {
  const token = s('secret/fly-io-fo1-token', c('{{lit:fo1_}}{{base64url:43}}'));
  return `name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only --access-token ${token}
`;
});

file('config/integrations.env', (s) => {
  const ccdb = s('secret/cockroachdb-cloud-api-key', c('{{lit:CCDB1_}}{{alnum:22}}_{{alnum:40}}'));
  const atlas = s(
    'secret/mongodb-atlas-service-account-secret',
    c('{{lit:mdb_sa_sk_}}{{base64url:40}}'),
  );
  const upcloud = s('secret/upcloud-api-token', c('{{lit:ucat_}}{{alnum:26}}'));
  const aikido = s('secret/aikido-token', c('{{lit:AIK_CI_}}{{alnum:40}}'));
  const canva = s('secret/canva-client-secret', c('{{lit:cnvca}}{{base64url:51}}'));
  const cloudinary = s('secret/cloudinary-url', c('{{base64url:27}}'));
  const klaviyo = s('secret/klaviyo-api-key', c('{{lit:pk_}}{{lower:34}}'));
  const influx = s('secret/influxdb-token', c('{{base64url:86}}=='));
  // The API key is only half of the pair, and no rule names it: the generic rule warns.
  const amplitudeId = s('secret/generic-secret', c('{{hex:32}}'), { blocking: false });
  const amplitude = s('secret/amplitude-secret-key', c('{{hex:32}}'));
  const bitly = s('secret/bitly-access-token', c('{{hex:40}}'), { blocking: false });
  const jumpcloud = s('secret/jumpcloud-api-key', c('{{lower:40}}'));
  return `COCKROACH_API_KEY=${ccdb}
MONGODB_ATLAS_CLIENT_ID=${c('{{lit:mdb_sa_id_}}{{hex:24}}')}
MONGODB_ATLAS_CLIENT_SECRET=${atlas}
UPCLOUD_TOKEN=${upcloud}
AIKIDO_CLIENT_API_KEY=${aikido}
CANVA_CLIENT_ID=OC-${c('{{alnum:12}}')}
CANVA_CLIENT_SECRET=${canva}
CLOUDINARY_URL=cloudinary://${c('{{digits:15}}')}:${cloudinary}@acme-media
KLAVIYO_PUBLIC_API_KEY=${c('{{upper:6}}')}
KLAVIYO_PRIVATE_API_KEY=${klaviyo}
INFLUXDB_URL=https://us-east-1-1.aws.cloud2.influxdata.com
INFLUXDB_TOKEN=${influx}
AMPLITUDE_API_KEY=${amplitudeId}
AMPLITUDE_SECRET_KEY=${amplitude}
BITLY_ACCESS_TOKEN=${bitly}
JUMPCLOUD_API_KEY=${jumpcloud}
`;
});

file('agents/.env.ai', (s) => {
  const devin = s('secret/devin-api-key', c('{{lit:apk_user_}}{{base64:140}}'));
  const minimax = s('secret/minimax-api-key', c('{{lit:sk-api-}}{{base64url:119}}'));
  return `DEVIN_API_KEY=${devin}
MINIMAX_API_KEY=${minimax}
MINIMAX_BASE_URL=https://api.minimax.io/v1
`;
});

file('tools/slack-export.sh', (s) => {
  const token = s(
    'secret/slack-session-token',
    c('{{lit:xoxc-}}{{digits:12}}-{{digits:12}}-{{digits:13}}-{{hex:64}}'),
  );
  const cookie = s('secret/slack-session-token', c('{{lit:xoxd-}}{{base64:160}}'));
  return `#!/bin/sh
curl -s https://acme.slack.com/api/conversations.history \\
  -H "Authorization: Bearer ${token}" \\
  -H "Cookie: d=${cookie}" \\
  -d channel=C012AB3CD
`;
});

file('infra/providers.env', (s) => {
  const civo = s('secret/civo-api-key', c('{{alnum:50}}'));
  const coveralls = s('secret/coveralls-token', c('{{alnum:33}}'), { blocking: false });
  const gumroad = s('secret/gumroad-access-token', c('{{hex:64}}'));
  const kagi = s('secret/kagi-api-key', c('{{base64url:11}}.{{base64url:43}}'), {
    blocking: false,
  });
  const disqus = s('secret/disqus-api-secret', c('{{alnum:64}}'), { blocking: false });
  const upstage = s('secret/upstage-api-key', c('{{lit:up_}}{{alnum:29}}'));
  const greptile = s('secret/greptile-api-key', c('{{base64:48}}'));
  const exoscale = s('secret/exoscale-api-secret', c('{{base64url:43}}'));
  const infomaniak = s('secret/infomaniak-api-token', c('{{base64url:80}}'));
  const capella = s('secret/couchbase-capella-api-key', c('{{base64:86}}=='));
  const datagov = s('secret/datagov-api-key', c('{{alnum:40}}'), { blocking: false });
  const ovh = s('secret/ovh-application-secret', c('{{alnum:32}}'));
  const ovhConsumer = s('secret/ovh-application-secret', c('{{alnum:32}}'));
  const brave = s('secret/brave-search-api-key', c('{{lit:BSA}}{{base64url:28}}'), {
    blocking: false,
  });
  const lighton = s('secret/lighton-api-key', c('{{base64url:48}}'));
  return `CIVO_TOKEN=${civo}
CIVO_REGION=LON1
COVERALLS_REPO_TOKEN=${coveralls}
GUMROAD_ACCESS_TOKEN=${gumroad}
KAGI_API_KEY=${kagi}
DISQUS_API_SECRET=${disqus}
UPSTAGE_API_KEY=${upstage}
GREPTILE_API_KEY=${greptile}
EXOSCALE_ZONE=ch-gva-2
EXOSCALE_API_SECRET=${exoscale}
INFOMANIAK_API_TOKEN=${infomaniak}
CAPELLA_API_KEY_SECRET=${capella}
DATA_GOV_API_KEY=${datagov}
OVH_ENDPOINT=ovh-eu
OVH_APPLICATION_SECRET=${ovh}
OVH_CONSUMER_KEY=${ovhConsumer}
BRAVE_API_KEY=${brave}
LIGHTON_API_KEY=${lighton}
`;
});

file('.edgerc', (s) => {
  const access = s('secret/akamai-edgegrid-token', c('{{lit:akab-}}{{lower:16}}-{{lower:16}}'));
  const client = s('secret/akamai-edgegrid-token', c('{{lit:akab-}}{{lower:16}}-{{lower:16}}'));
  return `[default]
client_secret = ${s('secret/generic-secret', c('{{base64:43}}='), { blocking: false })}
host = ${c('{{lit:akab-}}{{lower:16}}-{{lower:16}}')}.luna.akamaiapis.net
access_token = ${access}
client_token = ${client}
`;
});

file('config/appsettings.Production.json', (s) => {
  const secret = s('secret/azure-app-configuration-connection-string', c('{{base64:43}}='));
  return `{
  "ConnectionStrings": {
    "AppConfig": "Endpoint=https://acme-config.azconfig.io;Id=${c('{{alnum:4}}')}-l0-s0:${c('{{alnum:20}}')};Secret=${secret}"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
`;
});

file('server/payments.js', (s) => {
  const mp = s(
    'secret/mercadopago-access-token',
    c('{{lit:APP_USR-}}{{digits:16}}-{{digits:6}}-{{hex:32}}-{{digits:9}}'),
  );
  const pubnub = s('secret/pubnub-secret-key', c('{{lit:sec-c-}}{{alnum:48}}'));
  return `const { MercadoPagoConfig, Preference } = require("mercadopago");
const PubNub = require("pubnub");

const client = new MercadoPagoConfig({ accessToken: "${mp}" });
const pubnub = new PubNub({
  subscribeKey: "sub-c-${c('{{uuid}}')}",
  publishKey: "pub-c-${c('{{uuid}}')}",
  secretKey: "${pubnub}",
  userId: "payments-server",
});

module.exports = { client, pubnub, Preference };
`;
});

file('services/crm/.env', (s) => {
  const spotify = s('secret/spotify-client-secret', c('{{hex:32}}'), { blocking: false });
  const mixpanel = s('secret/mixpanel-api-secret', c('{{hex:32}}'));
  const onelogin = s('secret/onelogin-client-secret', c('{{hex:64}}'));
  const salesforce = s('secret/salesforce-access-token', c('{{lit:00D}}{{alnum:12}}!{{alnum:96}}'));
  const convex = s('secret/convex-deploy-key', c('prod:happy-otter-123|{{base64url:80}}'));
  const duo = s('secret/duo-secret-key', c('{{alnum:40}}'));
  return `SPOTIFY_CLIENT_ID=${c('{{hex:32}}')}
SPOTIFY_CLIENT_SECRET=${spotify}
MIXPANEL_API_SECRET=${mixpanel}
ONELOGIN_CLIENT_SECRET=${onelogin}
SALESFORCE_INSTANCE_URL=https://acme.my.salesforce.com
SALESFORCE_ACCESS_TOKEN=${salesforce}
CONVEX_DEPLOYMENT=prod:happy-otter-123
CONVEX_DEPLOY_KEY=${convex}
DUO_INTEGRATION_KEY=DI${c('{{upper:18}}')}
DUO_SECRET_KEY=${duo}
`;
});

file('deploy/castai/values.yaml', (s) => {
  const key = s('secret/castai-api-key', c('{{lit:castai_v1_}}{{alnum:64}}_{{alnum:8}}'));
  return `castai:
  apiURL: https://api.cast.ai
  clusterID: ${c('{{uuid}}')}
  apiKey: "${key}"
`;
});

file('scripts/register-shir.ps1', (s) => {
  const key = s(
    'secret/azure-data-factory-shir-key',
    c('{{lit:IR@}}{{uuid}}@adf-acme-prod@we@{{base64:43}}='),
  );
  return `$ErrorActionPreference = "Stop"
& "C:\\Program Files\\Microsoft Integration Runtime\\5.0\\PowerShellScript\\RegisterIntegrationRuntime.ps1" -gatewayKey "${key}"
Write-Host "registered"
`;
});

file('docs/integrations.md', () => {
  // Names without values, references, placeholders and public ids: nothing to report.
  return `# Integrations

| variable | where it comes from |
| --- | --- |
| \`TWITTER_API_KEY\` | the X developer portal |
| \`SRC_ACCESS_TOKEN\` | Sourcegraph → Settings → Access tokens |
| \`BUNDLE_GEMS__CONTRIBSYS__COM\` | the Sidekiq Enterprise licence e-mail |

Set \`ALIBABA_CLOUD_ACCESS_KEY_SECRET=\${ALIBABA_CLOUD_ACCESS_KEY_SECRET}\` in the CI settings,
\`SONAR_TOKEN=\${SONAR_TOKEN}\` and \`MAILGUN_WEBHOOK_SIGNING_KEY=\${MAILGUN_SIGNING_KEY}\`.

\`CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>\`
`;
});

describeCorpus(corpus, 'the parity-2 corpus');
