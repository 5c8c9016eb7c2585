/**
 * Certificate texts for a file that holds a private key under a test path, so that the engine
 * can tell a test fixture (a key and its localhost certificate) from a real key
 * (src/core/secret/key-pairing.ts). The I/O is here, at the edge: the engine only pairs.
 *
 * Where certificates are looked for: the key's own folder and the folders above it that are
 * still test folders (tests/fixtures/tls, tests/fixtures, tests), non-recursively; files named
 * *.crt, *.cer, *.cert or *.pem that hold `BEGIN CERTIFICATE`. A directory scan reads them
 * from disk; the staged and diff scopes from the index or the head commit, which holds both the
 * change and the repository around it; a history scan from the commit that changed the key.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isTestPath } from '../core/secret/key-pairing.js';
import type { CertificateText, ChangedFile } from '../core/types.js';
import { decodeText } from './detect.js';
import { blobAt, runGit } from './git.js';

const CERTIFICATE_FILE = /\.(?:crt|cer|cert|pem)$/i;
/** A certificate file is small; a larger one is not read. */
const MAX_CERTIFICATE_BYTES = 256 * 1024;
/** At most this many certificate files are read for one key. */
const MAX_CERTIFICATES = 32;
/** At most this many folders above the key's own. */
const MAX_LEVELS = 4;

/** Whether the file's text holds a private key block under a test path: worth a look. */
export function wantsCertificates(file: ChangedFile): boolean {
  if (file.skipped !== undefined || !isTestPath(file.path)) return false;
  return file.hunks.some((hunk) => hunk.text.includes('PRIVATE KEY-----'));
}

/** The folders to look in: the file's own, then those above it that are still test folders. */
export function certificateFolders(path: string): string[] {
  const parts = path.split('/');
  parts.pop();
  const folders = [parts.join('/')];
  for (let level = 0; level < MAX_LEVELS && parts.length > 1; level++) {
    parts.pop();
    const folder = parts.join('/');
    if (!isTestPath(`${folder}/x`)) break;
    folders.push(folder);
  }
  return folders;
}

function holdsCertificate(text: string): boolean {
  return text.includes('-----BEGIN CERTIFICATE-----');
}

/**
 * For a directory scan: the file with the certificate files of its folders (read from disk
 * under `root`) when it holds a private key under a test path; else the file unchanged.
 */
export function withSiblingCertificates(root: string, file: ChangedFile): ChangedFile {
  if (!wantsCertificates(file)) return file;
  const certificates: CertificateText[] = [];
  for (const folder of certificateFolders(file.path)) {
    let names: string[];
    try {
      names = readdirSync(join(root, folder)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (certificates.length >= MAX_CERTIFICATES) break;
      const path = folder === '' ? name : `${folder}/${name}`;
      if (path === file.path || !CERTIFICATE_FILE.test(name)) continue;
      try {
        const abs = join(root, path);
        const stat = statSync(abs);
        if (!stat.isFile() || stat.size > MAX_CERTIFICATE_BYTES) continue;
        const text = decodeText(readFileSync(abs));
        if (holdsCertificate(text)) certificates.push({ path, text });
      } catch {
        // unreadable: not a candidate
      }
    }
  }
  return certificates.length === 0 ? file : { ...file, certificates };
}

/**
 * For git scopes (see git-reads.ts): the file with the certificate files of its folders at
 * `rev` (`''`: the index), when it holds a private key under a test path (wantsCertificates).
 */
export async function attachGitCertificates(
  file: ChangedFile,
  repoRoot: string,
  rev: string,
): Promise<ChangedFile> {
  const certificates: CertificateText[] = [];
  for (const folder of certificateFolders(file.path)) {
    const prefix = folder === '' ? '' : `${folder}/`;
    // The folder's direct entries, in the index or at the revision.
    const listing =
      rev === ''
        ? await runGit(['ls-files', '-z', '--', `${prefix}*`], repoRoot)
        : await runGit(['ls-tree', '-z', '--name-only', rev, '--', prefix || '.'], repoRoot);
    if (listing.code !== 0) continue;
    const paths = listing.stdout
      .toString('utf8')
      .split('\0')
      .filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
      .filter((path) => path !== file.path && CERTIFICATE_FILE.test(path))
      .sort();
    for (const path of paths) {
      if (certificates.length >= MAX_CERTIFICATES) break;
      const blob = await blobAt(repoRoot, rev, path);
      if (blob === null || blob.length > MAX_CERTIFICATE_BYTES) continue;
      const text = decodeText(blob);
      if (holdsCertificate(text)) certificates.push({ path, text });
    }
  }
  return certificates.length === 0 ? file : { ...file, certificates };
}
