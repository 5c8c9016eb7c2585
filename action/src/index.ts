// The Action's entry point (bundled to action/dist/index.js). `setFailed` is called here and
// nowhere else: when the decision is `block`, or with the one sentence of a failed run.
import '../../src/cli/regex-backstop.js';
import * as core from '@actions/core';
import { run } from './main.js';

const outcome = await run();
if (outcome.failure !== null) core.setFailed(outcome.failure);
