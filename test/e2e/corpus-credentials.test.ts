/**
 * A third detection corpus: credentials that are not provider tokens but forms — SQL
 * `CREATE USER … IDENTIFIED BY`, JDBC / ADO.NET / ODBC connection strings, service URLs
 * (LDAP, SMTP, FTP), HTTP Basic and Bearer headers in code, curl, HAR and Postman, Docker's
 * config.json, Kafka JAAS, Spring datasources and web-framework signing keys — next to the
 * encrypted and hashed look-alikes that must never fire (SOPS, Ansible Vault, SealedSecrets,
 * age / PGP messages, git-crypt, bcrypt, argon2, {SSHA}, htpasswd, Django pbkdf2).
 * Independent of corpus.test.ts and corpus-formats.test.ts: nothing is shared.
 *
 * Everything is composed at run time (test/support/compose.ts) in a temporary directory and
 * scanned by the built CLI. Each file states the EXACT set of findings it must produce as
 * (ruleId, line, blocking); look-alike files expect none.
 */
import { compose } from '../support/compose.js';
import { Corpus, describeCorpus } from './corpus-harness.js';

const corpus = new Corpus('corpus-credentials');
const file = corpus.file.bind(corpus);

let seed = 31_000;
/** A composed value; each call gets its own seed, so every value is distinct. */
const c = (template: string) => compose(template, seed++);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
/** A password with letters, digits and a symbol, as people and generators make them. */
const pw = () =>
  `${c('{{alnum:10}}')}${['!', '#', '%', '^', '_', '~'][seed % 6]}${c('{{alnum:5}}')}`;
/** A bcrypt hash (`$2b$`, cost, 53 of bcrypt's base64). */
const bcrypt = () => `${'$'}2b$12$${c('{{alnum:53}}')}`;

// ───────────────────────────── SQL ─────────────────────────────

file('db/migrations/V3__service_users.sql', (s) => {
  const a = s('secret/sql-password', pw());
  const b = s('secret/sql-password', pw());
  const d = s('secret/sql-password', pw());
  const e = s('secret/sql-password', pw());
  return `-- Service accounts for the reporting stack
CREATE USER 'reporting'@'%' IDENTIFIED BY '${a}';
GRANT SELECT ON analytics.* TO 'reporting'@'%';

CREATE ROLE etl WITH LOGIN PASSWORD '${b}' VALID UNTIL 'infinity';
ALTER USER app_rw WITH ENCRYPTED PASSWORD '${d}';

CREATE LOGIN svc_batch WITH PASSWORD = '${e}', CHECK_POLICY = OFF;
`;
});
file('db/oracle/create_schema.sql', (s) => {
  const a = s('secret/sql-password', pw());
  return `CREATE USER billing IDENTIFIED BY "${a}"
  DEFAULT TABLESPACE users QUOTA UNLIMITED ON users;
GRANT CREATE SESSION TO billing;
`;
});
file('db/lookalike/roles.sql', () => {
  return `-- Passwords come from the deployment; nothing here is a credential.
CREATE USER app IDENTIFIED BY :app_password;
CREATE USER report IDENTIFIED BY &&report_password;
ALTER ROLE readonly PASSWORD NULL;
ALTER ROLE api PASSWORD 'SCRAM-SHA-256$4096:${c('{{base64:22}}')}==$${c('{{base64:43}}')}=:${c('{{base64:43}}')}=';
ALTER ROLE legacy PASSWORD 'md5${c('{{hex:32}}')}';
CREATE USER 'old'@'%' IDENTIFIED BY PASSWORD '*${c('{{HEX:40}}')}';
CREATE USER 'native'@'%' IDENTIFIED WITH caching_sha2_password AS '${c('{{base64:20}}')}';
CREATE USER 'tmpl'@'%' IDENTIFIED BY '\${MYSQL_APP_PASSWORD}';
ALTER USER scott IDENTIFIED BY tiger;
-- Log in with password 'changeme' the first time.
UPDATE users SET password = '${bcrypt()}' WHERE id = 1;
CREATE TABLE accounts (id serial, password_hash text NOT NULL DEFAULT '');
`;
});

// ───────────────────────────── connection strings ─────────────────────────────

