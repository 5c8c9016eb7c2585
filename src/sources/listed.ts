/**
 * A listed file of a directory scan, read the one way every scan of a listing reads it — the
 * in-process scan, the main thread beside the scan workers, and the workers themselves
 * (src/cli/worker-pool.ts): its parts (paths.ts `loadFileParts`: one, or overlapping chunks
 * past max_file_size), a Kubernetes Secret manifest's values decoded from the whole file
 * (kubernetes.ts), and a test key's sibling certificates (certificates.ts).
 */
import type { ChangedFile } from '../core/types.js';
import { withSiblingCertificates } from './certificates.js';
import {
  isManifestPath,
  loadYaml,
  withWholeFileSecretValues,
  type YamlModule,
} from './kubernetes.js';
import { type Listed, loadFileParts } from './paths.js';

/** What reading listed files needs: where they are, the size cap, and `yaml` for manifests. */
export interface ListedReader {
  /** Absolute root the listed paths are relative to. */
  root: string;
  maxFileSize: number;
  /**
   * The YAML parser, when loaded (see listedReader). Without it, a file that may hold a
   * Kubernetes Secret (mayHoldSecretManifest) is yielded unparsed: the caller loads `yaml` then
   * (loadYaml) and parses that file with it (withWholeFileSecretValues). Rare, so a scan need
   * not load `yaml` up front.
   */
  yaml: YamlModule | null;
}

/**
 * The reader of `items`. `eager`: `yaml` loaded now when one of them is YAML or JSON (a worker
 * thread, which cannot stop to load it); otherwise by the caller, when a file may need it.
 */
export async function listedReader(
  root: string,
  items: readonly Listed[],
  maxFileSize: number,
  eager: boolean,
): Promise<ListedReader> {
  const manifests = eager && items.some((item) => isManifestPath(item.path));
  return { root, maxFileSize, yaml: manifests ? await loadYaml() : null };
}

/**
 * The parts of one listed file as the engine scans them (none: gone since it was listed). A
 * file over max_file_size comes in pieces, the later ones `continued`.
 */
export function* readListed(reader: ListedReader, item: Listed): Generator<ChangedFile> {
  const { root, yaml } = reader;
  for (const file of loadFileParts(root, item, reader.maxFileSize)) {
    yield withSiblingCertificates(
      root,
      yaml === null ? file : withWholeFileSecretValues(yaml, file),
    );
  }
}
