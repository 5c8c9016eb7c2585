import { MandateError } from '../core/errors.js';

/**
 * Prints an error as one or two sentences — never a stack trace (set MANDATE_DEBUG=1 for one)
 * — and returns exit code 2.
 */
export function reportFatal(error: unknown): number {
  const debug = process.env.MANDATE_DEBUG === '1';
  if (error instanceof MandateError) {
    process.stderr.write(`mandate: ${error.message}\n`);
    if (error.hint) process.stderr.write(`  ${error.hint}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `mandate: internal error: ${message}\n  This is a bug in mandate; nothing was approved. Re-run with MANDATE_DEBUG=1 and report it.\n`,
    );
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return 2;
}
