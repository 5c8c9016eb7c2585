import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  formatCount
} from "./chunk-AJ7YNKHC.js";
import {
  Minimatch
} from "./chunk-QOVFVF66.js";
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/decision.ts
init_cli_data();
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function refs(findings) {
  return findings.slice(0, 3).map((finding) => ({ ruleId: finding.ruleId, path: finding.path, line: finding.line }));
}
function listRefs(named, count) {
  let list = named.map((ref) => `${ref.ruleId} in ${ref.path}:${ref.line}`).join(", "), rest = count - named.length;
  return rest > 0 ? `${list} and ${rest} more` : list;
}
function byKind(findings) {
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let group = groups.get(finding.kind);
    group === void 0 ? groups.set(finding.kind, [finding]) : group.push(finding);
  }
  return groups;
}
var INCOMPLETE = "The scan is incomplete";
function describeReason(reason) {
  switch (reason.kind) {
    case "no-findings":
      return "No findings.";
    case "warnings":
      return `${plural(reason.count, "non-blocking finding")} reported as ${reason.count === 1 ? "a warning" : "warnings"}: ${listRefs(reason.findings, reason.count)}.`;
    case "blocking-findings":
      return `${plural(reason.count, `blocking ${reason.findingKind} finding`)}: ${listRefs(reason.findings, reason.count)}.`;
    case "incomplete": {
      let rest = reason.count - reason.files.length;
      return `${INCOMPLETE}: ${plural(reason.count, "file")} could not be scanned in full (${reason.files.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}), so nothing is approved.`;
    }
    case "review-required":
      return reason.sentence;
    case "break-glass":
      return `\u26A0\uFE0F BREAK-GLASS: @${reason.by} broke glass at ${reason.at} ("${reason.reason}")${reason.waived.length > 0 ? `, waiving ${reason.waived.join(", ")}` : ", though no review requirement was unmet"}. A follow-up review is required.`;
  }
}
function unblockSecrets(context) {
  return [
    "Rotate each exposed credential at its provider first: once a secret has been written down, treat it as leaked.",
    context.mode === "hook" ? "Remove the secret from the staged change and load it from the environment or a secret manager instead." : "Remove the secret from the change and load it from the environment or a secret manager instead; if it was already committed, also remove it from the history (for example with git filter-repo).",
    "If a finding is a false positive, add `mandate:allow <reason>` on its line, or add its fingerprint with a reason (`<fingerprint>  # <reason>`) to .mandateignore."
  ];
}
var INCOMPLETE_REMEDIATION = "Make each file the scan could not read readable by the user running mandate, or fix the rule that ran past the per-file time budget (the finding names it); or leave the file out of the scan (`allowlist.paths` in .mandate.yml). An incomplete scan cannot be ignored or baselined.";
function incompleteReason(findings) {
  let files = [...new Set(findings.map((finding) => finding.path))];
  return { kind: "incomplete", count: files.length, files: files.slice(0, 3) };
}
function stopsScan(finding) {
  return finding.kind === "scan" && finding.blocking;
}
function decide(findings, context, explanations = []) {
  let explained = new Set(
    explanations.flatMap((e) => e.kind === "review-required" ? [e.ruleId] : [])
  ), incomplete = findings.filter(stopsScan), others = findings.filter((f) => !explained.has(f.ruleId) && !stopsScan(f)), base = decideFindings(others, context), why = base.why, unblock = [...base.unblock];
  incomplete.length > 0 && (why = [...why.filter((reason) => reason.kind !== "no-findings"), incompleteReason(incomplete)], unblock.push(INCOMPLETE_REMEDIATION));
  let reviews = explanations.filter(
    (e) => e.kind === "review-required" && e.blocking
  ), breakGlass = explanations.filter((e) => e.kind === "break-glass");
  (reviews.length > 0 || breakGlass.length > 0) && (why = [...breakGlass, ...why.filter((reason) => reason.kind !== "no-findings"), ...reviews], unblock.push(...reviews.map((review) => review.unblock))), why.length === 0 && (why = [{ kind: "no-findings" }]);
  let blocked = reviews.length > 0 || findings.some((finding) => finding.blocking);
  return {
    decision: blocked ? "block" : "pass",
    reasons: why.map(describeReason),
    unblock: blocked ? unblock : [],
    why
  };
}
function decideFindings(findings, context) {
  let blocking = findings.filter((finding) => finding.blocking);
  if (blocking.length === 0)
    return findings.length === 0 ? { why: [{ kind: "no-findings" }], unblock: [] } : {
      why: [{ kind: "warnings", count: findings.length, findings: refs(findings) }],
      unblock: []
    };
  let why = [], unblock = [];
  for (let [kind, group] of byKind(blocking))
    why.push({
      kind: "blocking-findings",
      findingKind: kind,
      count: group.length,
      findings: refs(group)
    }), kind === "secret" ? unblock.push(...unblockSecrets(context)) : kind === "policy" ? unblock.push(
      "Have each policy's owner review it, then set `last_reviewed` in its front matter (a pull request the owner approves); adapt template leftovers and fix invalid front matter. `mandate policies` lists every document's status."
    ) : unblock.push(`Resolve the blocking ${kind} findings listed above.`);
  return context.mode === "hook" && unblock.push(
    "`git commit --no-verify` skips this hook, but CI runs the same check and will block the pull request."
  ), { why, unblock };
}
function conclude(evaluation, context) {
  return {
    ...evaluation,
    ...decide(evaluation.findings, context, evaluation.explanations ?? [])
  };
}

// src/core/policy/rules.ts
init_cli_data();
var POLICY_RULE_IDS = [
  "policy/stale",
  "policy/due-soon",
  "policy/invalid-front-matter",
  "policy/future-date",
  "policy/template-leftover",
  "policy/unknown-owner",
  "policy/review-integrity"
];
function load() {
  let data = JSON.parse('[{"id":"policy/stale","kind":"policy","title":"Policy past its review date","provider":"policy","severity":"high","blocking":true,"description":"A policy document was not reviewed within its review interval.","remediation":"Have the policy\'s owner review it, then set `last_reviewed` in its front matter to the review date (a pull request the owner approves).","tags":["policy","iso27001-a5.1"]},{"id":"policy/due-soon","kind":"policy","title":"Policy review due soon","provider":"policy","severity":"low","blocking":false,"description":"A policy document reaches its review date within the warning period (`warn_before`).","remediation":"Ask the policy\'s owner to review it before the due date and update `last_reviewed`.","tags":["policy","iso27001-a5.1"]},{"id":"policy/invalid-front-matter","kind":"policy","title":"Policy front matter missing or invalid","provider":"policy","severity":"high","blocking":true,"description":"A policy document has no front matter, or its `owner`, `last_reviewed` or `review_interval` is missing or malformed, so nobody can tell when it is due.","remediation":"Start the file with a front matter block: `---`, `owner: @org/security`, `last_reviewed: \\"2025-01-31\\"`, `review_interval: 1 year`, `---`.","tags":["policy","iso27001-a5.1"]},{"id":"policy/future-date","kind":"policy","title":"Policy reviewed in the future","provider":"policy","severity":"high","blocking":true,"description":"A policy\'s `last_reviewed` date lies after today, which would keep it fresh without a review.","remediation":"Set `last_reviewed` to the date the review actually happened (ISO format, `YYYY-MM-DD`).","tags":["policy","iso27001-a5.1"]},{"id":"policy/template-leftover","kind":"policy","title":"Policy template leftover","provider":"policy","severity":"high","blocking":true,"description":"A policy document still contains a placeholder (`[Company Name]`, `<COMPANY>`, `{{ \u2026 }}`, `TBD`, Lorem ipsum) or a phrase that betrays a template nobody adapted.","remediation":"Adapt the document to the organisation: fill in or remove the placeholder, and rewrite passages that do not describe how you work. Configure the phrases under `policies.template_phrases`.","tags":["policy","iso27001-a5.1"]},{"id":"policy/unknown-owner","kind":"policy","title":"Policy owner unknown","provider":"policy","severity":"high","blocking":true,"description":"A policy\'s `owner` is neither a user nor a team GitHub knows, so nobody is warned when it is due.","remediation":"Set `owner` to an existing GitHub user (`@login`) or team (`@org/team`).","tags":["policy","iso27001-a5.1"]},{"id":"policy/review-integrity","kind":"policy","title":"Policy review not approved by its owner","provider":"policy","severity":"high","blocking":true,"description":"A pull request changes a policy\'s `last_reviewed` date without an approval from the policy\'s owner on the head commit.","remediation":"Ask the policy\'s owner (the user, or a member of the team, named in `owner`) to approve the pull request.","tags":["policy","iso27001-a5.1"]}]'), byId = new Map(data.map((rule) => [rule.id, rule])), known = new Set(POLICY_RULE_IDS), unknown = data.filter((rule) => !known.has(rule.id)).map((rule) => rule.id), missing = POLICY_RULE_IDS.filter((id) => !byId.has(id));
  if (unknown.length > 0 || missing.length > 0)
    throw new Error(
      `rules/families/policy.yml does not match the policy family (${[...missing.map((id) => `missing ${id}`), ...unknown.map((id) => `unknown ${id}`)].join(", ")})`
    );
  return Object.fromEntries(POLICY_RULE_IDS.map((id) => [id, { ...byId.get(id), id }]));
}
var POLICY_RULES = load();

