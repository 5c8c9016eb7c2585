import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  INTERVAL_FORMS,
  parseInterval
} from "./chunk-YSXXMAGR.js";
import {
  defaultConfig,
  defaultPolicyConfig,
  parseSize,
  rememberLocator
} from "./chunk-HDBPAX76.js";
import {
  DEFAULT_ARTIFACT_CONFIG,
  DEFAULT_PERSONAL_DATA_CONFIG
} from "./chunk-QQMKWQ6T.js";
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import {
  require_dist
} from "./chunk-7UXL7O2J.js";
import {
  checkReviewSemantics
} from "./chunk-IFUFN7MC.js";
import {
  describeKey
} from "./chunk-TDHIBLUD.js";
import {
  ConfigError,
  __toESM,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/config/parse.ts
init_cli_data();
var import_yaml2 = __toESM(require_dist(), 1);
init_errors();

// src/config/generated/validate-config.js
init_cli_data();
var validate = validate10;
var schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/mandate-dev/mandate/schema/mandate.schema.json",
  title: "mandate configuration (.mandate.yml)",
  description: "Security policy as code: which secret rules run, what blocks, and the exceptions. Unknown keys are errors.",
  type: "object",
  additionalProperties: !1,
  definitions: {
    reviewCondition: {
      type: "object",
      additionalProperties: !1,
      minProperties: 1,
      description: "A predicate over a pull request. Every key present must hold (an implicit `all`); `all` and `any` nest.",
      examples: [
        { paths: ["infra/**", "!infra/docs/**"] },
        { any: [{ labels: ["security"] }, { base_branches: ["release/*"] }] }
      ],
      properties: {
        paths: {
          type: "array",
          items: { type: "string", pattern: "\\S" },
          description: "Some changed (added, modified, deleted or renamed) file matches: minimatch globs relative to the repository root; `!glob` excludes, and the last matching glob decides. A glob without `/` matches the file name anywhere.",
          examples: [["infra/**", "!infra/**/*.md"]]
        },
        content: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: !1,
            required: ["pattern"],
            description: "A regular expression tested against each added line.",
            examples: [
              {
                pattern: "AdministratorAccess",
                paths: ["**/*.tf"],
                description: "the AdministratorAccess policy"
              }
            ],
            properties: {
              pattern: {
                type: "string",
                pattern: "\\S",
                description: "JavaScript regular expression, tested against each added line.",
                examples: ['"Action"\\s*:\\s*"\\*"']
              },
              flags: {
                type: "string",
                enum: ["i"],
                description: "`i` for case-insensitive.",
                examples: ["i"]
              },
              structure: {
                type: "string",
                enum: ["iam-actions", "npm-dependencies"],
                description: "Test the pattern against values parsed out of the document instead of each added line: `iam-actions` (every IAM action of a policy in JSON, YAML, Terraform or CDK code, however the list is laid out), `npm-dependencies` (every dependency name of a package.json, minified or not). A value triggers when it is on an added line.",
                examples: ["iam-actions"]
              },
              paths: {
                type: "array",
                items: { type: "string", pattern: "\\S" },
                description: "Globs (as in `paths`) of the files the pattern applies to; all files when absent.",
                examples: [["**/*.tf", "**/*.json"]]
              },
              description: {
                type: "string",
                pattern: "\\S",
                description: "What a match means, shown in the explanation.",
                examples: ["an IAM statement allowing every action"]
              }
            }
          },
          description: "Some added line matches one of these patterns.",
          examples: [[{ pattern: '"Action"\\s*:\\s*"\\*"', paths: ["**/*.json"] }]]
        },
        labels: {
          type: "array",
          items: { type: "string", pattern: "\\S" },
          description: "The pull request carries at least one of these labels.",
          examples: [["security", "infra"]]
        },
        base_branches: {
          type: "array",
          items: { type: "string", pattern: "\\S" },
          description: "The pull request targets one of these branches (minimatch globs).",
          examples: [["main", "release/*"]]
        },
        author_in: {
          type: "array",
          items: {
            type: "string",
            pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
          },
          description: "The author is one of these users or a member of one of these teams (`org/team`).",
          examples: [["acme/contractors"]]
        },
        author_not_in: {
          type: "array",
          items: {
            type: "string",
            pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
          },
          description: "The author is none of these users and in none of these teams (`org/team`).",
          examples: [["acme/platform"]]
        },
        all: {
          type: "array",
          items: { $ref: "#/definitions/reviewCondition" },
          description: "Every nested condition holds.",
          examples: [[{ paths: ["infra/**"] }, { base_branches: ["main"] }]]
        },
        any: {
          type: "array",
          items: { $ref: "#/definitions/reviewCondition" },
          description: "At least one nested condition holds.",
          examples: [[{ paths: ["infra/**"] }, { labels: ["infra"] }]]
        }
      }
    },
    reviewOptions: {
      type: "object",
      additionalProperties: !1,
      description: "How approvals are counted.",
      examples: [{ head_sha_only: !0, changes_requested_blocks: !0 }],
      properties: {
        head_sha_only: {
          type: "boolean",
          description: "Approvals count only when given on the pull request's current head commit (a push makes earlier approvals stale). Defaults to true.",
          examples: [!0]
        },
        changes_requested_blocks: {
          type: "boolean",
          description: 'A "changes requested" review by an eligible reviewer blocks until the same reviewer approves. Defaults to true.',
          examples: [!0]
        }
      }
    }
  },
  properties: {
    $schema: {
      type: "string",
      description: "JSON Schema of this file, for editors.",
      examples: ["./node_modules/mandate/schema/mandate.schema.json"]
    },
    extends: {
      type: "array",
      uniqueItems: !0,
      items: { type: "string", pattern: "\\S" },
      description: "Rule packs to use: the built-in `recommended` (secrets) and `reviews-recommended` (required reviews; needs `review_settings.security_team`). In the GitHub Action an entry may also name a central config in another repository, `owner/repo:path@ref` (ref optional), fetched through the API; the CLI does not resolve those and exits 2 naming the entry. Defaults to [recommended].",
      examples: [["recommended"]]
    },
    fail_on: {
      type: "string",
      enum: ["critical", "high", "medium", "low", "info"],
      description: "Findings at or above this severity block the change (if their rule blocks). Defaults to `high`.",
      examples: ["high"]
    },
    max_file_size: {
      type: ["integer", "string"],
      minimum: 1,
      pattern: "^\\s*[0-9]+(?:\\.[0-9]+)?\\s*(?:[kKmMgG]i?[bB]?|[bB])?\\s*$",
      description: 'Files larger than this are scanned in overlapping chunks of this size (never skipped): bytes as an integer, or a size such as "2MB" or "512KB" (K, M and G are powers of 1024). Defaults to 1 MiB.',
      examples: [1048576, "2MB", "512KB"]
    },
    disable: {
      type: "array",
      uniqueItems: !0,
      items: { type: "string", pattern: "\\S" },
      description: "Rule ids to switch off. An id that no rule has is an error, so a typo cannot silently disable nothing.",
      examples: [["secret/generic-api-key"]]
    },
    rules: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        description: "A custom secret rule. Its id must not repeat a built-in rule's id: to replace a built-in rule, add its id to `disable` and give your rule a new id; to change a built-in rule's severity or blocking, use `overrides`.",
        required: ["id", "title", "keywords", "regex"],
        examples: [
          {
            id: "secret/acme-api-key",
            title: "Acme API key",
            provider: "Acme",
            severity: "high",
            keywords: ["acme_"],
            regex: "\\bacme_(?<secret>[A-Za-z0-9]{32})\\b",
            remediation: "Revoke the key in the Acme console, then remove it."
          }
        ],
        properties: {
          id: {
            type: "string",
            pattern: "^secret/[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: "Rule id: `secret/` followed by a kebab-case name.",
            examples: ["secret/acme-api-key"]
          },
          title: {
            type: "string",
            description: "Short human name shown in reports.",
            examples: ["Acme API key"],
            pattern: "\\S"
          },
          provider: {
            type: "string",
            description: "Who issues the credential (where to rotate it). Defaults to `custom`.",
            examples: ["Acme"],
            pattern: "\\S"
          },
          description: {
            type: "string",
            description: "What the rule detects. Defaults to the title.",
            examples: ["An Acme API key grants full access to the Acme account."],
            pattern: "\\S"
          },
          severity: {
            type: "string",
            enum: ["critical", "high", "medium", "low", "info"],
            description: "Severity of a finding. Defaults to `high`.",
            examples: ["high"]
          },
          blocking: {
            type: "boolean",
            description: "Whether findings block (at or above `fail_on`). Defaults to true.",
            examples: [!0]
          },
          keywords: {
            type: "array",
            minItems: 1,
            items: { type: "string", pattern: "\\S" },
            description: "Case-insensitive literals; the regex runs only on text that contains one of them. Keep them specific: they make scanning fast.",
            examples: [["acme_"]]
          },
          regex: {
            type: "string",
            description: "JavaScript regular expression. A named group `secret` marks the value; otherwise the whole match is the secret.",
            examples: ["\\bacme_(?<secret>[A-Za-z0-9]{32})\\b"],
            pattern: "\\S"
          },
          flags: {
            type: "string",
            enum: ["i"],
            description: "Extra regex flags; only `i` (case-insensitive) is allowed.",
            examples: ["i"]
          },
          entropy: {
            type: "number",
            minimum: 0,
            maximum: 8,
            description: "Minimum Shannon entropy (bits per character) of the secret value.",
            examples: [3.5]
          },
          validator: {
            type: "string",
            enum: [
              "github-checksum",
              "npm-checksum",
              "openai-marker",
              "groq-marker",
              "jwt",
              "private-key",
              "connection-uri",
              "password",
              "gcp-service-account",
              "basic-auth"
            ],
            description: "An offline structural check that tells real credentials from look-alikes.",
            examples: ["jwt"]
          },
          allowlist: {
            type: "object",
            additionalProperties: !1,
            description: "Exceptions for this rule only.",
            examples: [{ stopwords: ["example"] }],
            properties: {
              regexes: {
                type: "array",
                description: "Regular expressions tested against the secret value; a match drops the finding.",
                examples: [["^dummy-"]],
                items: { type: "string", pattern: "\\S" }
              },
              stopwords: {
                type: "array",
                description: "Case-insensitive substrings of the secret value that drop the finding.",
                examples: [["example"]],
                items: { type: "string", pattern: "\\S" }
              },
              paths: {
                type: "array",
                description: "Globs (minimatch) of paths where this rule does not apply.",
                examples: [["docs/**"]],
                items: { type: "string", pattern: "\\S" }
              }
            }
          },
          remediation: {
            type: "string",
            description: "How to fix a finding: where to rotate the credential, then remove it. Defaults to general advice.",
            examples: ["Revoke the key in the Acme console, then remove it from the code."],
            pattern: "\\S"
          },
          tags: {
            type: "array",
            description: "Free-form labels.",
            examples: [["payments"]],
            items: { type: "string", pattern: "\\S" }
          },
          examples: {
            type: "object",
            additionalProperties: !1,
            required: ["positive", "negative"],
            description: "Example templates (generators in src/rules/compose.ts, e.g. `{{alnum:32}}`, `{{lit:TEXT}}`, `{{mark}}`) that must and must not match; composed when tested, so no secret is stored. `mandate rules --test` checks them.",
            examples: [{ positive: ["acme_{{alnum:32}}"], negative: ["acme_example"] }],
            properties: {
              positive: {
                type: "array",
                description: "Templates that must produce a finding.",
                examples: [["acme_{{alnum:32}}"]],
                items: { type: "string", pattern: "\\S" }
              },
              negative: {
                type: "array",
                description: "Templates that must not produce a finding.",
                examples: [["acme_example"]],
                items: { type: "string", pattern: "\\S" }
              }
            }
          },
          locked: {
            type: "boolean",
            description: "Only in a central config that repositories extend (`extends: owner/repo:path@ref`, read by the GitHub Action): when true, a repository cannot disable or weaken this rule (no `disable`, no weaker override, no rule with the same id, no ignore-file or baseline entry for it). In a repository's own config it is an error.",
            examples: [!0]
          }
        }
      },
      description: "Your own secret rules, added to the packs in `extends`.",
      examples: [
        [
          {
            id: "secret/acme-api-key",
            title: "Acme API key",
            provider: "Acme",
            severity: "high",
            keywords: ["acme_"],
            regex: "\\bacme_(?<secret>[A-Za-z0-9]{32})\\b",
            remediation: "Revoke the key in the Acme console, then remove it."
          }
        ]
      ]
    },
    overrides: {
      type: "object",
      description: "Per-rule changes to severity or blocking, keyed by rule id: a secret rule, a policy rule (`policy/stale`) or a guardrail rule (`artifact/data-dump`, `personal-data/dataset`); a review requirement is changed in `reviews:` (its `approvals`, or `disable: [review/<name>]`). An override lowers a finding's severity (below `fail_on` it stops blocking) or stops it blocking; it never makes a finding block that its rule family does not.",
      examples: [{ "secret/generic-api-key": { blocking: !0, severity: "medium" } }],
      propertyNames: {
        pattern: "^(?:secret|policy|artifact|personal-data)/[a-z0-9]+(?:-[a-z0-9]+)*$"
      },
      additionalProperties: {
        type: "object",
        additionalProperties: !1,
        description: "What to change for this rule.",
        examples: [{ severity: "critical" }],
        properties: {
          severity: {
            type: "string",
            enum: ["critical", "high", "medium", "low", "info"],
            description: "New severity for the rule's findings.",
            examples: ["critical"]
          },
          blocking: {
            type: "boolean",
            description: "Whether the rule's findings block.",
            examples: [!1]
          },
          locked: {
            type: "boolean",
            description: "Only in a central config that repositories extend (`extends: owner/repo:path@ref`, read by the GitHub Action): when true, a repository cannot disable this rule or override it to a lower severity or to not blocking, nor ignore or baseline its findings. In a repository's own config it is an error.",
            examples: [!0]
          }
        }
      }
    },
    allowlist: {
      type: "object",
      additionalProperties: !1,
      description: "Exceptions for all rules.",
      examples: [{ paths: ["test/fixtures/**"], stopwords: ["example"] }],
      properties: {
        regexes: {
          type: "array",
          description: "Regular expressions (JavaScript syntax) tested against a secret value; a match drops the finding.",
          examples: [["^EXAMPLE", "-test-"]],
          items: { type: "string", pattern: "\\S" }
        },
        stopwords: {
          type: "array",
          description: "Case-insensitive substrings of a secret value that drop the finding.",
          examples: [["example", "dummy"]],
          items: { type: "string", pattern: "\\S" }
        },
        paths: {
          type: "array",
          description: "Globs (minimatch syntax, matched against the POSIX path relative to the repository root) of files that are never scanned.",
          examples: [["test/fixtures/**", "**/*.snap"]],
          items: { type: "string", pattern: "\\S" }
        }
      }
    },
    reviews: {
      type: "array",
      description: "Required reviews: each names the changes it applies to (`when`) and whose approval they need (`require`). The author's own approval never counts, and nobody is exempt; an approval counts only from the named teams or users. Built-in review packs (`extends: [recommended, reviews-recommended]`) add theirs; one of yours with the same name replaces it.",
      examples: [
        [
          {
            name: "infra",
            when: { paths: ["infra/**", ".github/workflows/**"] },
            require: { teams: ["acme/security"] }
          }
        ]
      ],
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["name", "when", "require"],
        description: "A review requirement; its findings have the rule id `review/<name>`.",
        examples: [
          {
            name: "infra",
            when: { paths: ["infra/**"] },
            require: { teams: ["acme/security"], count: 1 }
          }
        ],
        properties: {
          name: {
            type: "string",
            pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
            description: "kebab-case name; the rule id is `review/<name>`.",
            examples: ["infra"]
          },
          description: {
            type: "string",
            pattern: "\\S",
            description: "What the requirement protects, shown in the explanation.",
            examples: ["Infrastructure changes need the security team."]
          },
          when: {
            $ref: "#/definitions/reviewCondition",
            description: "Which changes need the approval.",
            examples: [{ paths: ["infra/**"] }]
          },
          require: {
            type: "object",
            additionalProperties: !1,
            description: "Whose approval, and how many. An approval counts from a member of any listed team or a listed user.",
            examples: [{ teams: ["acme/security"], count: 1 }],
            properties: {
              teams: {
                type: "array",
                items: {
                  type: "string",
                  pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
                },
                description: "Teams as `org/team-slug` (or `$security_team`, the team in `review_settings.security_team`). Membership is read through the API; a team that does not exist is a config error.",
                examples: [["acme/security"]]
              },
              users: {
                type: "array",
                items: {
                  type: "string",
                  pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
                },
                description: "User logins. A bot (`name[bot]`) counts only when listed here by name; a user who left the organisation does not count.",
                examples: [["alice", "release-bot[bot]"]]
              },
              count: {
                type: "integer",
                minimum: 1,
                description: "Distinct approvals needed. Defaults to 1.",
                examples: [2]
              }
            }
          },
          options: {
            $ref: "#/definitions/reviewOptions",
            description: "Overrides `review_settings.options` for this requirement.",
            examples: [{ head_sha_only: !1 }]
          }
        }
      }
    },
    review_settings: {
      type: "object",
      additionalProperties: !1,
      description: "Settings for required reviews: the security team built-in packs ask for, option defaults, CODEOWNERS import and break-glass.",
      examples: [
        {
          security_team: "acme/security",
          codeowners: "any",
          break_glass: { label: "break-glass", teams: ["acme/sre-oncall"] }
        }
      ],
      properties: {
        security_team: {
          type: "string",
          pattern: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
          description: "The team (`org/team`) that `$security_team` in the built-in review packs stands for; follow-up issues after a break-glass are assigned to it.",
          examples: ["acme/security"]
        },
        options: {
          $ref: "#/definitions/reviewOptions",
          description: "Defaults for every requirement's options.",
          examples: [{ head_sha_only: !0 }]
        },
        codeowners: {
          type: "string",
          enum: ["off", "any", "every"],
          description: "Import CODEOWNERS (read from the base commit) as requirements: `any` \u2014 one approval from any owner of the matched files (GitHub's reading; rule id `review/codeowners-any`); `every` \u2014 one approval from every owner group (`review/codeowners-<owners>`); `off` (default).",
          examples: ["any"]
        },
        break_glass: {
          type: "object",
          additionalProperties: !1,
          required: ["label", "teams"],
          description: "The logged emergency path: with `label` on the pull request, a comment `/mandate break-glass: <reason>` by a member of `teams` (never the author alone) waives the review requirements. The check passes with a warning, the evidence records it and a follow-up issue is opened.",
          examples: [{ label: "break-glass", teams: ["acme/sre-oncall"] }],
          properties: {
            label: {
              type: "string",
              pattern: "\\S",
              description: "The label the pull request must carry.",
              examples: ["break-glass"]
            },
            teams: {
              type: "array",
              items: {
                type: "string",
                pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
              },
              description: "Teams (`org/team`) whose members may break glass.",
              examples: [["acme/sre-oncall"]]
            },
            also_waive: {
              type: "array",
              items: { type: "string", pattern: "\\S" },
              description: "Rule ids of other findings (e.g. a secret rule) that a break-glass also waives. By default it waives review requirements only, never secrets.",
              examples: [["secret/generic-secret"]]
            },
            follow_up_team: {
              type: "string",
              pattern: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
              description: "The team the follow-up issue is assigned to (its members, up to 10). Defaults to `security_team`.",
              examples: ["acme/security"]
            }
          }
        }
      }
    },
    policies: {
      type: "object",
      additionalProperties: !1,
      description: "Policy documents (Markdown with a YAML front matter: title, owner, last_reviewed, review_interval, approved_by, version) that must be reviewed within their interval and must not be unadapted templates. `mandate check` and the scheduled Action evaluate them, and on a pull request the Action evaluates the ones it adds or changes; `mandate policies` prints the register.",
      examples: [
        {
          paths: ["policies/**/*.md", "SECURITY.md"],
          review_interval: "1 year",
          warn_before: "30 days",
          block: { ci: !0, hook: !1 },
          template_phrases: ["your company name", "delete as appropriate"],
          fallback: "none"
        }
      ],
      properties: {
        paths: {
          type: "array",
          uniqueItems: !0,
          items: { type: "string", pattern: "\\S" },
          description: "Globs (minimatch, relative to the repository root) of policy documents. Defaults to `policies/**/*.md`, `SECURITY.md` and `docs/security/**/*.md`; an empty list turns policy checks off.",
          examples: [["policies/**/*.md", "SECURITY.md", "docs/security/**/*.md"]]
        },
        review_interval: {
          type: "string",
          pattern: "\\S",
          description: "How often a document must be reviewed when its front matter has no `review_interval`: a number and a unit (`90d`, `12 weeks`, `6 months`, `1 year`) or `monthly`, `quarterly`, `annually`. Months and years are calendar months (Jan 31 + 1 month = Feb 28/29). Defaults to `12 months`.",
          examples: ["12 months", "1 year", "90d"]
        },
        warn_before: {
          type: "string",
          pattern: "\\S",
          description: "From how long before its due date a document is `due soon` (a warning, never blocking). Same units as `review_interval`. Defaults to `30 days`.",
          examples: ["30 days", "2 weeks"]
        },
        block: {
          type: "object",
          additionalProperties: !1,
          description: "Whether stale, invalid or unadapted policy documents block, per mode. A manual run follows `ci`. Defaults to blocking in CI and warning in the pre-commit hook.",
          examples: [{ ci: !0, hook: !1 }],
          properties: {
            ci: {
              type: "boolean",
              description: "Block in CI (the `CI` variable is set, `--mode ci`, or the GitHub Action). Defaults to true.",
              examples: [!0]
            },
            hook: {
              type: "boolean",
              description: "Block in the pre-commit hook. Defaults to false: the hook warns.",
              examples: [!1]
            }
          }
        },
        template_phrases: {
          type: "array",
          uniqueItems: !0,
          items: { type: "string", pattern: "\\S" },
          description: "Phrases (case-insensitive, whole words) that betray a policy template nobody adapted; each occurrence is a `policy/template-leftover` finding. Replaces the defaults (word-processor and template placeholders such as `Click or tap here to enter text`, `Insert company name`, `Delete as appropriate`; see the README). Placeholders (`[Company Name]`, `<COMPANY>`, `{{ \u2026 }}`, `TBD`, Lorem ipsum) are always reported.",
          examples: [["your company name", "acme policy template v2"]]
        },
        fallback: {
          type: "string",
          enum: ["none", "git"],
          description: "`git`: a document without `last_reviewed` counts as reviewed on the date of the last commit that touched it (reported as such). Defaults to `none`: a missing `last_reviewed` is a finding.",
          examples: ["git"]
        }
      }
    },
    fingerprint_salt: {
      type: "string",
      pattern: "^[!-~]{16,256}$",
      description: "This repository's fingerprint salt: keys the fingerprint of every secret finding (HMAC-SHA256, scrypt for values under 32 characters), so a fingerprint in an annotation, a SARIF upload or an evidence record cannot be tested against a word list without it, and the same secret has different fingerprints in different repositories. `mandate init` writes a random one. Read from the repository's own .mandate.yml (never from a central config), so the hook, `mandate scan`, history scans, CI and the Action compute the same fingerprints. Changing it changes every fingerprint: run `mandate baseline --migrate` afterwards. At least 16 printable characters, no spaces.",
      examples: ["3f9c1e0a7b5d4c2e8a6f1b0d9e7c5a3b"]
    },
    inline_allow: {
      type: "string",
      enum: ["allow", "review"],
      description: "What an inline `mandate:allow <reason>` comment does. `allow` (the default): it suppresses the finding on its line and is listed in every report. `review`: in a pull request, an inline allow the change adds also requires an approval from `review_settings.security_team` (the requirement `review/inline-allow`).",
      examples: ["review"]
    },
    artifacts: {
      type: "object",
      additionalProperties: !1,
      description: "The artifact family: model weights and checkpoints, pickles, array and table dumps and key stores, recognised by content signature (a renamed file too) and by name. Allowed when Git LFS tracks the path (`filter=lfs` in the `.gitattributes` of the repository root or of any folder above the file, read as git does: patterns relative to their folder, a deeper file overriding) or an approved path matches. Switch single rules off with `disable: [artifact/model-weights]`.",
      examples: [{ approved_paths: ["models/fixtures/**"], block_from_bytes: "64KB" }],
      properties: {
        enabled: {
          type: "boolean",
          description: "Run the artifact family (default true).",
          examples: [!1]
        },
        approved_paths: {
          type: "array",
          items: { type: "string", pattern: "\\S" },
          description: "Globs of repository-relative paths where artifacts are allowed, read as in .gitignore: a pattern without `/` matches at any depth (`*.onnx`, `fixtures`), one with `/` is anchored at the repository root (`models/fixtures/**`; a leading `/` only says so), a folder matches everything under it; `**` spans folders.",
          examples: [["models/fixtures/**"]]
        },
        block_from_bytes: {
          type: ["integer", "string"],
          pattern: "^\\s*\\d+(?:\\.\\d+)?\\s*(?:[kKmMgG]?i?[bB]?)\\s*$",
          minimum: 0,
          description: "Models, dumps and pickles with only safe imports that are smaller than this (bytes, or a size like `64KB`) are reported without blocking. Default 0: every one blocks. Key stores and unsafe pickles always block.",
          examples: ["64KB"]
        },
        pickle_allow: {
          type: "array",
          items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.]*\\.[A-Za-z_][A-Za-z0-9_]*$" },
          description: "Imports (`module.name`) a pickle may use beyond the built-in allowlist of known-safe callables (containers, torch tensor and numpy array rebuilders).",
          examples: [["sklearn.linear_model._logistic.LogisticRegression"]]
        },
        review: {
          anyOf: [
            { const: !1 },
            { type: "string", pattern: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$|^\\$security_team$" },
            {
              type: "array",
              minItems: 1,
              items: {
                type: "string",
                pattern: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$|^\\$security_team$"
              }
            }
          ],
          description: "Who settles an artifact in a pull request. Model weights, pickles whose imports are all allowlisted and data dumps that would block become the review requirement `review/artifact` of these teams (`org/team`, or `$security_team`): the pull request passes once one of them approves its head commit. Default: `review_settings.security_team` when set. `false`: they stay blocking findings. The pre-commit hook stops them either way; a pickle that imports code and a key store always block.",
          examples: [["acme/ml-platform"], !1]
        }
      }
    },
    personal_data: {
      type: "object",
      additionalProperties: !1,
      description: "The personal-data family: data files (CSV/TSV, JSON/JSONL, SQL dumps, notebooks) holding e-mail addresses, phone numbers, payment cards (Luhn, IIN ranges), IBANs (mod-97), US SSNs or Spanish DNIs past per-file thresholds. Example domains and published test values do not count. Findings carry counts per type, never values.",
      examples: [{ approved_paths: ["fixtures/synthetic/**"], min_contacts: 25 }],
      properties: {
        enabled: {
          type: "boolean",
          description: "Run the personal-data family (default true).",
          examples: [!1]
        },
        approved_paths: {
          type: "array",
          items: { type: "string", pattern: "\\S" },
          description: "Globs of data files allowed to hold personal data, read as in .gitignore (as `artifacts.approved_paths`): a pattern without `/` matches at any depth, one with `/` is anchored at the repository root, a folder matches everything under it.",
          examples: [["fixtures/synthetic/**"]]
        },
        min_contacts: {
          type: "integer",
          minimum: 1,
          description: "Distinct e-mail addresses or phone numbers in one file that make it a dataset (default 10).",
          examples: [25]
        },
        min_sensitive: {
          type: "integer",
          minimum: 1,
          description: "Distinct card numbers, IBANs, SSNs or national IDs in one file that make it a dataset (default 3).",
          examples: [1]
        },
        extensions: {
          type: "array",
          items: { type: "string", pattern: "^[A-Za-z0-9]+$" },
          description: "Extensions (without the dot) of data files. Default: csv tsv psv json jsonl ndjson sql ipynb.",
          examples: [["csv", "jsonl"]]
        }
      }
    },
    ai_services: {
      type: "object",
      additionalProperties: !1,
      description: "The third-party AI family: the built-in `ai-services` pack (`extends: [ai-services]`) has one review requirement per service, `review/ai-service-<id>` (e.g. `review/ai-service-openai`; `mandate rules` lists them): a new dependency on its SDK or new code calling its API host needs the security team, except for the services approved here (those the company has a DPA with). Extending `ai-services` supersedes the generic `review/ai-sdk-dependency` of `reviews-recommended`, which `approved` does not change.",
      examples: [{ approved: ["openai", "anthropic"] }],
      properties: {
        approved: {
          type: "array",
          items: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" },
          description: "Service ids of rules/ai-services.yml (`mandate rules` lists them) approved for use: adding their SDK or calling their API needs no review.",
          examples: [["openai", "anthropic"]]
        }
      }
    }
  }
}, schema13 = {
  type: "object",
  additionalProperties: !1,
  description: "How approvals are counted.",
  examples: [{ head_sha_only: !0, changes_requested_blocks: !0 }],
  properties: {
    head_sha_only: {
      type: "boolean",
      description: "Approvals count only when given on the pull request's current head commit (a push makes earlier approvals stale). Defaults to true.",
      examples: [!0]
    },
    changes_requested_blocks: {
      type: "boolean",
      description: 'A "changes requested" review by an eligible reviewer blocks until the same reviewer approves. Defaults to true.',
      examples: [!0]
    }
  }
}, func2 = Object.prototype.hasOwnProperty, pattern0 = new RegExp("\\S", "u"), pattern1 = new RegExp("^\\s*[0-9]+(?:\\.[0-9]+)?\\s*(?:[kKmMgG]i?[bB]?|[bB])?\\s*$", "u"), pattern3 = new RegExp("^secret/[a-z0-9]+(?:-[a-z0-9]+)*$", "u"), pattern16 = new RegExp(
  "^(?:secret|policy|artifact|personal-data)/[a-z0-9]+(?:-[a-z0-9]+)*$",
  "u"
), pattern20 = new RegExp("^[a-z0-9]+(?:-[a-z0-9]+)*$", "u"), pattern28 = new RegExp(
  "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$",
  "u"
), pattern32 = new RegExp("^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u"), pattern41 = new RegExp("^[!-~]{16,256}$", "u"), pattern43 = new RegExp("^\\s*\\d+(?:\\.\\d+)?\\s*(?:[kKmMgG]?i?[bB]?)\\s*$", "u"), pattern44 = new RegExp("^[A-Za-z_][A-Za-z0-9_.]*\\.[A-Za-z_][A-Za-z0-9_]*$", "u"), pattern45 = new RegExp("^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$|^\\$security_team$", "u"), pattern48 = new RegExp("^[A-Za-z0-9]+$", "u"), pattern49 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u"), schema12 = {
  type: "object",
  additionalProperties: !1,
  minProperties: 1,
  description: "A predicate over a pull request. Every key present must hold (an implicit `all`); `all` and `any` nest.",
  examples: [
    { paths: ["infra/**", "!infra/docs/**"] },
    { any: [{ labels: ["security"] }, { base_branches: ["release/*"] }] }
  ],
  properties: {
    paths: {
      type: "array",
      items: { type: "string", pattern: "\\S" },
      description: "Some changed (added, modified, deleted or renamed) file matches: minimatch globs relative to the repository root; `!glob` excludes, and the last matching glob decides. A glob without `/` matches the file name anywhere.",
      examples: [["infra/**", "!infra/**/*.md"]]
    },
    content: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: ["pattern"],
        description: "A regular expression tested against each added line.",
        examples: [
          {
            pattern: "AdministratorAccess",
            paths: ["**/*.tf"],
            description: "the AdministratorAccess policy"
          }
        ],
        properties: {
          pattern: {
            type: "string",
            pattern: "\\S",
            description: "JavaScript regular expression, tested against each added line.",
            examples: ['"Action"\\s*:\\s*"\\*"']
          },
          flags: {
            type: "string",
            enum: ["i"],
            description: "`i` for case-insensitive.",
            examples: ["i"]
          },
          structure: {
            type: "string",
            enum: ["iam-actions", "npm-dependencies"],
            description: "Test the pattern against values parsed out of the document instead of each added line: `iam-actions` (every IAM action of a policy in JSON, YAML, Terraform or CDK code, however the list is laid out), `npm-dependencies` (every dependency name of a package.json, minified or not). A value triggers when it is on an added line.",
            examples: ["iam-actions"]
          },
          paths: {
            type: "array",
            items: { type: "string", pattern: "\\S" },
            description: "Globs (as in `paths`) of the files the pattern applies to; all files when absent.",
            examples: [["**/*.tf", "**/*.json"]]
          },
          description: {
            type: "string",
            pattern: "\\S",
            description: "What a match means, shown in the explanation.",
            examples: ["an IAM statement allowing every action"]
          }
        }
      },
      description: "Some added line matches one of these patterns.",
      examples: [[{ pattern: '"Action"\\s*:\\s*"\\*"', paths: ["**/*.json"] }]]
    },
    labels: {
      type: "array",
      items: { type: "string", pattern: "\\S" },
      description: "The pull request carries at least one of these labels.",
      examples: [["security", "infra"]]
    },
    base_branches: {
      type: "array",
      items: { type: "string", pattern: "\\S" },
      description: "The pull request targets one of these branches (minimatch globs).",
      examples: [["main", "release/*"]]
    },
    author_in: {
      type: "array",
      items: {
        type: "string",
        pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
      },
      description: "The author is one of these users or a member of one of these teams (`org/team`).",
      examples: [["acme/contractors"]]
    },
    author_not_in: {
      type: "array",
      items: {
        type: "string",
        pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
      },
      description: "The author is none of these users and in none of these teams (`org/team`).",
      examples: [["acme/platform"]]
    },
    all: {
      type: "array",
      items: { $ref: "#/definitions/reviewCondition" },
      description: "Every nested condition holds.",
      examples: [[{ paths: ["infra/**"] }, { base_branches: ["main"] }]]
    },
    any: {
      type: "array",
      items: { $ref: "#/definitions/reviewCondition" },
      description: "At least one nested condition holds.",
      examples: [[{ paths: ["infra/**"] }, { labels: ["infra"] }]]
    }
  }
}, wrapper0 = { validate: validate11 };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      let err0 = {
        instancePath,
        schemaPath: "#/minProperties",
        keyword: "minProperties",
        params: { limit: 1 },
        message: "must NOT have fewer than 1 properties",
        schema: 1,
        parentSchema: schema12,
        data
      };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "paths" || key0 === "content" || key0 === "labels" || key0 === "base_branches" || key0 === "author_in" || key0 === "author_not_in" || key0 === "all" || key0 === "any")) {
        let err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: !1,
          parentSchema: schema12,
          data
        };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.paths !== void 0) {
      let data0 = data.paths;
      if (Array.isArray(data0)) {
        let len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 == "string") {
            if (!pattern0.test(data1)) {
              let err2 = {
                instancePath: instancePath + "/paths/" + i0,
                schemaPath: "#/properties/paths/items/pattern",
                keyword: "pattern",
                params: { pattern: "\\S" },
                message: 'must match pattern "\\S"',
                schema: "\\S",
                parentSchema: schema12.properties.paths.items,
                data: data1
              };
              vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
            }
          } else {
            let err3 = {
              instancePath: instancePath + "/paths/" + i0,
              schemaPath: "#/properties/paths/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema12.properties.paths.items.type,
              parentSchema: schema12.properties.paths.items,
              data: data1
            };
            vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
          }
        }
      } else {
        let err4 = {
          instancePath: instancePath + "/paths",
          schemaPath: "#/properties/paths/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema12.properties.paths.type,
          parentSchema: schema12.properties.paths,
          data: data0
        };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.content !== void 0) {
      let data2 = data.content;
      if (Array.isArray(data2)) {
        let len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.pattern === void 0) {
              let err5 = {
                instancePath: instancePath + "/content/" + i1,
                schemaPath: "#/properties/content/items/required",
                keyword: "required",
                params: { missingProperty: "pattern" },
                message: "must have required property 'pattern'",
                schema: schema12.properties.content.items.required,
                parentSchema: schema12.properties.content.items,
                data: data3
              };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            for (let key1 in data3)
              if (!(key1 === "pattern" || key1 === "flags" || key1 === "structure" || key1 === "paths" || key1 === "description")) {
                let err6 = {
                  instancePath: instancePath + "/content/" + i1,
                  schemaPath: "#/properties/content/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                  schema: !1,
                  parentSchema: schema12.properties.content.items,
                  data: data3
                };
                vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
              }
            if (data3.pattern !== void 0) {
              let data4 = data3.pattern;
              if (typeof data4 == "string") {
                if (!pattern0.test(data4)) {
                  let err7 = {
                    instancePath: instancePath + "/content/" + i1 + "/pattern",
                    schemaPath: "#/properties/content/items/properties/pattern/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema12.properties.content.items.properties.pattern,
                    data: data4
                  };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
              } else {
                let err8 = {
                  instancePath: instancePath + "/content/" + i1 + "/pattern",
                  schemaPath: "#/properties/content/items/properties/pattern/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema12.properties.content.items.properties.pattern.type,
                  parentSchema: schema12.properties.content.items.properties.pattern,
                  data: data4
                };
                vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
              }
            }
            if (data3.flags !== void 0) {
              let data5 = data3.flags;
              if (typeof data5 != "string") {
                let err9 = {
                  instancePath: instancePath + "/content/" + i1 + "/flags",
                  schemaPath: "#/properties/content/items/properties/flags/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema12.properties.content.items.properties.flags.type,
                  parentSchema: schema12.properties.content.items.properties.flags,
                  data: data5
                };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
              if (data5 !== "i") {
                let err10 = {
                  instancePath: instancePath + "/content/" + i1 + "/flags",
                  schemaPath: "#/properties/content/items/properties/flags/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema12.properties.content.items.properties.flags.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema12.properties.content.items.properties.flags.enum,
                  parentSchema: schema12.properties.content.items.properties.flags,
                  data: data5
                };
                vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
              }
            }
            if (data3.structure !== void 0) {
              let data6 = data3.structure;
              if (typeof data6 != "string") {
                let err11 = {
                  instancePath: instancePath + "/content/" + i1 + "/structure",
                  schemaPath: "#/properties/content/items/properties/structure/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema12.properties.content.items.properties.structure.type,
                  parentSchema: schema12.properties.content.items.properties.structure,
                  data: data6
                };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
              if (!(data6 === "iam-actions" || data6 === "npm-dependencies")) {
                let err12 = {
                  instancePath: instancePath + "/content/" + i1 + "/structure",
                  schemaPath: "#/properties/content/items/properties/structure/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema12.properties.content.items.properties.structure.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema12.properties.content.items.properties.structure.enum,
                  parentSchema: schema12.properties.content.items.properties.structure,
                  data: data6
                };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
            }
            if (data3.paths !== void 0) {
              let data7 = data3.paths;
              if (Array.isArray(data7)) {
                let len2 = data7.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data8 = data7[i2];
                  if (typeof data8 == "string") {
                    if (!pattern0.test(data8)) {
                      let err13 = {
                        instancePath: instancePath + "/content/" + i1 + "/paths/" + i2,
                        schemaPath: "#/properties/content/items/properties/paths/items/pattern",
                        keyword: "pattern",
                        params: { pattern: "\\S" },
                        message: 'must match pattern "\\S"',
                        schema: "\\S",
                        parentSchema: schema12.properties.content.items.properties.paths.items,
                        data: data8
                      };
                      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                    }
                  } else {
                    let err14 = {
                      instancePath: instancePath + "/content/" + i1 + "/paths/" + i2,
                      schemaPath: "#/properties/content/items/properties/paths/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema12.properties.content.items.properties.paths.items.type,
                      parentSchema: schema12.properties.content.items.properties.paths.items,
                      data: data8
                    };
                    vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                  }
                }
              } else {
                let err15 = {
                  instancePath: instancePath + "/content/" + i1 + "/paths",
                  schemaPath: "#/properties/content/items/properties/paths/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema12.properties.content.items.properties.paths.type,
                  parentSchema: schema12.properties.content.items.properties.paths,
                  data: data7
                };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            }
            if (data3.description !== void 0) {
              let data9 = data3.description;
              if (typeof data9 == "string") {
                if (!pattern0.test(data9)) {
                  let err16 = {
                    instancePath: instancePath + "/content/" + i1 + "/description",
                    schemaPath: "#/properties/content/items/properties/description/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema12.properties.content.items.properties.description,
                    data: data9
                  };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
              } else {
                let err17 = {
                  instancePath: instancePath + "/content/" + i1 + "/description",
                  schemaPath: "#/properties/content/items/properties/description/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema12.properties.content.items.properties.description.type,
                  parentSchema: schema12.properties.content.items.properties.description,
                  data: data9
                };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
          } else {
            let err18 = {
              instancePath: instancePath + "/content/" + i1,
              schemaPath: "#/properties/content/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema12.properties.content.items.type,
              parentSchema: schema12.properties.content.items,
              data: data3
            };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
      } else {
        let err19 = {
          instancePath: instancePath + "/content",
          schemaPath: "#/properties/content/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema12.properties.content.type,
          parentSchema: schema12.properties.content,
          data: data2
        };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.labels !== void 0) {
      let data10 = data.labels;
      if (Array.isArray(data10)) {
        let len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          if (typeof data11 == "string") {
            if (!pattern0.test(data11)) {
              let err20 = {
                instancePath: instancePath + "/labels/" + i3,
                schemaPath: "#/properties/labels/items/pattern",
                keyword: "pattern",
                params: { pattern: "\\S" },
                message: 'must match pattern "\\S"',
                schema: "\\S",
                parentSchema: schema12.properties.labels.items,
                data: data11
              };
              vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
            }
          } else {
            let err21 = {
              instancePath: instancePath + "/labels/" + i3,
              schemaPath: "#/properties/labels/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema12.properties.labels.items.type,
              parentSchema: schema12.properties.labels.items,
              data: data11
            };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        }
      } else {
        let err22 = {
          instancePath: instancePath + "/labels",
          schemaPath: "#/properties/labels/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema12.properties.labels.type,
          parentSchema: schema12.properties.labels,
          data: data10
        };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.base_branches !== void 0) {
      let data12 = data.base_branches;
      if (Array.isArray(data12)) {
        let len4 = data12.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data13 = data12[i4];
          if (typeof data13 == "string") {
            if (!pattern0.test(data13)) {
              let err23 = {
                instancePath: instancePath + "/base_branches/" + i4,
                schemaPath: "#/properties/base_branches/items/pattern",
                keyword: "pattern",
                params: { pattern: "\\S" },
                message: 'must match pattern "\\S"',
                schema: "\\S",
                parentSchema: schema12.properties.base_branches.items,
                data: data13
              };
              vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
            }
          } else {
            let err24 = {
              instancePath: instancePath + "/base_branches/" + i4,
              schemaPath: "#/properties/base_branches/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema12.properties.base_branches.items.type,
              parentSchema: schema12.properties.base_branches.items,
              data: data13
            };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
      } else {
        let err25 = {
          instancePath: instancePath + "/base_branches",
          schemaPath: "#/properties/base_branches/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema12.properties.base_branches.type,
          parentSchema: schema12.properties.base_branches,
          data: data12
        };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    if (data.author_in !== void 0) {
      let data14 = data.author_in;
      if (Array.isArray(data14)) {
        let len5 = data14.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data15 = data14[i5];
          if (typeof data15 == "string") {
            if (!pattern28.test(data15)) {
              let err26 = {
                instancePath: instancePath + "/author_in/" + i5,
                schemaPath: "#/properties/author_in/items/pattern",
                keyword: "pattern",
                params: {
                  pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
                },
                message: 'must match pattern "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"',
                schema: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$",
                parentSchema: schema12.properties.author_in.items,
                data: data15
              };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
          } else {
            let err27 = {
              instancePath: instancePath + "/author_in/" + i5,
              schemaPath: "#/properties/author_in/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema12.properties.author_in.items.type,
              parentSchema: schema12.properties.author_in.items,
              data: data15
            };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        }
      } else {
        let err28 = {
          instancePath: instancePath + "/author_in",
          schemaPath: "#/properties/author_in/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema12.properties.author_in.type,
          parentSchema: schema12.properties.author_in,
          data: data14
        };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.author_not_in !== void 0) {
      let data16 = data.author_not_in;
      if (Array.isArray(data16)) {
        let len6 = data16.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data17 = data16[i6];
          if (typeof data17 == "string") {
            if (!pattern28.test(data17)) {
              let err29 = {
                instancePath: instancePath + "/author_not_in/" + i6,
                schemaPath: "#/properties/author_not_in/items/pattern",
                keyword: "pattern",
                params: {
                  pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
                },
                message: 'must match pattern "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"',
                schema: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$",
                parentSchema: schema12.properties.author_not_in.items,
                data: data17
              };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
          } else {
            let err30 = {
              instancePath: instancePath + "/author_not_in/" + i6,
              schemaPath: "#/properties/author_not_in/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema12.properties.author_not_in.items.type,
              parentSchema: schema12.properties.author_not_in.items,
              data: data17
            };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
      } else {
        let err31 = {
          instancePath: instancePath + "/author_not_in",
          schemaPath: "#/properties/author_not_in/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema12.properties.author_not_in.type,
          parentSchema: schema12.properties.author_not_in,
          data: data16
        };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
    if (data.all !== void 0) {
      let data18 = data.all;
      if (Array.isArray(data18)) {
        let len7 = data18.length;
        for (let i7 = 0; i7 < len7; i7++)
          wrapper0.validate(data18[i7], {
            instancePath: instancePath + "/all/" + i7,
            parentData: data18,
            parentDataProperty: i7,
            rootData
          }) || (vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors), errors = vErrors.length);
      } else {
        let err32 = {
          instancePath: instancePath + "/all",
          schemaPath: "#/properties/all/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema12.properties.all.type,
          parentSchema: schema12.properties.all,
          data: data18
        };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
    if (data.any !== void 0) {
      let data20 = data.any;
      if (Array.isArray(data20)) {
        let len8 = data20.length;
        for (let i8 = 0; i8 < len8; i8++)
          wrapper0.validate(data20[i8], {
            instancePath: instancePath + "/any/" + i8,
            parentData: data20,
            parentDataProperty: i8,
            rootData
          }) || (vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors), errors = vErrors.length);
      } else {
        let err33 = {
          instancePath: instancePath + "/any",
          schemaPath: "#/properties/any/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema12.properties.any.type,
          parentSchema: schema12.properties.any,
          data: data20
        };
        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
      }
    }
  } else {
    let err34 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema12.type,
      parentSchema: schema12,
      data
    };
    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!func2.call(schema11.properties, key0)) {
        let err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: !1,
          parentSchema: schema11,
          data
        };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 != "string") {
        let err1 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties.$schema.type,
          parentSchema: schema11.properties.$schema,
          data: data0
        };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (Array.isArray(data1)) {
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 == "string") {
            if (!pattern0.test(data2)) {
              let err2 = {
                instancePath: instancePath + "/extends/" + i0,
                schemaPath: "#/properties/extends/items/pattern",
                keyword: "pattern",
                params: { pattern: "\\S" },
                message: 'must match pattern "\\S"',
                schema: "\\S",
                parentSchema: schema11.properties.extends.items,
                data: data2
              };
              vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
            }
          } else {
            let err3 = {
              instancePath: instancePath + "/extends/" + i0,
              schemaPath: "#/properties/extends/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.extends.items.type,
              parentSchema: schema11.properties.extends.items,
              data: data2
            };
            vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
          }
        }
        let i1 = data1.length, j0;
        if (i1 > 1) {
          let indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err4 = {
                  instancePath: instancePath + "/extends",
                  schemaPath: "#/properties/extends/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i1, j: j0 },
                  message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                  schema: !0,
                  parentSchema: schema11.properties.extends,
                  data: data1
                };
                vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        }
      } else {
        let err5 = {
          instancePath: instancePath + "/extends",
          schemaPath: "#/properties/extends/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema11.properties.extends.type,
          parentSchema: schema11.properties.extends,
          data: data1
        };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.fail_on !== void 0) {
      let data3 = data.fail_on;
      if (typeof data3 != "string") {
        let err6 = {
          instancePath: instancePath + "/fail_on",
          schemaPath: "#/properties/fail_on/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties.fail_on.type,
          parentSchema: schema11.properties.fail_on,
          data: data3
        };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
      if (!(data3 === "critical" || data3 === "high" || data3 === "medium" || data3 === "low" || data3 === "info")) {
        let err7 = {
          instancePath: instancePath + "/fail_on",
          schemaPath: "#/properties/fail_on/enum",
          keyword: "enum",
          params: { allowedValues: schema11.properties.fail_on.enum },
          message: "must be equal to one of the allowed values",
          schema: schema11.properties.fail_on.enum,
          parentSchema: schema11.properties.fail_on,
          data: data3
        };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.max_file_size !== void 0) {
      let data4 = data.max_file_size;
      if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4) && isFinite(data4)) && typeof data4 != "string") {
        let err8 = {
          instancePath: instancePath + "/max_file_size",
          schemaPath: "#/properties/max_file_size/type",
          keyword: "type",
          params: { type: schema11.properties.max_file_size.type },
          message: "must be integer,string",
          schema: schema11.properties.max_file_size.type,
          parentSchema: schema11.properties.max_file_size,
          data: data4
        };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (typeof data4 == "number" && isFinite(data4) && (data4 < 1 || isNaN(data4))) {
        let err9 = {
          instancePath: instancePath + "/max_file_size",
          schemaPath: "#/properties/max_file_size/minimum",
          keyword: "minimum",
          params: { comparison: ">=", limit: 1 },
          message: "must be >= 1",
          schema: 1,
          parentSchema: schema11.properties.max_file_size,
          data: data4
        };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (typeof data4 == "string" && !pattern1.test(data4)) {
        let err10 = {
          instancePath: instancePath + "/max_file_size",
          schemaPath: "#/properties/max_file_size/pattern",
          keyword: "pattern",
          params: { pattern: "^\\s*[0-9]+(?:\\.[0-9]+)?\\s*(?:[kKmMgG]i?[bB]?|[bB])?\\s*$" },
          message: 'must match pattern "^\\s*[0-9]+(?:\\.[0-9]+)?\\s*(?:[kKmMgG]i?[bB]?|[bB])?\\s*$"',
          schema: "^\\s*[0-9]+(?:\\.[0-9]+)?\\s*(?:[kKmMgG]i?[bB]?|[bB])?\\s*$",
          parentSchema: schema11.properties.max_file_size,
          data: data4
        };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.disable !== void 0) {
      let data5 = data.disable;
      if (Array.isArray(data5)) {
        let len1 = data5.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data6 = data5[i2];
          if (typeof data6 == "string") {
            if (!pattern0.test(data6)) {
              let err11 = {
                instancePath: instancePath + "/disable/" + i2,
                schemaPath: "#/properties/disable/items/pattern",
                keyword: "pattern",
                params: { pattern: "\\S" },
                message: 'must match pattern "\\S"',
                schema: "\\S",
                parentSchema: schema11.properties.disable.items,
                data: data6
              };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = {
              instancePath: instancePath + "/disable/" + i2,
              schemaPath: "#/properties/disable/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.disable.items.type,
              parentSchema: schema11.properties.disable.items,
              data: data6
            };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        let i3 = data5.length, j1;
        if (i3 > 1) {
          let indices1 = {};
          for (; i3--; ) {
            let item1 = data5[i3];
            if (typeof item1 == "string") {
              if (typeof indices1[item1] == "number") {
                j1 = indices1[item1];
                let err13 = {
                  instancePath: instancePath + "/disable",
                  schemaPath: "#/properties/disable/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i3, j: j1 },
                  message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)",
                  schema: !0,
                  parentSchema: schema11.properties.disable,
                  data: data5
                };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                break;
              }
              indices1[item1] = i3;
            }
          }
        }
      } else {
        let err14 = {
          instancePath: instancePath + "/disable",
          schemaPath: "#/properties/disable/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema11.properties.disable.type,
          parentSchema: schema11.properties.disable,
          data: data5
        };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data7 = data.rules;
      if (Array.isArray(data7)) {
        let len2 = data7.length;
        for (let i4 = 0; i4 < len2; i4++) {
          let data8 = data7[i4];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.id === void 0) {
              let err15 = {
                instancePath: instancePath + "/rules/" + i4,
                schemaPath: "#/properties/rules/items/required",
                keyword: "required",
                params: { missingProperty: "id" },
                message: "must have required property 'id'",
                schema: schema11.properties.rules.items.required,
                parentSchema: schema11.properties.rules.items,
                data: data8
              };
              vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
            }
            if (data8.title === void 0) {
              let err16 = {
                instancePath: instancePath + "/rules/" + i4,
                schemaPath: "#/properties/rules/items/required",
                keyword: "required",
                params: { missingProperty: "title" },
                message: "must have required property 'title'",
                schema: schema11.properties.rules.items.required,
                parentSchema: schema11.properties.rules.items,
                data: data8
              };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
            if (data8.keywords === void 0) {
              let err17 = {
                instancePath: instancePath + "/rules/" + i4,
                schemaPath: "#/properties/rules/items/required",
                keyword: "required",
                params: { missingProperty: "keywords" },
                message: "must have required property 'keywords'",
                schema: schema11.properties.rules.items.required,
                parentSchema: schema11.properties.rules.items,
                data: data8
              };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            if (data8.regex === void 0) {
              let err18 = {
                instancePath: instancePath + "/rules/" + i4,
                schemaPath: "#/properties/rules/items/required",
                keyword: "required",
                params: { missingProperty: "regex" },
                message: "must have required property 'regex'",
                schema: schema11.properties.rules.items.required,
                parentSchema: schema11.properties.rules.items,
                data: data8
              };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
            for (let key1 in data8)
              if (!func2.call(schema11.properties.rules.items.properties, key1)) {
                let err19 = {
                  instancePath: instancePath + "/rules/" + i4,
                  schemaPath: "#/properties/rules/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                  schema: !1,
                  parentSchema: schema11.properties.rules.items,
                  data: data8
                };
                vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
              }
            if (data8.id !== void 0) {
              let data9 = data8.id;
              if (typeof data9 == "string") {
                if (!pattern3.test(data9)) {
                  let err20 = {
                    instancePath: instancePath + "/rules/" + i4 + "/id",
                    schemaPath: "#/properties/rules/items/properties/id/pattern",
                    keyword: "pattern",
                    params: { pattern: "^secret/[a-z0-9]+(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "^secret/[a-z0-9]+(?:-[a-z0-9]+)*$"',
                    schema: "^secret/[a-z0-9]+(?:-[a-z0-9]+)*$",
                    parentSchema: schema11.properties.rules.items.properties.id,
                    data: data9
                  };
                  vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                }
              } else {
                let err21 = {
                  instancePath: instancePath + "/rules/" + i4 + "/id",
                  schemaPath: "#/properties/rules/items/properties/id/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.rules.items.properties.id.type,
                  parentSchema: schema11.properties.rules.items.properties.id,
                  data: data9
                };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
            if (data8.title !== void 0) {
              let data10 = data8.title;
              if (typeof data10 == "string") {
                if (!pattern0.test(data10)) {
                  let err22 = {
                    instancePath: instancePath + "/rules/" + i4 + "/title",
                    schemaPath: "#/properties/rules/items/properties/title/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.rules.items.properties.title,
                    data: data10
                  };
                  vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                }
              } else {
                let err23 = {
                  instancePath: instancePath + "/rules/" + i4 + "/title",
                  schemaPath: "#/properties/rules/items/properties/title/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.rules.items.properties.title.type,
                  parentSchema: schema11.properties.rules.items.properties.title,
                  data: data10
                };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            }
            if (data8.provider !== void 0) {
              let data11 = data8.provider;
              if (typeof data11 == "string") {
                if (!pattern0.test(data11)) {
                  let err24 = {
                    instancePath: instancePath + "/rules/" + i4 + "/provider",
                    schemaPath: "#/properties/rules/items/properties/provider/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.rules.items.properties.provider,
                    data: data11
                  };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
              } else {
                let err25 = {
                  instancePath: instancePath + "/rules/" + i4 + "/provider",
                  schemaPath: "#/properties/rules/items/properties/provider/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.rules.items.properties.provider.type,
                  parentSchema: schema11.properties.rules.items.properties.provider,
                  data: data11
                };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
            }
            if (data8.description !== void 0) {
              let data12 = data8.description;
              if (typeof data12 == "string") {
                if (!pattern0.test(data12)) {
                  let err26 = {
                    instancePath: instancePath + "/rules/" + i4 + "/description",
                    schemaPath: "#/properties/rules/items/properties/description/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.rules.items.properties.description,
                    data: data12
                  };
                  vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                }
              } else {
                let err27 = {
                  instancePath: instancePath + "/rules/" + i4 + "/description",
                  schemaPath: "#/properties/rules/items/properties/description/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.rules.items.properties.description.type,
                  parentSchema: schema11.properties.rules.items.properties.description,
                  data: data12
                };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            }
            if (data8.severity !== void 0) {
              let data13 = data8.severity;
              if (typeof data13 != "string") {
                let err28 = {
                  instancePath: instancePath + "/rules/" + i4 + "/severity",
                  schemaPath: "#/properties/rules/items/properties/severity/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.rules.items.properties.severity.type,
                  parentSchema: schema11.properties.rules.items.properties.severity,
                  data: data13
                };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
              if (!(data13 === "critical" || data13 === "high" || data13 === "medium" || data13 === "low" || data13 === "info")) {
                let err29 = {
                  instancePath: instancePath + "/rules/" + i4 + "/severity",
                  schemaPath: "#/properties/rules/items/properties/severity/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema11.properties.rules.items.properties.severity.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema11.properties.rules.items.properties.severity.enum,
                  parentSchema: schema11.properties.rules.items.properties.severity,
                  data: data13
                };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
            }
            if (data8.blocking !== void 0) {
              let data14 = data8.blocking;
              if (typeof data14 != "boolean") {
                let err30 = {
                  instancePath: instancePath + "/rules/" + i4 + "/blocking",
                  schemaPath: "#/properties/rules/items/properties/blocking/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema11.properties.rules.items.properties.blocking.type,
                  parentSchema: schema11.properties.rules.items.properties.blocking,
                  data: data14
                };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            }
            if (data8.keywords !== void 0) {
              let data15 = data8.keywords;
              if (Array.isArray(data15)) {
                if (data15.length < 1) {
                  let err31 = {
                    instancePath: instancePath + "/rules/" + i4 + "/keywords",
                    schemaPath: "#/properties/rules/items/properties/keywords/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                    schema: 1,
                    parentSchema: schema11.properties.rules.items.properties.keywords,
                    data: data15
                  };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
                let len3 = data15.length;
                for (let i5 = 0; i5 < len3; i5++) {
                  let data16 = data15[i5];
                  if (typeof data16 == "string") {
                    if (!pattern0.test(data16)) {
                      let err32 = {
                        instancePath: instancePath + "/rules/" + i4 + "/keywords/" + i5,
                        schemaPath: "#/properties/rules/items/properties/keywords/items/pattern",
                        keyword: "pattern",
                        params: { pattern: "\\S" },
                        message: 'must match pattern "\\S"',
                        schema: "\\S",
                        parentSchema: schema11.properties.rules.items.properties.keywords.items,
                        data: data16
                      };
                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                    }
                  } else {
                    let err33 = {
                      instancePath: instancePath + "/rules/" + i4 + "/keywords/" + i5,
                      schemaPath: "#/properties/rules/items/properties/keywords/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema11.properties.rules.items.properties.keywords.items.type,
                      parentSchema: schema11.properties.rules.items.properties.keywords.items,
                      data: data16
                    };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                }
              } else {
                let err34 = {
                  instancePath: instancePath + "/rules/" + i4 + "/keywords",
                  schemaPath: "#/properties/rules/items/properties/keywords/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema11.properties.rules.items.properties.keywords.type,
                  parentSchema: schema11.properties.rules.items.properties.keywords,
                  data: data15
                };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data8.regex !== void 0) {
              let data17 = data8.regex;
              if (typeof data17 == "string") {
                if (!pattern0.test(data17)) {
                  let err35 = {
                    instancePath: instancePath + "/rules/" + i4 + "/regex",
                    schemaPath: "#/properties/rules/items/properties/regex/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.rules.items.properties.regex,
                    data: data17
                  };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              } else {
                let err36 = {
                  instancePath: instancePath + "/rules/" + i4 + "/regex",
                  schemaPath: "#/properties/rules/items/properties/regex/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.rules.items.properties.regex.type,
                  parentSchema: schema11.properties.rules.items.properties.regex,
                  data: data17
                };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data8.flags !== void 0) {
              let data18 = data8.flags;
              if (typeof data18 != "string") {
                let err37 = {
                  instancePath: instancePath + "/rules/" + i4 + "/flags",
                  schemaPath: "#/properties/rules/items/properties/flags/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.rules.items.properties.flags.type,
                  parentSchema: schema11.properties.rules.items.properties.flags,
                  data: data18
                };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
              if (data18 !== "i") {
                let err38 = {
                  instancePath: instancePath + "/rules/" + i4 + "/flags",
                  schemaPath: "#/properties/rules/items/properties/flags/enum",
                  keyword: "enum",
                  params: { allowedValues: schema11.properties.rules.items.properties.flags.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema11.properties.rules.items.properties.flags.enum,
                  parentSchema: schema11.properties.rules.items.properties.flags,
                  data: data18
                };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
            }
            if (data8.entropy !== void 0) {
              let data19 = data8.entropy;
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 > 8 || isNaN(data19)) {
                  let err39 = {
                    instancePath: instancePath + "/rules/" + i4 + "/entropy",
                    schemaPath: "#/properties/rules/items/properties/entropy/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 8 },
                    message: "must be <= 8",
                    schema: 8,
                    parentSchema: schema11.properties.rules.items.properties.entropy,
                    data: data19
                  };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
                if (data19 < 0 || isNaN(data19)) {
                  let err40 = {
                    instancePath: instancePath + "/rules/" + i4 + "/entropy",
                    schemaPath: "#/properties/rules/items/properties/entropy/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema11.properties.rules.items.properties.entropy,
                    data: data19
                  };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
              } else {
                let err41 = {
                  instancePath: instancePath + "/rules/" + i4 + "/entropy",
                  schemaPath: "#/properties/rules/items/properties/entropy/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema11.properties.rules.items.properties.entropy.type,
                  parentSchema: schema11.properties.rules.items.properties.entropy,
                  data: data19
                };
                vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
              }
            }
            if (data8.validator !== void 0) {
              let data20 = data8.validator;
              if (typeof data20 != "string") {
                let err42 = {
                  instancePath: instancePath + "/rules/" + i4 + "/validator",
                  schemaPath: "#/properties/rules/items/properties/validator/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.rules.items.properties.validator.type,
                  parentSchema: schema11.properties.rules.items.properties.validator,
                  data: data20
                };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
              if (!(data20 === "github-checksum" || data20 === "npm-checksum" || data20 === "openai-marker" || data20 === "groq-marker" || data20 === "jwt" || data20 === "private-key" || data20 === "connection-uri" || data20 === "password" || data20 === "gcp-service-account" || data20 === "basic-auth")) {
                let err43 = {
                  instancePath: instancePath + "/rules/" + i4 + "/validator",
                  schemaPath: "#/properties/rules/items/properties/validator/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema11.properties.rules.items.properties.validator.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema11.properties.rules.items.properties.validator.enum,
                  parentSchema: schema11.properties.rules.items.properties.validator,
                  data: data20
                };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            }
            if (data8.allowlist !== void 0) {
              let data21 = data8.allowlist;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                for (let key2 in data21)
                  if (!(key2 === "regexes" || key2 === "stopwords" || key2 === "paths")) {
                    let err44 = {
                      instancePath: instancePath + "/rules/" + i4 + "/allowlist",
                      schemaPath: "#/properties/rules/items/properties/allowlist/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key2 },
                      message: "must NOT have additional properties",
                      schema: !1,
                      parentSchema: schema11.properties.rules.items.properties.allowlist,
                      data: data21
                    };
                    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                  }
                if (data21.regexes !== void 0) {
                  let data22 = data21.regexes;
                  if (Array.isArray(data22)) {
                    let len4 = data22.length;
                    for (let i6 = 0; i6 < len4; i6++) {
                      let data23 = data22[i6];
                      if (typeof data23 == "string") {
                        if (!pattern0.test(data23)) {
                          let err45 = {
                            instancePath: instancePath + "/rules/" + i4 + "/allowlist/regexes/" + i6,
                            schemaPath: "#/properties/rules/items/properties/allowlist/properties/regexes/items/pattern",
                            keyword: "pattern",
                            params: { pattern: "\\S" },
                            message: 'must match pattern "\\S"',
                            schema: "\\S",
                            parentSchema: schema11.properties.rules.items.properties.allowlist.properties.regexes.items,
                            data: data23
                          };
                          vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                        }
                      } else {
                        let err46 = {
                          instancePath: instancePath + "/rules/" + i4 + "/allowlist/regexes/" + i6,
                          schemaPath: "#/properties/rules/items/properties/allowlist/properties/regexes/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema11.properties.rules.items.properties.allowlist.properties.regexes.items.type,
                          parentSchema: schema11.properties.rules.items.properties.allowlist.properties.regexes.items,
                          data: data23
                        };
                        vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                      }
                    }
                  } else {
                    let err47 = {
                      instancePath: instancePath + "/rules/" + i4 + "/allowlist/regexes",
                      schemaPath: "#/properties/rules/items/properties/allowlist/properties/regexes/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema11.properties.rules.items.properties.allowlist.properties.regexes.type,
                      parentSchema: schema11.properties.rules.items.properties.allowlist.properties.regexes,
                      data: data22
                    };
                    vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                  }
                }
                if (data21.stopwords !== void 0) {
                  let data24 = data21.stopwords;
                  if (Array.isArray(data24)) {
                    let len5 = data24.length;
                    for (let i7 = 0; i7 < len5; i7++) {
                      let data25 = data24[i7];
                      if (typeof data25 == "string") {
                        if (!pattern0.test(data25)) {
                          let err48 = {
                            instancePath: instancePath + "/rules/" + i4 + "/allowlist/stopwords/" + i7,
                            schemaPath: "#/properties/rules/items/properties/allowlist/properties/stopwords/items/pattern",
                            keyword: "pattern",
                            params: { pattern: "\\S" },
                            message: 'must match pattern "\\S"',
                            schema: "\\S",
                            parentSchema: schema11.properties.rules.items.properties.allowlist.properties.stopwords.items,
                            data: data25
                          };
                          vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                        }
                      } else {
                        let err49 = {
                          instancePath: instancePath + "/rules/" + i4 + "/allowlist/stopwords/" + i7,
                          schemaPath: "#/properties/rules/items/properties/allowlist/properties/stopwords/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema11.properties.rules.items.properties.allowlist.properties.stopwords.items.type,
                          parentSchema: schema11.properties.rules.items.properties.allowlist.properties.stopwords.items,
                          data: data25
                        };
                        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                      }
                    }
                  } else {
                    let err50 = {
                      instancePath: instancePath + "/rules/" + i4 + "/allowlist/stopwords",
                      schemaPath: "#/properties/rules/items/properties/allowlist/properties/stopwords/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema11.properties.rules.items.properties.allowlist.properties.stopwords.type,
                      parentSchema: schema11.properties.rules.items.properties.allowlist.properties.stopwords,
                      data: data24
                    };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                }
                if (data21.paths !== void 0) {
                  let data26 = data21.paths;
                  if (Array.isArray(data26)) {
                    let len6 = data26.length;
                    for (let i8 = 0; i8 < len6; i8++) {
                      let data27 = data26[i8];
                      if (typeof data27 == "string") {
                        if (!pattern0.test(data27)) {
                          let err51 = {
                            instancePath: instancePath + "/rules/" + i4 + "/allowlist/paths/" + i8,
                            schemaPath: "#/properties/rules/items/properties/allowlist/properties/paths/items/pattern",
                            keyword: "pattern",
                            params: { pattern: "\\S" },
                            message: 'must match pattern "\\S"',
                            schema: "\\S",
                            parentSchema: schema11.properties.rules.items.properties.allowlist.properties.paths.items,
                            data: data27
                          };
                          vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                        }
                      } else {
                        let err52 = {
                          instancePath: instancePath + "/rules/" + i4 + "/allowlist/paths/" + i8,
                          schemaPath: "#/properties/rules/items/properties/allowlist/properties/paths/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema11.properties.rules.items.properties.allowlist.properties.paths.items.type,
                          parentSchema: schema11.properties.rules.items.properties.allowlist.properties.paths.items,
                          data: data27
                        };
                        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                      }
                    }
                  } else {
                    let err53 = {
                      instancePath: instancePath + "/rules/" + i4 + "/allowlist/paths",
                      schemaPath: "#/properties/rules/items/properties/allowlist/properties/paths/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema11.properties.rules.items.properties.allowlist.properties.paths.type,
                      parentSchema: schema11.properties.rules.items.properties.allowlist.properties.paths,
                      data: data26
                    };
                    vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                  }
                }
              } else {
                let err54 = {
                  instancePath: instancePath + "/rules/" + i4 + "/allowlist",
                  schemaPath: "#/properties/rules/items/properties/allowlist/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema11.properties.rules.items.properties.allowlist.type,
                  parentSchema: schema11.properties.rules.items.properties.allowlist,
                  data: data21
                };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
            }
            if (data8.remediation !== void 0) {
              let data28 = data8.remediation;
              if (typeof data28 == "string") {
                if (!pattern0.test(data28)) {
                  let err55 = {
                    instancePath: instancePath + "/rules/" + i4 + "/remediation",
                    schemaPath: "#/properties/rules/items/properties/remediation/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.rules.items.properties.remediation,
                    data: data28
                  };
                  vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                }
              } else {
                let err56 = {
                  instancePath: instancePath + "/rules/" + i4 + "/remediation",
                  schemaPath: "#/properties/rules/items/properties/remediation/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.rules.items.properties.remediation.type,
                  parentSchema: schema11.properties.rules.items.properties.remediation,
                  data: data28
                };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
            if (data8.tags !== void 0) {
              let data29 = data8.tags;
              if (Array.isArray(data29)) {
                let len7 = data29.length;
                for (let i9 = 0; i9 < len7; i9++) {
                  let data30 = data29[i9];
                  if (typeof data30 == "string") {
                    if (!pattern0.test(data30)) {
                      let err57 = {
                        instancePath: instancePath + "/rules/" + i4 + "/tags/" + i9,
                        schemaPath: "#/properties/rules/items/properties/tags/items/pattern",
                        keyword: "pattern",
                        params: { pattern: "\\S" },
                        message: 'must match pattern "\\S"',
                        schema: "\\S",
                        parentSchema: schema11.properties.rules.items.properties.tags.items,
                        data: data30
                      };
                      vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                    }
                  } else {
                    let err58 = {
                      instancePath: instancePath + "/rules/" + i4 + "/tags/" + i9,
                      schemaPath: "#/properties/rules/items/properties/tags/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema11.properties.rules.items.properties.tags.items.type,
                      parentSchema: schema11.properties.rules.items.properties.tags.items,
                      data: data30
                    };
                    vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                  }
                }
              } else {
                let err59 = {
                  instancePath: instancePath + "/rules/" + i4 + "/tags",
                  schemaPath: "#/properties/rules/items/properties/tags/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema11.properties.rules.items.properties.tags.type,
                  parentSchema: schema11.properties.rules.items.properties.tags,
                  data: data29
                };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            }
            if (data8.examples !== void 0) {
              let data31 = data8.examples;
              if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                if (data31.positive === void 0) {
                  let err60 = {
                    instancePath: instancePath + "/rules/" + i4 + "/examples",
                    schemaPath: "#/properties/rules/items/properties/examples/required",
                    keyword: "required",
                    params: { missingProperty: "positive" },
                    message: "must have required property 'positive'",
                    schema: schema11.properties.rules.items.properties.examples.required,
                    parentSchema: schema11.properties.rules.items.properties.examples,
                    data: data31
                  };
                  vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                }
                if (data31.negative === void 0) {
                  let err61 = {
                    instancePath: instancePath + "/rules/" + i4 + "/examples",
                    schemaPath: "#/properties/rules/items/properties/examples/required",
                    keyword: "required",
                    params: { missingProperty: "negative" },
                    message: "must have required property 'negative'",
                    schema: schema11.properties.rules.items.properties.examples.required,
                    parentSchema: schema11.properties.rules.items.properties.examples,
                    data: data31
                  };
                  vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                }
                for (let key3 in data31)
                  if (!(key3 === "positive" || key3 === "negative")) {
                    let err62 = {
                      instancePath: instancePath + "/rules/" + i4 + "/examples",
                      schemaPath: "#/properties/rules/items/properties/examples/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key3 },
                      message: "must NOT have additional properties",
                      schema: !1,
                      parentSchema: schema11.properties.rules.items.properties.examples,
                      data: data31
                    };
                    vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                  }
                if (data31.positive !== void 0) {
                  let data32 = data31.positive;
                  if (Array.isArray(data32)) {
                    let len8 = data32.length;
                    for (let i10 = 0; i10 < len8; i10++) {
                      let data33 = data32[i10];
                      if (typeof data33 == "string") {
                        if (!pattern0.test(data33)) {
                          let err63 = {
                            instancePath: instancePath + "/rules/" + i4 + "/examples/positive/" + i10,
                            schemaPath: "#/properties/rules/items/properties/examples/properties/positive/items/pattern",
                            keyword: "pattern",
                            params: { pattern: "\\S" },
                            message: 'must match pattern "\\S"',
                            schema: "\\S",
                            parentSchema: schema11.properties.rules.items.properties.examples.properties.positive.items,
                            data: data33
                          };
                          vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                        }
                      } else {
                        let err64 = {
                          instancePath: instancePath + "/rules/" + i4 + "/examples/positive/" + i10,
                          schemaPath: "#/properties/rules/items/properties/examples/properties/positive/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema11.properties.rules.items.properties.examples.properties.positive.items.type,
                          parentSchema: schema11.properties.rules.items.properties.examples.properties.positive.items,
                          data: data33
                        };
                        vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                      }
                    }
                  } else {
                    let err65 = {
                      instancePath: instancePath + "/rules/" + i4 + "/examples/positive",
                      schemaPath: "#/properties/rules/items/properties/examples/properties/positive/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema11.properties.rules.items.properties.examples.properties.positive.type,
                      parentSchema: schema11.properties.rules.items.properties.examples.properties.positive,
                      data: data32
                    };
                    vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                  }
                }
                if (data31.negative !== void 0) {
                  let data34 = data31.negative;
                  if (Array.isArray(data34)) {
                    let len9 = data34.length;
                    for (let i11 = 0; i11 < len9; i11++) {
                      let data35 = data34[i11];
                      if (typeof data35 == "string") {
                        if (!pattern0.test(data35)) {
                          let err66 = {
                            instancePath: instancePath + "/rules/" + i4 + "/examples/negative/" + i11,
                            schemaPath: "#/properties/rules/items/properties/examples/properties/negative/items/pattern",
                            keyword: "pattern",
                            params: { pattern: "\\S" },
                            message: 'must match pattern "\\S"',
                            schema: "\\S",
                            parentSchema: schema11.properties.rules.items.properties.examples.properties.negative.items,
                            data: data35
                          };
                          vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                        }
                      } else {
                        let err67 = {
                          instancePath: instancePath + "/rules/" + i4 + "/examples/negative/" + i11,
                          schemaPath: "#/properties/rules/items/properties/examples/properties/negative/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema11.properties.rules.items.properties.examples.properties.negative.items.type,
                          parentSchema: schema11.properties.rules.items.properties.examples.properties.negative.items,
                          data: data35
                        };
                        vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                      }
                    }
                  } else {
                    let err68 = {
                      instancePath: instancePath + "/rules/" + i4 + "/examples/negative",
                      schemaPath: "#/properties/rules/items/properties/examples/properties/negative/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema11.properties.rules.items.properties.examples.properties.negative.type,
                      parentSchema: schema11.properties.rules.items.properties.examples.properties.negative,
                      data: data34
                    };
                    vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                  }
                }
              } else {
                let err69 = {
                  instancePath: instancePath + "/rules/" + i4 + "/examples",
                  schemaPath: "#/properties/rules/items/properties/examples/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema11.properties.rules.items.properties.examples.type,
                  parentSchema: schema11.properties.rules.items.properties.examples,
                  data: data31
                };
                vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
              }
            }
            if (data8.locked !== void 0) {
              let data36 = data8.locked;
              if (typeof data36 != "boolean") {
                let err70 = {
                  instancePath: instancePath + "/rules/" + i4 + "/locked",
                  schemaPath: "#/properties/rules/items/properties/locked/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema11.properties.rules.items.properties.locked.type,
                  parentSchema: schema11.properties.rules.items.properties.locked,
                  data: data36
                };
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              }
            }
          } else {
            let err71 = {
              instancePath: instancePath + "/rules/" + i4,
              schemaPath: "#/properties/rules/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.rules.items.type,
              parentSchema: schema11.properties.rules.items,
              data: data8
            };
            vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
          }
        }
      } else {
        let err72 = {
          instancePath: instancePath + "/rules",
          schemaPath: "#/properties/rules/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema11.properties.rules.type,
          parentSchema: schema11.properties.rules,
          data: data7
        };
        vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data37 = data.overrides;
      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
        for (let key4 in data37) {
          let _errs81 = errors;
          if (typeof key4 == "string" && !pattern16.test(key4)) {
            let err73 = {
              instancePath: instancePath + "/overrides",
              schemaPath: "#/properties/overrides/propertyNames/pattern",
              keyword: "pattern",
              params: {
                pattern: "^(?:secret|policy|artifact|personal-data)/[a-z0-9]+(?:-[a-z0-9]+)*$"
              },
              message: 'must match pattern "^(?:secret|policy|artifact|personal-data)/[a-z0-9]+(?:-[a-z0-9]+)*$"',
              schema: "^(?:secret|policy|artifact|personal-data)/[a-z0-9]+(?:-[a-z0-9]+)*$",
              parentSchema: schema11.properties.overrides.propertyNames,
              data: key4,
              propertyName: key4
            };
            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
          }
          var valid26 = _errs81 === errors;
          if (!valid26) {
            let err74 = {
              instancePath: instancePath + "/overrides",
              schemaPath: "#/properties/overrides/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key4 },
              message: "property name must be valid",
              schema: schema11.properties.overrides.propertyNames,
              parentSchema: schema11.properties.overrides,
              data: data37
            };
            vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
          }
        }
        for (let key5 in data37) {
          let data38 = data37[key5];
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (let key6 in data38)
              if (!(key6 === "severity" || key6 === "blocking" || key6 === "locked")) {
                let err75 = {
                  instancePath: instancePath + "/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/overrides/additionalProperties/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key6 },
                  message: "must NOT have additional properties",
                  schema: !1,
                  parentSchema: schema11.properties.overrides.additionalProperties,
                  data: data38
                };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            if (data38.severity !== void 0) {
              let data39 = data38.severity;
              if (typeof data39 != "string") {
                let err76 = {
                  instancePath: instancePath + "/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity",
                  schemaPath: "#/properties/overrides/additionalProperties/properties/severity/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.overrides.additionalProperties.properties.severity.type,
                  parentSchema: schema11.properties.overrides.additionalProperties.properties.severity,
                  data: data39
                };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
              if (!(data39 === "critical" || data39 === "high" || data39 === "medium" || data39 === "low" || data39 === "info")) {
                let err77 = {
                  instancePath: instancePath + "/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/severity",
                  schemaPath: "#/properties/overrides/additionalProperties/properties/severity/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema11.properties.overrides.additionalProperties.properties.severity.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema11.properties.overrides.additionalProperties.properties.severity.enum,
                  parentSchema: schema11.properties.overrides.additionalProperties.properties.severity,
                  data: data39
                };
                vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
              }
            }
            if (data38.blocking !== void 0) {
              let data40 = data38.blocking;
              if (typeof data40 != "boolean") {
                let err78 = {
                  instancePath: instancePath + "/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/blocking",
                  schemaPath: "#/properties/overrides/additionalProperties/properties/blocking/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema11.properties.overrides.additionalProperties.properties.blocking.type,
                  parentSchema: schema11.properties.overrides.additionalProperties.properties.blocking,
                  data: data40
                };
                vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
              }
            }
            if (data38.locked !== void 0) {
              let data41 = data38.locked;
              if (typeof data41 != "boolean") {
                let err79 = {
                  instancePath: instancePath + "/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/locked",
                  schemaPath: "#/properties/overrides/additionalProperties/properties/locked/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema11.properties.overrides.additionalProperties.properties.locked.type,
                  parentSchema: schema11.properties.overrides.additionalProperties.properties.locked,
                  data: data41
                };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            }
          } else {
            let err80 = {
              instancePath: instancePath + "/overrides/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/overrides/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.overrides.additionalProperties.type,
              parentSchema: schema11.properties.overrides.additionalProperties,
              data: data38
            };
            vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
          }
        }
      } else {
        let err81 = {
          instancePath: instancePath + "/overrides",
          schemaPath: "#/properties/overrides/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.overrides.type,
          parentSchema: schema11.properties.overrides,
          data: data37
        };
        vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
      }
    }
    if (data.allowlist !== void 0) {
      let data42 = data.allowlist;
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        for (let key7 in data42)
          if (!(key7 === "regexes" || key7 === "stopwords" || key7 === "paths")) {
            let err82 = {
              instancePath: instancePath + "/allowlist",
              schemaPath: "#/properties/allowlist/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key7 },
              message: "must NOT have additional properties",
              schema: !1,
              parentSchema: schema11.properties.allowlist,
              data: data42
            };
            vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
          }
        if (data42.regexes !== void 0) {
          let data43 = data42.regexes;
          if (Array.isArray(data43)) {
            let len10 = data43.length;
            for (let i12 = 0; i12 < len10; i12++) {
              let data44 = data43[i12];
              if (typeof data44 == "string") {
                if (!pattern0.test(data44)) {
                  let err83 = {
                    instancePath: instancePath + "/allowlist/regexes/" + i12,
                    schemaPath: "#/properties/allowlist/properties/regexes/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.allowlist.properties.regexes.items,
                    data: data44
                  };
                  vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                }
              } else {
                let err84 = {
                  instancePath: instancePath + "/allowlist/regexes/" + i12,
                  schemaPath: "#/properties/allowlist/properties/regexes/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.allowlist.properties.regexes.items.type,
                  parentSchema: schema11.properties.allowlist.properties.regexes.items,
                  data: data44
                };
                vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
              }
            }
          } else {
            let err85 = {
              instancePath: instancePath + "/allowlist/regexes",
              schemaPath: "#/properties/allowlist/properties/regexes/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.allowlist.properties.regexes.type,
              parentSchema: schema11.properties.allowlist.properties.regexes,
              data: data43
            };
            vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
          }
        }
        if (data42.stopwords !== void 0) {
          let data45 = data42.stopwords;
          if (Array.isArray(data45)) {
            let len11 = data45.length;
            for (let i13 = 0; i13 < len11; i13++) {
              let data46 = data45[i13];
              if (typeof data46 == "string") {
                if (!pattern0.test(data46)) {
                  let err86 = {
                    instancePath: instancePath + "/allowlist/stopwords/" + i13,
                    schemaPath: "#/properties/allowlist/properties/stopwords/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.allowlist.properties.stopwords.items,
                    data: data46
                  };
                  vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                }
              } else {
                let err87 = {
                  instancePath: instancePath + "/allowlist/stopwords/" + i13,
                  schemaPath: "#/properties/allowlist/properties/stopwords/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.allowlist.properties.stopwords.items.type,
                  parentSchema: schema11.properties.allowlist.properties.stopwords.items,
                  data: data46
                };
                vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
              }
            }
          } else {
            let err88 = {
              instancePath: instancePath + "/allowlist/stopwords",
              schemaPath: "#/properties/allowlist/properties/stopwords/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.allowlist.properties.stopwords.type,
              parentSchema: schema11.properties.allowlist.properties.stopwords,
              data: data45
            };
            vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
          }
        }
        if (data42.paths !== void 0) {
          let data47 = data42.paths;
          if (Array.isArray(data47)) {
            let len12 = data47.length;
            for (let i14 = 0; i14 < len12; i14++) {
              let data48 = data47[i14];
              if (typeof data48 == "string") {
                if (!pattern0.test(data48)) {
                  let err89 = {
                    instancePath: instancePath + "/allowlist/paths/" + i14,
                    schemaPath: "#/properties/allowlist/properties/paths/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.allowlist.properties.paths.items,
                    data: data48
                  };
                  vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                }
              } else {
                let err90 = {
                  instancePath: instancePath + "/allowlist/paths/" + i14,
                  schemaPath: "#/properties/allowlist/properties/paths/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.allowlist.properties.paths.items.type,
                  parentSchema: schema11.properties.allowlist.properties.paths.items,
                  data: data48
                };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
            }
          } else {
            let err91 = {
              instancePath: instancePath + "/allowlist/paths",
              schemaPath: "#/properties/allowlist/properties/paths/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.allowlist.properties.paths.type,
              parentSchema: schema11.properties.allowlist.properties.paths,
              data: data47
            };
            vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
          }
        }
      } else {
        let err92 = {
          instancePath: instancePath + "/allowlist",
          schemaPath: "#/properties/allowlist/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.allowlist.type,
          parentSchema: schema11.properties.allowlist,
          data: data42
        };
        vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
      }
    }
    if (data.reviews !== void 0) {
      let data49 = data.reviews;
      if (Array.isArray(data49)) {
        let len13 = data49.length;
        for (let i15 = 0; i15 < len13; i15++) {
          let data50 = data49[i15];
          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            if (data50.name === void 0) {
              let err93 = {
                instancePath: instancePath + "/reviews/" + i15,
                schemaPath: "#/properties/reviews/items/required",
                keyword: "required",
                params: { missingProperty: "name" },
                message: "must have required property 'name'",
                schema: schema11.properties.reviews.items.required,
                parentSchema: schema11.properties.reviews.items,
                data: data50
              };
              vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
            }
            if (data50.when === void 0) {
              let err94 = {
                instancePath: instancePath + "/reviews/" + i15,
                schemaPath: "#/properties/reviews/items/required",
                keyword: "required",
                params: { missingProperty: "when" },
                message: "must have required property 'when'",
                schema: schema11.properties.reviews.items.required,
                parentSchema: schema11.properties.reviews.items,
                data: data50
              };
              vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
            }
            if (data50.require === void 0) {
              let err95 = {
                instancePath: instancePath + "/reviews/" + i15,
                schemaPath: "#/properties/reviews/items/required",
                keyword: "required",
                params: { missingProperty: "require" },
                message: "must have required property 'require'",
                schema: schema11.properties.reviews.items.required,
                parentSchema: schema11.properties.reviews.items,
                data: data50
              };
              vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
            }
            for (let key8 in data50)
              if (!(key8 === "name" || key8 === "description" || key8 === "when" || key8 === "require" || key8 === "options")) {
                let err96 = {
                  instancePath: instancePath + "/reviews/" + i15,
                  schemaPath: "#/properties/reviews/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key8 },
                  message: "must NOT have additional properties",
                  schema: !1,
                  parentSchema: schema11.properties.reviews.items,
                  data: data50
                };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
            if (data50.name !== void 0) {
              let data51 = data50.name;
              if (typeof data51 == "string") {
                if (!pattern20.test(data51)) {
                  let err97 = {
                    instancePath: instancePath + "/reviews/" + i15 + "/name",
                    schemaPath: "#/properties/reviews/items/properties/name/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
                    message: 'must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
                    schema: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                    parentSchema: schema11.properties.reviews.items.properties.name,
                    data: data51
                  };
                  vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                }
              } else {
                let err98 = {
                  instancePath: instancePath + "/reviews/" + i15 + "/name",
                  schemaPath: "#/properties/reviews/items/properties/name/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.reviews.items.properties.name.type,
                  parentSchema: schema11.properties.reviews.items.properties.name,
                  data: data51
                };
                vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
              }
            }
            if (data50.description !== void 0) {
              let data52 = data50.description;
              if (typeof data52 == "string") {
                if (!pattern0.test(data52)) {
                  let err99 = {
                    instancePath: instancePath + "/reviews/" + i15 + "/description",
                    schemaPath: "#/properties/reviews/items/properties/description/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.reviews.items.properties.description,
                    data: data52
                  };
                  vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                }
              } else {
                let err100 = {
                  instancePath: instancePath + "/reviews/" + i15 + "/description",
                  schemaPath: "#/properties/reviews/items/properties/description/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.reviews.items.properties.description.type,
                  parentSchema: schema11.properties.reviews.items.properties.description,
                  data: data52
                };
                vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
              }
            }
            if (data50.when !== void 0 && (validate11(data50.when, {
              instancePath: instancePath + "/reviews/" + i15 + "/when",
              parentData: data50,
              parentDataProperty: "when",
              rootData
            }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length)), data50.require !== void 0) {
              let data54 = data50.require;
              if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                for (let key9 in data54)
                  if (!(key9 === "teams" || key9 === "users" || key9 === "count")) {
                    let err101 = {
                      instancePath: instancePath + "/reviews/" + i15 + "/require",
                      schemaPath: "#/properties/reviews/items/properties/require/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key9 },
                      message: "must NOT have additional properties",
                      schema: !1,
                      parentSchema: schema11.properties.reviews.items.properties.require,
                      data: data54
                    };
                    vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                  }
                if (data54.teams !== void 0) {
                  let data55 = data54.teams;
                  if (Array.isArray(data55)) {
                    let len14 = data55.length;
                    for (let i16 = 0; i16 < len14; i16++) {
                      let data56 = data55[i16];
                      if (typeof data56 == "string") {
                        if (!pattern28.test(data56)) {
                          let err102 = {
                            instancePath: instancePath + "/reviews/" + i15 + "/require/teams/" + i16,
                            schemaPath: "#/properties/reviews/items/properties/require/properties/teams/items/pattern",
                            keyword: "pattern",
                            params: {
                              pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
                            },
                            message: 'must match pattern "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"',
                            schema: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$",
                            parentSchema: schema11.properties.reviews.items.properties.require.properties.teams.items,
                            data: data56
                          };
                          vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                        }
                      } else {
                        let err103 = {
                          instancePath: instancePath + "/reviews/" + i15 + "/require/teams/" + i16,
                          schemaPath: "#/properties/reviews/items/properties/require/properties/teams/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema11.properties.reviews.items.properties.require.properties.teams.items.type,
                          parentSchema: schema11.properties.reviews.items.properties.require.properties.teams.items,
                          data: data56
                        };
                        vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                      }
                    }
                  } else {
                    let err104 = {
                      instancePath: instancePath + "/reviews/" + i15 + "/require/teams",
                      schemaPath: "#/properties/reviews/items/properties/require/properties/teams/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema11.properties.reviews.items.properties.require.properties.teams.type,
                      parentSchema: schema11.properties.reviews.items.properties.require.properties.teams,
                      data: data55
                    };
                    vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                  }
                }
                if (data54.users !== void 0) {
                  let data57 = data54.users;
                  if (Array.isArray(data57)) {
                    let len15 = data57.length;
                    for (let i17 = 0; i17 < len15; i17++) {
                      let data58 = data57[i17];
                      if (typeof data58 == "string") {
                        if (!pattern28.test(data58)) {
                          let err105 = {
                            instancePath: instancePath + "/reviews/" + i15 + "/require/users/" + i17,
                            schemaPath: "#/properties/reviews/items/properties/require/properties/users/items/pattern",
                            keyword: "pattern",
                            params: {
                              pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
                            },
                            message: 'must match pattern "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"',
                            schema: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$",
                            parentSchema: schema11.properties.reviews.items.properties.require.properties.users.items,
                            data: data58
                          };
                          vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                        }
                      } else {
                        let err106 = {
                          instancePath: instancePath + "/reviews/" + i15 + "/require/users/" + i17,
                          schemaPath: "#/properties/reviews/items/properties/require/properties/users/items/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string",
                          schema: schema11.properties.reviews.items.properties.require.properties.users.items.type,
                          parentSchema: schema11.properties.reviews.items.properties.require.properties.users.items,
                          data: data58
                        };
                        vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                      }
                    }
                  } else {
                    let err107 = {
                      instancePath: instancePath + "/reviews/" + i15 + "/require/users",
                      schemaPath: "#/properties/reviews/items/properties/require/properties/users/type",
                      keyword: "type",
                      params: { type: "array" },
                      message: "must be array",
                      schema: schema11.properties.reviews.items.properties.require.properties.users.type,
                      parentSchema: schema11.properties.reviews.items.properties.require.properties.users,
                      data: data57
                    };
                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                  }
                }
                if (data54.count !== void 0) {
                  let data59 = data54.count;
                  if (!(typeof data59 == "number" && !(data59 % 1) && !isNaN(data59) && isFinite(data59))) {
                    let err108 = {
                      instancePath: instancePath + "/reviews/" + i15 + "/require/count",
                      schemaPath: "#/properties/reviews/items/properties/require/properties/count/type",
                      keyword: "type",
                      params: { type: "integer" },
                      message: "must be integer",
                      schema: schema11.properties.reviews.items.properties.require.properties.count.type,
                      parentSchema: schema11.properties.reviews.items.properties.require.properties.count,
                      data: data59
                    };
                    vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                  }
                  if (typeof data59 == "number" && isFinite(data59) && (data59 < 1 || isNaN(data59))) {
                    let err109 = {
                      instancePath: instancePath + "/reviews/" + i15 + "/require/count",
                      schemaPath: "#/properties/reviews/items/properties/require/properties/count/minimum",
                      keyword: "minimum",
                      params: { comparison: ">=", limit: 1 },
                      message: "must be >= 1",
                      schema: 1,
                      parentSchema: schema11.properties.reviews.items.properties.require.properties.count,
                      data: data59
                    };
                    vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                  }
                }
              } else {
                let err110 = {
                  instancePath: instancePath + "/reviews/" + i15 + "/require",
                  schemaPath: "#/properties/reviews/items/properties/require/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema11.properties.reviews.items.properties.require.type,
                  parentSchema: schema11.properties.reviews.items.properties.require,
                  data: data54
                };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
            }
            if (data50.options !== void 0) {
              let data60 = data50.options;
              if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                for (let key10 in data60)
                  if (!(key10 === "head_sha_only" || key10 === "changes_requested_blocks")) {
                    let err111 = {
                      instancePath: instancePath + "/reviews/" + i15 + "/options",
                      schemaPath: "#/definitions/reviewOptions/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key10 },
                      message: "must NOT have additional properties",
                      schema: !1,
                      parentSchema: schema13,
                      data: data60
                    };
                    vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                  }
                if (data60.head_sha_only !== void 0) {
                  let data61 = data60.head_sha_only;
                  if (typeof data61 != "boolean") {
                    let err112 = {
                      instancePath: instancePath + "/reviews/" + i15 + "/options/head_sha_only",
                      schemaPath: "#/definitions/reviewOptions/properties/head_sha_only/type",
                      keyword: "type",
                      params: { type: "boolean" },
                      message: "must be boolean",
                      schema: schema13.properties.head_sha_only.type,
                      parentSchema: schema13.properties.head_sha_only,
                      data: data61
                    };
                    vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                  }
                }
                if (data60.changes_requested_blocks !== void 0) {
                  let data62 = data60.changes_requested_blocks;
                  if (typeof data62 != "boolean") {
                    let err113 = {
                      instancePath: instancePath + "/reviews/" + i15 + "/options/changes_requested_blocks",
                      schemaPath: "#/definitions/reviewOptions/properties/changes_requested_blocks/type",
                      keyword: "type",
                      params: { type: "boolean" },
                      message: "must be boolean",
                      schema: schema13.properties.changes_requested_blocks.type,
                      parentSchema: schema13.properties.changes_requested_blocks,
                      data: data62
                    };
                    vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                  }
                }
              } else {
                let err114 = {
                  instancePath: instancePath + "/reviews/" + i15 + "/options",
                  schemaPath: "#/definitions/reviewOptions/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema13.type,
                  parentSchema: schema13,
                  data: data60
                };
                vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
              }
            }
          } else {
            let err115 = {
              instancePath: instancePath + "/reviews/" + i15,
              schemaPath: "#/properties/reviews/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.reviews.items.type,
              parentSchema: schema11.properties.reviews.items,
              data: data50
            };
            vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
          }
        }
      } else {
        let err116 = {
          instancePath: instancePath + "/reviews",
          schemaPath: "#/properties/reviews/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema11.properties.reviews.type,
          parentSchema: schema11.properties.reviews,
          data: data49
        };
        vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
      }
    }
    if (data.review_settings !== void 0) {
      let data63 = data.review_settings;
      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
        for (let key11 in data63)
          if (!(key11 === "security_team" || key11 === "options" || key11 === "codeowners" || key11 === "break_glass")) {
            let err117 = {
              instancePath: instancePath + "/review_settings",
              schemaPath: "#/properties/review_settings/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key11 },
              message: "must NOT have additional properties",
              schema: !1,
              parentSchema: schema11.properties.review_settings,
              data: data63
            };
            vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
          }
        if (data63.security_team !== void 0) {
          let data64 = data63.security_team;
          if (typeof data64 == "string") {
            if (!pattern32.test(data64)) {
              let err118 = {
                instancePath: instancePath + "/review_settings/security_team",
                schemaPath: "#/properties/review_settings/properties/security_team/pattern",
                keyword: "pattern",
                params: { pattern: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" },
                message: 'must match pattern "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"',
                schema: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
                parentSchema: schema11.properties.review_settings.properties.security_team,
                data: data64
              };
              vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
            }
          } else {
            let err119 = {
              instancePath: instancePath + "/review_settings/security_team",
              schemaPath: "#/properties/review_settings/properties/security_team/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.review_settings.properties.security_team.type,
              parentSchema: schema11.properties.review_settings.properties.security_team,
              data: data64
            };
            vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
          }
        }
        if (data63.options !== void 0) {
          let data65 = data63.options;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            for (let key12 in data65)
              if (!(key12 === "head_sha_only" || key12 === "changes_requested_blocks")) {
                let err120 = {
                  instancePath: instancePath + "/review_settings/options",
                  schemaPath: "#/definitions/reviewOptions/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key12 },
                  message: "must NOT have additional properties",
                  schema: !1,
                  parentSchema: schema13,
                  data: data65
                };
                vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
              }
            if (data65.head_sha_only !== void 0) {
              let data66 = data65.head_sha_only;
              if (typeof data66 != "boolean") {
                let err121 = {
                  instancePath: instancePath + "/review_settings/options/head_sha_only",
                  schemaPath: "#/definitions/reviewOptions/properties/head_sha_only/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema13.properties.head_sha_only.type,
                  parentSchema: schema13.properties.head_sha_only,
                  data: data66
                };
                vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
              }
            }
            if (data65.changes_requested_blocks !== void 0) {
              let data67 = data65.changes_requested_blocks;
              if (typeof data67 != "boolean") {
                let err122 = {
                  instancePath: instancePath + "/review_settings/options/changes_requested_blocks",
                  schemaPath: "#/definitions/reviewOptions/properties/changes_requested_blocks/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema13.properties.changes_requested_blocks.type,
                  parentSchema: schema13.properties.changes_requested_blocks,
                  data: data67
                };
                vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
              }
            }
          } else {
            let err123 = {
              instancePath: instancePath + "/review_settings/options",
              schemaPath: "#/definitions/reviewOptions/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema13.type,
              parentSchema: schema13,
              data: data65
            };
            vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
          }
        }
        if (data63.codeowners !== void 0) {
          let data68 = data63.codeowners;
          if (typeof data68 != "string") {
            let err124 = {
              instancePath: instancePath + "/review_settings/codeowners",
              schemaPath: "#/properties/review_settings/properties/codeowners/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.review_settings.properties.codeowners.type,
              parentSchema: schema11.properties.review_settings.properties.codeowners,
              data: data68
            };
            vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
          }
          if (!(data68 === "off" || data68 === "any" || data68 === "every")) {
            let err125 = {
              instancePath: instancePath + "/review_settings/codeowners",
              schemaPath: "#/properties/review_settings/properties/codeowners/enum",
              keyword: "enum",
              params: {
                allowedValues: schema11.properties.review_settings.properties.codeowners.enum
              },
              message: "must be equal to one of the allowed values",
              schema: schema11.properties.review_settings.properties.codeowners.enum,
              parentSchema: schema11.properties.review_settings.properties.codeowners,
              data: data68
            };
            vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
          }
        }
        if (data63.break_glass !== void 0) {
          let data69 = data63.break_glass;
          if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
            if (data69.label === void 0) {
              let err126 = {
                instancePath: instancePath + "/review_settings/break_glass",
                schemaPath: "#/properties/review_settings/properties/break_glass/required",
                keyword: "required",
                params: { missingProperty: "label" },
                message: "must have required property 'label'",
                schema: schema11.properties.review_settings.properties.break_glass.required,
                parentSchema: schema11.properties.review_settings.properties.break_glass,
                data: data69
              };
              vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
            }
            if (data69.teams === void 0) {
              let err127 = {
                instancePath: instancePath + "/review_settings/break_glass",
                schemaPath: "#/properties/review_settings/properties/break_glass/required",
                keyword: "required",
                params: { missingProperty: "teams" },
                message: "must have required property 'teams'",
                schema: schema11.properties.review_settings.properties.break_glass.required,
                parentSchema: schema11.properties.review_settings.properties.break_glass,
                data: data69
              };
              vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
            }
            for (let key13 in data69)
              if (!(key13 === "label" || key13 === "teams" || key13 === "also_waive" || key13 === "follow_up_team")) {
                let err128 = {
                  instancePath: instancePath + "/review_settings/break_glass",
                  schemaPath: "#/properties/review_settings/properties/break_glass/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key13 },
                  message: "must NOT have additional properties",
                  schema: !1,
                  parentSchema: schema11.properties.review_settings.properties.break_glass,
                  data: data69
                };
                vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
              }
            if (data69.label !== void 0) {
              let data70 = data69.label;
              if (typeof data70 == "string") {
                if (!pattern0.test(data70)) {
                  let err129 = {
                    instancePath: instancePath + "/review_settings/break_glass/label",
                    schemaPath: "#/properties/review_settings/properties/break_glass/properties/label/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.review_settings.properties.break_glass.properties.label,
                    data: data70
                  };
                  vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                }
              } else {
                let err130 = {
                  instancePath: instancePath + "/review_settings/break_glass/label",
                  schemaPath: "#/properties/review_settings/properties/break_glass/properties/label/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.review_settings.properties.break_glass.properties.label.type,
                  parentSchema: schema11.properties.review_settings.properties.break_glass.properties.label,
                  data: data70
                };
                vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
              }
            }
            if (data69.teams !== void 0) {
              let data71 = data69.teams;
              if (Array.isArray(data71)) {
                let len16 = data71.length;
                for (let i18 = 0; i18 < len16; i18++) {
                  let data72 = data71[i18];
                  if (typeof data72 == "string") {
                    if (!pattern28.test(data72)) {
                      let err131 = {
                        instancePath: instancePath + "/review_settings/break_glass/teams/" + i18,
                        schemaPath: "#/properties/review_settings/properties/break_glass/properties/teams/items/pattern",
                        keyword: "pattern",
                        params: {
                          pattern: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"
                        },
                        message: 'must match pattern "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$"',
                        schema: "^@?[A-Za-z0-9_.\\[\\]-]+(?:/[A-Za-z0-9_.-]+)?$|^\\$security_team$",
                        parentSchema: schema11.properties.review_settings.properties.break_glass.properties.teams.items,
                        data: data72
                      };
                      vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                    }
                  } else {
                    let err132 = {
                      instancePath: instancePath + "/review_settings/break_glass/teams/" + i18,
                      schemaPath: "#/properties/review_settings/properties/break_glass/properties/teams/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema11.properties.review_settings.properties.break_glass.properties.teams.items.type,
                      parentSchema: schema11.properties.review_settings.properties.break_glass.properties.teams.items,
                      data: data72
                    };
                    vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                  }
                }
              } else {
                let err133 = {
                  instancePath: instancePath + "/review_settings/break_glass/teams",
                  schemaPath: "#/properties/review_settings/properties/break_glass/properties/teams/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema11.properties.review_settings.properties.break_glass.properties.teams.type,
                  parentSchema: schema11.properties.review_settings.properties.break_glass.properties.teams,
                  data: data71
                };
                vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
              }
            }
            if (data69.also_waive !== void 0) {
              let data73 = data69.also_waive;
              if (Array.isArray(data73)) {
                let len17 = data73.length;
                for (let i19 = 0; i19 < len17; i19++) {
                  let data74 = data73[i19];
                  if (typeof data74 == "string") {
                    if (!pattern0.test(data74)) {
                      let err134 = {
                        instancePath: instancePath + "/review_settings/break_glass/also_waive/" + i19,
                        schemaPath: "#/properties/review_settings/properties/break_glass/properties/also_waive/items/pattern",
                        keyword: "pattern",
                        params: { pattern: "\\S" },
                        message: 'must match pattern "\\S"',
                        schema: "\\S",
                        parentSchema: schema11.properties.review_settings.properties.break_glass.properties.also_waive.items,
                        data: data74
                      };
                      vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                    }
                  } else {
                    let err135 = {
                      instancePath: instancePath + "/review_settings/break_glass/also_waive/" + i19,
                      schemaPath: "#/properties/review_settings/properties/break_glass/properties/also_waive/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema11.properties.review_settings.properties.break_glass.properties.also_waive.items.type,
                      parentSchema: schema11.properties.review_settings.properties.break_glass.properties.also_waive.items,
                      data: data74
                    };
                    vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                  }
                }
              } else {
                let err136 = {
                  instancePath: instancePath + "/review_settings/break_glass/also_waive",
                  schemaPath: "#/properties/review_settings/properties/break_glass/properties/also_waive/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema11.properties.review_settings.properties.break_glass.properties.also_waive.type,
                  parentSchema: schema11.properties.review_settings.properties.break_glass.properties.also_waive,
                  data: data73
                };
                vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
              }
            }
            if (data69.follow_up_team !== void 0) {
              let data75 = data69.follow_up_team;
              if (typeof data75 == "string") {
                if (!pattern32.test(data75)) {
                  let err137 = {
                    instancePath: instancePath + "/review_settings/break_glass/follow_up_team",
                    schemaPath: "#/properties/review_settings/properties/break_glass/properties/follow_up_team/pattern",
                    keyword: "pattern",
                    params: { pattern: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" },
                    message: 'must match pattern "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"',
                    schema: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
                    parentSchema: schema11.properties.review_settings.properties.break_glass.properties.follow_up_team,
                    data: data75
                  };
                  vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                }
              } else {
                let err138 = {
                  instancePath: instancePath + "/review_settings/break_glass/follow_up_team",
                  schemaPath: "#/properties/review_settings/properties/break_glass/properties/follow_up_team/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.review_settings.properties.break_glass.properties.follow_up_team.type,
                  parentSchema: schema11.properties.review_settings.properties.break_glass.properties.follow_up_team,
                  data: data75
                };
                vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
              }
            }
          } else {
            let err139 = {
              instancePath: instancePath + "/review_settings/break_glass",
              schemaPath: "#/properties/review_settings/properties/break_glass/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.review_settings.properties.break_glass.type,
              parentSchema: schema11.properties.review_settings.properties.break_glass,
              data: data69
            };
            vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
          }
        }
      } else {
        let err140 = {
          instancePath: instancePath + "/review_settings",
          schemaPath: "#/properties/review_settings/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.review_settings.type,
          parentSchema: schema11.properties.review_settings,
          data: data63
        };
        vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
      }
    }
    if (data.policies !== void 0) {
      let data76 = data.policies;
      if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
        for (let key14 in data76)
          if (!(key14 === "paths" || key14 === "review_interval" || key14 === "warn_before" || key14 === "block" || key14 === "template_phrases" || key14 === "fallback")) {
            let err141 = {
              instancePath: instancePath + "/policies",
              schemaPath: "#/properties/policies/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key14 },
              message: "must NOT have additional properties",
              schema: !1,
              parentSchema: schema11.properties.policies,
              data: data76
            };
            vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
          }
        if (data76.paths !== void 0) {
          let data77 = data76.paths;
          if (Array.isArray(data77)) {
            let len18 = data77.length;
            for (let i20 = 0; i20 < len18; i20++) {
              let data78 = data77[i20];
              if (typeof data78 == "string") {
                if (!pattern0.test(data78)) {
                  let err142 = {
                    instancePath: instancePath + "/policies/paths/" + i20,
                    schemaPath: "#/properties/policies/properties/paths/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.policies.properties.paths.items,
                    data: data78
                  };
                  vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                }
              } else {
                let err143 = {
                  instancePath: instancePath + "/policies/paths/" + i20,
                  schemaPath: "#/properties/policies/properties/paths/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.policies.properties.paths.items.type,
                  parentSchema: schema11.properties.policies.properties.paths.items,
                  data: data78
                };
                vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
              }
            }
            let i21 = data77.length, j2;
            if (i21 > 1) {
              let indices2 = {};
              for (; i21--; ) {
                let item2 = data77[i21];
                if (typeof item2 == "string") {
                  if (typeof indices2[item2] == "number") {
                    j2 = indices2[item2];
                    let err144 = {
                      instancePath: instancePath + "/policies/paths",
                      schemaPath: "#/properties/policies/properties/paths/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i21, j: j2 },
                      message: "must NOT have duplicate items (items ## " + j2 + " and " + i21 + " are identical)",
                      schema: !0,
                      parentSchema: schema11.properties.policies.properties.paths,
                      data: data77
                    };
                    vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                    break;
                  }
                  indices2[item2] = i21;
                }
              }
            }
          } else {
            let err145 = {
              instancePath: instancePath + "/policies/paths",
              schemaPath: "#/properties/policies/properties/paths/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.policies.properties.paths.type,
              parentSchema: schema11.properties.policies.properties.paths,
              data: data77
            };
            vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
          }
        }
        if (data76.review_interval !== void 0) {
          let data79 = data76.review_interval;
          if (typeof data79 == "string") {
            if (!pattern0.test(data79)) {
              let err146 = {
                instancePath: instancePath + "/policies/review_interval",
                schemaPath: "#/properties/policies/properties/review_interval/pattern",
                keyword: "pattern",
                params: { pattern: "\\S" },
                message: 'must match pattern "\\S"',
                schema: "\\S",
                parentSchema: schema11.properties.policies.properties.review_interval,
                data: data79
              };
              vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
            }
          } else {
            let err147 = {
              instancePath: instancePath + "/policies/review_interval",
              schemaPath: "#/properties/policies/properties/review_interval/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.policies.properties.review_interval.type,
              parentSchema: schema11.properties.policies.properties.review_interval,
              data: data79
            };
            vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
          }
        }
        if (data76.warn_before !== void 0) {
          let data80 = data76.warn_before;
          if (typeof data80 == "string") {
            if (!pattern0.test(data80)) {
              let err148 = {
                instancePath: instancePath + "/policies/warn_before",
                schemaPath: "#/properties/policies/properties/warn_before/pattern",
                keyword: "pattern",
                params: { pattern: "\\S" },
                message: 'must match pattern "\\S"',
                schema: "\\S",
                parentSchema: schema11.properties.policies.properties.warn_before,
                data: data80
              };
              vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
            }
          } else {
            let err149 = {
              instancePath: instancePath + "/policies/warn_before",
              schemaPath: "#/properties/policies/properties/warn_before/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.policies.properties.warn_before.type,
              parentSchema: schema11.properties.policies.properties.warn_before,
              data: data80
            };
            vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
          }
        }
        if (data76.block !== void 0) {
          let data81 = data76.block;
          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
            for (let key15 in data81)
              if (!(key15 === "ci" || key15 === "hook")) {
                let err150 = {
                  instancePath: instancePath + "/policies/block",
                  schemaPath: "#/properties/policies/properties/block/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key15 },
                  message: "must NOT have additional properties",
                  schema: !1,
                  parentSchema: schema11.properties.policies.properties.block,
                  data: data81
                };
                vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
              }
            if (data81.ci !== void 0) {
              let data82 = data81.ci;
              if (typeof data82 != "boolean") {
                let err151 = {
                  instancePath: instancePath + "/policies/block/ci",
                  schemaPath: "#/properties/policies/properties/block/properties/ci/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema11.properties.policies.properties.block.properties.ci.type,
                  parentSchema: schema11.properties.policies.properties.block.properties.ci,
                  data: data82
                };
                vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
              }
            }
            if (data81.hook !== void 0) {
              let data83 = data81.hook;
              if (typeof data83 != "boolean") {
                let err152 = {
                  instancePath: instancePath + "/policies/block/hook",
                  schemaPath: "#/properties/policies/properties/block/properties/hook/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema11.properties.policies.properties.block.properties.hook.type,
                  parentSchema: schema11.properties.policies.properties.block.properties.hook,
                  data: data83
                };
                vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
              }
            }
          } else {
            let err153 = {
              instancePath: instancePath + "/policies/block",
              schemaPath: "#/properties/policies/properties/block/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.policies.properties.block.type,
              parentSchema: schema11.properties.policies.properties.block,
              data: data81
            };
            vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
          }
        }
        if (data76.template_phrases !== void 0) {
          let data84 = data76.template_phrases;
          if (Array.isArray(data84)) {
            let len19 = data84.length;
            for (let i22 = 0; i22 < len19; i22++) {
              let data85 = data84[i22];
              if (typeof data85 == "string") {
                if (!pattern0.test(data85)) {
                  let err154 = {
                    instancePath: instancePath + "/policies/template_phrases/" + i22,
                    schemaPath: "#/properties/policies/properties/template_phrases/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.policies.properties.template_phrases.items,
                    data: data85
                  };
                  vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
                }
              } else {
                let err155 = {
                  instancePath: instancePath + "/policies/template_phrases/" + i22,
                  schemaPath: "#/properties/policies/properties/template_phrases/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.policies.properties.template_phrases.items.type,
                  parentSchema: schema11.properties.policies.properties.template_phrases.items,
                  data: data85
                };
                vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
              }
            }
            let i23 = data84.length, j3;
            if (i23 > 1) {
              let indices3 = {};
              for (; i23--; ) {
                let item3 = data84[i23];
                if (typeof item3 == "string") {
                  if (typeof indices3[item3] == "number") {
                    j3 = indices3[item3];
                    let err156 = {
                      instancePath: instancePath + "/policies/template_phrases",
                      schemaPath: "#/properties/policies/properties/template_phrases/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i23, j: j3 },
                      message: "must NOT have duplicate items (items ## " + j3 + " and " + i23 + " are identical)",
                      schema: !0,
                      parentSchema: schema11.properties.policies.properties.template_phrases,
                      data: data84
                    };
                    vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
                    break;
                  }
                  indices3[item3] = i23;
                }
              }
            }
          } else {
            let err157 = {
              instancePath: instancePath + "/policies/template_phrases",
              schemaPath: "#/properties/policies/properties/template_phrases/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.policies.properties.template_phrases.type,
              parentSchema: schema11.properties.policies.properties.template_phrases,
              data: data84
            };
            vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
          }
        }
        if (data76.fallback !== void 0) {
          let data86 = data76.fallback;
          if (typeof data86 != "string") {
            let err158 = {
              instancePath: instancePath + "/policies/fallback",
              schemaPath: "#/properties/policies/properties/fallback/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.policies.properties.fallback.type,
              parentSchema: schema11.properties.policies.properties.fallback,
              data: data86
            };
            vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
          }
          if (!(data86 === "none" || data86 === "git")) {
            let err159 = {
              instancePath: instancePath + "/policies/fallback",
              schemaPath: "#/properties/policies/properties/fallback/enum",
              keyword: "enum",
              params: { allowedValues: schema11.properties.policies.properties.fallback.enum },
              message: "must be equal to one of the allowed values",
              schema: schema11.properties.policies.properties.fallback.enum,
              parentSchema: schema11.properties.policies.properties.fallback,
              data: data86
            };
            vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
          }
        }
      } else {
        let err160 = {
          instancePath: instancePath + "/policies",
          schemaPath: "#/properties/policies/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.policies.type,
          parentSchema: schema11.properties.policies,
          data: data76
        };
        vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
      }
    }
    if (data.fingerprint_salt !== void 0) {
      let data87 = data.fingerprint_salt;
      if (typeof data87 == "string") {
        if (!pattern41.test(data87)) {
          let err161 = {
            instancePath: instancePath + "/fingerprint_salt",
            schemaPath: "#/properties/fingerprint_salt/pattern",
            keyword: "pattern",
            params: { pattern: "^[!-~]{16,256}$" },
            message: 'must match pattern "^[!-~]{16,256}$"',
            schema: "^[!-~]{16,256}$",
            parentSchema: schema11.properties.fingerprint_salt,
            data: data87
          };
          vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
        }
      } else {
        let err162 = {
          instancePath: instancePath + "/fingerprint_salt",
          schemaPath: "#/properties/fingerprint_salt/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties.fingerprint_salt.type,
          parentSchema: schema11.properties.fingerprint_salt,
          data: data87
        };
        vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
      }
    }
    if (data.inline_allow !== void 0) {
      let data88 = data.inline_allow;
      if (typeof data88 != "string") {
        let err163 = {
          instancePath: instancePath + "/inline_allow",
          schemaPath: "#/properties/inline_allow/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties.inline_allow.type,
          parentSchema: schema11.properties.inline_allow,
          data: data88
        };
        vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
      }
      if (!(data88 === "allow" || data88 === "review")) {
        let err164 = {
          instancePath: instancePath + "/inline_allow",
          schemaPath: "#/properties/inline_allow/enum",
          keyword: "enum",
          params: { allowedValues: schema11.properties.inline_allow.enum },
          message: "must be equal to one of the allowed values",
          schema: schema11.properties.inline_allow.enum,
          parentSchema: schema11.properties.inline_allow,
          data: data88
        };
        vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
      }
    }
    if (data.artifacts !== void 0) {
      let data89 = data.artifacts;
      if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
        for (let key16 in data89)
          if (!(key16 === "enabled" || key16 === "approved_paths" || key16 === "block_from_bytes" || key16 === "pickle_allow" || key16 === "review")) {
            let err165 = {
              instancePath: instancePath + "/artifacts",
              schemaPath: "#/properties/artifacts/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key16 },
              message: "must NOT have additional properties",
              schema: !1,
              parentSchema: schema11.properties.artifacts,
              data: data89
            };
            vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
          }
        if (data89.enabled !== void 0) {
          let data90 = data89.enabled;
          if (typeof data90 != "boolean") {
            let err166 = {
              instancePath: instancePath + "/artifacts/enabled",
              schemaPath: "#/properties/artifacts/properties/enabled/type",
              keyword: "type",
              params: { type: "boolean" },
              message: "must be boolean",
              schema: schema11.properties.artifacts.properties.enabled.type,
              parentSchema: schema11.properties.artifacts.properties.enabled,
              data: data90
            };
            vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
          }
        }
        if (data89.approved_paths !== void 0) {
          let data91 = data89.approved_paths;
          if (Array.isArray(data91)) {
            let len20 = data91.length;
            for (let i24 = 0; i24 < len20; i24++) {
              let data92 = data91[i24];
              if (typeof data92 == "string") {
                if (!pattern0.test(data92)) {
                  let err167 = {
                    instancePath: instancePath + "/artifacts/approved_paths/" + i24,
                    schemaPath: "#/properties/artifacts/properties/approved_paths/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.artifacts.properties.approved_paths.items,
                    data: data92
                  };
                  vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
                }
              } else {
                let err168 = {
                  instancePath: instancePath + "/artifacts/approved_paths/" + i24,
                  schemaPath: "#/properties/artifacts/properties/approved_paths/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.artifacts.properties.approved_paths.items.type,
                  parentSchema: schema11.properties.artifacts.properties.approved_paths.items,
                  data: data92
                };
                vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
              }
            }
          } else {
            let err169 = {
              instancePath: instancePath + "/artifacts/approved_paths",
              schemaPath: "#/properties/artifacts/properties/approved_paths/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.artifacts.properties.approved_paths.type,
              parentSchema: schema11.properties.artifacts.properties.approved_paths,
              data: data91
            };
            vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
          }
        }
        if (data89.block_from_bytes !== void 0) {
          let data93 = data89.block_from_bytes;
          if (!(typeof data93 == "number" && !(data93 % 1) && !isNaN(data93) && isFinite(data93)) && typeof data93 != "string") {
            let err170 = {
              instancePath: instancePath + "/artifacts/block_from_bytes",
              schemaPath: "#/properties/artifacts/properties/block_from_bytes/type",
              keyword: "type",
              params: { type: schema11.properties.artifacts.properties.block_from_bytes.type },
              message: "must be integer,string",
              schema: schema11.properties.artifacts.properties.block_from_bytes.type,
              parentSchema: schema11.properties.artifacts.properties.block_from_bytes,
              data: data93
            };
            vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
          }
          if (typeof data93 == "number" && isFinite(data93) && (data93 < 0 || isNaN(data93))) {
            let err171 = {
              instancePath: instancePath + "/artifacts/block_from_bytes",
              schemaPath: "#/properties/artifacts/properties/block_from_bytes/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
              schema: 0,
              parentSchema: schema11.properties.artifacts.properties.block_from_bytes,
              data: data93
            };
            vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
          }
          if (typeof data93 == "string" && !pattern43.test(data93)) {
            let err172 = {
              instancePath: instancePath + "/artifacts/block_from_bytes",
              schemaPath: "#/properties/artifacts/properties/block_from_bytes/pattern",
              keyword: "pattern",
              params: { pattern: "^\\s*\\d+(?:\\.\\d+)?\\s*(?:[kKmMgG]?i?[bB]?)\\s*$" },
              message: 'must match pattern "^\\s*\\d+(?:\\.\\d+)?\\s*(?:[kKmMgG]?i?[bB]?)\\s*$"',
              schema: "^\\s*\\d+(?:\\.\\d+)?\\s*(?:[kKmMgG]?i?[bB]?)\\s*$",
              parentSchema: schema11.properties.artifacts.properties.block_from_bytes,
              data: data93
            };
            vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
          }
        }
        if (data89.pickle_allow !== void 0) {
          let data94 = data89.pickle_allow;
          if (Array.isArray(data94)) {
            let len21 = data94.length;
            for (let i25 = 0; i25 < len21; i25++) {
              let data95 = data94[i25];
              if (typeof data95 == "string") {
                if (!pattern44.test(data95)) {
                  let err173 = {
                    instancePath: instancePath + "/artifacts/pickle_allow/" + i25,
                    schemaPath: "#/properties/artifacts/properties/pickle_allow/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z_][A-Za-z0-9_.]*\\.[A-Za-z_][A-Za-z0-9_]*$" },
                    message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.]*\\.[A-Za-z_][A-Za-z0-9_]*$"',
                    schema: "^[A-Za-z_][A-Za-z0-9_.]*\\.[A-Za-z_][A-Za-z0-9_]*$",
                    parentSchema: schema11.properties.artifacts.properties.pickle_allow.items,
                    data: data95
                  };
                  vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
                }
              } else {
                let err174 = {
                  instancePath: instancePath + "/artifacts/pickle_allow/" + i25,
                  schemaPath: "#/properties/artifacts/properties/pickle_allow/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.artifacts.properties.pickle_allow.items.type,
                  parentSchema: schema11.properties.artifacts.properties.pickle_allow.items,
                  data: data95
                };
                vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
              }
            }
          } else {
            let err175 = {
              instancePath: instancePath + "/artifacts/pickle_allow",
              schemaPath: "#/properties/artifacts/properties/pickle_allow/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.artifacts.properties.pickle_allow.type,
              parentSchema: schema11.properties.artifacts.properties.pickle_allow,
              data: data94
            };
            vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
          }
        }
        if (data89.review !== void 0) {
          let data96 = data89.review, _errs212 = errors, valid67 = !1, _errs213 = errors;
          if (data96 !== !1) {
            let err176 = {
              instancePath: instancePath + "/artifacts/review",
              schemaPath: "#/properties/artifacts/properties/review/anyOf/0/const",
              keyword: "const",
              params: { allowedValue: !1 },
              message: "must be equal to constant",
              schema: !1,
              parentSchema: schema11.properties.artifacts.properties.review.anyOf[0],
              data: data96
            };
            vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
          }
          var _valid0 = _errs213 === errors;
          if (valid67 = valid67 || _valid0, !valid67) {
            let _errs214 = errors;
            if (typeof data96 == "string") {
              if (!pattern45.test(data96)) {
                let err177 = {
                  instancePath: instancePath + "/artifacts/review",
                  schemaPath: "#/properties/artifacts/properties/review/anyOf/1/pattern",
                  keyword: "pattern",
                  params: { pattern: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$|^\\$security_team$" },
                  message: 'must match pattern "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$|^\\$security_team$"',
                  schema: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$|^\\$security_team$",
                  parentSchema: schema11.properties.artifacts.properties.review.anyOf[1],
                  data: data96
                };
                vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
              }
            } else {
              let err178 = {
                instancePath: instancePath + "/artifacts/review",
                schemaPath: "#/properties/artifacts/properties/review/anyOf/1/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema11.properties.artifacts.properties.review.anyOf[1].type,
                parentSchema: schema11.properties.artifacts.properties.review.anyOf[1],
                data: data96
              };
              vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
            }
            var _valid0 = _errs214 === errors;
            if (valid67 = valid67 || _valid0, !valid67) {
              let _errs216 = errors;
              if (Array.isArray(data96)) {
                if (data96.length < 1) {
                  let err179 = {
                    instancePath: instancePath + "/artifacts/review",
                    schemaPath: "#/properties/artifacts/properties/review/anyOf/2/minItems",
                    keyword: "minItems",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 items",
                    schema: 1,
                    parentSchema: schema11.properties.artifacts.properties.review.anyOf[2],
                    data: data96
                  };
                  vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
                }
                let len22 = data96.length;
                for (let i26 = 0; i26 < len22; i26++) {
                  let data97 = data96[i26];
                  if (typeof data97 == "string") {
                    if (!pattern45.test(data97)) {
                      let err180 = {
                        instancePath: instancePath + "/artifacts/review/" + i26,
                        schemaPath: "#/properties/artifacts/properties/review/anyOf/2/items/pattern",
                        keyword: "pattern",
                        params: {
                          pattern: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$|^\\$security_team$"
                        },
                        message: 'must match pattern "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$|^\\$security_team$"',
                        schema: "^@?[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$|^\\$security_team$",
                        parentSchema: schema11.properties.artifacts.properties.review.anyOf[2].items,
                        data: data97
                      };
                      vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
                    }
                  } else {
                    let err181 = {
                      instancePath: instancePath + "/artifacts/review/" + i26,
                      schemaPath: "#/properties/artifacts/properties/review/anyOf/2/items/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema11.properties.artifacts.properties.review.anyOf[2].items.type,
                      parentSchema: schema11.properties.artifacts.properties.review.anyOf[2].items,
                      data: data97
                    };
                    vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
                  }
                }
              } else {
                let err182 = {
                  instancePath: instancePath + "/artifacts/review",
                  schemaPath: "#/properties/artifacts/properties/review/anyOf/2/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array",
                  schema: schema11.properties.artifacts.properties.review.anyOf[2].type,
                  parentSchema: schema11.properties.artifacts.properties.review.anyOf[2],
                  data: data96
                };
                vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
              }
              var _valid0 = _errs216 === errors;
              valid67 = valid67 || _valid0;
            }
          }
          if (valid67)
            errors = _errs212, vErrors !== null && (_errs212 ? vErrors.length = _errs212 : vErrors = null);
          else {
            let err183 = {
              instancePath: instancePath + "/artifacts/review",
              schemaPath: "#/properties/artifacts/properties/review/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf",
              schema: schema11.properties.artifacts.properties.review.anyOf,
              parentSchema: schema11.properties.artifacts.properties.review,
              data: data96
            };
            vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
          }
        }
      } else {
        let err184 = {
          instancePath: instancePath + "/artifacts",
          schemaPath: "#/properties/artifacts/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.artifacts.type,
          parentSchema: schema11.properties.artifacts,
          data: data89
        };
        vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
      }
    }
    if (data.personal_data !== void 0) {
      let data98 = data.personal_data;
      if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
        for (let key17 in data98)
          if (!(key17 === "enabled" || key17 === "approved_paths" || key17 === "min_contacts" || key17 === "min_sensitive" || key17 === "extensions")) {
            let err185 = {
              instancePath: instancePath + "/personal_data",
              schemaPath: "#/properties/personal_data/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key17 },
              message: "must NOT have additional properties",
              schema: !1,
              parentSchema: schema11.properties.personal_data,
              data: data98
            };
            vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
          }
        if (data98.enabled !== void 0) {
          let data99 = data98.enabled;
          if (typeof data99 != "boolean") {
            let err186 = {
              instancePath: instancePath + "/personal_data/enabled",
              schemaPath: "#/properties/personal_data/properties/enabled/type",
              keyword: "type",
              params: { type: "boolean" },
              message: "must be boolean",
              schema: schema11.properties.personal_data.properties.enabled.type,
              parentSchema: schema11.properties.personal_data.properties.enabled,
              data: data99
            };
            vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
          }
        }
        if (data98.approved_paths !== void 0) {
          let data100 = data98.approved_paths;
          if (Array.isArray(data100)) {
            let len23 = data100.length;
            for (let i27 = 0; i27 < len23; i27++) {
              let data101 = data100[i27];
              if (typeof data101 == "string") {
                if (!pattern0.test(data101)) {
                  let err187 = {
                    instancePath: instancePath + "/personal_data/approved_paths/" + i27,
                    schemaPath: "#/properties/personal_data/properties/approved_paths/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "\\S" },
                    message: 'must match pattern "\\S"',
                    schema: "\\S",
                    parentSchema: schema11.properties.personal_data.properties.approved_paths.items,
                    data: data101
                  };
                  vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
                }
              } else {
                let err188 = {
                  instancePath: instancePath + "/personal_data/approved_paths/" + i27,
                  schemaPath: "#/properties/personal_data/properties/approved_paths/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.personal_data.properties.approved_paths.items.type,
                  parentSchema: schema11.properties.personal_data.properties.approved_paths.items,
                  data: data101
                };
                vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
              }
            }
          } else {
            let err189 = {
              instancePath: instancePath + "/personal_data/approved_paths",
              schemaPath: "#/properties/personal_data/properties/approved_paths/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.personal_data.properties.approved_paths.type,
              parentSchema: schema11.properties.personal_data.properties.approved_paths,
              data: data100
            };
            vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
          }
        }
        if (data98.min_contacts !== void 0) {
          let data102 = data98.min_contacts;
          if (!(typeof data102 == "number" && !(data102 % 1) && !isNaN(data102) && isFinite(data102))) {
            let err190 = {
              instancePath: instancePath + "/personal_data/min_contacts",
              schemaPath: "#/properties/personal_data/properties/min_contacts/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema11.properties.personal_data.properties.min_contacts.type,
              parentSchema: schema11.properties.personal_data.properties.min_contacts,
              data: data102
            };
            vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
          }
          if (typeof data102 == "number" && isFinite(data102) && (data102 < 1 || isNaN(data102))) {
            let err191 = {
              instancePath: instancePath + "/personal_data/min_contacts",
              schemaPath: "#/properties/personal_data/properties/min_contacts/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 1 },
              message: "must be >= 1",
              schema: 1,
              parentSchema: schema11.properties.personal_data.properties.min_contacts,
              data: data102
            };
            vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
          }
        }
        if (data98.min_sensitive !== void 0) {
          let data103 = data98.min_sensitive;
          if (!(typeof data103 == "number" && !(data103 % 1) && !isNaN(data103) && isFinite(data103))) {
            let err192 = {
              instancePath: instancePath + "/personal_data/min_sensitive",
              schemaPath: "#/properties/personal_data/properties/min_sensitive/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema11.properties.personal_data.properties.min_sensitive.type,
              parentSchema: schema11.properties.personal_data.properties.min_sensitive,
              data: data103
            };
            vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
          }
          if (typeof data103 == "number" && isFinite(data103) && (data103 < 1 || isNaN(data103))) {
            let err193 = {
              instancePath: instancePath + "/personal_data/min_sensitive",
              schemaPath: "#/properties/personal_data/properties/min_sensitive/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 1 },
              message: "must be >= 1",
              schema: 1,
              parentSchema: schema11.properties.personal_data.properties.min_sensitive,
              data: data103
            };
            vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
          }
        }
        if (data98.extensions !== void 0) {
          let data104 = data98.extensions;
          if (Array.isArray(data104)) {
            let len24 = data104.length;
            for (let i28 = 0; i28 < len24; i28++) {
              let data105 = data104[i28];
              if (typeof data105 == "string") {
                if (!pattern48.test(data105)) {
                  let err194 = {
                    instancePath: instancePath + "/personal_data/extensions/" + i28,
                    schemaPath: "#/properties/personal_data/properties/extensions/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[A-Za-z0-9]+$" },
                    message: 'must match pattern "^[A-Za-z0-9]+$"',
                    schema: "^[A-Za-z0-9]+$",
                    parentSchema: schema11.properties.personal_data.properties.extensions.items,
                    data: data105
                  };
                  vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
                }
              } else {
                let err195 = {
                  instancePath: instancePath + "/personal_data/extensions/" + i28,
                  schemaPath: "#/properties/personal_data/properties/extensions/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.personal_data.properties.extensions.items.type,
                  parentSchema: schema11.properties.personal_data.properties.extensions.items,
                  data: data105
                };
                vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
              }
            }
          } else {
            let err196 = {
              instancePath: instancePath + "/personal_data/extensions",
              schemaPath: "#/properties/personal_data/properties/extensions/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.personal_data.properties.extensions.type,
              parentSchema: schema11.properties.personal_data.properties.extensions,
              data: data104
            };
            vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
          }
        }
      } else {
        let err197 = {
          instancePath: instancePath + "/personal_data",
          schemaPath: "#/properties/personal_data/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.personal_data.type,
          parentSchema: schema11.properties.personal_data,
          data: data98
        };
        vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
      }
    }
    if (data.ai_services !== void 0) {
      let data106 = data.ai_services;
      if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
        for (let key18 in data106)
          if (key18 !== "approved") {
            let err198 = {
              instancePath: instancePath + "/ai_services",
              schemaPath: "#/properties/ai_services/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key18 },
              message: "must NOT have additional properties",
              schema: !1,
              parentSchema: schema11.properties.ai_services,
              data: data106
            };
            vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
          }
        if (data106.approved !== void 0) {
          let data107 = data106.approved;
          if (Array.isArray(data107)) {
            let len25 = data107.length;
            for (let i29 = 0; i29 < len25; i29++) {
              let data108 = data107[i29];
              if (typeof data108 == "string") {
                if (!pattern49.test(data108)) {
                  let err199 = {
                    instancePath: instancePath + "/ai_services/approved/" + i29,
                    schemaPath: "#/properties/ai_services/properties/approved/items/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[a-z0-9][a-z0-9-]*$" },
                    message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"',
                    schema: "^[a-z0-9][a-z0-9-]*$",
                    parentSchema: schema11.properties.ai_services.properties.approved.items,
                    data: data108
                  };
                  vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
                }
              } else {
                let err200 = {
                  instancePath: instancePath + "/ai_services/approved/" + i29,
                  schemaPath: "#/properties/ai_services/properties/approved/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.ai_services.properties.approved.items.type,
                  parentSchema: schema11.properties.ai_services.properties.approved.items,
                  data: data108
                };
                vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
              }
            }
          } else {
            let err201 = {
              instancePath: instancePath + "/ai_services/approved",
              schemaPath: "#/properties/ai_services/properties/approved/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties.ai_services.properties.approved.type,
              parentSchema: schema11.properties.ai_services.properties.approved,
              data: data107
            };
            vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
          }
        }
      } else {
        let err202 = {
          instancePath: instancePath + "/ai_services",
          schemaPath: "#/properties/ai_services/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.ai_services.type,
          parentSchema: schema11.properties.ai_services,
          data: data106
        };
        vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
      }
    }
  } else {
    let err203 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema11.type,
      parentSchema: schema11,
      data
    };
    vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}

// src/config/locate.ts
init_cli_data();
var import_yaml = __toESM(require_dist(), 1);
function pairFor(node, segment) {
  if ((0, import_yaml.isMap)(node))
    return node.items.find(
      (pair) => (0, import_yaml.isPair)(pair) && (0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === String(segment)
    );
}
function locator(contents, lineCounter) {
  let at = (node) => {
    let offset = node?.range?.[0];
    if (offset === void 0) return;
    let { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path, options = {}) => {
    let node = contents, best = at(node);
    for (let [index, segment] of path.entries()) {
      let last = index === path.length - 1;
      if ((0, import_yaml.isSeq)(node))
        node = node.items[Number(segment)];
      else {
        let pair = pairFor(node, segment);
        if (pair === void 0) return best;
        if (last && options.key) return at(pair.key) ?? best;
        if (node = pair.value ?? pair.key, (pair.value === null || (0, import_yaml.isScalar)(pair.value) && pair.value.value === null) && (best = at(pair.key) ?? best, last))
          return best;
      }
      if (node === void 0) return best;
      best = at(node) ?? best;
    }
    return best;
  };
}
function describePath(path) {
  return path.map(
    (segment, index) => typeof segment == "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`
  ).join("");
}
function parsePointer(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^(?:0|[1-9][0-9]*)$/.test(part) ? Number(part) : part);
}

// src/config/schema-errors.ts
init_cli_data();
var TYPE_NAMES = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "empty"
};
function named(path) {
  return path.length === 0 ? "the configuration" : `\`${describePath(path)}\``;
}
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let above = row[j];
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1)), diagonal = above;
    }
  }
  return row[b.length];
}
function suggest(word, allowed) {
  let best, bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (let candidate of allowed) {
    let d = distance(word.toLowerCase(), candidate.toLowerCase());
    d < bestDistance && (best = candidate, bestDistance = d);
  }
  return best;
}
function examples(schema) {
  let list = (schema?.examples ?? []).map((example) => JSON.stringify(example));
  return list.length === 0 ? "" : `, for example ${list.join(" or ")}`;
}
var PATTERN_MEANING = {
  "\\S": "must not be empty",
  "^secret/[a-z0-9]+(?:-[a-z0-9]+)*$": "must be `secret/` followed by a kebab-case name, such as `secret/acme-api-key`",
  "^(?:secret|policy|artifact|personal-data)/[a-z0-9]+(?:-[a-z0-9]+)*$": "must be a rule id: `secret/`, `policy/`, `artifact/` or `personal-data/` followed by a kebab-case name, such as `policy/stale`",
  "^\\s*[0-9]+(?:\\.[0-9]+)?\\s*(?:[kKmMgG]i?[bB]?|[bB])?\\s*$": 'must be a number of bytes or a size such as "2MB" or "512KB"'
};
function typeNames(type) {
  return (type === void 0 ? [] : Array.isArray(type) ? type : [type]).map((t) => TYPE_NAMES[t] ?? t).join(" or ");
}
function describeError(error) {
  let path = parsePointer(error.instancePath), parent = error.parentSchema, params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      let extra = String(params.additionalProperty), allowed = Object.keys(parent?.properties ?? {}), where = path.length === 0 ? "" : ` in ${named(path)}`, guess = suggest(extra, allowed);
      return {
        path: [...path, extra],
        key: !0,
        // A key that does not read as a word (a pasted token) is described, never echoed.
        message: `unknown key ${describeKey(extra, guess !== void 0)}${where}; allowed keys: ${allowed.join(", ")}`,
        ...guess === void 0 ? {} : { hint: `Did you mean \`${guess}\`?` }
      };
    }
    case "enum": {
      let allowed = params.allowedValues.map(String);
      return { path, key: !1, message: `${named(path)} must be one of ${allowed.join(", ")}` };
    }
    case "type": {
      let keys = path.length === 0 ? ` of keys such as ${Object.keys(parent?.properties ?? {}).slice(1, 4).join(", ")}` : "";
      return {
        path,
        key: !1,
        message: `${named(path)} must be ${typeNames(parent?.type)}${keys}`
      };
    }
    case "required":
      return {
        path,
        key: path.length > 0,
        message: `${named(path)} is missing the required key \`${String(params.missingProperty)}\``
      };
    case "pattern": {
      let pattern = String(params.pattern);
      if (error.propertyName !== void 0)
        return {
          path: [...path, error.propertyName],
          key: !0,
          message: `key ${describeKey(error.propertyName)} in ${named(path)} ${PATTERN_MEANING[pattern] ?? `must match ${pattern}`}`
        };
      let meaning = PATTERN_MEANING[pattern] ?? `has an invalid value; ${parent?.description ?? `expected a match for ${pattern}`}${examples(parent)}`;
      return { path, key: !1, message: `${named(path)} ${meaning}` };
    }
    case "minimum":
    case "maximum":
      return {
        path,
        key: !1,
        message: `${named(path)} must be at ${error.keyword === "minimum" ? "least" : "most"} ${String(params.limit)}`
      };
    case "minItems":
      return {
        path,
        key: !1,
        message: `${named(path)} must list at least ${String(params.limit)} ${params.limit === 1 ? "item" : "items"}`
      };
    case "uniqueItems": {
      let [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      return {
        path: [...path, second],
        key: !1,
        message: `${named(path)} lists the same value twice (items ${first} and ${second})`
      };
    }
    default:
      return { path, key: !1, message: `${named(path)} ${error.message ?? "is invalid"}` };
  }
}
function relevantErrors(errors) {
  return errors.filter((error) => error.keyword !== "propertyNames");
}

// src/config/parse.ts
var DEFAULT_REMEDIATION = "Rotate the credential where it was issued, then remove it from the code and load it from the environment or a secret manager.";
function regexProblem(source, flags = "") {
  let regex;
  try {
    regex = new RegExp(source, `g${flags}`);
  } catch (error) {
    return `is not a valid regular expression: ${error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "")}`;
  }
  return regex.lastIndex = 0, regex.test("") ? "matches the empty string, so it would match everywhere" : null;
}
function customRule(raw) {
  let rule = {
    id: raw.id,
    title: raw.title,
    provider: raw.provider ?? "custom",
    description: raw.description ?? raw.title,
    severity: raw.severity ?? "high",
    keywords: raw.keywords,
    regex: raw.regex,
    remediation: raw.remediation ?? DEFAULT_REMEDIATION
  };
  return raw.blocking !== void 0 && (rule.blocking = raw.blocking), raw.flags !== void 0 && (rule.flags = raw.flags), raw.entropy !== void 0 && (rule.entropy = raw.entropy), raw.validator !== void 0 && (rule.validator = raw.validator), raw.allowlist !== void 0 && (rule.allowlist = raw.allowlist), raw.tags !== void 0 && (rule.tags = raw.tags), raw.examples !== void 0 && (rule.examples = raw.examples), rule;
}
function checkSemantics(raw, fail) {
  let check = (path, source, flags) => {
    let problem = regexProblem(source, flags);
    problem !== null && fail(path, `\`${describePath(path)}\` ${problem}`);
  };
  for (let [i, source] of (raw.allowlist?.regexes ?? []).entries())
    check(["allowlist", "regexes", i], source);
  let seen = /* @__PURE__ */ new Map();
  raw.rules?.forEach((rule, i) => {
    let first = seen.get(rule.id);
    first !== void 0 && fail(
      ["rules", i, "id"],
      `rule id \`${rule.id}\` is used twice (rules[${first}] and rules[${i}])`
    ), seen.set(rule.id, i), check(["rules", i, "regex"], rule.regex, rule.flags);
    for (let [j, source] of (rule.allowlist?.regexes ?? []).entries())
      check(["rules", i, "allowlist", "regexes", j], source);
  });
  let central = "only has an effect in a central config that repositories extend (`extends: owner/repo:path@ref`); remove it from this file";
  raw.rules?.forEach((rule, i) => {
    rule.locked !== void 0 && fail(["rules", i, "locked"], `\`rules[${i}].locked\` ${central}`);
  });
  for (let [id, override] of Object.entries(raw.overrides ?? {}))
    override.locked !== void 0 && fail(["overrides", id, "locked"], `\`overrides.${id}.locked\` ${central}`);
  raw.max_file_size !== void 0 && parseSize(raw.max_file_size) === null && fail(["max_file_size"], "`max_file_size` must be at least 1 byte");
  for (let key of ["review_interval", "warn_before"]) {
    let value = raw.policies?.[key];
    value !== void 0 && parseInterval(value) === null && fail(
      ["policies", key],
      `\`policies.${key}\` "${value}" is not an interval; write ${INTERVAL_FORMS}`
    );
  }
}
function policyConfig(raw) {
  let defaults = defaultPolicyConfig();
  return {
    paths: raw?.paths ?? defaults.paths,
    reviewInterval: raw?.review_interval === void 0 ? defaults.reviewInterval : parseInterval(raw.review_interval),
    warnBefore: raw?.warn_before === void 0 ? defaults.warnBefore : parseInterval(raw.warn_before),
    block: {
      ci: raw?.block?.ci ?? defaults.block.ci,
      hook: raw?.block?.hook ?? defaults.block.hook
    },
    templatePhrases: raw?.template_phrases ?? defaults.templatePhrases,
    fallback: raw?.fallback ?? defaults.fallback
  };
}
function parseConfig(text, file) {
  let lineCounter = new import_yaml2.LineCounter(), doc = (0, import_yaml2.parseDocument)(text.replace(/^\uFEFF/, ""), {
    lineCounter,
    prettyErrors: !1,
    uniqueKeys: !0
  }), syntax = doc.errors[0];
  if (syntax !== void 0) {
    let { line, col } = lineCounter.linePos(syntax.pos[0]), reason = syntax.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new ConfigError(file, `invalid YAML: ${reason}`, { line, column: col });
  }
  let locate = locator(doc.contents, lineCounter), fail = (path, message, options = {}) => {
    let position = locate(path, { key: options.key ?? !1 });
    throw new ConfigError(file, message, {
      ...position ?? {},
      ...options.hint === void 0 ? {} : { hint: options.hint }
    });
  }, data;
  try {
    data = doc.contents === null ? {} : doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(file, `invalid YAML: ${error.message.split(`
`)[0]}`, {
      line: 1,
      hint: "Define each anchor (`&name`) before its alias (`*name`), and do not nest aliases to expand the document."
    });
  }
  if (!validate(data)) {
    let problems = relevantErrors(validate.errors ?? []).map(describeError).map((problem) => ({ problem, position: locate(problem.path, { key: problem.key }) })).sort(
      (a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0)
    ), [first, ...rest] = problems;
    if (first !== void 0) {
      let others = rest.map(
        ({ problem, position }) => `${file}${position === void 0 ? "" : `:${position.line}:${position.column}`}: ${problem.message}`
      ), hints = [
        ...first.problem.hint === void 0 ? [] : [first.problem.hint],
        ...others.length === 0 ? [] : [`Also:
${others.join(`
`)}`]
      ];
      throw new ConfigError(file, first.problem.message, {
        ...first.position ?? {},
        ...hints.length === 0 ? {} : { hint: hints.join(`
`) }
      });
    }
  }
  let raw = data;
  checkSemantics(raw, fail), checkReviewSemantics(raw.reviews, raw.review_settings, fail), raw.inline_allow === "review" && raw.review_settings?.security_team === void 0 && fail(
    ["inline_allow"],
    "`inline_allow: review` asks the security team to approve inline allows, but `review_settings.security_team` is not set"
  );
  let defaults = defaultConfig(), config = {
    extends: raw.extends ?? defaults.extends,
    failOn: raw.fail_on ?? defaults.failOn,
    maxFileSize: raw.max_file_size === void 0 ? defaults.maxFileSize : parseSize(raw.max_file_size),
    ...raw.fingerprint_salt === void 0 ? {} : { fingerprintSalt: raw.fingerprint_salt },
    disable: raw.disable ?? [],
    rules: (raw.rules ?? []).map(customRule),
    overrides: raw.overrides ?? {},
    allowlist: {
      paths: raw.allowlist?.paths ?? [],
      regexes: raw.allowlist?.regexes ?? [],
      stopwords: raw.allowlist?.stopwords ?? []
    },
    policies: policyConfig(raw.policies),
    ...raw.reviews === void 0 ? {} : { reviews: raw.reviews },
    ...raw.review_settings === void 0 ? {} : { reviewSettings: raw.review_settings },
    ...raw.inline_allow === void 0 ? {} : { inlineAllow: raw.inline_allow },
    ...guardrailConfig(raw, fail),
    source: { file, sha256: sha256Hex(text) }
  };
  return rememberLocator(config, locate), config;
}
function guardrailConfig(raw, fail) {
  let out = {}, a = raw.artifacts;
  if (a !== void 0) {
    let blockFromBytes = DEFAULT_ARTIFACT_CONFIG.blockFromBytes;
    if (a.block_from_bytes !== void 0 && a.block_from_bytes !== 0) {
      let size = parseSize(a.block_from_bytes);
      size === null && fail(
        ["artifacts", "block_from_bytes"],
        '`artifacts.block_from_bytes` must be a size such as 65536 or "64KB"'
      ), blockFromBytes = size;
    }
    let reviewers = typeof a.review == "string" ? [a.review] : a.review;
    reviewers !== void 0 && reviewers !== !1 && reviewers.includes("$security_team") && raw.review_settings?.security_team === void 0 && fail(
      ["artifacts", "review"],
      "`artifacts.review` names `$security_team`, but `review_settings.security_team` is not set"
    ), out.artifacts = {
      enabled: a.enabled ?? !0,
      approvedPaths: a.approved_paths ?? [],
      blockFromBytes,
      allowImports: a.pickle_allow ?? [],
      ...reviewers === void 0 ? {} : { review: reviewers }
    };
  }
  let p = raw.personal_data;
  return p !== void 0 && (out.personalData = {
    enabled: p.enabled ?? !0,
    approvedPaths: p.approved_paths ?? [],
    minContacts: p.min_contacts ?? DEFAULT_PERSONAL_DATA_CONFIG.minContacts,
    minSensitive: p.min_sensitive ?? DEFAULT_PERSONAL_DATA_CONFIG.minSensitive,
    dataExtensions: (p.extensions ?? DEFAULT_PERSONAL_DATA_CONFIG.dataExtensions).map(
      (ext) => ext.toLowerCase()
    )
  }), raw.ai_services !== void 0 && (out.aiServices = { approved: raw.ai_services.approved ?? [] }), out;
}

export {
  parseConfig
};
