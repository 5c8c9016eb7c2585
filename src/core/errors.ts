/**
 * Errors a user can act on. The CLI prints `message` (and `hint`) without a stack trace and
 * exits 2. Never put a secret into a message.
 */
export class MandateError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MandateError';
    this.hint = options.hint;
  }
}

/** Bad configuration, ignore file, baseline or rule pack: names the file and position. */
export class ConfigError extends MandateError {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(
    file: string,
    reason: string,
    position: { line?: number; column?: number; hint?: string; cause?: unknown } = {},
  ) {
    const where =
      position.line === undefined
        ? file
        : `${file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}`;
    super(`${where}: ${reason}`, {
      ...(position.cause === undefined ? {} : { cause: position.cause }),
      ...(position.hint === undefined ? {} : { hint: position.hint }),
    });
    this.name = 'ConfigError';
    this.file = file;
    this.line = position.line;
    this.column = position.column;
  }
}
