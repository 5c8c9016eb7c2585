/**
 * The `ai-services` pack (rules/ai-services.yml): a new AI SDK dependency in any ecosystem's
 * manifest, or new code naming an AI API host, needs the security team — one requirement per
 * service, named after it; `ai_services.approved` exempts a service.
 */

import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { resolveReviewRequirements } from '../../src/config/reviews.js';
import { evaluateReviews } from '../../src/core/review/evaluate.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { reviewFamily, reviewPackTables, ruleTester } from '../support/rule-tester.js';
import { fakeFacts, file } from './fake-facts.js';

const packs = builtinPacks();
const pack = packs.find((p) => p.name === 'ai-services')!;

const CONFIG = `extends: [recommended, reviews-recommended, ai-services]
review_settings:
  security_team: acme/security
`;

function requirementsFor(text: string) {
  return resolveReviewRequirements(parseConfig(text, '.mandate.yml'), packs);
}

async function triggered(path: string, lines: string[], config = CONFIG): Promise<string[]> {
  const results = await evaluateReviews(
    requirementsFor(config),
    fakeFacts({ files: [file(path, lines)] }),
  );
  return results.filter((r) => r.applies === true).map((r) => r.name);
}

describe('the ai-services pack', () => {
  it('is valid `reviews:` config, one requirement per service', () => {
    const schema = JSON.parse(readFileSync('schema/mandate.schema.json', 'utf8'));
    const validate = new Ajv.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ reviews: pack.reviews }), JSON.stringify(validate.errors)).toBe(true);
    const names = pack.reviews!.map((r) => r.name);
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect(names).toContain('ai-service-openai');
    for (const spec of pack.reviews!) {
      expect(spec.require.teams).toEqual(['$security_team']);
      expect(spec.description).toMatch(/introduced/);
    }
  });

  it('supersedes reviews-recommended’s generic ai-sdk-dependency', () => {
    const names = requirementsFor(CONFIG).map((r) => r.spec.name);
    expect(names).not.toContain('ai-sdk-dependency');
    expect(names).toContain('ai-service-anthropic');
  });

  const cases: [string, string, string[]][] = [
    ['ai-service-openai', 'package.json', ['    "openai": "^4.0.0",']],
    ['ai-service-anthropic', 'requirements.txt', ['anthropic==0.34.0']],
    ['ai-service-anthropic', 'web/package.json', ['    "@anthropic-ai/sdk": "^0.30.0"']],
    ['ai-service-openai', 'pyproject.toml', ['  "openai>=1.0",']],
    ['ai-service-google-genai', 'pyproject.toml', ['google-generativeai = "^0.8"']],
    ['ai-service-mistral', 'Pipfile', ['mistralai = "*"']],
    ['ai-service-cohere', 'poetry.lock', ['name = "cohere"']],
    ['ai-service-litellm', 'uv.lock', ['name = "litellm"']],
    ['ai-service-openai', 'go.mod', ['\tgithub.com/sashabaranov/go-openai v1.20.0']],
    ['ai-service-google-genai', 'go.mod', ['\tgoogle.golang.org/genai v1.0.0']],
    ['ai-service-openai', 'Cargo.toml', ['async-openai = "0.23"']],
    ['ai-service-aws-bedrock', 'Cargo.toml', ['[dependencies.aws-sdk-bedrockruntime]']],
    ['ai-service-anthropic', 'pom.xml', ['      <artifactId>anthropic-java</artifactId>']],
    [
      'ai-service-langchain',
      'build.gradle',
      ['    implementation "dev.langchain4j:langchain4j-open-ai:0.35.0"'],
    ],
    ['ai-service-langchain', 'requirements-dev.txt', ['langchain-openai>=0.1']],
    ['ai-service-llamaindex', 'requirements.txt', ['llama-index-core==0.11']],
    ['ai-service-vercel-ai', 'package.json', ['    "@ai-sdk/openai": "^1.0.0",']],
    [
      'ai-service-openai',
      'src/client.py',
      ['    url = "https://api.openai.com/v1/chat/completions"'],
    ],
    [
      'ai-service-anthropic',
      'app/llm.ts',
      ['const r = await fetch(`https://api.anthropic.com/v1/messages`, {'],
    ],
    [
      'ai-service-google-genai',
      'svc/main.go',
      ['\tendpoint := "https://generativelanguage.googleapis.com/v1beta/models"'],
    ],
    [
      'ai-service-azure-openai',
      'src/az.py',
      ['BASE = "https://acme-prod.openai.azure.com/openai/deployments"'],
    ],
    [
      'ai-service-aws-bedrock',
      'src/b.js',
      ['const host = "bedrock-runtime.us-east-1.amazonaws.com";'],
    ],
  ];
  const quiet: [string, string[]][] = [
    ['package.json', ['    "express": "^4.0.0",']],
    ['package.json', ['  "description": "uses openai"']],
    ['requirements.txt', ['requests==2.0']],
    ['pyproject.toml', ['name = "openai-wrapper-docs"']],
    ['README.md', ['Call https://api.openai.com/v1 with your key.']],
    ['src/app.py', ['# see my-api.openai.com.example.org']],
    ['poetry.lock', ['name = "openapi-core"']],
  ];
  // Both tables through the one rule tester (test/support/rule-tester.ts): each case must
  // trigger exactly its requirement, at its line (a content pattern) or by its path (line 0),
  // each quiet one nothing, and no case may appear twice.
  ruleTester(
    'the ai-services pack, case by case',
    reviewFamily(requirementsFor(CONFIG)),
    reviewPackTables(pack, cases, quiet),
  );

  it('an approved service needs no review; an unknown one is a config error', async () => {
    const approved = `${CONFIG}ai_services:\n  approved: [openai]\n`;
    expect(await triggered('package.json', ['    "openai": "^4.0.0",'], approved)).toEqual([]);
    expect(await triggered('requirements.txt', ['anthropic==0.34.0'], approved)).toEqual([
      'ai-service-anthropic',
    ]);
    const twice = `${CONFIG}ai_services:\n  approved: [openai, openai]\n`;
    expect(await triggered('package.json', ['    "openai": "^4.0.0",'], twice)).toEqual([]);
    expect(() => requirementsFor(`${CONFIG}ai_services:\n  approved: [opneai]\n`)).toThrow(
      /`ai_services.approved` names `opneai`, but the ai-services pack has no such service; known: openai, anthropic/,
    );
  });
});
