import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  headOf,
  ledgerPath,
  nextLine
} from "./chunk-TEYIA6JR.js";
import "./chunk-4T47BLQ7.js";
import {
  MandateError,
  init_cli_data,
  init_errors
} from "./chunk-EZXJEW2Z.js";

// src/evidence/local-store.ts
init_cli_data();
init_errors();
import { appendFile, mkdir, open, readdir, readFile, rm, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
var LOCK_WAIT_MS = 1e4;
async function readLedgerDir(dir) {
  let files = [];
  for (let path of await listLedgerDir(dir))
    files.push({ path, text: await readFile(join(dir, ...path.split("/")), "utf8") });
  return files;
}
async function listLedgerDir(dir) {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error("not a directory");
  } catch (cause) {
    throw new MandateError(`the ledger folder ${dir} cannot be read.`, {
      cause,
      hint: "Name a folder that holds <owner>/<repo>/<YYYY>/<YYYY-MM>.jsonl files (a clone of the mandate-evidence branch, or a --evidence-ledger folder)."
    });
  }
  let entries = await readdir(dir, { recursive: !0, withFileTypes: !0 }), paths = [];
  for (let entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".jsonl")) continue;
    let path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/");
    /^[^/]+\/[^/]+\/\d{4}\/\d{4}-\d{2}\.jsonl$/.test(path) && paths.push(path);
  }
  return paths.sort();
}
async function streamHead(dir, repository) {
  let root = join(dir, ...repository.split("/")), years;
  try {
    years = (await readdir(root)).filter((name) => /^\d{4}$/.test(name)).sort();
  } catch {
    return null;
  }
  for (let year of years.reverse()) {
    let months = (await readdir(join(root, year))).filter((name) => /^\d{4}-\d{2}\.jsonl$/.test(name)).sort().reverse();
    for (let month of months) {
      let head = headOf(await readFile(join(root, year, month), "utf8"));
      if (head !== null) return head;
    }
  }
  return null;
}
async function withLock(lockFile, work) {
  await mkdir(dirname(lockFile), { recursive: !0 });
  let started = Date.now();
  for (; ; )
    try {
      await (await open(lockFile, "wx")).close();
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      if (Date.now() - started > LOCK_WAIT_MS)
        throw new MandateError(`the ledger is locked by ${lockFile}.`, {
          hint: "Another mandate run is appending; if none is, delete the lock file and run again."
        });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: !0 });
  }
}
async function appendLocal(dir, repository, time, body) {
  let path = ledgerPath(repository, time);
  return withLock(join(dir, ...repository.split("/"), ".lock"), async () => {
    let { line, head } = nextLine(await streamHead(dir, repository), body), file = join(dir, ...path.split("/"));
    return await mkdir(dirname(file), { recursive: !0 }), await appendFile(file, `${line}
`), { path, head };
  });
}
export {
  appendLocal,
  listLedgerDir,
  readLedgerDir
};