// src/core/types.ts
init_cli_data();
var SEVERITIES = ["critical", "high", "medium", "low", "info"];

// src/core/family.ts
init_cli_data();

// src/core/artifact/family.ts
init_cli_data();

// src/core/path-glob.ts
init_cli_data();
function trimSlashes(pattern) {
  let end = pattern.length;
  for (; end > 0 && pattern[end - 1] === "/"; ) end--;
  return pattern.slice(0, end);
}
function pathGlob(pattern) {
  let trimmed = trimSlashes(pattern), body = trimmed.replace(/^\//, ""), glob = !trimmed.includes("/") ? `**/${body}` : body, file = new Minimatch(glob, { dot: !0 }), under = new Minimatch(`${glob}/**`, { dot: !0 });
  return { match: (path) => file.match(path) || under.match(path) };
}
function matchesAny(globs, path) {
  return globs.some((glob) => glob.match(path));
}

// src/core/artifact/pickle-report.ts
init_cli_data();

// src/core/artifact/pickle.ts
init_cli_data();
var SAFE_IMPORTS = /* @__PURE__ */ new Set([
  // Python containers and scalars
  "collections.OrderedDict",
  "collections.defaultdict",
  "collections.Counter",
  "collections.deque",
  ...["builtins", "__builtin__"].flatMap(
    (m) => [
      "set",
      "frozenset",
      "list",
      "dict",
      "tuple",
      "bytearray",
      "bytes",
      "complex",
      "slice",
      "range",
      "int",
      "float",
      "str",
      "bool",
      "object"
    ].map((name2) => `${m}.${name2}`)
  ),
  "copyreg._reconstructor",
  "copy_reg._reconstructor",
  "_codecs.encode",
  "datetime.datetime",
  "datetime.date",
  "datetime.time",
  "datetime.timedelta",
  "datetime.timezone",
  "decimal.Decimal",
  "uuid.UUID",
  // PyTorch state dicts and checkpoints
  "torch._utils._rebuild_tensor",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_tensor_v3",
  "torch._utils._rebuild_parameter",
  "torch._utils._rebuild_parameter_with_state",
  "torch._utils._rebuild_qtensor",
  "torch._utils._rebuild_sparse_tensor",
  "torch._utils._rebuild_device_tensor_from_numpy",
  "torch._utils._rebuild_meta_tensor_no_storage",
  "torch._tensor._rebuild_from_type_v2",
  "torch.Size",
  "torch.device",
  "torch.Tensor",
  "torch.nn.parameter.Parameter",
  "torch.storage.UntypedStorage",
  "torch.storage.TypedStorage",
  ...[
    "Float",
    "Double",
    "Half",
    "BFloat16",
    "Long",
    "Int",
    "Short",
    "Char",
    "Byte",
    "Bool",
    "ComplexFloat",
    "ComplexDouble",
    "Untyped"
  ].map((kind) => `torch.${kind}Storage`),
  ...[
    "float16",
    "float32",
    "float64",
    "bfloat16",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "bool",
    "complex64",
    "complex128",
    "float8_e4m3fn",
    "float8_e5m2",
    "half",
    "float",
    "double",
    "long",
    "int"
  ].map((dtype) => `torch.${dtype}`),
  // NumPy arrays
  "numpy.core.multiarray._reconstruct",
  "numpy._core.multiarray._reconstruct",
  "numpy.core.multiarray.scalar",
  "numpy._core.multiarray.scalar",
  "numpy.ndarray",
  "numpy.dtype",
  "numpy.dtypes.Float32DType",
  "numpy.dtypes.Float64DType",
  "numpy.dtypes.Int64DType"
]), OTHER = { t: "other" }, MARK = { t: "mark" }, Truncated = class extends Error {
}, Malformed = class extends Error {
}, TRUNCATED = new Truncated(), MALFORMED = new Malformed();
function analysePickle(bytes, allow = /* @__PURE__ */ new Set()) {
  let imports = [], unsafe = [], calls = [], seen = /* @__PURE__ */ new Set(), called = /* @__PURE__ */ new Set(), stack = [], memo = /* @__PURE__ */ new Map(), protocol = 0, pos = 0, view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), need = (n) => {
    if (pos + n > bytes.length) throw TRUNCATED;
  }, u8 = () => (need(1), bytes[pos++]), u16 = () => {
    need(2);
    let v = view.getUint16(pos, !0);
    return pos += 2, v;
  }, u32 = () => {
    need(4);
    let v = view.getUint32(pos, !0);
    return pos += 4, v;
  }, u64 = () => {
    need(8);
    let low = view.getUint32(pos, !0), high = view.getUint32(pos + 4, !0);
    if (pos += 8, high > 2097151) throw MALFORMED;
    return high * 2 ** 32 + low;
  }, take = (n) => {
    need(n);
    let out = bytes.subarray(pos, pos + n);
    return pos += n, out;
  }, line = () => {
    let end = bytes.indexOf(10, pos);
    if (end === -1) throw TRUNCATED;
    let out = latin1(bytes.subarray(pos, end));
    return pos = end + 1, out;
  }, pop = () => {
    let v = stack.pop();
    if (v === void 0 || v.t === "mark") throw MALFORMED;
    return v;
  }, popMark = () => {
    let items = [];
    for (; ; ) {
      let v = stack.pop();
      if (v === void 0) throw MALFORMED;
      if (v.t === "mark") return items.reverse();
      items.push(v);
    }
  }, top = () => {
    let v = stack[stack.length - 1];
    if (v === void 0) throw MALFORMED;
    return v;
  }, noteImport = (name2) => {
    seen.has(name2) || (seen.add(name2), imports.push(name2), !SAFE_IMPORTS.has(name2) && !allow.has(name2) && unsafe.push(name2));
  }, noteCall = (callee) => {
    callee.t === "global" && !called.has(callee.v) && (called.add(callee.v), calls.push(callee.v));
  }, pushGlobal = (module, name2) => {
    let full = `${module}.${name2}`;
    noteImport(full), stack.push({ t: "global", v: full });
  }, incomplete, first = !0;
  try {
    for (; ; ) {
      if (!first && pos >= bytes.length) return { imports, unsafe, calls, protocol };
      let op = u8();
      switch (op) {
        case 128:
          protocol = Math.max(protocol, u8());
          break;
        case 149:
          u64();
          break;
        case 46:
          first = !1, stack.length = 0, memo.clear();
          break;
        case 40:
          stack.push(MARK);
          break;
        case 48:
          top().t === "mark" ? stack.pop() : pop();
          break;
        case 49:
          popMark();
          break;
        case 50:
          stack.push(top());
          break;
        // Scalars pushed from a line of text
        case 70:
        // FLOAT
        case 73:
        // INT
        case 76:
          line(), stack.push(OTHER);
          break;
        case 83:
          stack.push({ t: "str", v: unquote(line()) });
          break;
        case 86:
          stack.push({ t: "str", v: line() });
          break;
        case 80:
          line(), stack.push(OTHER);
          break;
        case 81:
          pop(), stack.push(OTHER);
          break;
        // Fixed-size scalars
        case 74:
          take(4), stack.push(OTHER);
          break;
        case 75:
          take(1), stack.push(OTHER);
          break;
        case 77:
          take(2), stack.push(OTHER);
          break;
        case 71:
          take(8), stack.push(OTHER);
          break;
        case 78:
        // NONE
        case 136:
        // NEWTRUE
        case 137:
          stack.push(OTHER);
          break;
        case 138:
          take(u8()), stack.push(OTHER);
          break;
        case 139:
          take(u32()), stack.push(OTHER);
          break;
        // Strings and bytes
        case 84:
        // BINSTRING
        case 88:
          stack.push({ t: "str", v: utf8(take(u32())) });
          break;
        case 85:
        // SHORT_BINSTRING
        case 140:
          stack.push({ t: "str", v: utf8(take(u8())) });
          break;
        case 141:
          stack.push({ t: "str", v: utf8(take(u64())) });
          break;
        case 66:
          take(u32()), stack.push(OTHER);
          break;
        case 67:
          take(u8()), stack.push(OTHER);
          break;
        case 142:
        // BINBYTES8
        case 150:
          take(u64()), stack.push(OTHER);
          break;
        case 151:
          stack.push(OTHER);
          break;
        case 152:
          top();
          break;
        // Containers
        case 41:
        // EMPTY_TUPLE
        case 93:
        // EMPTY_LIST
        case 125:
        // EMPTY_DICT
        case 143:
          stack.push(OTHER);
          break;
        case 116:
        // TUPLE
        case 108:
        // LIST
        case 100:
        // DICT
        case 145:
          popMark(), stack.push(OTHER);
          break;
        case 133:
          pop(), stack.push(OTHER);
          break;
        case 134:
          pop(), pop(), stack.push(OTHER);
          break;
        case 135:
          pop(), pop(), pop(), stack.push(OTHER);
          break;
        case 97:
          pop(), top();
          break;
        case 101:
        // APPENDS
        case 117:
        // SETITEMS
        case 144:
          popMark(), top();
          break;
        case 115:
          pop(), pop(), top();
          break;
        case 98:
          pop(), top();
          break;
        // Memo
        case 112:
          memo.set(decimal(line()), top());
          break;
        case 113:
          memo.set(u8(), top());
          break;
        case 114:
          memo.set(u32(), top());
          break;
        case 148:
          memo.set(memo.size, top());
          break;
        case 103:
          stack.push(memo.get(decimal(line())) ?? OTHER);
          break;
        case 104:
          stack.push(memo.get(u8()) ?? OTHER);
          break;
        case 106:
          stack.push(memo.get(u32()) ?? OTHER);
          break;
        // Imports and calls
        case 99: {
          let module = line();
          pushGlobal(module, line());
          break;
        }
        case 147: {
          let name2 = pop(), module = pop();
          module.t === "str" && name2.t === "str" ? pushGlobal(module.v, name2.v) : (noteImport("(an import whose name is computed at load time)"), stack.push(OTHER));
          break;
        }
        case 105: {
          let module = line(), name2 = line();
          popMark();
          let full = `${module}.${name2}`;
          noteImport(full), noteCall({ t: "global", v: full }), stack.push(OTHER);
          break;
        }
        case 111: {
          let items = popMark();
          items[0] !== void 0 && noteCall(items[0]), stack.push(OTHER);
          break;
        }
        case 82: {
          pop(), noteCall(pop()), stack.push(OTHER);
          break;
        }
        case 129: {
          pop(), noteCall(pop()), stack.push(OTHER);
          break;
        }
        case 146: {
          pop(), pop(), noteCall(pop()), stack.push(OTHER);
          break;
        }
        case 130:
        // EXT1
        case 131:
        // EXT2
        case 132: {
          let code = op === 130 ? u8() : op === 131 ? u16() : u32();
          noteImport(`(copyreg extension ${code})`), stack.push(OTHER);
          break;
        }
        default:
          throw MALFORMED;
      }
    }
  } catch (error) {
    if (!first && (error instanceof Truncated || error instanceof Malformed))
      return { imports, unsafe, calls, protocol };
    if (error instanceof Truncated) incomplete = "truncated";
    else if (error instanceof Malformed) incomplete = "malformed";
    else throw error;
  }
  return { imports, unsafe, calls, protocol, incomplete };
}
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
function looksLikePickle(bytes, whole) {
  return pickleLikeness(bytes, whole) === "pickle";
}
function pickleLikeness(bytes, whole) {
  let report = analysePickle(bytes), cut = report.incomplete === "truncated" && !whole;
  if (report.imports.length === 0) return cut ? "unknown" : "not";
  let named = (name2) => IDENTIFIER.test(name2) || name2.startsWith("(");
  return report.imports.every(named) && (report.incomplete === void 0 || report.calls.length > 0 || cut) ? "pickle" : "not";
}
function latin1(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}
function utf8(bytes) {
  return new TextDecoder("utf-8", { fatal: !1 }).decode(bytes);
}
function decimal(text) {
  let n = Number.parseInt(text, 10);
  if (!Number.isFinite(n)) throw MALFORMED;
  return n;
}
function unquote(text) {
  let q = text[0];
  return (q === "'" || q === '"') && text.endsWith(q) && text.length >= 2 ? text.slice(1, -1) : text;
}

