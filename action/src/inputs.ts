/**
 * The Action's inputs (action.yml), read and checked: each wrong value is one sentence naming
 * the input and what to write instead.
 */
import * as core from '@actions/core';
import { CONFIG_FILES } from '../../src/config/load.js';
import { MandateError } from '../../src/core/errors.js';
import { SEVERITIES, type Severity } from '../../src/core/types.js';
import type { AnnotationMode } from './annotations.js';
import type { SigningMode } from './signing.js';

export interface Inputs {
  token: string;
  config: string;
  annotations: AnnotationMode;
  sarifFile: string | null;
  evidenceFile: string | null;
  /** `branch`: append each record to the evidence ledger; `off`: the evidence file only. */
  evidenceLedger: 'branch' | 'off';
  /** `owner/repo[@branch]`: the organisation's evidence repository instead of this one. */
  evidenceRepository: string | null;
  /** Sign each ledger record keylessly with Sigstore: `auto` (public repositories), on, off. */
  evidenceSigning: SigningMode;
  failOn: Severity | null;
}

export function readInputs(): Inputs {
  const token = core.getInput('token');
  if (token === '') {
    throw new MandateError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression, verbatim.
      'The `token` input is empty; leave it at its default (`${{ github.token }}`) or pass a token that can read the repository.',
    );
  }
  const annotations = core.getInput('annotations') || 'checks';
  if (annotations !== 'checks' && annotations !== 'commands' && annotations !== 'none') {
    throw new MandateError(
      `The \`annotations\` input is "${annotations}"; use checks, commands or none.`,
    );
  }
  const failOn = core.getInput('fail-on');
  if (failOn !== '' && !SEVERITIES.includes(failOn as Severity)) {
    throw new MandateError(
      `The \`fail-on\` input is "${failOn}"; use one of ${SEVERITIES.join(', ')}, or leave it empty to use the config's fail_on.`,
    );
  }
  // The runner applies action.yml's default (`branch`); an empty input (a test harness that
  // sets only some inputs) leaves the ledger off.
  const evidenceLedger = core.getInput('evidence-ledger') || 'off';
  if (evidenceLedger !== 'branch' && evidenceLedger !== 'off') {
    throw new MandateError(
      `The \`evidence-ledger\` input is "${evidenceLedger}"; use branch or off.`,
    );
  }
  // action.yml's default is `auto`; an empty input (a test harness) leaves signing off.
  const evidenceSigning = core.getInput('evidence-signing') || 'off';
  if (evidenceSigning !== 'auto' && evidenceSigning !== 'on' && evidenceSigning !== 'off') {
    throw new MandateError(
      `The \`evidence-signing\` input is "${evidenceSigning}"; use auto, on or off.`,
    );
  }
  return {
    token,
    evidenceLedger,
    evidenceSigning,
    evidenceRepository: core.getInput('evidence-repository') || null,
    config: core.getInput('config') || CONFIG_FILES[0],
    annotations,
    sarifFile: core.getInput('sarif-file') || null,
    evidenceFile: core.getInput('evidence-file') || null,
    failOn: failOn === '' ? null : (failOn as Severity),
  };
}
