/**
 * libphonenumber-js's validity check for numbers written in international or US form: the
 * package's `min` check (`isValidPhoneNumber(candidate, 'US')`), through its `core` entry with
 * the same `min` metadata passed in. The metadata — every country's numbering plan, about 80 KB
 * — is JSON text (`__MANDATE_PHONE_METADATA__`, scripts/packs.mjs: dist/data/ for the CLI, a
 * string in the Action's bundle and the tests) read and parsed on the first candidate checked:
 * JSON.parse costs a fraction of compiling the package's object literal (about 12 ms on every
 * scan that listed a data file), and a scan whose data files hold no phone-shaped value never
 * reads it.
 * Loaded (imported) only once a data file is seen (guardrail-reads.ts `loadPhoneCheck`).
 */
import { isValidPhoneNumber, type MetadataJson } from 'libphonenumber-js/core';
import type { PhoneCheck } from '../core/pii/detect.js';

declare const __MANDATE_PHONE_METADATA__: string;

let metadata: MetadataJson | undefined;

/** Whether `candidate` is a valid phone number, in international form or as a US number. */
export const isPhone: PhoneCheck = (candidate) => {
  metadata ??= JSON.parse(__MANDATE_PHONE_METADATA__) as MetadataJson;
  return isValidPhoneNumber(candidate, 'US', metadata);
};
