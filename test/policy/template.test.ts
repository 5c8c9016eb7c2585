/** Template leftovers: a valid/invalid table, each leftover with its line and column. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATE_PHRASES,
  defaultPolicyConfig,
  evaluatePolicy,
} from '../../src/core/policy/evaluate.js';
import { findTemplateLeftovers } from '../../src/core/policy/template.js';

const find = (text: string, phrases: string[] = DEFAULT_TEMPLATE_PHRASES) =>
  findTemplateLeftovers(text, phrases).map((l) => l.text);

describe('findTemplateLeftovers', () => {
  it.each([
    ['[Company Name] protects its data.', ['[Company Name]']],
    ['Owned by [COMPANY].', ['[COMPANY]']],
    ['Contact [Insert email address] today.', ['[Insert email address]']],
    ['Approved by [your organisation].', ['[your organisation]']],
    ['<COMPANY> keeps logs.', ['<COMPANY>']],
    ['<COMPANY_NAME> keeps logs.', ['<COMPANY_NAME>']],
    ['Send it to <your security contact>.', ['<your security contact>']],
    ['{{ company_name }} retains data for {{years}} years.', ['{{ company_name }}', '{{years}}']],
    ['Retention: TBD', ['TBD']],
    ['Owner: TBA; TODO: decide', ['TBA', 'TODO']],
    ['Lorem ipsum dolor sit amet.', ['Lorem ipsum']],
    ['Click or tap here to enter text.', ['Click or tap here to enter text']],
    ['Issued by Your Company Name on 1 May.', ['Your Company Name']],
    ['Staff (delete as appropriate) must sign.', ['delete as appropriate']],
    ['Applies to INSERT COMPANY NAME staff.', ['INSERT COMPANY NAME']],
  ])('%j → %j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    ['See [the access policy](./access.md).'],
    ['See [the access policy][access] and [access]: ./access.md'],
    ['- [ ] reviewed\n- [x] approved'],
    ['> [!NOTE]\n> Read this.'],
    ['A <br> line and <details><summary>More</summary></details> and <!-- note -->.'],
    ['Visit <https://example.com>.'],
    ['Use `{{ placeholder }}` in templates and `TBD` markers.'],
    ['```yaml\nowner: TBD\nname: {{ company }}\n```'],
    ['We tidy desks daily; the cabinet is locked.'],
    // Topics a real policy covers are not leftovers: a clear desk rule is ISO 27001 A 7.7.
    ['Keep a clean desk at all times; lock the filing cabinet.'],
    ['# Clear Desk and Clear Screen Policy\n\nStaff leave a clean desk at the end of the day.'],
    ['Enter your password; our company name is on the badge.'],
    ['The standard ISO 27001 applies; TBDs are not allowed... wait, "TBDs" is another word.'],
    ['Our uncleandesk script.'],
  ])('%j has no leftover', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('reports line and column, one report per place', () => {
    const text =
      '---\ntitle: "[Company Name] policy"\n---\n# Policy\n\nIntro.\n  Keep a clean desk, TBD.\n';
    expect(findTemplateLeftovers(text, ['clean desk', 'company name'])).toEqual([
      { line: 2, column: 9, text: '[Company Name]', kind: 'placeholder' },
      { line: 7, column: 10, text: 'clean desk', kind: 'phrase' },
      { line: 7, column: 22, text: 'TBD', kind: 'placeholder' },
    ]);
  });

  it('uses the configured phrases instead of the defaults', () => {
    expect(find('A clean desk and a fax machine.', ['fax machine'])).toEqual(['fax machine']);
    expect(find('Regex chars stay literal: (axb) aab', ['(a.b)', 'a+b'])).toEqual([]);
    expect(find('x (a.b) y', ['a.b'])).toEqual(['a.b']);
  });
});

describe('policy/template-leftover findings', () => {
  it('are blocking findings with their line, column and distinct fingerprints', () => {
    const text =
      '---\nowner: alice\nlast_reviewed: 2025-06-01\n---\n# [Company Name] Security Policy\n\n[Company Name] staff keep a clean desk (delete as appropriate).\n';
    const { entry, findings } = evaluatePolicy(
      { path: 'policies/security.md', text },
      {
        config: defaultPolicyConfig(),
        context: { mode: 'ci', now: new Date('2025-06-15T00:00:00Z') },
      },
    );
    // The register says what the gate says: a document with leftovers is not fresh.
    expect(entry.status).toBe('invalid');
    expect(entry.problems).toEqual(['policy/template-leftover']);
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.blocking])).toEqual([
      ['policy/template-leftover', 5, 3, true],
      ['policy/template-leftover', 7, 1, true],
      ['policy/template-leftover', 7, 41, true],
    ]);
    // The path is the finding's own field; the message does not repeat it.
    expect(findings[0]!.message).toBe(
      'Unresolved placeholder [Company Name]: the template was not adapted.',
    );
    expect(findings[2]!.message).toMatch(
      /^"delete as appropriate" is a phrase from a policy template/,
    );
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
  });
});
