/**
 * What a git scope (staged, diff, history) reads whole at a file's revision besides its diff: a
 * Kubernetes Secret manifest, to decode its values (kubernetes.ts), and a test key's sibling
 * certificates (certificates.ts). One pass over the files that waits only for the few that need
 * a read — two passes, one per reading, cost a round of promises per file and per pass
 * (`--history` yields some 20,000 files).
 */
import type { ChangedFile } from '../core/types.js';
import { attachGitCertificates, wantsCertificates } from './certificates.js';
import { attachSecretValues, gitBlobReader, mayTouchSecret } from './kubernetes.js';

/**
 * The files with their Secret values and certificates read at `rev` (`''`: the index; a
 * function: each file's revision, such as the commit that changed it in a history scan, null
 * for none).
 */
export async function* withGitReads(
  files: AsyncIterable<ChangedFile>,
  repoRoot: string,
  rev: string | ((file: ChangedFile) => string | null),
): AsyncGenerator<ChangedFile> {
  for await (const file of files) {
    const secret = mayTouchSecret(file);
    // Decided on the file as it came: attaching Secret values changes neither its path nor hunks.
    const certificates = wantsCertificates(file);
    if (!secret && !certificates) {
      yield file;
      continue;
    }
    const at = typeof rev === 'string' ? rev : rev(file);
    if (at === null) {
      yield file;
      continue;
    }
    const read = secret ? await attachSecretValues(file, gitBlobReader(repoRoot, at)) : file;
    yield certificates ? await attachGitCertificates(read, repoRoot, at) : read;
  }
}