// src/core/artifact/signatures.ts
init_cli_data();

// src/core/artifact/zip.ts
init_cli_data();
import { createRequire } from "node:module";
var load2 = createRequire(import.meta.url), loaded;
function loadZlib() {
  return loaded ??= load2("node:zlib"), loaded;
}
var INFLATE_CAP = 8 * 1024 * 1024, INFLATE_BUDGET = 8 * INFLATE_CAP;
function content(method, raw2, budget) {
  if (method === 0) return { data: raw2, cut: !1 };
  if (method !== 8) return !1;
  if (budget.left <= 0) return "budget";
  let cap = Math.min(INFLATE_CAP, budget.left);
  try {
    let data = loadZlib().inflateRawSync(raw2, { maxOutputLength: cap });
    return budget.left -= data.length, { data, cut: !1 };
  } catch (error) {
    return error.code !== "ERR_BUFFER_TOO_LARGE" ? !1 : cap < INFLATE_CAP ? "budget" : { data: inflateStart(loadZlib().inflateRawSync, raw2, cap, () => {
      budget.left -= cap;
    }) ?? new Uint8Array(0), cut: !0 };
  }
}
function inflateStart(inflate, bytes, cap, onTry) {
  for (let take = Math.min(bytes.length, cap); take > 0; take = Math.floor(take / 2)) {
    onTry?.();
    try {
      return inflate(bytes.subarray(0, take), {
        maxOutputLength: cap,
        finishFlush: 2
        // Z_SYNC_FLUSH: keep what an incomplete stream gave
      });
    } catch {
    }
  }
  return null;
}
function withContent(entry, method, raw2, budget) {
  let found = content(method, raw2, budget);
  return found === !1 ? entry : found === "budget" ? { ...entry, unread: "budget" } : found.cut ? { ...entry, data: found.data, cut: !0 } : { ...entry, data: found.data };
}
var LOCAL = 67324752, CENTRAL = 33639248, END = 101010256;
function zipEntries(bytes) {
  let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), budget = { left: INFLATE_BUDGET };
  return fromCentralDirectory(bytes, view, budget) ?? fromLocalHeaders(bytes, view, budget);
}
function zipNames(bytes) {
  let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (fromCentralDirectory(bytes, view, null) ?? fromLocalHeaders(bytes, view, null)).map((entry) => entry.name);
}
function name(bytes, at, length) {
  return new TextDecoder().decode(bytes.subarray(at, at + length));
}
function fromCentralDirectory(bytes, view, read) {
  let floor = Math.max(0, bytes.length - 22 - 65535), end = -1;
  for (let at2 = bytes.length - 22; at2 >= floor; at2--)
    if (view.getUint32(at2, !0) === END) {
      end = at2;
      break;
    }
  if (end === -1) return null;
  let count = view.getUint16(end + 10, !0), at = view.getUint32(end + 16, !0), entries = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, !0) !== CENTRAL) return null;
    let method = view.getUint16(at + 10, !0), size = view.getUint32(at + 20, !0), nameLength = view.getUint16(at + 28, !0), extraLength = view.getUint16(at + 30, !0), commentLength = view.getUint16(at + 32, !0), local = view.getUint32(at + 42, !0), entry = { name: name(bytes, at + 46, nameLength), method };
    if (read !== null && local + 30 <= bytes.length && view.getUint32(local, !0) === LOCAL) {
      let start = local + 30 + view.getUint16(local + 26, !0) + view.getUint16(local + 28, !0);
      start + size <= bytes.length && (entry = withContent(entry, method, bytes.subarray(start, start + size), read));
    }
    entries.push(entry), at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