file('src/main/resources/jdbc.properties', (s) => {
  const a = s('secret/connection-string-password', pw());
  const b = s('secret/connection-string-password', pw());
  const d = s('secret/connection-string-password', pw());
  const e = s('secret/mysql-uri', c('{{alnum:18}}'));
  return `orders.url=jdbc:mysql://db.prod.internal:3306/orders?user=orders&password=${a}&useSSL=true
ledger.url=jdbc:sqlserver://sql01.corp.acme.io:1433;databaseName=ledger;user=ledger_app;password=${b};encrypt=true
legacy.url=jdbc:oracle:thin:scott/${d}@//ora.corp.acme.io:1521/ORCLPDB1
search.url=jdbc:mysql://search:${e}@search-db.internal:3306/search
`;
});
file('src/main/resources/jdbc-template.properties', () => {
  return `orders.url=jdbc:mysql://db:3306/orders?user=orders&password=\${DB_PASSWORD}&useSSL=true
ledger.url=jdbc:sqlserver://sql01:1433;databaseName=ledger;user=ledger_app;password={0};encrypt=true
legacy.url=jdbc:oracle:thin:@//ora.corp.acme.io:1521/ORCLPDB1
report.url=jdbc:postgresql://pg:5432/report?user=report&password=
h2.url=jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=
`;
});
file('src/Api/appsettings.Production.json', (s) => {
  const a = s('secret/connection-string-password', pw());
  const b = s('secret/connection-string-password', pw());
  return `{
  "ConnectionStrings": {
    "Orders": "Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_api;Password=${a};Encrypt=True;",
    "Events": "Host=pg.internal;Port=5432;Database=events;Username=events;Password=${b}"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
`;
});
file('etl/odbc_load.py', (s) => {
  const a = s('secret/connection-string-password', pw());
  return `import pyodbc

conn = pyodbc.connect(
    "Driver={ODBC Driver 18 for SQL Server};Server=tcp:dw.corp.acme.io,1433;"
    "Database=dw;Uid=loader;Pwd=${a};Encrypt=yes;"
)
`;
});
file('src/Api/appsettings.Development.json', () => {
  return `{
  "ConnectionStrings": {
    "Orders": "Server=(localdb)\\\\mssqllocaldb;Database=orders;Trusted_Connection=True;",
    "Events": "Host=localhost;Database=events;Username=events;Password=\${EVENTS_DB_PASSWORD}",
    "Cache": "Server=localhost;User Id=sa;Password=<YourStrong@Passw0rd>;",
    "Template": "Server={0};Database={1};User Id={2};Password={3};"
  },
  "PasswordPolicy": { "RequiredLength": 12 }
}
`;
});
file('config/services.env', (s) => {
  const ldap = s('secret/service-uri', c('{{alnum:20}}'));
  const smtp = s('secret/service-uri', c('{{alnum:16}}'));
  const ftp = s('secret/service-uri', c('{{alnum:14}}'));
  const sftp = s('secret/service-uri', c('{{alnum:22}}'));
  const amqp = s('secret/amqp-uri', c('{{alnum:20}}'));
  return `LDAP_URL=ldaps://svc-gitlab:${ldap}@ldap.corp.acme.io:636/dc=acme,dc=io
SMTP_URL=smtp://postmaster%40mg.acme.io:${smtp}@smtp.mailgun.org:587
EXPORT_TARGET=ftp://exports:${ftp}@ftp.partner.example.net/incoming/
BACKUP_TARGET=sftp://backup:${sftp}@backup01.corp.acme.io:22/srv/backups
BROKER_URL=amqps://orders:${amqp}@mq.corp.acme.io:5671/orders
`;
});
file('config/services.example.env', () => {
  return `LDAP_URL=ldaps://\${LDAP_BIND_USER}:\${LDAP_BIND_PASSWORD}@ldap.corp.acme.io:636
SMTP_URL=smtp://user:password@smtp.example.com:587
EXPORT_TARGET=ftp://anonymous:anonymous@ftp.gnu.org/gnu/
BACKUP_TARGET=sftp://backup@backup01.corp.acme.io:22/srv/backups
`;
});

// ───────────────────────────── HTTP ─────────────────────────────

