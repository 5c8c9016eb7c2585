import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DTS,
  generateValidator,
  outputDts,
  outputJs,
} from '../../scripts/gen-config-validator.mjs';

describe('generated config validator', () => {
  it('is up to date with schema/mandate.schema.json (run node scripts/gen-config-validator.mjs)', () => {
    expect(readFileSync(outputJs, 'utf8')).toBe(generateValidator());
    expect(readFileSync(outputDts, 'utf8')).toBe(DTS);
  });

  it('describes every property with examples, so editors can complete it', () => {
    const schema = JSON.parse(readFileSync('schema/mandate.schema.json', 'utf8'));
    const missing: string[] = [];
    const visit = (node: Record<string, unknown>, path: string) => {
      if (node.type === 'object' && node.additionalProperties !== false && path !== '/overrides') {
        missing.push(`${path}: additionalProperties must be false`);
      }
      for (const [key, child] of Object.entries(
        (node.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (typeof child.description !== 'string') missing.push(`${path}/${key}: description`);
        if (!Array.isArray(child.examples)) missing.push(`${path}/${key}: examples`);
        visit(child, `${path}/${key}`);
      }
      for (const key of ['items', 'additionalProperties'] as const) {
        const child = node[key];
        if (typeof child === 'object' && child !== null)
          visit(child as Record<string, unknown>, `${path}/${key}`);
      }
    };
    visit(schema, '');
    expect(missing).toEqual([]);
  });
});

describe('schema and engine agree', () => {
  it('offers exactly the validators the engine implements', async () => {
    const { VALIDATORS } = await import('../../src/core/secret/validators.js');
    const schema = JSON.parse(readFileSync('schema/mandate.schema.json', 'utf8'));
    const found: string[][] = [];
    const visit = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const validator = (record.properties as Record<string, { enum?: string[] }> | undefined)
        ?.validator;
      if (validator?.enum) found.push(validator.enum);
      for (const child of Object.values(record)) visit(child);
    };
    visit(schema);
    expect(found.length).toBeGreaterThan(0);
    for (const names of found) expect([...names].sort()).toEqual(Object.keys(VALIDATORS).sort());
  });
});