function fromLocalHeaders(bytes, view, read) {
  let entries = [], at = 0;
  for (; at + 30 <= bytes.length && view.getUint32(at, !0) === LOCAL; ) {
    let flags = view.getUint16(at + 6, !0), method = view.getUint16(at + 8, !0), size = view.getUint32(at + 18, !0), nameLength = view.getUint16(at + 26, !0), extraLength = view.getUint16(at + 28, !0), start = at + 30 + nameLength + extraLength;
    if (start > bytes.length) break;
    let entry = { name: name(bytes, at + 30, nameLength), method }, sized = (flags & 8) === 0 || size > 0;
    if (read !== null && sized && start + size <= bytes.length && (entry = withContent(entry, method, bytes.subarray(start, start + size), read)), entries.push(entry), !sized) break;
    at = start + size;
  }
  return entries;
}

// src/core/artifact/signatures.ts
var SIGNATURE_BYTES = 4096, T = (id, name2, category) => ({
  id,
  name: name2,
  category
}), TYPES = {
  safetensors: T("safetensors", "safetensors weights", "model"),
  pickle: T("pickle", "Python pickle", "pickle"),
  pytorchZip: T("pytorch-zip", "PyTorch checkpoint (zip with data.pkl)", "model"),
  gguf: T("gguf", "GGUF model", "model"),
  hdf5: T("hdf5", "HDF5 file (Keras/TF weights)", "model"),
  onnx: T("onnx", "ONNX model", "model"),
  tflite: T("tflite", "TensorFlow Lite model", "model"),
  tfPb: T("tensorflow-pb", "TensorFlow graph (protobuf)", "model"),
  coreml: T("coreml", "Core ML model", "model"),
  keras: T("keras", "Keras model archive", "model"),
  checkpoint: T("checkpoint", "model checkpoint", "model"),
  joblib: T("joblib", "joblib/dill serialized object", "pickle"),
  pickleZip: T("pickle-zip", "zip archive holding a pickle", "pickle"),
  numpy: T("numpy", "NumPy array", "array"),
  npz: T("npz", "NumPy archive (.npz)", "array"),
  parquet: T("parquet", "Parquet table", "array"),
  arrow: T("arrow", "Arrow/Feather table", "array"),
  avro: T("avro", "Avro container", "array"),
  pkcs12: T("pkcs12", "PKCS#12 key store", "keystore"),
  jks: T("jks", "Java key store", "keystore")
}, BY_EXTENSION = /* @__PURE__ */ new Map([
  ["safetensors", TYPES.safetensors],
  ["pt", TYPES.checkpoint],
  ["pth", TYPES.checkpoint],
  ["ckpt", TYPES.checkpoint],
  ["onnx", TYPES.onnx],
  ["gguf", TYPES.gguf],
  ["ggml", TYPES.gguf],
  ["h5", TYPES.hdf5],
  ["hdf5", TYPES.hdf5],
  ["keras", TYPES.keras],
  ["tflite", TYPES.tflite],
  ["mlmodel", TYPES.coreml],
  ["pkl", TYPES.pickle],
  ["pickle", TYPES.pickle],
  ["joblib", TYPES.joblib],
  ["dill", TYPES.joblib],
  ["npy", TYPES.numpy],
  ["npz", TYPES.npz],
  ["parquet", TYPES.parquet],
  ["arrow", TYPES.arrow],
  ["feather", TYPES.arrow],
  ["avro", TYPES.avro],
  ["p12", TYPES.pkcs12],
  ["pfx", TYPES.pkcs12],
  ["jks", TYPES.jks],
  ["keystore", TYPES.jks]
]), CONTENT_ONLY_EXTENSIONS = /* @__PURE__ */ new Set(["pb", "bin"]), COMPRESSED = /\.(?:gz|bz2|xz|lzma|zst|z)$/i;
function extensionOf(path) {
  let base = path.slice(path.lastIndexOf("/") + 1).replace(COMPRESSED, ""), dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}
function isArtifactName(path) {
  let ext = extensionOf(path);
  return BY_EXTENSION.has(ext) || CONTENT_ONLY_EXTENSIONS.has(ext);
}
function startsWith(head, bytes, at = 0) {
  if (head.length < at + bytes.length) return !1;
  for (let i = 0; i < bytes.length; i++) if (head[at + i] !== bytes[i]) return !1;
  return !0;
}
function ascii(text) {
  return [...text].map((c) => c.charCodeAt(0));
}
function isSafetensors(head) {
  if (head.length < 10) return !1;
  let view = new DataView(head.buffer, head.byteOffset, head.byteLength), low = view.getUint32(0, !0);
  return view.getUint32(4, !0) !== 0 || low < 2 || low > 1e8 ? !1 : head[8] === 123 && (head[9] === 34 || head[9] === 125);
}
function zipKind(head, path) {
  if (!startsWith(head, [80, 75, 3, 4])) return null;
  let text = latin12(head.subarray(0, SIGNATURE_BYTES));
  if (/(?:^|\/)data\.pkl/.test(text) || text.includes("/data/0") || text.includes(".data/version"))
    return TYPES.pytorchZip;
  let ext = extensionOf(path);
  return ext === "npz" || /\.npy/.test(text) ? TYPES.npz : zipNames(head).some(isPickleName) ? TYPES.pickleZip : (ext === "keras" || text.includes("model.weights.h5") || text.includes("config.json")) && (ext === "keras" || text.includes("model.weights.h5")) ? TYPES.keras : null;
}
function latin12(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}
function isOnnx(head, ext) {
  if (head[0] !== 8 || (head[1] ?? 0) === 0 || (head[1] ?? 0) > 20) return !1;
  if (ext === "onnx") return !0;
  let text = latin12(head.subarray(0, 256));
  return /\x12[\x01-\x7f](?:pytorch|onnx|tf2onnx|skl2onnx|keras2onnx|onnxmltools)/i.test(text);
}
function isPickle(head) {
  if (head[0] !== 128) return !1;
  let proto = head[1] ?? 0;
  return proto >= 2 && proto <= 5 && head.length >= 3;
}
function classifyArtifact(path, head, whole = head === void 0 || head.length < SIGNATURE_BYTES) {
  let ext = extensionOf(path);
  if (head !== void 0 && head.length > 0) {
    let found = classifyContent(path, head, ext, whole);
    if (found !== null) return { ...found, by: "content" };
  }
  let named = BY_EXTENSION.get(ext);
  return named === void 0 ? null : { ...named, by: "name" };
}
function classifyContent(path, head, ext, whole) {
  let pickle = ext === "joblib" || ext === "dill" ? TYPES.joblib : TYPES.pickle;
  if (isPickle(head)) return pickle;
  if (startsWith(head, ascii("GGUF"))) return TYPES.gguf;
  if (startsWith(head, [137, 72, 68, 70, 13, 10, 26, 10])) return TYPES.hdf5;
  if (startsWith(head, [147, ...ascii("NUMPY")])) return TYPES.numpy;
  if (startsWith(head, ascii("PAR1"))) return TYPES.parquet;
  if (startsWith(head, ascii("ARROW1"))) return TYPES.arrow;
  if (startsWith(head, [...ascii("Obj"), 1])) return TYPES.avro;
  if (startsWith(head, ascii("TFL3"), 4)) return TYPES.tflite;
  if (startsWith(head, [254, 237, 254, 237])) return TYPES.jks;
  let zip = zipKind(head, path);
  return zip !== null ? zip : isSafetensors(head) ? TYPES.safetensors : isOnnx(head, ext) ? TYPES.onnx : (ext === "p12" || ext === "pfx") && head[0] === 48 ? TYPES.pkcs12 : ext === "pb" && head[0] === 10 ? TYPES.tfPb : mayOpenPickle(head[0] ?? 0) && looksLikePickle(head, whole) ? pickle : null;
}
var PICKLE_NAME = /\.(?:pkl|pickle|joblib|dill)$/i;
function isPickleName(name2) {
  return PICKLE_NAME.test(name2);
}
var PICKLE_FIRST_OPCODES = new Set(
  [..."()]}NIJKLMFGSTUVXBCcgh\x80\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F\x95\x96\x97"].map(
    (c) => c.charCodeAt(0)
  )
), ENCODER = new TextEncoder();
function mayOpenPickle(firstByte) {
  return PICKLE_FIRST_OPCODES.has(firstByte);
}
var TEXT_PICKLE_START = 512;
function mayBeTextPickle(text) {
  if (text.length < 4 || !mayOpenPickle(text.charCodeAt(0))) return !1;
  let whole = text.length <= TEXT_PICKLE_START, start = ENCODER.encode(whole ? text : text.slice(0, TEXT_PICKLE_START)), verdict = pickleLikeness(start, whole);
  return verdict !== "unknown" ? verdict === "pickle" : looksLikePickle(ENCODER.encode(text), !0);
}
function readsPastSignature(kind) {
  return kind.category === "pickle" || kind.id === "pytorch-zip" || kind.id === "npz" || kind.id === "numpy" || kind.id === "checkpoint";
}
function readsPastStart(path, start) {
  let kind = classifyArtifact(path, start);
  return kind !== null ? readsPastSignature(kind) : startsAsZip(start) ? !0 : mayOpenPickle(start[0] ?? 0) && pickleLikeness(start, !1) === "unknown";
}
function startsAsZip(head) {
  return typeof head == "string" ? head.startsWith("PK") : head[0] === 80 && head[1] === 75 && head[2] === 3 && head[3] === 4;
}
var LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:ext-\d-[A-Za-z0-9]+ sha256:[0-9a-f]{64}\n)*oid sha256:[0-9a-f]{64}\nsize \d{1,20}\n$/;
function isLfsPointer(head) {
  return head.length >= 1024 ? !1 : LFS_POINTER.test(typeof head == "string" ? head : latin12(head));
}

