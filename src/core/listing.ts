/**
 * The listing of a change: the facts about each changed file that families other than the
 * secret family need — path, old path, status, added lines, whether the source read it — kept
 * in one place, apart from the file contents that only the secret family reads.
 *
 * A source yields each changed file once (a pull request of 3,000 files is never held whole),
 * so the listing is taken as the change set streams (`changeSet`), and keeps only what the
 * run's declared needs ask for (`Need`, core/family.ts):
 *
 * - `pull-request` (the review family): every file, with its added lines (path and content
 *   predicates, CODEOWNERS);
 * - `policy-documents` (the policy family, and the note that a change modifies the policy):
 *   the files whose path or old path is one of the policy paths.
 *
 * After the stream has run, `files` and `touches` answer the families.
 */
import type { Need } from './family.js';
import { pullFile } from './review/collect.js';
import type { PullFile } from './review/types.js';
import type { ChangedFile, ChangeSet } from './types.js';

export class ChangeListing {
  readonly #files: PullFile[] = [];
  readonly #everyFile: boolean;
  readonly #watched: ReadonlySet<string>;

  constructor(needs: readonly Need[], policyPaths: readonly string[] = []) {
    this.#everyFile = needs.includes('pull-request');
    this.#watched = new Set(needs.includes('policy-documents') ? policyPaths : []);
  }

  /** `changeSet` with the same files, listed here as they stream by. */
  changeSet(changeSet: ChangeSet): ChangeSet {
    return { ...changeSet, files: this.#list(changeSet.files) };
  }

  async *#list(files: AsyncIterable<ChangedFile>): AsyncGenerator<ChangedFile> {
    for await (const file of files) {
      if (file.continued === true) this.#continue(file);
      else if (this.#everyFile) this.#files.push(pullFile(file, true));
      else if (this.#isWatched(file)) this.#files.push(pullFile(file, false));
      yield file;
    }
  }

  /**
   * A later piece of a file read in overlapping pieces (ChangedFile.continued): its added
   * lines past those already listed join the file's one entry.
   */
  #continue(file: ChangedFile): void {
    const listed = this.#files.findLast((listedFile) => listedFile.path === file.path);
    if (listed === undefined || !this.#everyFile) return;
    const last = listed.added[listed.added.length - 1]?.line ?? 0;
    for (const added of pullFile(file, true).added) if (added.line > last) listed.added.push(added);
  }

  #isWatched(file: { path: string; oldPath?: string }): boolean {
    return (
      this.#watched.has(file.path) ||
      (file.oldPath !== undefined && this.#watched.has(file.oldPath))
    );
  }

  /** The changed files the listing kept (every one under the `pull-request` need). */
  get files(): PullFile[] {
    return this.#files;
  }

  /** The policy paths the change modifies (by path or old path), sorted. */
  touches(): string[] {
    const touched = new Set<string>();
    for (const file of this.#files) {
      if (this.#watched.has(file.path)) touched.add(file.path);
      if (file.oldPath !== undefined && this.#watched.has(file.oldPath)) touched.add(file.oldPath);
    }
    return [...touched].sort();
  }
}
