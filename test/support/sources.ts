/**
 * The project's own TypeScript sources, for the tests that read them (file length, one place
 * for each decision, housekeeping): root-relative paths, `/`-separated and sorted, with every
 * `generated/` folder left out.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** The `.ts` files under each of `dirs` (relative to the root), less generated ones. */
export function tsSources(...dirs: string[]): string[] {
  return dirs
    .flatMap((dir) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
        .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/')),
    )
    .filter((path) => !path.split('/').includes('generated'))
    .sort();
}