// src/core/artifact/pickle-report.ts
function pickleReport(input, kind, allow) {
  let bytes = input.bytes;
  if (bytes === void 0 || bytes.length === 0) return null;
  if (startsAsZip(bytes)) return zipPickles(bytes, input.whole, allow);
  if (kind === "numpy") {
    let payload = objectArrayPickle(bytes);
    return payload === null ? null : wholeOrCut(analysePickle(payload, allow), input.whole);
  }
  let unpacked = decompressed(bytes);
  return unpacked === !1 ? { ...NO_PICKLE, incomplete: "malformed" } : unpacked !== null ? wholeOrCut(analysePickle(unpacked.data, allow), input.whole && !unpacked.cut) : wholeOrCut(analysePickle(bytes, allow), input.whole);
}
var UNREADABLE_ENTRY = "(a pickle packed in a way mandate cannot read)", UNREAD_ENTRY = `(an entry mandate did not unpack: the zip inflates to more than ${INFLATE_BUDGET / 2 ** 20} MiB)`, NO_PICKLE = { imports: [], unsafe: [], calls: [], protocol: 0 };
function wholeOrCut(report, whole) {
  return report.incomplete === "truncated" && whole ? { ...report, incomplete: "malformed" } : report;
}
function decompressed(bytes) {
  let gzip = bytes[0] === 31 && bytes[1] === 139, zlib = bytes[0] === 120 && [1, 94, 156, 218].includes(bytes[1] ?? 0);
  if (!gzip && !zlib) return null;
  let inflate = gzip ? loadZlib().gunzipSync : loadZlib().inflateSync;
  try {
    return { data: inflate(bytes, { maxOutputLength: INFLATE_CAP }), cut: !1 };
  } catch (error) {
    if (error.code !== "ERR_BUFFER_TOO_LARGE") return !1;
    let data = inflateStart(inflate, bytes, INFLATE_CAP);
    return data === null ? !1 : { data, cut: !0 };
  }
}
function objectArrayPickle(bytes) {
  if (bytes.length < 10) return null;
  let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), major = bytes[6] ?? 1, length = major === 1 ? view.getUint16(8, !0) : bytes.length >= 12 ? view.getUint32(8, !0) : 0, start = (major === 1 ? 10 : 12) + length, header = new TextDecoder("latin1").decode(bytes.subarray(major === 1 ? 10 : 12, start));
  return /['"][|<>=]?O\d*['"]/.test(header) ? bytes.subarray(Math.min(start, bytes.length)) : null;
}
function zipPickles(bytes, whole, allow) {
  let merged = { ...NO_PICKLE, imports: [], unsafe: [], calls: [] }, join = (report, complete) => {
    for (let key of ["imports", "unsafe", "calls"])
      for (let name2 of report[key]) merged[key].includes(name2) || merged[key].push(name2);
    merged.protocol = Math.max(merged.protocol, report.protocol), report.incomplete === "malformed" || report.incomplete === "truncated" && complete ? merged.incomplete = "malformed" : report.incomplete === "truncated" && merged.incomplete === void 0 && (merged.incomplete = "truncated");
  };
  for (let entry of zipEntries(bytes)) {
    let named = isPickleName(entry.name), data = entry.data;
    if (data === void 0) {
      if (entry.unread === "budget") {
        whole ? merged.unsafe.includes(UNREAD_ENTRY) || merged.unsafe.push(UNREAD_ENTRY) : merged.incomplete ??= "truncated";
        continue;
      }
      if (!named) continue;
      whole ? merged.unsafe.includes(UNREADABLE_ENTRY) || merged.unsafe.push(UNREADABLE_ENTRY) : merged.incomplete ??= "truncated";
      continue;
    }
    let complete = entry.cut !== !0;
    if (/\.npy$/i.test(entry.name) && data[0] === 147) {
      let payload = objectArrayPickle(data);
      payload !== null && join(analysePickle(payload, allow), complete);
      continue;
    }
    (named || looksLikePickle(data, complete)) && join(analysePickle(data, allow), complete);
  }
  return whole || (merged.incomplete ??= "truncated"), merged;
}

