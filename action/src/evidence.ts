/**
 * The evidence record's builder lives in src/evidence/record.ts (one builder for the Action and
 * the CLI); this module keeps the Action's import path.
 */
export {
  buildEvidence,
  EVIDENCE_SCHEMA_ID,
  EVIDENCE_VERSION,
  type EvidenceRecord,
  type ProtectionSnapshot,
} from '../../src/evidence/record.js';
