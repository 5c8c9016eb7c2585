import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-4T47BLQ7.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/evidence/signature.ts
init_cli_data();
import { Buffer } from "node:buffer";
var DSSE_PAYLOAD_TYPE = "application/vnd.in-toto+json";
function signedBytes(statement) {
  return JSON.stringify(statement);
}
function bundleProblem(bundle, statement) {
  if (typeof bundle != "object" || bundle === null) return "the `sigstore` field is not a bundle.";
  let b = bundle;
  if (typeof b.mediaType != "string" || !b.mediaType.startsWith("application/vnd.dev.sigstore.bundle"))
    return "the `sigstore` field has no Sigstore bundle media type.";
  let envelope = b.dsseEnvelope;
  return typeof envelope != "object" || envelope === null || typeof envelope.payload != "string" ? "the Sigstore bundle has no DSSE envelope." : envelope.payloadType !== DSSE_PAYLOAD_TYPE ? `the Sigstore bundle signs a ${String(envelope.payloadType)} payload, not an in-toto Statement.` : !Array.isArray(envelope.signatures) || envelope.signatures.length === 0 ? "the Sigstore bundle carries no signature." : Buffer.from(envelope.payload, "base64").equals(Buffer.from(signedBytes(statement), "utf8")) ? null : "the Sigstore bundle signs other bytes than this record's Statement: the record or the bundle was edited.";
}

// src/evidence/chain.ts
init_cli_data();
var LEDGER_BRANCH = "mandate-evidence";
function parseLedgerTarget(text) {
  let match = /^([\w.-]+)\/([\w.-]+)(?:@(.+))?$/.exec(text);
  return match === null ? null : {
    owner: match[1],
    repo: match[2],
    ...match[3] === void 0 ? {} : { branch: match[3] }
  };
}
function ledgerPath(repository, time) {
  let iso = typeof time == "string" ? new Date(time).toISOString() : time.toISOString(), year = iso.slice(0, 4);
  return `${repository}/${year}/${iso.slice(0, 7)}.jsonl`;
}
function lineDigest(line) {
  return sha256Hex(line);
}
function statementDigest(statement) {
  return sha256Hex(signedBytes(statement));
}
function nextLine(head, body) {
  let entry = { seq: (head?.seq ?? 0) + 1, prev: head?.digest ?? null, ...body }, line = JSON.stringify(entry);
  return { line, head: { seq: entry.seq, digest: lineDigest(line) } };
}
function headOf(text) {
  let last = text.split(`
`).filter((line) => line !== "").at(-1);
  if (last === void 0) return null;
  let entry = parseEntry(last);
  return entry === null ? null : { seq: entry.seq, digest: lineDigest(last) };
}
function parseEntry(line) {
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value != "object" || value === null) return null;
  let entry = value;
  if (!Number.isInteger(entry.seq) || entry.seq < 1 || entry.prev !== null && !(typeof entry.prev == "string" && /^[0-9a-f]{64}$/.test(entry.prev)))
    return null;
  let hasStatement = typeof entry.statement == "object" && entry.statement !== null, hasGap = typeof entry.gap == "object" && entry.gap !== null;
  return hasStatement === hasGap ? null : value;
}
function groupStreams(files) {
  let streams = /* @__PURE__ */ new Map();
  for (let file of files) {
    let match = /^([^/]+\/[^/]+)\/\d{4}\/\d{4}-\d{2}\.jsonl$/.exec(file.path);
    if (match === null) continue;
    let list = streams.get(match[1]) ?? [];
    list.push(file), streams.set(match[1], list);
  }
  for (let list of streams.values()) list.sort((a, b) => a.path < b.path ? -1 : 1);
  return new Map([...streams].sort(([a], [b]) => a < b ? -1 : 1));
}
function checkStream(repository, files) {
  let located = [];
  for (let file of files) {
    let lines = file.text.split(`
`);
    lines.forEach((text, index) => {
      text === "" && index === lines.length - 1 || located.push({
        file: file.path,
        line: index + 1,
        text,
        entry: parseEntry(text),
        digest: lineDigest(text)
      });
    });
  }
  let result = {
    repository,
    records: 0,
    gaps: 0,
    head: null,
    brk: null,
    entries: []
  }, fail = (at, kind, message) => ({
    ...result,
    brk: { kind, file: at.file, line: at.line, message }
  }), previous = null;
  for (let i = 0; i < located.length; i++) {
    let at = located[i], entry = at.entry;
    if (entry === null)
      return fail(
        at,
        "malformed",
        at.text === "" ? "an empty line: the ledger has none, so the file was edited." : 'this line is not a ledger entry (`{"seq", "prev", "statement"}`): it was edited or corrupted.'
      );
    let expectedSeq = (previous?.entry?.seq ?? 0) + 1, expectedPrev = previous?.digest ?? null;
    if (entry.seq !== expectedSeq || entry.prev !== expectedPrev) {
      let before = previous?.entry ?? null;
      if (before !== null && (entry.seq === before.seq || entry.prev === before.prev))
        return fail(
          at,
          "inserted",
          `this line and the one before both claim record ${entry.seq === before.seq ? entry.seq : `${before.seq}`}'s place in the chain: one of them was inserted.`
        );
      if (entry.seq !== expectedSeq && located.slice(i + 1).some((l) => l.entry?.seq === expectedSeq))
        return fail(
          at,
          "reordered",
          `record ${entry.seq} stands where record ${expectedSeq} belongs, which comes later: the records were reordered.`
        );
      if (entry.seq > expectedSeq) {
        let missing = entry.seq - expectedSeq === 1 ? `record ${expectedSeq} is` : `records ${expectedSeq}\u2013${entry.seq - 1} are`;
        return fail(at, "deleted", `${missing} missing before this line: deleted.`);
      }
      return entry.seq < expectedSeq ? fail(
        at,
        "reordered",
        `record ${entry.seq} comes after record ${expectedSeq - 1}: the records were reordered or copied.`
      ) : fail(
        previous ?? at,
        "edited",
        previous === null ? "the first record of the stream names a predecessor: records before it were deleted." : `this record's bytes no longer hash to what record ${entry.seq} (line ${at.line}${at.file === previous.file ? "" : ` of ${at.file}`}) recorded: it was edited.`
      );
    }
    let time = "statement" in entry ? entry.statement?.predicate?.time : entry.gap?.time;
    if (typeof time == "string" && !Number.isNaN(Date.parse(time))) {
      let month = new Date(time).toISOString().slice(0, 7);
      if (!at.file.endsWith(`/${month}.jsonl`))
        return fail(at, "misplaced", `a record of ${month} filed under ${at.file}: it was moved.`);
    }
    "gap" in entry ? result.gaps++ : result.records++, result.entries.push({ file: at.file, line: at.line, entry, digest: at.digest }), result.head = { seq: entry.seq, digest: at.digest }, previous = at;
  }
  return result;
}

export {
  bundleProblem,
  LEDGER_BRANCH,
  parseLedgerTarget,
  ledgerPath,
  statementDigest,
  nextLine,
  headOf,
  parseEntry,
  groupStreams,
  checkStream
};