// src/core/artifact/family.ts
var DEFAULT_ARTIFACT_SETTINGS = {
  approvedPaths: [],
  blockFromBytes: 0,
  allowImports: []
}, ARTIFACT_RULES = {
  model: "artifact/model-weights",
  pickle: "artifact/serialized-object",
  unsafePickle: "artifact/unsafe-pickle",
  array: "artifact/data-dump",
  keystore: "artifact/key-store"
}, ARTIFACT_RULE_INFO = [
  {
    id: ARTIFACT_RULES.model,
    title: "Model weights or checkpoint",
    severity: "high",
    description: "Model weights and checkpoints (safetensors, PyTorch, GGUF, ONNX, HDF5/Keras, TFLite, Core ML), recognised by content signature and name.",
    remediation: "Publish the model to the model registry, or track the path with Git LFS (`git lfs track`), or add it to `artifacts.approved_paths`."
  },
  {
    id: ARTIFACT_RULES.pickle,
    title: "Serialized Python object (pickle)",
    severity: "high",
    description: "A pickle, joblib or dill file: loading one can run code. Its imports are all on the allowlist.",
    remediation: "Prefer a data format (safetensors, Parquet, JSON); keep pickles out of the repository, or track them with Git LFS."
  },
  {
    id: ARTIFACT_RULES.unsafePickle,
    title: "Pickle that imports code outside the allowlist",
    severity: "critical",
    description: "A pickle (or the data.pkl of a PyTorch checkpoint) imports a callable outside the allowlist of known-safe ones: loading it can run arbitrary code.",
    remediation: "Do not load or commit this file. Re-export the model as safetensors; if the import is safe, add it to `artifacts.pickle_allow`."
  },
  {
    id: ARTIFACT_RULES.array,
    title: "Array or table dump",
    severity: "high",
    description: "NumPy, Parquet, Arrow/Feather and Avro dumps: data belongs in the approved data store.",
    remediation: "Put the data in the approved data store, or track the path with Git LFS, or add it to `artifacts.approved_paths`."
  },
  {
    id: ARTIFACT_RULES.keystore,
    title: "Key store",
    severity: "critical",
    description: "PKCS#12 (.p12/.pfx) and Java key stores hold private keys.",
    remediation: "Remove the key store from the change, rotate the keys it holds, and keep it in the secret manager."
  }
];
function artifactJudge(settings = DEFAULT_ARTIFACT_SETTINGS) {
  let approved = settings.approvedPaths.map(pathGlob), allow = new Set(settings.allowImports);
  return {
    judge(input, lfs) {
      let head = input.bytes;
      if (head !== void 0 && isLfsPointer(head)) {
        let named = classifyArtifact(input.path, void 0);
        if (named?.category !== "keystore" || matchesAny(approved, input.path)) return [];
        let { bytes: _pointer, ...file } = input, finding2 = findingFor(file, named, settings, allow);
        return finding2.message = `${finding2.message} Git LFS stores it, which keeps it out of the git objects but not out of the repository.`, [finding2];
      }
      let kind = classifyArtifact(input.path, head, input.whole);
      if (kind === null) return [];
      if (matchesAny(approved, input.path)) return [];
      let tracked = lfs.tracks(input.path), finding = findingFor(input, kind, settings, allow);
      return tracked && (head === void 0 || input.worktree === !0) ? finding.ruleId === ARTIFACT_RULES.unsafePickle || finding.ruleId === ARTIFACT_RULES.keystore ? [finding] : [] : (tracked && (finding.message = `${finding.message} Its path is tracked by Git LFS in .gitattributes, but it was committed as the file itself, not an LFS pointer: run \`git lfs install\`, then \`git rm --cached\` and \`git add\` it again.`), [finding]);
    }
  };
}
var NAMED_IMPORTS = 8;
function someOf(names) {
  let rest = names.length - NAMED_IMPORTS;
  return `${names.slice(0, NAMED_IMPORTS).map(shownImport).join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}
function shownImport(name2) {
  return name2.startsWith("(") ? name2 : name2.split(".").map((part) => {
    let digits = part.replace(/[^0-9]/g, "").length;
    return !/^[A-Za-z_][A-Za-z0-9_]*$/.test(part) || part.length > 48 || part.length >= 16 && digits >= 3 || part.length >= 20 && digits >= 2 || part.length >= 16 && /^[A-Z0-9]+$/.test(part) ? `(a ${part.length}-character name)` : part;
  }).join(".");
}
function findingFor(input, kind, settings, allow) {
  let small = input.size < settings.blockFromBytes, how = kind.by === "content" ? "by its content" : "by its name", size = formatBytes(input.size), report = readsPastSignature(kind) ? pickleReport(input, kind.id, allow) : null;
  if (report !== null && (report.unsafe.length > 0 || report.incomplete === "malformed")) {
    let names = report.unsafe.length > 0 ? report.unsafe : ["(unreadable opcodes)"], called = names.filter((name2) => report.calls.includes(name2));
    return raw(input, ARTIFACT_RULES.unsafePickle, "critical", !0, {
      title: "Pickle that imports code outside the allowlist",
      message: `${input.path} is a ${kind.name} (${size}) whose pickle imports ${someOf(names)}${called.length > 0 ? ` (and calls ${someOf(called)})` : ""}: loading it can run code. Do not load or commit it; re-export the model as safetensors, or if the import is safe add it to \`artifacts.pickle_allow\`.`,
      redacted: someOf(names)
    });
  }
  let partly = report?.incomplete === "truncated" ? " Only its first bytes were read, so not every import was checked." : "", where = WHERE[kind.category], ruleId = kind.category === "model" ? ARTIFACT_RULES.model : kind.category === "pickle" ? ARTIFACT_RULES.pickle : kind.category === "array" ? ARTIFACT_RULES.array : ARTIFACT_RULES.keystore, severity = kind.category === "keystore" ? "critical" : "high", blocking = kind.category === "keystore" || !small, safe = report !== null && report.imports.length > 0 && partly === "" ? ` Its pickle imports only allowlisted callables (${report.imports.slice(0, 4).map(shownImport).join(", ")}${report.imports.length > 4 ? ", \u2026" : ""}).` : "", reviewers = settings.reviewers ?? [], review = blocking && kind.category !== "keystore" && reviewers.length > 0 ? ` If it belongs in git after all, a pull request that adds it needs an approval from ${reviewers.map((team) => `@${team}`).join(" or ")} on its head commit (review/artifact).` : "";
  return raw(input, ruleId, severity, blocking, {
    title: kind.name,
    message: `${input.path} is a ${kind.name} (${size}, recognised ${how}): ${where}${safe}${partly}${review}`,
    redacted: kind.id
  });
}
var WHERE = {
  model: "model weights belong in the model registry. Publish it there, or track the path with Git LFS (`git lfs track`), or add it to `artifacts.approved_paths`.",
  pickle: "loading a pickle can run code. Keep it out of the repository (use safetensors, Parquet or JSON), or track it with Git LFS.",
  array: "data dumps belong in the approved data store. Move it there, or track the path with Git LFS, or add it to `artifacts.approved_paths`.",
  keystore: "a key store holds private keys. Remove it from the change, rotate its keys and keep it in the secret manager."
};
function raw(input, ruleId, severity, blocking, text) {
  return {
    ruleId,
    kind: "artifact",
    severity,
    title: text.title,
    provider: "",
    path: input.path,
    line: 1,
    endLine: 1,
    column: 1,
    secret: ruleId,
    lineText: "",
    blocking,
    message: text.message,
    redacted: text.redacted
  };
}
function formatBytes(size) {
  if (size < 1024) return `${size} bytes`;
  let units = ["KiB", "MiB", "GiB", "TiB"], value = size / 1024, unit = 0;
  for (; value >= 1024 && unit < units.length - 1; )
    value /= 1024, unit++;
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

// src/core/pii/detect.ts
init_cli_data();

// src/core/pii/values.ts
init_cli_data();
var TEST_CARDS = /* @__PURE__ */ new Set([
  "4111111111111111",
  "4242424242424242",
  "4000056655665556",
  "4012888888881881",
  "4222222222222",
  "5555555555554444",
  "5105105105105100",
  "5200828282828210",
  "2223003122003222",
  "378282246310005",
  "371449635398431",
  "378734493671000",
  "6011111111111117",
  "6011000990139424",
  "3056930009020004",
  "36227206271667",
  "3566002020360505",
  "6200000000000005"
]), TEST_IBANS = /* @__PURE__ */ new Set([
  "GB82WEST12345698765432",
  "GB29NWBK60161331926819",
  "DE89370400440532013000",
  "FR1420041010050500013M02606",
  "NL91ABNA0417164300",
  "CH9300762011623852957"
]), IBAN_LENGTH = {
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  TR: 26
};
function luhn(digits) {
  let sum = 0, double = !1;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    double && (d *= 2, d > 9 && (d -= 9)), sum += d, double = !double;
  }
  return sum % 10 === 0;
}
function cardNetwork(digits) {
  let n = digits.length, p2 = Number(digits.slice(0, 2)), p3 = Number(digits.slice(0, 3)), p4 = Number(digits.slice(0, 4)), p6 = Number(digits.slice(0, 6));
  return digits[0] === "4" && (n === 13 || n === 16 || n === 19) ? "visa" : (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && n === 16 ? "mastercard" : (p2 === 34 || p2 === 37) && n === 15 ? "amex" : (p4 === 6011 || p3 >= 644 && p3 <= 649 || p2 === 65 || p6 >= 622126 && p6 <= 622925) && n >= 16 && n <= 19 ? "discover" : p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19 ? "jcb" : (p3 >= 300 && p3 <= 305 || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19 ? "diners" : p2 === 62 && n >= 16 && n <= 19 ? "unionpay" : null;
}
function repetitive(digits) {
  return /^(\d)\1+$/.test(digits) || "0123456789012345678".startsWith(digits) || digits.slice(1).replace(/0/g, "") === "";
}
function ibanValid(iban) {
  let country = iban.slice(0, 2), expected = IBAN_LENGTH[country];
  if (expected !== void 0 ? iban.length !== expected : iban.length < 15 || iban.length > 34)
    return !1;
  let moved = iban.slice(4) + iban.slice(0, 4), rest = 0;
  for (let ch of moved) {
    let code = ch.charCodeAt(0), value = code >= 65 ? String(code - 55) : ch;
    for (let digit of value) rest = (rest * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}
function ssnValid(area, group, serial) {
  let a = Number(area);
  if (a === 0 || a === 666 || a >= 900 || group === "00" || serial === "0000") return !1;
  let whole = `${area}${group}${serial}`;
  return whole !== "078051120" && whole !== "123456789" && whole !== "219099999" && !/^(\d)\1{8}$/.test(whole);
}
function dniValid(digits, letter) {
  return "TRWAGMYFPDXBNJZSQVHLCKE"[Number(digits) % 23] === letter && !/^(\d)\1{7}$/.test(digits);
}

// src/core/pii/detect.ts
var PII_LABELS = {
  email: "e-mail address",
  phone: "phone number",
  card: "payment card number",
  iban: "IBAN",
  ssn: "US social security number",
  "national-id": "national ID number"
}, PII_RULE = "personal-data/dataset", DEFAULT_PII_SETTINGS = {
  dataExtensions: ["csv", "tsv", "psv", "json", "jsonl", "ndjson", "sql", "ipynb"],
  minContacts: 10,
  minSensitive: 3
}, NOT_DATA = /^(?:package|package-lock|npm-shrinkwrap|composer|tsconfig(?:\.[\w-]+)?|jsconfig|biome|renovate|turbo|nx|lerna|deno|angular|app|manifest|\.?[\w-]*rc)\.json$|\.schema\.json$/i, NEXT_RECORD = /\}\s{0,64}(?:,\s{0,64})?\{\s{0,64}"([^"\\\n]{1,64})"\s{0,16}:|\]\s{0,64},\s{0,64}\[\s{0,64}"/g;
function looksLikeRecords(text) {
  let seen = /* @__PURE__ */ new Map();
  for (let m of text.matchAll(NEXT_RECORD)) {
    let key = m[1] ?? "[", count = (seen.get(key) ?? 0) + 1;
    if (count >= 2) return !0;
    seen.set(key, count);
  }
  return !1;
}
function recordsOnly(path) {
  return path.slice(path.lastIndexOf(".") + 1).toLowerCase() === "json";
}
function isDataFile(path, settings = DEFAULT_PII_SETTINGS) {
  let base = path.slice(path.lastIndexOf("/") + 1);
  if (NOT_DATA.test(base)) return !1;
  let dot = base.lastIndexOf(".");
  return dot <= 0 ? !1 : settings.dataExtensions.includes(base.slice(dot + 1).toLowerCase());
}
var EMAIL_DOMAIN = /@((?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24})\b/g, LOCAL_PART = /[A-Za-z0-9._%+-]/;
function* emails(text) {
  for (let m of text.matchAll(EMAIL_DOMAIN)) {
    let start = m.index;
    for (; start > 0 && m.index - start < 64 && LOCAL_PART.test(text[start - 1] ?? ""); ) start--;
    start !== m.index && (yield { address: text.slice(start, m.index + m[0].length), domain: m[1] ?? "" });
  }
}
var CARD = /(?<![\d.-]|\d[ -])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{4,5})(?![\d.]|[ -]\d)/g, IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b/g, SSN = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g, DNI = /\b(\d{8})-?([A-Z])\b/g, DIGIT_RUN = /\d{4}/, IBAN_START = /[A-Z]{2}\d{2}/, PHONE = /(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w])/g, EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|local|domain\.com|email\.com|foo\.com|bar\.com|acme\.com|company\.com|yourcompany\.com|mycompany\.com|users\.noreply\.github\.com)$/i;
function countPii(text, isPhone) {
  let found = {
    email: /* @__PURE__ */ new Set(),
    phone: /* @__PURE__ */ new Set(),
    card: /* @__PURE__ */ new Set(),
    iban: /* @__PURE__ */ new Set(),
    ssn: /* @__PURE__ */ new Set(),
    "national-id": /* @__PURE__ */ new Set()
  };
  for (let { address, domain } of emails(text))
    EXAMPLE_DOMAIN.test(domain) || found.email.add(address.toLowerCase());
  let digitRuns = DIGIT_RUN.test(text);
  for (let m of digitRuns ? text.matchAll(CARD) : []) {
    let digits = m[0].replace(/[ -]/g, "");
    digits.length < 13 || digits.length > 19 || TEST_CARDS.has(digits) || repetitive(digits) || cardNetwork(digits) !== null && luhn(digits) && found.card.add(digits);
  }
  for (let m of IBAN_START.test(text) ? text.matchAll(IBAN) : []) {
    let iban = m[0].replace(/ /g, "");
    !TEST_IBANS.has(iban) && ibanValid(iban) && found.iban.add(iban);
  }
  for (let m of digitRuns ? text.matchAll(SSN) : [])
    ssnValid(m[1] ?? "", m[2] ?? "", m[3] ?? "") && found.ssn.add(m[0]);
  for (let m of digitRuns ? text.matchAll(DNI) : [])
    dniValid(m[1] ?? "", m[2] ?? "") && found["national-id"].add(`${m[1]}${m[2]}`);
  if (isPhone !== void 0)
    for (let m of text.matchAll(PHONE)) {
      let digits = m[0].replace(/\D/g, "");
      found.card.has(digits) || /^(\d)\1+$/.test(digits.slice(-7)) || /555[.\s-]?01\d\d$/.test(m[0]) || isPhone(m[0]) && found.phone.add(digits);
    }
  let counts = {};
  for (let type of Object.keys(found)) {
    let size = found[type].size;
    size > 0 && (counts[type] = size);
  }
  return counts;
}
var CONTACT = ["email", "phone"];
function overThreshold(counts, settings) {
  return Object.keys(counts).filter((type) => (counts[type] ?? 0) >= (CONTACT.includes(type) ? settings.minContacts : settings.minSensitive));
}
function describeCounts(counts) {
  return Object.keys(PII_LABELS).filter((type) => (counts[type] ?? 0) > 0).map((type) => {
    let n = counts[type] ?? 0, label = PII_LABELS[type];
    return `${n} ${n === 1 ? label : label.endsWith("s") ? `${label}es` : `${label}s`}`;
  }).join(", ");
}
function judgePersonalData(path, text, settings = DEFAULT_PII_SETTINGS, isPhone) {
  if (recordsOnly(path) && !looksLikeRecords(text)) return null;
  let counts = countPii(text, isPhone), over = overThreshold(counts, settings);
  if (over.length === 0) return null;
  let sensitive = over.some((type) => !CONTACT.includes(type)), summary = describeCounts(counts);
  return {
    ruleId: PII_RULE,
    kind: "personal-data",
    severity: sensitive ? "critical" : "high",
    title: "Personal data in a data file",
    provider: "",
    path,
    line: 1,
    endLine: 1,
    column: 1,
    secret: PII_RULE,
    lineText: "",
    blocking: !0,
    message: `${path} holds personal data (${summary}): a dataset of people belongs in the approved data store, not in git. Remove the file (or the rows) from the change and load it from the data store; use synthetic or anonymised data for tests, or add the path to \`personal_data.approved_paths\` if it is approved.`,
    redacted: summary
  };
}

