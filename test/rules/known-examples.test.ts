/**
 * Issue 14 item 5, precision: documented public example keys do not block. The sample Google
 * API keys of Firebase's Android SDK (copied into countless google-services.json files and
 * tests) are known examples, like AWS's documented example keys; a real-looking key of the same
 * shape still blocks. The values are built here from their parts.
 */
import { describe, expect, test } from 'vitest';
import { compileRules } from '../../src/core/secret/compile.js';
import { scanFile } from '../../src/core/secret/scan-file.js';
import { addedFile } from '../../src/rules/example-cases.js';
import { builtinPacks } from '../../src/rules/packs.js';
import { compose } from '../support/compose.js';

const compiled = compileRules(
  builtinPacks().flatMap((pack) => pack.rules),
  { allowlist: { paths: [], regexes: [], stopwords: [] }, overrides: {} },
);

function scan(text: string, path: string) {
  return scanFile(addedFile(path, text), compiled);
}

/** The Firebase Android SDK's sample keys, as `AIza` + the rest. */
const FIREBASE_SAMPLES = [
  'SyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'SyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
  'SyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'SyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'yDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'SyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'SyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'SyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
  'SyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'SyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
  'SyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'SyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'SyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'SyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
  'SyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
].map((rest) => `AIza${rest}`);

const servicesJson = (key: string) =>
  `{\n  "client": [\n    {\n      "api_key": [\n        {\n          "current_key": "${key}"\n        }\n      ]\n    }\n  ]\n}\n`;

describe("Firebase's sample Android API keys are known examples", () => {
  test.each(FIREBASE_SAMPLES)('%s in google-services.json reports nothing', (key) => {
    expect(scan(servicesJson(key), 'app/google-services.json')).toEqual([]);
  });

  test('a real-looking key of the same shape still blocks', () => {
    for (const seed of [1, 2, 3]) {
      const key = compose('{{lit:AIzaSy}}{{base64url:33}}', seed);
      expect(key).toHaveLength(39);
      const findings = scan(servicesJson(key), 'app/google-services.json');
      expect(
        findings.map((f) => [f.ruleId, f.blocking]),
        key.slice(0, 6),
      ).toEqual([['secret/google-api-key', true]]);
    }
  });
});