file('scripts/sync.sh', (s) => {
  const basic = s('secret/basic-auth-credentials', b64(`sync-bot:${pw()}`));
  const user = s('secret/curl-credentials', pw());
  const bearer = s('secret/generic-bearer-token', c('{{base64url:40}}'), { blocking: false });
  return `#!/usr/bin/env bash
set -euo pipefail
curl -fsS -H "Authorization: Basic ${basic}" https://nexus.corp.acme.io/service/rest/v1/status
curl -fsS -u deploy:${user} \\
  -X POST https://jenkins.corp.acme.io/job/release/build
curl -fsS -H "Authorization: Bearer ${bearer}" https://api.partner.example.net/v2/orders
`;
});
file('scripts/sync-safe.sh', () => {
  return `#!/usr/bin/env bash
# Usage: sync.sh; reads NEXUS_AUTH and API_TOKEN from the environment.
curl -fsS -H "Authorization: Basic $NEXUS_AUTH" https://nexus.corp.acme.io/
curl -fsS -u "$JENKINS_USER:$JENKINS_TOKEN" https://jenkins.corp.acme.io/job/release/build
curl -fsS -u username:password https://httpbin.org/basic-auth/username/password
curl -fsS -H "Authorization: Bearer \${API_TOKEN}" https://api.partner.example.net/v2/orders
curl -fsS -H "Authorization: Bearer <token>" https://api.partner.example.net/v2/orders
curl -fsS -H "Authorization: Basic ${b64('user:')}" https://example.com/
curl -fsS -H "Authorization: Basic ${b64('admin:admin')}" http://localhost:8080/
`;
});
file('src/clients/nexus.ts', (s) => {
  const basic = s('secret/basic-auth-credentials', b64(`ci:${pw()}`));
  return `export async function status(): Promise<Response> {
  return fetch('https://nexus.corp.acme.io/service/rest/v1/status', {
    headers: { Authorization: 'Basic ${basic}' },
  });
}

// The header is built at run time from the environment:
export const header = (user: string, pass: string) =>
  \`Basic \${Buffer.from(\`\${user}:\${pass}\`).toString('base64')}\`;
// "basic" and "bearer" are just words here: Basic authentication is documented in RFC 7617.
`;
});
file('postman/partner-api.postman_collection.json', (s) => {
  const basic = s('secret/basic-auth-credentials', b64(`partner:${pw()}`));
  const bearer = s('secret/generic-bearer-token', c('{{base64url:48}}'), { blocking: false });
  const collection = {
    info: {
      name: 'Partner API',
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    item: [
      {
        name: 'List orders',
        request: {
          method: 'GET',
          header: [
            { key: 'Authorization', value: `Basic ${basic}` },
            { key: 'Accept', value: 'application/json' },
          ],
          url: 'https://api.partner.example.net/v2/orders',
        },
      },
      {
        name: 'Create order',
        request: {
          method: 'POST',
          header: [{ key: 'Authorization', value: `Bearer ${bearer}` }],
          url: 'https://api.partner.example.net/v2/orders',
        },
      },
      {
        name: 'Templated',
        request: {
          method: 'GET',
          header: [{ key: 'Authorization', value: 'Bearer {{access_token}}' }],
          url: '{{baseUrl}}/v2/me',
        },
      },
    ],
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
});
file('har/checkout.har', (s) => {
  const basic = s('secret/basic-auth-credentials', b64(`shop:${pw()}`));
  const har = {
    log: {
      version: '1.2',
      creator: { name: 'Firefox', version: '128.0' },
      entries: [
        {
          request: {
            method: 'GET',
            url: 'https://shop-admin.corp.acme.io/api/orders',
            headers: [
              { name: 'Authorization', value: `Basic ${basic}` },
              { name: 'Accept', value: 'application/json' },
            ],
          },
          response: {
            status: 200,
            headers: [{ name: 'WWW-Authenticate', value: 'Basic realm="shop"' }],
          },
        },
      ],
    },
  };
  return `${JSON.stringify(har, null, 2)}\n`;
});

// ───────────────────────────── Docker, Kafka, Spring ─────────────────────────────

file('ci/docker/config.json', (s) => {
  const a = s('secret/basic-auth-credentials', b64(`ci-bot:${pw()}`));
  const b = s('secret/basic-auth-credentials', b64(`_json_key_base64:${c('{{base64:60}}')}`));
  return `{
  "auths": {
    "registry.corp.acme.io": {
      "auth": "${a}"
    },
    "europe-docker.pkg.dev": {
      "auth": "${b}"
    }
  }
}
`;
});
file('ci/docker/config-helper.json', () => {
  return `{
  "auths": {
    "ghcr.io": {},
    "registry.corp.acme.io": { "auth": "" }
  },
  "credsStore": "desktop",
  "credHelpers": { "europe-docker.pkg.dev": "gcloud" }
}
`;
});
file('kafka/client.properties', (s) => {
  const a = s('secret/kafka-jaas-password', pw());
  return `bootstrap.servers=kafka-0.corp.acme.io:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="orders" password="${a}";
`;
});
file('kafka/client-template.properties', () => {
  return `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="\${KAFKA_USER}" password="\${KAFKA_PASSWORD}";
`;
});
file('src/main/resources/application-prod.yml', (s) => {
  const a = s('secret/spring-datasource-password', pw());
  return `spring:
  application:
    name: orders
  datasource:
    url: jdbc:postgresql://pg.prod.internal:5432/orders
    username: orders
    password: ${a}
    hikari:
      maximum-pool-size: 20
`;
});
file('src/main/resources/application-prod.properties', (s) => {
  const a = s('secret/spring-datasource-password', pw());
  return `spring.datasource.url=jdbc:postgresql://pg.prod.internal:5432/orders
spring.datasource.username=orders
spring.datasource.password=${a}
`;
});
file('src/main/resources/application.yml', () => {
  return `spring:
  datasource:
    url: jdbc:h2:mem:orders
    username: sa
    password:
  flyway:
    password: \${FLYWAY_PASSWORD:}
---
spring:
  config:
    activate:
      on-profile: prod
  datasource:
    password: \${DB_PASSWORD}
`;
});

file('src/main/resources/application-messaging.yml', (s) => {
  // A datasource block and the brokers and mail server nested under `spring:`: each password
  // is found by the Spring rule, the ones below the datasource block too.
  const db = s('secret/spring-datasource-password', pw());
  const mq = s('secret/spring-datasource-password', pw());
  const redis = s('secret/spring-datasource-password', pw());
  const mail = s('secret/spring-datasource-password', pw());
  return `spring:
  application:
    name: orders
  datasource:
    url: jdbc:postgresql://pg.prod.internal:5432/orders
    username: orders
    password: ${db}
  rabbitmq:
    host: mq.prod.internal
    username: orders

    password: ${mq}
  data:
    redis:
      host: cache.prod.internal
      password: ${redis}
  mail:
    host: smtp.office365.com
    username: noreply@acme.io
    password: ${mail}
`;
});
file('src/main/resources/application-encrypted.yml', () => {
  // jasypt ENC(…) and Spring Cloud Config {cipher} values are ciphertext; placeholders are
  // references. The long pool block (no password below `datasource:`) once made the Spring
  // rule backtrack for minutes.
  const pool = '      maximum-pool-size: 20\n      minimum-idle: 4\n'.repeat(20);
  return `spring:
  datasource:
    url: jdbc:postgresql://pg.prod.internal:5432/orders
    hikari:
${pool}  rabbitmq:
    password: ENC(${c('{{base64:44}}')})
  mail:
    password: "{cipher}${c('{{hex:64}}')}"
  data:
    redis:
      password: \${REDIS_PASSWORD:}
jasypt:
  encryptor:
    password: \${JASYPT_ENCRYPTOR_PASSWORD}
`;
});
file('redis/redis.conf', (s) => {
  const a = s('secret/generic-secret', c('{{alnum:32}}'), { blocking: false });
  return `bind 0.0.0.0
port 6379
# requirepass foobared
requirepass ${a}
appendonly yes
`;
});

// ───────────────────────────── command lines and code arguments ─────────────────────────────

file('ci/release.sh', (s) => {
  const hub = c('{{lit:dckr_pat_}}{{base64url:27}}');
  // The form rule and the token's own rule both report it, as curl -u with a GitHub token.
  s('secret/docker-hub-token', hub);
  s('secret/cli-password-option', hub);
  const reg = s('secret/cli-password-option', pw());
  const aws = s('secret/aws-secret-access-key', c('{{base64:40}}'));
  return `#!/usr/bin/env bash
set -euo pipefail
docker login -u acmeci -p ${hub}
docker login registry.corp.acme.io \\
  --username deploy \\
  --password '${reg}'
aws configure set region eu-west-1 --profile release
aws configure set aws_secret_access_key ${aws} --profile release
`;
});
file('ops/backup.sh', (s) => {
  const dump = s('secret/cli-password-option', pw());
  const ssh = s('secret/cli-password-option', pw());
  return `#!/bin/sh
mysqldump -h db.prod.internal -u backup -p${dump} --single-transaction shop | gzip > /backup/shop.sql.gz
sshpass -p '${ssh}' scp /backup/shop.sql.gz backup@10.0.9.4:/srv/backups/
`;
});
file('ops/backup-safe.sh', () => {
  return `#!/bin/sh
echo "$REGISTRY_TOKEN" | docker login registry.corp.acme.io -u ci --password-stdin
docker login -u "$DOCKER_USER" -p "$DOCKER_PASSWORD"
docker run -p 8080:80 nginx
mysql -u root -p shop < dump.sql
mysqldump -h db -u backup -p"\${MYSQL_PASSWORD}" shop
sshpass -e ssh deploy@10.0.1.11
aws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"
`;
});
file('cmd/seed/main.go', (s) => {
  const a = s('secret/generic-secret', c('{{alnum:20}}'), { blocking: false });
  return `package main

import "os"

func main() {
	os.Setenv("DB_PASSWORD", "${a}")
	os.Setenv("API_TOKEN", os.Getenv("CI_API_TOKEN"))
}
`;
});
file('jobs/export.py', (s) => {
  const a = s('secret/generic-secret', pw(), { blocking: false });
  const b = s('secret/generic-secret', pw(), { blocking: false });
  return `import requests
from requests.auth import HTTPBasicAuth

resp = requests.get(EXPORT_URL, auth=HTTPBasicAuth("svc-export", "${a}"))
issues = requests.get(JIRA_URL, auth=("svc-jira", "${b}"))
mine = requests.get(JIRA_URL, auth=(user, password))
parser.add_argument("--password", "-p", help="the account password")
form.add_field("api_key", "ApiKeyField")
`;
});
file('src/main/java/com/acme/LegacyDb.java', (s) => {
  const a = s('secret/generic-secret', pw(), { blocking: false });
  const b = s('secret/generic-secret', pw(), { blocking: false });
  return `package com.acme;

class LegacyDb {
  Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://pg.prod.internal:5432/app", "app", "${a}");
  }
  Connection pooled() throws SQLException {
    return dataSource.getConnection();
  }
  Properties mail() {
    Properties props = new Properties();
    props.put("mail.smtp.user", "noreply@acme.io");
    props.put("mail.smtp.password", "${b}");
    return props;
  }
}
`;
});

// ───────────────────────────── framework signing keys ─────────────────────────────

file('config/secrets.yml', (s) => {
  const a = s('secret/framework-secret-key', c('{{hex:128}}'));
  return `development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: ${a}
`;
});
file('mysite/settings.py', (s) => {
  const a = s(
    'secret/framework-secret-key',
    `django-insecure-${c('{{lower:30}}')}!@#${c('{{lower:15}}')}`,
  );
  return `from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '${a}'

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
`;
});
file('laravel/.env', (s) => {
  const a = s('secret/framework-secret-key', `base64:${c('{{base64:43}}')}=`, { at: 'APP_KEY' });
  return `APP_NAME=Shop
APP_ENV=production
APP_KEY=${a}
APP_DEBUG=false
`;
});
file('laravel/.env.example', () => {
  return `APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
`;
});
file('mysite/settings_env.py', () => {
  return `import os
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
SECRET_KEY_FALLBACKS = [os.environ.get("OLD_SECRET_KEY", "")]
`;
});

// ───────────────────────────── encrypted material (never fires) ─────────────────────────────

const enc = (len: number) =>
  `ENC[AES256_GCM,data:${c(`{{base64:${len}}}`)},iv:${c('{{base64:43}}')}=,tag:${c('{{base64:22}}')}==,type:str]`;
file('deploy/secrets.enc.yaml', () => {
  return `db_password: ${enc(24)}
stripe_secret_key: ${enc(32)}
api_token: ${enc(40)}
sops:
    kms: []
    age:
        - recipient: age1${c('{{lower:58}}')}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${c('{{base64:64}}')}
            ${c('{{base64:64}}')}
            ${c('{{base64:40}}')}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T10:11:12Z"
    mac: ENC[AES256_GCM,data:${c('{{base64:88}}')},iv:${c('{{base64:43}}')}=,tag:${c('{{base64:22}}')}==,type:str]
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
`;
});
file('deploy/secrets.enc.json', () => {
  return `{
  "db_password": "${enc(20)}",
  "client_secret": "${enc(44)}",
  "sops": { "mac": "${enc(88)}", "version": "3.8.1" }
}
`;
});
file('ansible/group_vars/prod/vault.yml', () => {
  const hexLines = Array.from({ length: 6 }, () => `          ${c('{{hex:80}}')}`).join('\n');
  return `db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
${hexLines}
api_token: "{{ vault_api_token }}"
`;
});
file('ansible/group_vars/prod/secrets.yml', () => {
  const hexLines = Array.from({ length: 8 }, () => c('{{hex:80}}')).join('\n');
  return `$ANSIBLE_VAULT;1.2;AES256;prod\n${hexLines}\n`;
});
file('k8s/sealed-db.yaml', () => {
  const sealed = () => `Ag${c('{{base64:700}}')}==`;
  return `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db
  namespace: orders
spec:
  encryptedData:
    password: ${sealed()}
    api_token: ${sealed()}
  template:
    metadata:
      name: db
`;
});
file('secrets/deploy-key.age', () => {
  return `-----BEGIN AGE ENCRYPTED FILE-----
${c('{{base64:64}}')}
${c('{{base64:64}}')}
${c('{{base64:30}}')}
-----END AGE ENCRYPTED FILE-----
`;
});
file('secrets/db-password.asc', () => {
  const body = Array.from({ length: 6 }, () => c('{{base64:64}}')).join('\n');
  return `-----BEGIN PGP MESSAGE-----

${body}
=${c('{{base64:4}}')}
-----END PGP MESSAGE-----
`;
});
file(
  '.gitattributes',
  () => 'secrets/** filter=git-crypt diff=git-crypt\n*.key filter=git-crypt diff=git-crypt\n',
);

// ───────────────────────────── hashed passwords (never fire) ─────────────────────────────

file('auth/.htpasswd', () => {
  return `admin:$apr1$${c('{{alnum:8}}')}$${c('{{alnum:22}}')}
deploy:${bcrypt()}
legacy:{SHA}${c('{{base64:27}}')}=
`;
});
file('auth/users.yml', () => {
  return `users:
  - name: ada
    password: "${bcrypt()}"
  - name: bob
    password: "$argon2id$v=19$m=65536,t=3,p=4$${c('{{base64:22}}')}$${c('{{base64:43}}')}"
  - name: carol
    password_hash: "pbkdf2_sha256$600000$${c('{{alnum:22}}')}$${c('{{base64:43}}')}="
  - name: dave
    userPassword: "{SSHA}${c('{{base64:32}}')}"
  - name: eve
    password: "$6$rounds=5000$${c('{{alnum:16}}')}$${c('{{alnum:86}}')}"
`;
});
file('auth/fixtures.json', () => {
  return `[
  { "model": "auth.user", "pk": 1, "fields": { "username": "admin", "password": "pbkdf2_sha256$870000$${c('{{alnum:22}}')}$${c('{{base64:43}}')}=" } }
]
`;
});
file('ldap/users.ldif', () => {
  return `dn: uid=ada,ou=people,dc=acme,dc=io
objectClass: inetOrgPerson
uid: ada
userPassword: {SSHA}${c('{{base64:32}}')}
`;
});

// ───────────────────────────────────────────────────────────────────────────────────────────

describeCorpus(corpus, 'corpus-credentials');