// src/core/postprocess/baseline.ts
init_cli_data();
function applyBaseline(findings, baseline) {
  let kept = findings.filter((finding) => !baseline.has(finding.fingerprint));
  return { kept, dropped: findings.length - kept.length };
}

// src/core/postprocess/redact.ts
init_cli_data();

// src/core/redact.ts
init_cli_data();
var MAX_PREFIX = 6, MIN_LENGTH_FOR_PREFIX = 12, PEM_HEADER = /^-----BEGIN ([A-Z0-9 ]{1,40}?)-----/;
function redact(secret) {
  let length = `(${formatCount(secret.length)} ${secret.length === 1 ? "char" : "chars"})`, pem = PEM_HEADER.exec(secret);
  if (pem !== null) return `-----BEGIN ${pem[1]}\u2026${length}`;
  if (secret.length < MIN_LENGTH_FOR_PREFIX) return `\u2026${length}`;
  let prefix = secret.slice(0, Math.min(MAX_PREFIX, Math.floor(secret.length / 5))), lineBreak = prefix.search(/[\r\n]/);
  return lineBreak !== -1 && (prefix = prefix.slice(0, lineBreak)), /[\uD800-\uDBFF]$/.test(prefix) && (prefix = prefix.slice(0, -1)), `${prefix}\u2026${length}`;
}

