/**
 * Issue 13's acceptance for the third-party AI family, on real files in a real repository
 * through the built CLI: a `requirements.txt` gaining `anthropic`, a Python file gaining a call
 * to an AI API host and a `package.json` gaining `openai` each need the security team (the hook
 * informs and never blocks); an approved service needs nobody; a change that names no AI
 * service is quiet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { scratch } from '../support/scratch.js';
import { ensureBuilt, mandate } from './helpers.js';

const s = scratch();
beforeAll(ensureBuilt);

const CONFIG = `extends: [recommended, ai-services]
review_settings:
  security_team: acme/security
`;

const BASE = {
  'requirements.txt': 'requests==2.32.3\n',
  'app/llm.py': 'import os\n\n\ndef answer(question):\n    return question\n',
  'package.json': '{\n  "name": "web",\n  "dependencies": {\n    "express": "^4.21.0"\n  }\n}\n',
};

const CHANGE = {
  'requirements.txt': 'requests==2.32.3\nanthropic==0.39.0\n',
  'app/llm.py':
    'import os\n\nimport httpx\n\n\ndef answer(question):\n    return httpx.post(\n        "https://api.anthropic.com/v1/messages",\n        json={"messages": [{"role": "user", "content": question}]},\n    ).json()\n',
  'package.json':
    '{\n  "name": "web",\n  "dependencies": {\n    "express": "^4.21.0",\n    "openai": "^4.77.0"\n  }\n}\n',
};

function preview(config: string, change: Record<string, string>) {
  const repo = s.repo();
  repo.commit('init', { '.mandate.yml': config, ...BASE });
  for (const [path, text] of Object.entries(change)) repo.write(path, text);
  repo.git('add', '.');
  return mandate(repo.dir, ['scan', '--staged']);
}

describe('third-party AI services in the pre-commit hook', () => {
  it('an SDK dependency and a call to an AI API host need the security team, never blocking', () => {
    const result = preview(CONFIG, CHANGE);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/not applicable locally/);
    expect(result.stdout).toMatch(
      /review\/ai-service-anthropic will need an approval from @acme\/security on the pull request\..*requirements\.txt:2/,
    );
    expect(result.stdout).toMatch(/review\/ai-service-anthropic.*app\/llm\.py:8/);
    expect(result.stdout).toMatch(
      /review\/ai-service-openai will need an approval from @acme\/security.*package\.json:5/,
    );
  });

  it('an approved service needs nobody; the others still do', () => {
    const result = preview(`${CONFIG}ai_services:\n  approved: [anthropic]\n`, CHANGE);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('review/ai-service-anthropic');
    expect(result.stdout).toContain('review/ai-service-openai');
  });

  it('a change that names no AI service is quiet', () => {
    const result = preview(CONFIG, {
      'requirements.txt': 'requests==2.32.3\nhttpx==0.28.1\n',
      'app/llm.py': `${BASE['app/llm.py']}# see https://docs.example.org/openai-compatible\n`,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('review/ai-service');
  });
});
