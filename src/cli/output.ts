/**
 * Where a CLI result goes: rendered in the chosen format, written to a file, and paths shown
 * relative to the current directory when they are inside it.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import { MandateError } from '../core/errors.js';
import type { ScanResult } from '../core/types.js';
import { formatJson } from '../reporters/json.js';
import { formatText } from '../reporters/text.js';
import type { Format } from './scan-flags.js';
import { VERSION } from './version.js';

export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export async function render(
  result: ScanResult,
  format: Format,
  options: { color: boolean; quiet?: boolean },
): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return (await import('../reporters/sarif.js')).formatSarif(result, { toolVersion: VERSION });
    case 'markdown':
      return (await import('../reporters/markdown.js')).formatMarkdown(result);
    default:
      return formatText(result, {
        color: options.color,
        ...(options.quiet ? { quiet: true } : {}),
      });
  }
}

export async function writeOutput(file: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (cause) {
    throw new MandateError(`could not write ${file}.`, {
      cause,
      hint: 'Check that the folder is writable.',
    });
  }
}