// src/core/postprocess/redact.ts
function atOrAbove(severity, threshold) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
function messageFor(raw2) {
  if (raw2.message !== void 0) return raw2.message;
  let where = raw2.provider === "" || raw2.provider === "generic" ? "its issuer" : raw2.provider, base = raw2.blocking ? `${raw2.title}: rotate this credential at ${where}, then remove it from the change.` : `${raw2.title}: possible secret; if it is a credential, rotate it and move it out of the code.`, message = raw2.note === void 0 ? base : `${base} ${raw2.note}`;
  return raw2.secret.length > 0 && message.includes(raw2.secret) ? message.split(raw2.secret).join(redact(raw2.secret)) : message;
}
function toFinding(raw2, failOn) {
  let finding = {
    ruleId: raw2.ruleId,
    kind: raw2.kind,
    severity: raw2.severity,
    path: raw2.path,
    line: raw2.line,
    endLine: raw2.endLine,
    column: raw2.column,
    message: messageFor(raw2),
    redacted: raw2.redacted ?? redact(raw2.secret),
    fingerprint: raw2.fingerprint,
    blocking: raw2.blocking && atOrAbove(raw2.severity, failOn),
    title: raw2.title,
    provider: raw2.provider
  };
  return raw2.commit !== void 0 && (finding.commit = raw2.commit.sha, finding.author = raw2.commit.author, finding.date = raw2.commit.date), finding;
}

// src/core/postprocess/sort.ts
init_cli_data();
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => compare(a.path, b.path) || compare(a.line, b.line) || compare(a.column, b.column) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint)
  );
}

// src/core/family.ts
function reaches(family, file) {
  return file.skipped === void 0 || family.needs.includes("head-bytes");
}
function applyOverride(finding, override, failOn) {
  if (override === void 0) return finding;
  let severity = override.severity ?? finding.severity, blocking = finding.blocking && override.blocking !== !1 && (failOn === void 0 || override.severity === void 0 || atOrAbove(severity, failOn));
  return { ...finding, severity, blocking };
}
async function run(first, families, options) {
  return settle(await evaluateAll(first, families, options), options.context);
}
async function evaluateAll(first, families, options) {
  let evaluation = isRun(first) ? await first.evaluate(options.context) : first;
  for (let family of families) {
    let output = await family.evaluate(options.context, evaluation);
    if (output === null) continue;
    let step = typeof family.chain == "function" ? family.chain(output) : family.chain;
    evaluation = joinFamily(evaluation, output, { ...options, ...step });
  }
  return evaluation;
}
function isRun(first) {
  return typeof first.evaluate == "function";
}
function settle(evaluation, context) {
  return conclude(evaluation, context);
}
function joinFamily(result, output, options) {
  let disabled = new Set(options.disable ?? []), overrides = options.overrides ?? {}, enabled = output.findings.filter((finding) => !disabled.has(finding.ruleId)).map((finding) => applyOverride(finding, overrides[finding.ruleId], options.failOn)), ignored = new Set((options.ignore ?? []).map((entry) => entry.fingerprint)), notIgnored = enabled.filter((finding) => !ignored.has(finding.fingerprint)), used = new Set(
    enabled.filter((f) => ignored.has(f.fingerprint)).map((finding) => finding.fingerprint)
  ), baselined = applyBaseline(notIgnored, options.baseline ?? /* @__PURE__ */ new Set()), seen = new Set(result.findings.map((f) => `${f.fingerprint}\0${f.line}`)), added = options.dedupe === !0 ? baselined.kept.filter((f) => !seen.has(`${f.fingerprint}\0${f.line}`)) : baselined.kept, all = [...waived(result.findings, output.waive), ...added], known = new Set(result.rules.map((rule) => rule.id)), rules = [
    ...result.rules,
    ...output.rules.filter(
      (rule) => !known.has(rule.id) && !disabled.has(rule.id) && (options.onlyFired !== !0 || added.some((finding) => finding.ruleId === rule.id))
    )
  ], explanations = [...result.explanations ?? [], ...output.explanations ?? []], suppressedIgnore = enabled.length - notIgnored.length;
  return {
    ...result,
    findings: options.sort === !1 ? all : sortFindings(all),
    rules,
    ...explanations.length > 0 ? { explanations } : {},
    unusedIgnores: used.size === 0 ? result.unusedIgnores : result.unusedIgnores.filter((entry) => !used.has(entry.fingerprint)),
    stats: {
      ...result.stats,
      ...output.documents === void 0 ? {} : { policies: (result.stats.policies ?? 0) + output.documents },
      suppressed: {
        ...result.stats.suppressed,
        ignoreFile: result.stats.suppressed.ignoreFile + suppressedIgnore,
        baseline: result.stats.suppressed.baseline + baselined.dropped
      }
    },
    description: options.describe === void 0 ? result.description : `${result.description}, and ${options.describe}`
  };
}
var GUARDRAIL_IDS = /* @__PURE__ */ new Set([
  ...Object.values(ARTIFACT_RULES),
  PII_RULE
]);
function waived(findings, waive) {
  let out = findings;
  for (let waiver of waive ?? []) {
    if (waiver.ruleIds.length === 0) continue;
    let ids = new Set(waiver.ruleIds);
    out = out.map(
      (finding) => ids.has(finding.ruleId) && finding.blocking ? {
        ...finding,
        blocking: !1,
        ...waiver.note === void 0 ? {} : { message: `${waiver.note} ${finding.message}` }
      } : finding
    );
  }
  return out;
}
function isFamilyRuleId(id, where = "disable") {
  return where === "disable" && id.startsWith("review/") || Object.hasOwn(POLICY_RULES, id) || // The guardrail families (core/guardrails.ts) apply both to their own findings.
  GUARDRAIL_IDS.has(id);
}

// src/core/fingerprint.ts
init_cli_data();
import { createRequire as createRequire2 } from "node:module";
var load3 = createRequire2(import.meta.url), crypto, FINGERPRINT = /^(?<ruleId>[^:\s]+):(?<path>.+):(?<form>v2-)?(?<hash>[0-9a-f]{64})$/, KEYED_PREFIX = "v2-", SLOW_HASH_BELOW = 32, SCRYPT = { N: 1024, r: 8, p: 1 }, KEY_CONTEXT = "mandate fingerprint key v2";
function fingerprintKey(salt = "") {
  return crypto ??= load3("node:crypto"), crypto.createHmac("sha256", KEY_CONTEXT).update(salt, "utf8").digest();
}
function keyedHash(secret, key) {
  if (crypto ??= load3("node:crypto"), [...secret].length < SLOW_HASH_BELOW) {
    let early = ahead.get(hexOf(key))?.get(secret);
    return early ?? crypto.scryptSync(secret, key, 32, SCRYPT).toString("hex");
  }
  return crypto.createHmac("sha256", key).update(secret, "utf8").digest("hex");
}
var ahead = /* @__PURE__ */ new Map(), inFlight = /* @__PURE__ */ new Set();
function hexOf(key) {
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString("hex");
}
function hashAhead(secret, key) {
  if ([...secret].length >= SLOW_HASH_BELOW) return;
  let hex = hexOf(key), known = ahead.get(hex);
  if (known === void 0 && (known = /* @__PURE__ */ new Map(), ahead.set(hex, known)), known.has(secret)) return;
  known.set(secret, null), crypto ??= load3("node:crypto");
  let done = known, hashing = new Promise((resolve) => {
    crypto.scrypt(secret, key, 32, SCRYPT, (error, derived) => {
      error === null ? done.set(secret, derived.toString("hex")) : done.delete(secret), resolve();
    });
  });
  inFlight.add(hashing), hashing.then(() => inFlight.delete(hashing));
}
async function hashesAhead() {
  for (; inFlight.size > 0; ) await Promise.all([...inFlight]);
}
function parseFingerprint(fingerprint) {
  let groups = FINGERPRINT.exec(fingerprint)?.groups;
  return groups === void 0 ? null : {
    ruleId: groups.ruleId,
    path: groups.path,
    hash: groups.hash,
    keyed: groups.form !== void 0
  };
}

export {
  describeReason,
  INCOMPLETE_REMEDIATION,
  pathGlob,
  matchesAny,
  SIGNATURE_BYTES,
  isArtifactName,
  classifyArtifact,
  mayBeTextPickle,
  readsPastStart,
  startsAsZip,
  DEFAULT_ARTIFACT_SETTINGS,
  ARTIFACT_RULES,
  ARTIFACT_RULE_INFO,
  artifactJudge,
  PII_RULE,
  DEFAULT_PII_SETTINGS,
  isDataFile,
  judgePersonalData,
  POLICY_RULES,
  applyBaseline,
  redact,
  SEVERITIES,
  atOrAbove,
  toFinding,
  sortFindings,
  reaches,
  applyOverride,
  run,
  GUARDRAIL_IDS,
  isFamilyRuleId,
  KEYED_PREFIX,
  fingerprintKey,
  keyedHash,
  hashAhead,
  hashesAhead,
  parseFingerprint
};
