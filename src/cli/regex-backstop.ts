/**
 * Imported first by the CLI and the Action: V8 re-runs a regex that backtracks excessively on
 * its linear-time engine instead of hanging. A backstop behind the ReDoS checks (built-in
 * patterns in test/rules/redos.test.ts, user patterns at config load) and the per-file time
 * budget, not a fix: patterns with lookbehind or backreferences cannot use that engine. V8
 * reads the flag when a regex runs, so setting it after start-up takes effect (V8 flags are
 * per process: scan workers share it).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
