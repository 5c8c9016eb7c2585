import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  CHOSEN_VALUE_TAGS,
  CONTEXT_TAGS,
  VALIDATORS,
  isValidatorName
} from "./chunk-GD5B2BOF.js";
import {
  translateLegacyEntries
} from "./chunk-KMMUXMIF.js";
import {
  FIXTURE_RULE
} from "./chunk-W4LIVNFC.js";
import {
  KEYED_PREFIX,
  SEVERITIES,
  applyBaseline,
  fingerprintKey,
  keyedHash,
  parseFingerprint,
  redact,
  sortFindings,
  toFinding
} from "./chunk-CWPAJBVV.js";
import {
  Minimatch
} from "./chunk-L47OS7X2.js";
import {
  ConfigError
} from "./chunk-ZPHIZCRR.js";

// src/core/secret/anchor.ts
var Parser = class {
  constructor(source) {
    this.source = source;
  }
  source;
  i = 0;
  /** Parses a sequence up to `)` or the end; null when there is an alternation in it. */
  sequence() {
    let alternatives = [], items = [], s = this.source;
    for (; this.i < s.length && s[this.i] !== ")"; ) {
      if (s[this.i] === "|") {
        this.i++, alternatives.push(items), items = [];
        continue;
      }
      let atom = this.atom(), quantified = this.quantifier(atom);
      items.push(quantified);
    }
    return alternatives.push(items), { items: alternatives.length === 1 ? items : [], alternatives };
  }
  atom() {
    let s = this.source, c = s[this.i];
    if (c === "\\") return this.escape();
    if (c === "[") {
      for (this.i++, s[this.i] === "^" && this.i++, s[this.i] === "]" && this.i++; this.i < s.length && s[this.i] !== "]"; ) this.i += s[this.i] === "\\" ? 2 : 1;
      return this.i++, { literal: null, max: 1 };
    }
    return c === "(" ? this.group() : (this.i++, c === "^" || c === "$" ? { literal: null, max: 0 } : c === "." ? { literal: null, max: 1 } : { literal: c, max: 1 });
  }
  escape() {
    let s = this.source, c = s[this.i + 1] ?? "";
    if (this.i += 2, "dDwWsS".includes(c)) return { literal: null, max: 1 };
    if (c === "b" || c === "B") return { literal: null, max: 0 };
    if (/[1-9]/.test(c) || c === "k") return { literal: null, max: Number.POSITIVE_INFINITY };
    let simple = {
      n: `
`,
      r: "\r",
      t: "	",
      v: "\v",
      f: "\f",
      0: "\0"
    };
    return simple[c] !== void 0 ? { literal: simple[c], max: 1 } : c === "x" && /^[0-9a-fA-F]{2}$/.test(s.slice(this.i, this.i + 2)) ? (this.i += 2, {
      literal: String.fromCharCode(Number.parseInt(s.slice(this.i - 2, this.i), 16)),
      max: 1
    }) : c === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(this.i, this.i + 4)) ? (this.i += 4, {
      literal: String.fromCharCode(Number.parseInt(s.slice(this.i - 4, this.i), 16)),
      max: 1
    }) : c === "c" || c === "x" || c === "u" || c === "p" || c === "P" ? { literal: null, max: 1 } : { literal: c, max: 1 };
  }
  group() {
    let s = this.source;
    this.i++;
    let lookaround = !1;
    if (s[this.i] === "?") {
      let head = s.slice(this.i, this.i + 3);
      if (head.startsWith("?=") || head.startsWith("?!"))
        lookaround = !0, this.i += 2;
      else if (head === "?<=" || head === "?<!")
        lookaround = !0, this.i += 3;
      else if (head.startsWith("?:"))
        this.i += 2;
      else if (head.startsWith("?<"))
        this.i = s.indexOf(">", this.i) + 1;
      else
        throw new Error("unsupported group");
    }
    let { alternatives } = this.sequence();
    if (this.i++, lookaround) return { literal: null, max: 0 };
    let max = 0, min = Number.POSITIVE_INFINITY;
    for (let items of alternatives)
      max = Math.max(max, widthOf(items)), min = Math.min(min, minWidthOf(items));
    let group = { literal: null, max, min, leads: alternatives.map(leadOf) };
    return alternatives.length === 1 && (group.inner = alternatives[0]), group;
  }
  quantifier(atom) {
    let s = this.source, c = s[this.i], min = 1, max = 1;
    if (c === "?" || c === "*" || c === "+")
      this.i++, min = c === "+" ? 1 : 0, max = c === "?" ? 1 : Number.POSITIVE_INFINITY;
    else if (c === "{") {
      let m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m === null) return atom;
      this.i += m[0].length, min = Number(m[1]), max = m[2] === void 0 ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else
      return atom;
    return s[this.i] === "?" && this.i++, min === 1 && max === 1 ? atom : { literal: null, max: atom.max * max, min: minOf(atom) * min };
  }
};
function flatten(items) {
  let out = [];
  for (let item of items)
    item.inner === void 0 ? out.push(item) : out.push(...flatten(item.inner));
  return out;
}
function leadOf(items) {
  let lead = "";
  for (let item of items)
    if (!(item.max === 0 && item.literal === null && lead === "")) {
      if (item.literal === null) break;
      lead += item.literal;
    }
  return lead;
}
function widthOf(items) {
  let total = 0;
  for (let item of items) total += item.max;
  return total;
}
function minOf(item) {
  return item.min ?? (Number.isFinite(item.max) ? item.max : 0);
}
function minWidthOf(items) {
  let total = 0;
  for (let item of items) total += minOf(item);
  return total;
}
function ruleAnalysis(source, flags, keywords) {
  let anchor = findAnchor(source, flags), leads = anchor === null ? findLeads(source, flags, 1) : null, keywordLed = isKeywordLed(source, keywords);
  return {
    anchor,
    leads,
    keywordLed,
    ledBy: leadingKeywords(keywordLed ? keywordSpellings(source) : leads, keywords)
  };
}
function leadingKeywords(starts, keywords) {
  if (starts === null) return null;
  let lower = starts.map((start) => start.toLowerCase());
  return lower.every((start) => keywords.some((word) => start.startsWith(word.toLowerCase()))) ? keywords.filter((word) => lower.some((start) => start.startsWith(word.toLowerCase()))) : null;
}
var prebuilt;
function prebuiltAnalysis(id, source, flags, keywords) {
  prebuilt === void 0 && (prebuilt = JSON.parse(`{"secret/aws-access-key-id":{"regex":"(?<![A-Za-z0-9])(?<!Credential=)(?<secret>AKIA[A-Z2-7]{16}|ASIA[A-Z2-7]{16}|ABIA[A-Z2-7]{16}|ACCA[A-Z2-7]{16})(?![A-Za-z0-9])","flags":"g","keywords":["akia","asia","abia","acca"],"anchor":null,"leads":["AKIA","ASIA","ABIA","ACCA"],"keywordLed":false,"ledBy":["akia","asia","abia","acca"]},"secret/aws-secret-access-key":{"regex":"(?:aws[\\\\w.-]{0,20}?secret|secret[_.-]?access[_.-]?key|AKIA[A-Z2-7]{16}[^\\\\n]{0,10}\\\\n[\\\\s\\\\S]{0,200}?secret|ASIA[A-Z2-7]{16}[^\\\\n]{0,10}\\\\n[\\\\s\\\\S]{0,200}?secret)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\|)|(?<=configure[ \\\\t]+set[ \\\\t]+[\\\\w.-]{1,60})[ \\\\t]+|(?<=(?:^|\\\\n)[ \\\\t]*ENV[ \\\\t]+[\\\\w.-]{1,80})[ \\\\t]+)\\\\s{0,5}[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])","flags":"gi","keywords":["secret_access","secret-access","secret.access","secretaccess","aws","akia","asia"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["secret_access","secret-access","secret.access","secretaccess","aws","akia","asia"]},"secret/gcp-service-account":{"regex":"\\"type\\"\\\\s*:\\\\s*\\"service_account\\"[\\\\s\\\\S]{0,4000}?\\"private_key\\"\\\\s*:\\\\s*\\"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\\s\\\\\\\\]{64,8000}?-----END (?:RSA )?PRIVATE KEY-----(?:\\\\\\\\n)?)\\"","flags":"g","keywords":["service_account"],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/google-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])","flags":"g","keywords":["aiza"],"anchor":null,"leads":["AIza"],"keywordLed":false,"ledBy":["aiza"]},"secret/google-oauth-client-secret":{"regex":"(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])","flags":"g","keywords":["gocspx-"],"anchor":null,"leads":["GOCSPX-"],"keywordLed":false,"ledBy":["gocspx-"]},"secret/google-oauth-refresh-token":{"regex":"(?<![A-Za-z0-9_/.-])(?<secret>1//0[A-Za-z0-9_-]{40,512})(?![A-Za-z0-9_-])","flags":"g","keywords":["1//0"],"anchor":null,"leads":["1//0"],"keywordLed":false,"ledBy":["1//0"]},"secret/google-oauth-access-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>ya29\\\\.[A-Za-z0-9_-]{30,2048})(?![A-Za-z0-9_-])","flags":"g","keywords":["ya29."],"anchor":null,"leads":["ya29."],"keywordLed":false,"ledBy":["ya29."]},"secret/azure-storage-account-key":{"regex":"(?:AccountKey=)(?<secret>[A-Za-z0-9+/]{86}==)","flags":"gi","keywords":["accountkey"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["accountkey"]},"secret/azure-shared-access-key":{"regex":"(?:SharedAccessKey=)(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])","flags":"gi","keywords":["sharedaccesskey"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["sharedaccesskey"]},"secret/azure-sas-token":{"regex":"sig=(?<=[?&;]sig=)(?:(?<=(?<![\\\\w-])sv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[^\\\\s\\\\x22\\\\x27<>]{0,600}sig=)|(?=[^\\\\s\\\\x22\\\\x27<>&]{40,200}&(?:[^\\\\s\\\\x22\\\\x27<>]{0,300}&)?sv=[0-9]{4}-[0-9]{2}-[0-9]{2}))(?<secret>[A-Za-z0-9%+/]{40,130}=?)(?![A-Za-z0-9%+/=])","flags":"g","keywords":["sig="],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/azure-ad-client-secret":{"regex":"(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])","flags":"g","keywords":["q~"],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/alibaba-access-key-id":{"regex":"(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])","flags":"g","keywords":["ltai"],"anchor":null,"leads":["LTAI"],"keywordLed":false,"ledBy":["ltai"]},"secret/digitalocean-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>dop_v1_[a-f0-9]{64}|doo_v1_[a-f0-9]{64}|dor_v1_[a-f0-9]{64})(?![A-Za-z0-9_])","flags":"g","keywords":["dop_v1_","doo_v1_","dor_v1_"],"anchor":null,"leads":["dop_v1_","doo_v1_","dor_v1_"],"keywordLed":false,"ledBy":["dop_v1_","doo_v1_","dor_v1_"]},"secret/heroku-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])","flags":"g","keywords":["hrku-aa"],"anchor":null,"leads":["HRKU-AA"],"keywordLed":false,"ledBy":["hrku-aa"]},"secret/heroku-legacy-api-key":{"regex":"(?:heroku)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["heroku"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["heroku"]},"secret/cloudflare-api-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>cfk_[A-Za-z0-9]{40}[a-f0-9]{8}|cfut_[A-Za-z0-9]{40}[a-f0-9]{8}|cfat_[A-Za-z0-9]{40}[a-f0-9]{8})(?![A-Za-z0-9_])","flags":"g","keywords":["cfk_","cfut_","cfat_"],"anchor":null,"leads":["cfk_","cfut_","cfat_"],"keywordLed":false,"ledBy":["cfk_","cfut_","cfat_"]},"secret/cloudflare-legacy-api-key":{"regex":"(?:cloudflare|cf_api_)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{40}|[a-f0-9]{37})(?![A-Za-z0-9_-])","flags":"gi","keywords":["cloudflare","cf_api_"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["cloudflare","cf_api_"]},"secret/vercel-token":{"regex":"(?:vercel)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>vc[a-z]_[A-Za-z0-9]{20,80}|[A-Za-z0-9]{24})(?![A-Za-z0-9_-])","flags":"gi","keywords":["vercel"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["vercel"]},"secret/supabase-service-key":{"regex":"(?:service[_-]?role|supabase[\\\\w.-]{0,20}?(?:service|secret))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,}|sb_secret_[A-Za-z0-9_-]{20,80})(?![A-Za-z0-9_-])","flags":"gi","keywords":["service_role","service-role","servicerole","supabase"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["service_role","service-role","servicerole","supabase"]},"secret/kubernetes-bootstrap-token":{"regex":"(?:token:|token=|token |token\\\\x22|token\\\\x27|TOKEN:|TOKEN=|TOKEN |TOKEN\\\\x22|TOKEN\\\\x27)(?:(?<=[ \\\\x22\\\\x27])[ \\\\t]*[:=])?[ \\\\t]*[\\\\x22\\\\x27]?(?=[a-z.]{0,22}[0-9])(?<secret>[a-z0-9]{6}\\\\.[a-z0-9]{16})(?![A-Za-z0-9_.-])","flags":"g","keywords":["token:","token=","token ","token\\"","token'"],"anchor":null,"leads":["token:","token=","token ","token\\"","token'","TOKEN:","TOKEN=","TOKEN ","TOKEN\\"","TOKEN'"],"keywordLed":false,"ledBy":["token:","token=","token ","token\\"","token'"]},"secret/github-pat":{"regex":"(?<![A-Za-z0-9_])(?<secret>ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","flags":"g","keywords":["ghp_"],"anchor":null,"leads":["ghp_"],"keywordLed":false,"ledBy":["ghp_"]},"secret/github-oauth-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","flags":"g","keywords":["gho_"],"anchor":null,"leads":["gho_"],"keywordLed":false,"ledBy":["gho_"]},"secret/github-user-to-server-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>ghu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","flags":"g","keywords":["ghu_"],"anchor":null,"leads":["ghu_"],"keywordLed":false,"ledBy":["ghu_"]},"secret/github-server-to-server-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>ghs_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","flags":"g","keywords":["ghs_"],"anchor":null,"leads":["ghs_"],"keywordLed":false,"ledBy":["ghs_"]},"secret/github-app-installation-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","flags":"g","keywords":["ghs_"],"anchor":null,"leads":["ghs_"],"keywordLed":false,"ledBy":["ghs_"]},"secret/github-refresh-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>ghr_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","flags":"g","keywords":["ghr_"],"anchor":null,"leads":["ghr_"],"keywordLed":false,"ledBy":["ghr_"]},"secret/github-fine-grained-pat":{"regex":"(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])","flags":"g","keywords":["github_pat_"],"anchor":null,"leads":["github_pat_"],"keywordLed":false,"ledBy":["github_pat_"]},"secret/gitlab-pat":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glpat-(?:[A-Za-z0-9_-]{27,300}\\\\.[0-9a-z]{9}|[A-Za-z0-9_-]{20}))(?![A-Za-z0-9_-])","flags":"g","keywords":["glpat-"],"anchor":null,"leads":["glpat-"],"keywordLed":false,"ledBy":["glpat-"]},"secret/gitlab-runner-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glrt-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{9})?)(?![A-Za-z0-9_-])","flags":"g","keywords":["glrt-"],"anchor":null,"leads":["glrt-"],"keywordLed":false,"ledBy":["glrt-"]},"secret/gitlab-deploy-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>gldt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","flags":"g","keywords":["gldt-"],"anchor":null,"leads":["gldt-"],"keywordLed":false,"ledBy":["gldt-"]},"secret/npm-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","flags":"g","keywords":["npm_"],"anchor":null,"leads":["npm_"],"keywordLed":false,"ledBy":["npm_"]},"secret/docker-hub-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])","flags":"g","keywords":["dckr_pat_","dckr_oat_"],"anchor":null,"leads":["dckr_"],"keywordLed":false,"ledBy":null},"secret/pypi-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])","flags":"g","keywords":["pypi-ageichlwas5vcmc"],"anchor":null,"leads":["pypi-AgEIcHlwaS5vcmc"],"keywordLed":false,"ledBy":["pypi-ageichlwas5vcmc"]},"secret/rubygems-api-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])","flags":"g","keywords":["rubygems_"],"anchor":null,"leads":["rubygems_"],"keywordLed":false,"ledBy":["rubygems_"]},"secret/terraform-cloud-token":{"regex":"(?<![A-Za-z0-9_-])(?=(?<secret>[A-Za-z0-9]{14}\\\\.atlasv1\\\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-]))[A-Za-z0-9]{14}\\\\.atlasv1\\\\.","flags":"g","keywords":[".atlasv1."],"anchor":{"literal":".atlasv1.","maxBefore":14,"minBefore":14},"leads":null,"keywordLed":false,"ledBy":null},"secret/vault-token":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>hvs\\\\.[A-Za-z0-9_-]{90,120}|hvb\\\\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])","flags":"g","keywords":["hvs.","hvb."],"anchor":null,"leads":["hvs.","hvb."],"keywordLed":false,"ledBy":["hvs.","hvb."]},"secret/doppler-token":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>dp\\\\.(?:pt|st|sa|ct|scim|audit)\\\\.[A-Za-z0-9_.-]{40,90})(?![A-Za-z0-9_-])","flags":"g","keywords":["dp.pt.","dp.st.","dp.sa.","dp.ct.","dp.scim.","dp.audit."],"anchor":null,"leads":["dp."],"keywordLed":false,"ledBy":null},"secret/onepassword-service-account-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{250,}={0,3})","flags":"g","keywords":["ops_eyj"],"anchor":null,"leads":["ops_eyJ"],"keywordLed":false,"ledBy":["ops_eyj"]},"secret/age-secret-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])","flags":"g","keywords":["age-secret-key-1"],"anchor":null,"leads":["AGE-SECRET-KEY-1"],"keywordLed":false,"ledBy":["age-secret-key-1"]},"secret/slack-bot-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,40})(?![A-Za-z0-9_-])","flags":"g","keywords":["xoxb-"],"anchor":null,"leads":["xoxb-"],"keywordLed":false,"ledBy":["xoxb-"]},"secret/slack-user-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>xoxp-(?:[0-9]{8,14}-){3}[A-Za-z0-9]{28,34})(?![A-Za-z0-9_-])","flags":"g","keywords":["xoxp-"],"anchor":null,"leads":["xoxp-"],"keywordLed":false,"ledBy":["xoxp-"]},"secret/slack-app-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{10,16}-[a-f0-9]{32,80})(?![A-Za-z0-9_-])","flags":"g","keywords":["xapp-"],"anchor":null,"leads":["xapp-"],"keywordLed":false,"ledBy":["xapp-"]},"secret/slack-config-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>xoxe\\\\.xox[bp]-[0-9]-[A-Za-z0-9]{140,180}|xoxe-[0-9]-[A-Za-z0-9]{140,160})(?![A-Za-z0-9_-])","flags":"g","keywords":["xoxe"],"anchor":null,"leads":["xoxe.xox","xoxe-"],"keywordLed":false,"ledBy":["xoxe"]},"secret/slack-webhook-url":{"regex":"(?<secret>https://hooks\\\\.slack\\\\.com/(?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{23,25}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{15,21}/[A-Za-z0-9]{24,34}))(?![A-Za-z0-9])","flags":"g","keywords":["hooks.slack.com"],"anchor":null,"leads":["https://hooks.slack.com/"],"keywordLed":false,"ledBy":null},"secret/discord-bot-token":{"regex":"(?:discord)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{23,28}\\\\.[A-Za-z0-9_-]{6,7}\\\\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["discord"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["discord"]},"secret/discord-webhook-url":{"regex":"(?<secret>https://(?:(?:ptb|canary)\\\\.)?discord(?:app)?\\\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])","flags":"g","keywords":["discord"],"anchor":null,"leads":["https://"],"keywordLed":false,"ledBy":null},"secret/telegram-bot-token":{"regex":"(?<![A-Za-z0-9_:/])(?=(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-]))[0-9]{8,10}:AA","flags":"g","keywords":[":aa"],"anchor":{"literal":":AA","maxBefore":10,"minBefore":8},"leads":null,"keywordLed":false,"ledBy":null},"secret/sendgrid-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>SG\\\\.[A-Za-z0-9_-]{22}\\\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","flags":"g","keywords":["sg."],"anchor":null,"leads":["SG."],"keywordLed":false,"ledBy":["sg."]},"secret/mailgun-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>key-[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["key-"],"anchor":null,"leads":["key-"],"keywordLed":false,"ledBy":["key-"]},"secret/twilio-api-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9_])","flags":"g","keywords":["sk"],"anchor":null,"leads":["SK"],"keywordLed":false,"ledBy":["sk"]},"secret/twilio-auth-token":{"regex":"(?:twilio)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["twilio"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["twilio"]},"secret/stripe-live-secret-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>sk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","flags":"g","keywords":["sk_live_"],"anchor":null,"leads":["sk_live_"],"keywordLed":false,"ledBy":["sk_live_"]},"secret/stripe-test-secret-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>sk_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","flags":"g","keywords":["sk_test_"],"anchor":null,"leads":["sk_test_"],"keywordLed":false,"ledBy":["sk_test_"]},"secret/stripe-restricted-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>rk_(?:live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","flags":"g","keywords":["rk_live_","rk_test_"],"anchor":null,"leads":["rk_"],"keywordLed":false,"ledBy":null},"secret/stripe-webhook-secret":{"regex":"(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9]{32,88})(?![A-Za-z0-9_+/=])","flags":"g","keywords":["whsec_"],"anchor":null,"leads":["whsec_"],"keywordLed":false,"ledBy":["whsec_"]},"secret/standard-webhooks-secret":{"regex":"(?<![A-Za-z0-9_])(?<secret>whsec_(?=[A-Za-z0-9+/]{0,88}[+/=])[A-Za-z0-9+/]{24,88}={0,2})(?![A-Za-z0-9_+/=])","flags":"g","keywords":["whsec_"],"anchor":null,"leads":["whsec_"],"keywordLed":false,"ledBy":["whsec_"]},"secret/shopify-access-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","flags":"g","keywords":["shpat_","shpca_","shppa_"],"anchor":null,"leads":["shp"],"keywordLed":false,"ledBy":null},"secret/shopify-shared-secret":{"regex":"(?<![A-Za-z0-9_])(?<secret>shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","flags":"g","keywords":["shpss_"],"anchor":null,"leads":["shpss_"],"keywordLed":false,"ledBy":["shpss_"]},"secret/square-access-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])","flags":"g","keywords":["eaaa","sq0atp-"],"anchor":null,"leads":["EAAA","sq0atp-"],"keywordLed":false,"ledBy":["eaaa","sq0atp-"]},"secret/square-oauth-secret":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","flags":"g","keywords":["sq0csp-"],"anchor":null,"leads":["sq0csp-"],"keywordLed":false,"ledBy":["sq0csp-"]},"secret/braintree-access-token":{"regex":"(?<secret>access_token\\\\$(?:production|sandbox)\\\\$[0-9a-z]{16}\\\\$[0-9a-f]{32})(?![A-Za-z0-9])","flags":"g","keywords":["access_token$"],"anchor":null,"leads":["access_token$"],"keywordLed":false,"ledBy":["access_token$"]},"secret/openai-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-(?:(?:proj|svcacct|None)-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))(?![A-Za-z0-9_-])","flags":"g","keywords":["t3blbkfj"],"anchor":null,"leads":["sk-"],"keywordLed":false,"ledBy":null},"secret/openai-admin-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-admin-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])","flags":"g","keywords":["sk-admin-"],"anchor":null,"leads":["sk-admin-"],"keywordLed":false,"ledBy":["sk-admin-"]},"secret/anthropic-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])","flags":"g","keywords":["sk-ant-api03-"],"anchor":null,"leads":["sk-ant-api03-"],"keywordLed":false,"ledBy":["sk-ant-api03-"]},"secret/anthropic-admin-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])","flags":"g","keywords":["sk-ant-admin01-"],"anchor":null,"leads":["sk-ant-admin01-"],"keywordLed":false,"ledBy":["sk-ant-admin01-"]},"secret/anthropic-oauth-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-ant-oat01-[A-Za-z0-9_-]{95})(?![A-Za-z0-9_-])","flags":"g","keywords":["sk-ant-oat01-"],"anchor":null,"leads":["sk-ant-oat01-"],"keywordLed":false,"ledBy":["sk-ant-oat01-"]},"secret/huggingface-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>hf_[A-Za-z]{34}|api_org_[A-Za-z]{34})(?![A-Za-z0-9_])","flags":"g","keywords":["hf_","api_org_"],"anchor":null,"leads":["hf_","api_org_"],"keywordLed":false,"ledBy":["hf_","api_org_"]},"secret/groq-api-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])","flags":"g","keywords":["gsk_"],"anchor":null,"leads":["gsk_"],"keywordLed":false,"ledBy":["gsk_"]},"secret/replicate-api-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])","flags":"g","keywords":["r8_"],"anchor":null,"leads":["r8_"],"keywordLed":false,"ledBy":["r8_"]},"secret/xai-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])","flags":"g","keywords":["xai-"],"anchor":null,"leads":["xai-"],"keywordLed":false,"ledBy":["xai-"]},"secret/openrouter-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"g","keywords":["sk-or-v1-"],"anchor":null,"leads":["sk-or-v1-"],"keywordLed":false,"ledBy":["sk-or-v1-"]},"secret/perplexity-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])","flags":"g","keywords":["pplx-"],"anchor":null,"leads":["pplx-"],"keywordLed":false,"ledBy":["pplx-"]},"secret/pinecone-api-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,70})(?![A-Za-z0-9_])","flags":"g","keywords":["pcsk_"],"anchor":null,"leads":["pcsk_"],"keywordLed":false,"ledBy":["pcsk_"]},"secret/wandb-api-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>wandb_v1_[A-Za-z0-9_-]{70,90})(?![A-Za-z0-9_-])","flags":"g","keywords":["wandb_v1_"],"anchor":null,"leads":["wandb_v1_"],"keywordLed":false,"ledBy":["wandb_v1_"]},"secret/wandb-legacy-api-key":{"regex":"(?:wandb)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["wandb"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["wandb"]},"secret/cohere-api-key":{"regex":"(?:cohere|co_api_key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["cohere","co_api_key"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["cohere","co_api_key"]},"secret/mistral-api-key":{"regex":"(?:mistral)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["mistral"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mistral"]},"secret/deepseek-api-key":{"regex":"(?:deepseek)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk-[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["deepseek"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["deepseek"]},"secret/together-api-key":{"regex":"(?:together)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>tgp_v1_[A-Za-z0-9_-]{40,50}|[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["together"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["together"]},"secret/voyage-api-key":{"regex":"(?:voyage)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>pa-[A-Za-z0-9_-]{40,50})(?![A-Za-z0-9_-])","flags":"gi","keywords":["voyage"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["voyage"]},"secret/elevenlabs-api-key":{"regex":"(?:elevenlabs|eleven_labs|xi-api-key|xi_api_key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:sk_)?[a-f0-9]{32,48})(?![A-Za-z0-9_-])","flags":"gi","keywords":["elevenlabs","eleven_labs","xi-api-key","xi_api_key"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["elevenlabs","eleven_labs","xi-api-key","xi_api_key"]},"secret/assemblyai-api-key":{"regex":"(?:assembly_?ai)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["assemblyai","assembly_ai"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["assemblyai","assembly_ai"]},"secret/deepgram-api-key":{"regex":"(?:deepgram)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["deepgram"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["deepgram"]},"secret/nvidia-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>nvapi-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])","flags":"g","keywords":["nvapi-"],"anchor":null,"leads":["nvapi-"],"keywordLed":false,"ledBy":["nvapi-"]},"secret/langsmith-api-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])","flags":"g","keywords":["lsv2_pt_","lsv2_sk_"],"anchor":null,"leads":["lsv2_"],"keywordLed":false,"ledBy":null},"secret/langfuse-secret-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])","flags":"g","keywords":["sk-lf-"],"anchor":null,"leads":["sk-lf-"],"keywordLed":false,"ledBy":["sk-lf-"]},"secret/databricks-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9_-])","flags":"g","keywords":["dapi"],"anchor":null,"leads":["dapi"],"keywordLed":false,"ledBy":["dapi"]},"secret/datadog-api-key":{"regex":"(?:datadog|dd[_-]api[_-]?key|dd[_-]app(?:lication)?[_-]?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}\\\\s{0,16}(?:(?:=|:=|:|=>|,|\\\\(|\\\\|)\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?|(?<=[\\\\w\\\\x22\\\\x27\\\\x60\\\\]][ \\\\t]{1,4})|\\\\{[^{}]{0,300}?(?<![\\\\w-])(?:api|app)_?key[\\\\x22\\\\x27]?[ \\\\t]*[=:][ \\\\t]*|:[ \\\\t]*\\\\r?\\\\n(?<=(?:^|\\\\n)(?<ind>[ \\\\t]*)\\\\S[^\\\\n]*\\\\n)(?:\\\\k<ind>[ \\\\t]+\\\\S[^\\\\n]*\\\\n|[ \\\\t]*\\\\r?\\\\n){0,10}?\\\\k<ind>[ \\\\t]+(?:api|app)_?key[\\\\x22\\\\x27]?[ \\\\t]*[=:][ \\\\t]*)[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40}|[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["datadog","dd_api","dd-api","dd_app","dd-app"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["datadog","dd_api","dd-api","dd_app","dd-app"]},"secret/newrelic-user-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])","flags":"g","keywords":["nrak-"],"anchor":null,"leads":["NRAK-"],"keywordLed":false,"ledBy":["nrak-"]},"secret/grafana-cloud-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,3})(?![A-Za-z0-9+/=_])","flags":"g","keywords":["glc_"],"anchor":null,"leads":["glc_"],"keywordLed":false,"ledBy":["glc_"]},"secret/grafana-service-account-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])","flags":"g","keywords":["glsa_"],"anchor":null,"leads":["glsa_"],"keywordLed":false,"ledBy":["glsa_"]},"secret/sentry-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/=]{40,600}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_])","flags":"g","keywords":["sntrys_","sntryu_"],"anchor":null,"leads":["sntrys_eyJ","sntryu_"],"keywordLed":false,"ledBy":["sntrys_","sntryu_"]},"secret/postman-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])","flags":"g","keywords":["pmak-"],"anchor":null,"leads":["PMAK-"],"keywordLed":false,"ledBy":["pmak-"]},"secret/linear-api-key":{"regex":"(?<![A-Za-z0-9_])(?<secret>lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])","flags":"g","keywords":["lin_api_"],"anchor":null,"leads":["lin_api_"],"keywordLed":false,"ledBy":["lin_api_"]},"secret/notion-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])","flags":"g","keywords":["ntn_","secret_"],"anchor":null,"leads":["ntn_","secret_"],"keywordLed":false,"ledBy":["ntn_","secret_"]},"secret/atlassian-api-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])","flags":"g","keywords":["atatt3"],"anchor":null,"leads":["ATATT3"],"keywordLed":false,"ledBy":["atatt3"]},"secret/asana-token":{"regex":"(?:asana)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[0-9]{1,2}/[0-9]{10,20}(?:/[0-9]{10,20})?:[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["asana"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["asana"]},"secret/dropbox-token":{"regex":"(?:dropbox)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sl\\\\.[A-Za-z0-9_.-]{130,1400})(?![A-Za-z0-9_-])","flags":"gi","keywords":["dropbox"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["dropbox"]},"secret/figma-token":{"regex":"(?<![A-Za-z0-9_])(?<secret>figd_[A-Za-z0-9_-]{38,50})(?![A-Za-z0-9_-])","flags":"g","keywords":["figd_"],"anchor":null,"leads":["figd_"],"keywordLed":false,"ledBy":["figd_"]},"secret/mapbox-secret-token":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>sk\\\\.eyJ[A-Za-z0-9_-]{50,}\\\\.[A-Za-z0-9_-]{20,24})(?![A-Za-z0-9_-])","flags":"g","keywords":["sk.eyj"],"anchor":null,"leads":["sk.eyJ"],"keywordLed":false,"ledBy":["sk.eyj"]},"secret/okta-api-token":{"regex":"(?:okta)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?:ssws\\\\s)?(?<secret>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["okta"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["okta"]},"secret/firebase-cloud-messaging-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])","flags":"g","keywords":["apa91b"],"anchor":null,"leads":["AAAA"],"keywordLed":false,"ledBy":null},"secret/private-key":{"regex":"(?<secret>-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----[A-Za-z0-9+/=\\\\s:,\\\\\\\\-]{64,20000}?-----END (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----)","flags":"g","keywords":["private key-----"],"anchor":null,"leads":["-----BEGIN "],"keywordLed":false,"ledBy":null},"secret/ssh-private-key":{"regex":"(?<secret>-----BEGIN OPENSSH PRIVATE KEY-----[A-Za-z0-9+/=\\\\s\\\\\\\\-]{64,20000}?-----END OPENSSH PRIVATE KEY-----)","flags":"g","keywords":["openssh private key-----"],"anchor":null,"leads":["-----BEGIN OPENSSH PRIVATE KEY-----"],"keywordLed":false,"ledBy":null},"secret/pgp-private-key":{"regex":"(?<secret>-----BEGIN PGP PRIVATE KEY BLOCK-----[A-Za-z0-9+/=\\\\s:.,()\\\\\\\\-]{64,40000}?-----END PGP PRIVATE KEY BLOCK-----)","flags":"g","keywords":["pgp private key block-----"],"anchor":null,"leads":["-----BEGIN PGP PRIVATE KEY BLOCK-----"],"keywordLed":false,"ledBy":null},"secret/putty-private-key":{"regex":"(?<secret>PuTTY-User-Key-File-[23]: [^\\\\s]{3,40}\\\\n[\\\\s\\\\S]{0,8000}?\\\\nPrivate-Lines: [0-9]{1,3}\\\\n(?:[A-Za-z0-9+/=]{1,128}\\\\n){1,200})","flags":"g","keywords":["putty-user-key-file-"],"anchor":null,"leads":["PuTTY-User-Key-File-"],"keywordLed":false,"ledBy":["putty-user-key-file-"]},"secret/jwt":{"regex":"(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","flags":"g","keywords":["eyj"],"anchor":null,"leads":["eyJ"],"keywordLed":false,"ledBy":["eyj"]},"secret/postgres-uri":{"regex":"(?<![A-Za-z0-9+.-])(?:postgres(?:ql)?)(?:\\\\+[a-z0-9]+)?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","flags":"gi","keywords":["postgres"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["postgres"]},"secret/mysql-uri":{"regex":"(?<![A-Za-z0-9+.-])(?:mysql|mariadb)(?:\\\\+[a-z0-9]+)?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","flags":"gi","keywords":["mysql","mariadb"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mysql","mariadb"]},"secret/mongodb-uri":{"regex":"(?<![A-Za-z0-9+.-])(?:mongodb)(?:\\\\+srv)?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._,:-]{1,512}","flags":"gi","keywords":["mongodb"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mongodb"]},"secret/redis-uri":{"regex":"(?<![A-Za-z0-9+.-])(?:rediss?)://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{0,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","flags":"gi","keywords":["redis"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["redis"]},"secret/amqp-uri":{"regex":"(?<![A-Za-z0-9+.-])(?:amqps?)://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","flags":"gi","keywords":["amqp"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["amqp"]},"secret/service-uri":{"regex":"(?<![A-Za-z0-9+.-])(?:ldaps?|smtps?|imaps?|pop3s?|ftps?|sftp)(?:\\\\+[a-z]+)?://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{3,256})@[A-Za-z0-9._-]{1,256}","flags":"gi","keywords":["ldap","smtp","imap","pop3","ftp","sftp"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["ldap","smtp","imap","pop3","ftp","sftp"]},"secret/connection-string-password":{"regex":"(?:(?:password|pwd)(?=[ \\\\t]*=)(?<=(?<![\\\\w])(?:server|data\\\\s+source|host|hostname|address|addr|driver|dsn|database|initial\\\\s+catalog|uid|user\\\\s+id|userid|user|username|port)[ \\\\t]*=[^;\\\\n]{0,200};(?:[^;\\\\n]{0,200};){0,8}[ \\\\t]*(?:password|pwd))[ \\\\t]*=[ \\\\t]*|password=(?<=jdbc:[a-z][\\\\w:]{0,30}[^\\\\s\\\\x22\\\\x27<>]{0,400}?[?&;]password=)|jdbc:oracle:thin:[^/@\\\\s:\\\\x22\\\\x27]{1,64}/)(?<secret>[^;&\\\\s\\\\x22\\\\x27<>@/{}]{3,128})(?=[;&\\\\x22\\\\x27<@\\\\s]|$)","flags":"gi","keywords":["password","pwd","jdbc"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["password","pwd","jdbc"]},"secret/sql-password":{"regex":"(?<![\\\\w])(?:create|alter|grant)\\\\s+(?:[^;]{0,80}?\\\\s)?(?:user|role|login)\\\\b[^;]{0,200}?\\\\b(?:identified\\\\s+by|password)(?:\\\\s*=)?\\\\s*[\\\\x22\\\\x27](?<secret>[^\\\\x22\\\\x27\\\\s;]{3,128})[\\\\x22\\\\x27]","flags":"gi","keywords":["identified","password","create","alter","grant"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["create","alter","grant"]},"secret/basic-auth-credentials":{"regex":"(?:basic(?<![\\\\w-]basic)[ \\\\t]+|auth(?:\\\\x22(?<=(?<![\\\\w-])\\\\x22auth\\\\x22)[ \\\\t]*:[ \\\\t]*\\\\x22|(?<=(?<![\\\\w-])_auth)[ \\\\t]*=[ \\\\t]*[\\\\x22\\\\x27]?))(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])","flags":"gi","keywords":["basic","auth"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["basic","auth"]},"secret/curl-credentials":{"regex":"(?<![\\\\w-])(?:curl)(?:[^\\\\n\\\\\\\\]|\\\\\\\\[^\\\\n]|\\\\\\\\\\\\r?\\\\n){0,400}?[ \\\\t](?:-u|--user)(?:[ \\\\t]+|=)[\\\\x22\\\\x27]?[^\\\\s:\\\\x22\\\\x27$]{1,128}:(?<secret>[^\\\\s\\\\x22\\\\x27]{3,256})","flags":"gi","keywords":["curl"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["curl"]},"secret/cli-password-option":{"regex":"(?:(?:docker|podman|buildah|skopeo)(?<![\\\\w-](?:docker|podman|buildah|skopeo))[ \\\\t]+login(?:[^\\\\n\\\\\\\\|;&]|\\\\\\\\\\\\r?\\\\n){0,300}?[ \\\\t](?:-p|--password)(?:[ \\\\t]+|=)|(?:echo|printf)(?<![\\\\w-](?:echo|printf))(?:[ \\\\t]+-[ne]{1,2})?[ \\\\t]+(?:[\\\\x22\\\\x27]%s[^\\\\x22\\\\x27\\\\n]{0,4}[\\\\x22\\\\x27][ \\\\t]+)?(?=[\\\\x22\\\\x27]?[^\\\\s\\\\x22\\\\x27$\\\\x60;|&]{3,256}[\\\\x22\\\\x27]?[ \\\\t]*\\\\|[ \\\\t]*(?:sudo[ \\\\t]+)?(?:docker|podman|buildah|skopeo|helm|oras|nerdctl)[ \\\\t]+(?:registry[ \\\\t]+)?login\\\\b[^\\\\n|;&]{0,300}--password-stdin)|sshpass(?<![\\\\w-]sshpass)[ \\\\t]+-p[ \\\\t]*|mysql(?<![\\\\w-]mysql)(?:dump|admin)?(?:[ \\\\t]+[^\\\\s|;&]+){0,10}?[ \\\\t]+(?:-p(?=[^\\\\s-])|--password=))[\\\\x22\\\\x27]?(?<secret>[^\\\\s\\\\x22\\\\x27$\\\\x60;|&]{3,256})","flags":"g","keywords":["docker","podman","buildah","skopeo","sshpass","mysql","echo","printf"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["docker","podman","buildah","skopeo","sshpass","mysql","echo","printf"]},"secret/kafka-jaas-password":{"regex":"(?:LoginModule)[ \\\\t]+required\\\\b[^;]{0,400}?(?<![\\\\w])password[ \\\\t]*=[ \\\\t]*\\\\\\\\?\\\\x22(?<secret>[^\\\\x22\\\\s\\\\\\\\]{3,256})\\\\\\\\?\\\\x22","flags":"gi","keywords":["loginmodule"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["loginmodule"]},"secret/spring-datasource-password":{"regex":"(?:spring\\\\.(?<![\\\\w.-]spring\\\\.)(?:datasource|r2dbc|flyway|liquibase|data\\\\.mongodb|data\\\\.redis|redis|rabbitmq|mail)[\\\\w.-]{0,40}?\\\\.password[ \\\\t]*[=:][ \\\\t]*|(?:datasource|r2dbc|flyway|liquibase|mongodb|redis|rabbitmq|mail):(?<=(?<![\\\\w-])(?:datasource|r2dbc|flyway|liquibase):|(?<![\\\\w.-])spring:[ \\\\t]*\\\\r?\\\\n(?:[ \\\\t]+\\\\S[^\\\\n]*\\\\n|[ \\\\t]*\\\\r?\\\\n){0,60}[ \\\\t]+(?:mongodb|redis|rabbitmq|mail):)[ \\\\t]*\\\\r?\\\\n(?:[ \\\\t]+\\\\S[^\\\\n]*\\\\n|[ \\\\t]*\\\\r?\\\\n){0,12}?[ \\\\t]+password:[ \\\\t]*)[\\\\x22\\\\x27]?(?<secret>[^\\\\s\\\\x22\\\\x27#]{3,256})","flags":"gi","keywords":["spring","datasource","r2dbc","flyway","liquibase","mongodb:","redis:","rabbitmq:","mail:"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["spring","datasource","r2dbc","flyway","liquibase","mongodb:","redis:","rabbitmq:","mail:"]},"secret/framework-secret-key":{"regex":"(?:(?:secret_key_base|SECRET_KEY_BASE)(?<![\\\\w](?:secret_key_base|SECRET_KEY_BASE))[\\\\x22\\\\x27]?[ \\\\t]*(?::|=>|=)[ \\\\t]*[\\\\x22\\\\x27]?|SECRET_KEY(?<![\\\\w.]SECRET_KEY)[\\\\x22\\\\x27\\\\]]{0,2}[ \\\\t]*=[ \\\\t]*[rb]?[\\\\x22\\\\x27]|(?:app|application)\\\\.secret_key(?<![\\\\w](?:app|application)\\\\.secret_key)[ \\\\t]*=[ \\\\t]*[rb]?[\\\\x22\\\\x27]|APP_KEY(?<![\\\\w]APP_KEY)[ \\\\t]*[=:][ \\\\t]*[\\\\x22\\\\x27]?(?=base64:))(?<secret>[A-Za-z0-9!@#$%^&*()_=+/:-]{32,256})(?![A-Za-z0-9!@#$%^&*()_=+/:-])","flags":"g","keywords":["secret_key","app_key","app.secret_key","application.secret_key"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["secret_key","app_key","app.secret_key","application.secret_key"]},"secret/generic-bearer-token":{"regex":"(?<![\\\\w-])(?:authorization)[\\\\x22\\\\x27]?(?:[ \\\\t]*[:=,][ \\\\t]*|[\\\\x22\\\\x27]?\\\\s{0,20},\\\\s{0,20}[\\\\x22\\\\x27]value[\\\\x22\\\\x27][ \\\\t]*:[ \\\\t]*)[\\\\x22\\\\x27\\\\x60]?(?:bearer|token)[ \\\\t]+(?<secret>[A-Za-z0-9._~+/-]{16,512}={0,2})(?![A-Za-z0-9._~+/=-])","flags":"gi","keywords":["authorization"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["authorization"]},"secret/generic-password-in-url":{"regex":"(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,20}://[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{1,128}:(?<secret>[^\\\\s:@/?#\\\\x22\\\\x27\\\\x60]{6,256})@[A-Za-z0-9._-]{1,256}","flags":"gi","keywords":["://"],"anchor":{"literal":"://","maxBefore":21,"minBefore":2},"leads":null,"keywordLed":false,"ledBy":null},"secret/generic-netrc-password":{"regex":"(?<![A-Za-z0-9_-])machine[ \\\\t]+[^\\\\s]{1,253}(?:\\\\s+(?:login|account|port)[ \\\\t]+[^\\\\s]{1,256}){0,3}\\\\s+password[ \\\\t]+(?<secret>[^\\\\s]{3,256})","flags":"g","keywords":["machine"],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/generic-secret":{"regex":"(?:(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|signing[_-]?key|encryption[_-]?key|credential|private[_-]?key|ssh_pass|become_pass)(?=[\\\\w.-]{0,20}[\\\\x22\\\\x27\\\\]=:>\\\\x60|,<\\\\s])(?<![0-9}]:secret)(?<!(?:csrf|xsrf|authenticity|verification|public|publishable)[\\\\w.-]{0,16})(?:[\\\\w.-]{0,20}?(?<!ids?|names?|refs?)[\\\\x22\\\\x27\\\\]]{0,2}[ \\\\t]{0,16}(?:=|:=|:|=>)|s?(?:>(?=[^<>\\\\n]{12,220}</)|(?<=(?:^|\\\\n)[ \\\\t]*ENV[ \\\\t]+[\\\\w.-]{1,80})[ \\\\t]+|\\\\x60?[ \\\\t]{0,8}\\\\|(?<=(?:^|\\\\n)[ \\\\t]*\\\\|[ \\\\t]*\\\\x60?[\\\\w.-]{1,80}\\\\x60?[ \\\\t]{0,8}\\\\|)|[\\\\x22\\\\x27]?,?\\\\s{1,40}[\\\\x22\\\\x27]?(?:parameter)?value[\\\\x22\\\\x27]?[ \\\\t]{0,3}[:=]|</key>\\\\s{0,20}<string>|[\\\\x22\\\\x27](?<=[\\\\x22\\\\x27][\\\\w.-]{0,60}[\\\\x22\\\\x27])[ \\\\t]*,[ \\\\t]*(?=[\\\\x22\\\\x27])))|(?:requirepass|masterauth)[ \\\\t]+|(?:HTTPBasicAuth[(]|HTTPDigestAuth[(]|auth[=][(])[ \\\\t]*[\\\\x22\\\\x27][^\\\\x22\\\\x27\\\\n]{1,64}[\\\\x22\\\\x27][ \\\\t]*,[ \\\\t]*(?=[\\\\x22\\\\x27])|getConnection[(][^,()\\\\n]{1,300},[ \\\\t]*[\\\\x22\\\\x27][^\\\\x22\\\\x27\\\\n]{1,64}[\\\\x22\\\\x27][ \\\\t]*,[ \\\\t]*(?=[\\\\x22\\\\x27]))[ \\\\t]{0,5}[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/_.!@#%^&*~-]{12,200}={0,2})(?![A-Za-z0-9+/=_.!@#%^*~(-])","flags":"gi","keywords":["password","passwd","pwd","secret","token","apikey","api_key","api-key","accesskey","access_key","access-key","authkey","auth_key","auth-key","credential","privatekey","private_key","private-key","passphrase","signingkey","signing_key","signing-key","encryptionkey","encryption_key","encryption-key","ssh_pass","become_pass","requirepass","masterauth","httpbasicauth(","httpdigestauth(","auth=(","getconnection("],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["password","passwd","pwd","secret","token","apikey","api_key","api-key","accesskey","access_key","access-key","authkey","auth_key","auth-key","credential","privatekey","private_key","private-key","passphrase","signingkey","signing_key","signing-key","encryptionkey","encryption_key","encryption-key","ssh_pass","become_pass","requirepass","masterauth","httpbasicauth(","httpdigestauth(","auth=(","getconnection("]},"secret/fireworks-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>fw_[A-Za-z0-9]{24})(?![A-Za-z0-9_-])","flags":"g","keywords":["fw_"],"anchor":null,"leads":["fw_"],"keywordLed":false,"ledBy":["fw_"]},"secret/cerebras-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>csk-[a-z0-9]{48})(?![A-Za-z0-9_-])","flags":"g","keywords":["csk-"],"anchor":null,"leads":["csk-"],"keywordLed":false,"ledBy":["csk-"]},"secret/anyscale-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>esecret_[a-z0-9]{26})(?![A-Za-z0-9_-])","flags":"g","keywords":["esecret_"],"anchor":null,"leads":["esecret_"],"keywordLed":false,"ledBy":["esecret_"]},"secret/runpod-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>rpa_[A-Za-z0-9]{40,60})(?![A-Za-z0-9_-])","flags":"g","keywords":["rpa_"],"anchor":null,"leads":["rpa_"],"keywordLed":false,"ledBy":["rpa_"]},"secret/tavily-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["tvly-"],"anchor":null,"leads":["tvly-"],"keywordLed":false,"ledBy":["tvly-"]},"secret/firecrawl-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>fc-[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["fc-"],"anchor":null,"leads":["fc-"],"keywordLed":false,"ledBy":["fc-"]},"secret/browserbase-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>bb_live_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])","flags":"g","keywords":["bb_live_"],"anchor":null,"leads":["bb_live_"],"keywordLed":false,"ledBy":["bb_live_"]},"secret/e2b-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>e2b_[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["e2b_"],"anchor":null,"leads":["e2b_"],"keywordLed":false,"ledBy":["e2b_"]},"secret/llamacloud-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>llx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])","flags":"g","keywords":["llx-"],"anchor":null,"leads":["llx-"],"keywordLed":false,"ledBy":["llx-"]},"secret/jina-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>jina_[A-Za-z0-9_-]{60,64})(?![A-Za-z0-9_-])","flags":"g","keywords":["jina_"],"anchor":null,"leads":["jina_"],"keywordLed":false,"ledBy":["jina_"]},"secret/turbopuffer-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>tpuf_[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["tpuf_"],"anchor":null,"leads":["tpuf_"],"keywordLed":false,"ledBy":["tpuf_"]},"secret/humanloop-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>hl_sk_[a-f0-9]{48})(?![A-Za-z0-9_-])","flags":"g","keywords":["hl_sk_"],"anchor":null,"leads":["hl_sk_"],"keywordLed":false,"ledBy":["hl_sk_"]},"secret/gretel-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>grtu[a-f0-9]{60})(?![A-Za-z0-9_-])","flags":"g","keywords":["grtu"],"anchor":null,"leads":["grtu"],"keywordLed":false,"ledBy":["grtu"]},"secret/posthog-personal-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>phx_[A-Za-z0-9]{43})(?![A-Za-z0-9_-])","flags":"g","keywords":["phx_"],"anchor":null,"leads":["phx_"],"keywordLed":false,"ledBy":["phx_"]},"secret/dbt-cloud-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>dbt[cu]_[A-Za-z0-9_-]{40,80})(?![A-Za-z0-9_-])","flags":"g","keywords":["dbtc_","dbtu_"],"anchor":null,"leads":["dbt"],"keywordLed":false,"ledBy":null},"secret/tinybird-token":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>p\\\\.eyJ[A-Za-z0-9_-]{20,400}\\\\.[A-Za-z0-9_-]{40,100})(?![A-Za-z0-9_-])","flags":"g","keywords":["p.eyj"],"anchor":null,"leads":["p.eyJ"],"keywordLed":false,"ledBy":["p.eyj"]},"secret/clickhouse-cloud-api-secret":{"regex":"(?<![A-Za-z0-9_-])(?<secret>4b1d[A-Za-z0-9]{38})(?![A-Za-z0-9_-])","flags":"g","keywords":["4b1d"],"anchor":null,"leads":["4b1d"],"keywordLed":false,"ledBy":["4b1d"]},"secret/aiven-service-password":{"regex":"(?<![A-Za-z0-9_-])(?<secret>AVNS_[A-Za-z0-9_-]{19,40})(?![A-Za-z0-9_-])","flags":"g","keywords":["avns_"],"anchor":null,"leads":["AVNS_"],"keywordLed":false,"ledBy":["avns_"]},"secret/elastic-cloud-api-key":{"regex":"(?<![A-Za-z0-9+/_-])(?<secret>essu_[A-Za-z0-9+/]{70,200}={0,2})(?![A-Za-z0-9_-])","flags":"g","keywords":["essu_"],"anchor":null,"leads":["essu_"],"keywordLed":false,"ledBy":["essu_"]},"secret/neon-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>napi_[a-z0-9]{64})(?![A-Za-z0-9_-])","flags":"g","keywords":["napi_"],"anchor":null,"leads":["napi_"],"keywordLed":false,"ledBy":["napi_"]},"secret/supabase-access-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sbp_[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["sbp_"],"anchor":null,"leads":["sbp_"],"keywordLed":false,"ledBy":["sbp_"]},"secret/planetscale-api-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pscale_tkn_[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_-])","flags":"g","keywords":["pscale_tkn_"],"anchor":null,"leads":["pscale_tkn_"],"keywordLed":false,"ledBy":["pscale_tkn_"]},"secret/planetscale-oauth-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pscale_oauth_[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_-])","flags":"g","keywords":["pscale_oauth_"],"anchor":null,"leads":["pscale_oauth_"],"keywordLed":false,"ledBy":["pscale_oauth_"]},"secret/planetscale-password":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pscale_pw_[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_-])","flags":"g","keywords":["pscale_pw_"],"anchor":null,"leads":["pscale_pw_"],"keywordLed":false,"ledBy":["pscale_pw_"]},"secret/prefect-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])","flags":"g","keywords":["pnu_"],"anchor":null,"leads":["pnu_"],"keywordLed":false,"ledBy":["pnu_"]},"secret/honeycomb-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>hcaik_[a-z0-9]{58}|hcamk_[a-z0-9]{58}|hcxik_[a-z0-9]{58}|hcxmk_[a-z0-9]{58})(?![A-Za-z0-9_-])","flags":"g","keywords":["hcaik_","hcamk_","hcxik_","hcxmk_"],"anchor":null,"leads":["hcaik_","hcamk_","hcxik_","hcxmk_"],"keywordLed":false,"ledBy":["hcaik_","hcamk_","hcxik_","hcxmk_"]},"secret/ai21-api-key":{"regex":"(?:ai21)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["ai21"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["ai21"]},"secret/stability-api-key":{"regex":"(?:stability)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])","flags":"gi","keywords":["stability"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["stability"]},"secret/clarifai-pat":{"regex":"(?:clarifai)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["clarifai"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["clarifai"]},"secret/sambanova-api-key":{"regex":"(?:sambanova)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["sambanova"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["sambanova"]},"secret/lambda-cloud-api-key":{"regex":"(?:lambda[_.-]?(?:labs|cloud|api))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>secret_[a-z0-9_-]{1,40}_[a-f0-9]{32}\\\\.[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["lambda"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["lambda"]},"secret/modal-token-secret":{"regex":"(?:modal)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>as-[A-Za-z0-9]{22})(?![A-Za-z0-9_-])","flags":"gi","keywords":["modal"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["modal"]},"secret/vastai-api-key":{"regex":"(?:vast[_.-]?(?:ai)?[_.-]?(?:api)?[_.-]?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["vast"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["vast"]},"secret/baseten-api-key":{"regex":"(?:baseten)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{8}\\\\.[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["baseten"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["baseten"]},"secret/lightning-ai-api-key":{"regex":"(?:lightning[_.-]?(?:ai)?[_.-]?api[_.-]?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["lightning"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["lightning"]},"secret/weaviate-api-key":{"regex":"(?:weaviate)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/_=-]{32,80})(?![A-Za-z0-9_-])","flags":"gi","keywords":["weaviate"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["weaviate"]},"secret/qdrant-api-key":{"regex":"(?:qdrant)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_|.-]{32,120})(?![A-Za-z0-9_-])","flags":"gi","keywords":["qdrant"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["qdrant"]},"secret/zilliz-api-key":{"regex":"(?:zilliz|milvus)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{64,104})(?![A-Za-z0-9_-])","flags":"gi","keywords":["zilliz","milvus"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["zilliz","milvus"]},"secret/chroma-api-key":{"regex":"(?:chroma)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>ck-[A-Za-z0-9]{40,60})(?![A-Za-z0-9_-])","flags":"gi","keywords":["chroma"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["chroma"]},"secret/exa-api-key":{"regex":"(?:exa[_.-]api[_.-]?key|exa[_.-]?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["exa"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["exa"]},"secret/serpapi-key":{"regex":"(?:serp[_.-]?api)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["serpapi","serp_api","serp-api","serp.api"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["serpapi","serp_api","serp-api","serp.api"]},"secret/portkey-api-key":{"regex":"(?:portkey)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/=]{28,40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["portkey"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["portkey"]},"secret/unstructured-api-key":{"regex":"(?:unstructured)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9_-])","flags":"gi","keywords":["unstructured"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["unstructured"]},"secret/comet-api-key":{"regex":"(?:comet|opik)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{25})(?![A-Za-z0-9_-])","flags":"gi","keywords":["comet","opik"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["comet","opik"]},"secret/neptune-api-token":{"regex":"(?:neptune)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/=]{40,400})(?![A-Za-z0-9_-])","flags":"gi","keywords":["neptune"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["neptune"]},"secret/clearml-secret-key":{"regex":"(?:clearml)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{50,64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["clearml"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["clearml"]},"secret/arize-api-key":{"regex":"(?:arize|phoenix[_.-]api)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_.-]{32,200})(?![A-Za-z0-9_-])","flags":"gi","keywords":["arize","phoenix"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["arize","phoenix"]},"secret/scale-ai-api-key":{"regex":"(?:scale[_.-]?(?:ai)?[_.-]?api[_.-]?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:live|test)_[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["scale"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["scale"]},"secret/roboflow-api-key":{"regex":"(?:roboflow)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{20})(?![A-Za-z0-9_-])","flags":"gi","keywords":["roboflow"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["roboflow"]},"secret/runway-api-key":{"regex":"(?:runway(?:ml)?)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>key_[a-f0-9]{128})(?![A-Za-z0-9_-])","flags":"gi","keywords":["runway"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["runway"]},"secret/speechmatics-api-key":{"regex":"(?:speechmatics)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["speechmatics"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["speechmatics"]},"secret/gladia-api-key":{"regex":"(?:gladia)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["gladia"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["gladia"]},"secret/nebius-api-key":{"regex":"(?:nebius)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","flags":"gi","keywords":["nebius"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["nebius"]},"secret/hyperbolic-api-key":{"regex":"(?:hyperbolic)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","flags":"gi","keywords":["hyperbolic"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["hyperbolic"]},"secret/coreweave-token":{"regex":"(?:coreweave|cw[_.-]api[_.-]token)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>CW-SECRET-[A-Za-z0-9]{16,64}|[A-Za-z0-9]{40,64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["coreweave","cw_api","cw-api","cw.api"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["coreweave","cw_api","cw-api","cw.api"]},"secret/novita-api-key":{"regex":"(?:novita)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk_[A-Za-z0-9_-]{40,50})(?![A-Za-z0-9_-])","flags":"gi","keywords":["novita"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["novita"]},"secret/moonshot-api-key":{"regex":"(?:moonshot|kimi)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])","flags":"gi","keywords":["moonshot","kimi"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["moonshot","kimi"]},"secret/dashscope-api-key":{"regex":"(?:dashscope|qwen)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk-[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["dashscope","qwen"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["dashscope","qwen"]},"secret/zhipu-api-key":{"regex":"(?:zhipu|bigmodel|glm[_.-]api)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32}\\\\.[A-Za-z0-9]{16})(?![A-Za-z0-9_-])","flags":"gi","keywords":["zhipu","bigmodel","glm"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["zhipu","bigmodel","glm"]},"secret/google-vertex-express-key":{"regex":"(?:(?:gemini|genai|vertex)[_.-]?(?:api)?[_.-]?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>AQ\\\\.[A-Za-z0-9_-]{40,80})(?![A-Za-z0-9_-])","flags":"gi","keywords":["gemini","genai","vertex"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["gemini","genai","vertex"]},"secret/upstash-token":{"regex":"(?:upstash|qstash)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_=-]{40,160})(?![A-Za-z0-9_-])","flags":"gi","keywords":["upstash","qstash"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["upstash","qstash"]},"secret/confluent-api-secret":{"regex":"(?:confluent[\\\\w.-]{0,20}?secret|kafka[_.-]?(?:api|sasl)[_.-]?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["confluent","kafka"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["confluent","kafka"]},"secret/fivetran-api-secret":{"regex":"(?:fivetran)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["fivetran"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["fivetran"]},"secret/airbyte-client-secret":{"regex":"(?:airbyte)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32,64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["airbyte"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["airbyte"]},"secret/dagster-cloud-token":{"regex":"(?:dagster)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:user|agent):[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["dagster"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["dagster"]},"secret/astronomer-api-token":{"regex":"(?:astro(?:nomer)?[_.-]?(?:api)?[_.-]?token)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","flags":"gi","keywords":["astro"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["astro"]},"secret/snowflake-password":{"regex":"(?:snowflake[\\\\w.-]{0,30}?pass(?:word)?|sf[_.-]?password)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[^\\\\s\\\\x22\\\\x27\\\\x60$<>{}(),;]{10,100})(?![A-Za-z0-9_-])","flags":"gi","keywords":["snowflake","sfpassword","sf_password","sf-password","sf.password"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["snowflake","sfpassword","sf_password","sf-password","sf.password"]},"secret/databricks-client-secret":{"regex":"(?:databricks)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>dose[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["databricks"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["databricks"]},"secret/motherduck-token":{"regex":"(?:motherduck)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","flags":"gi","keywords":["motherduck"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["motherduck"]},"secret/aws-bedrock-api-key":{"regex":"(?<![A-Za-z0-9+/_-])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,300}={0,2})(?![A-Za-z0-9_-])","flags":"g","keywords":["absk"],"anchor":null,"leads":["ABSKQmVkcm9ja0FQSUtleS"],"keywordLed":false,"ledBy":["absk"]},"secret/aws-bedrock-short-term-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{60,4000})(?![A-Za-z0-9_-])","flags":"g","keywords":["bedrock-api-key-"],"anchor":null,"leads":["bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"],"keywordLed":false,"ledBy":["bedrock-api-key-"]},"secret/cloudflare-origin-ca-key":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>v1\\\\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])","flags":"g","keywords":["v1.0-"],"anchor":null,"leads":["v1.0-"],"keywordLed":false,"ledBy":["v1.0-"]},"secret/azure-identifiable-key":{"regex":"(?<![A-Za-z0-9])(?=(?<secret>[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7})(?![A-Za-z0-9_-]))[A-Za-z0-9]{52}JQQJ9","flags":"g","keywords":["jqqj9"],"anchor":{"literal":"JQQJ9","maxBefore":52,"minBefore":52},"leads":null,"keywordLed":false,"ledBy":null},"secret/azure-function-key":{"regex":"(?<![A-Za-z0-9+/_-])(?=(?<secret>[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==)(?![A-Za-z0-9_-]))[A-Za-z0-9_-]{44}AzFu","flags":"g","keywords":["azfu"],"anchor":{"literal":"AzFu","maxBefore":44,"minBefore":44},"leads":null,"keywordLed":false,"ledBy":null},"secret/azure-search-key":{"regex":"(?<![A-Za-z0-9+/])(?=(?<secret>[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5})(?![A-Za-z0-9_-]))[A-Za-z0-9]{42}AzSe","flags":"g","keywords":["azse"],"anchor":{"literal":"AzSe","maxBefore":42,"minBefore":42},"leads":null,"keywordLed":false,"ledBy":null},"secret/azure-container-registry-key":{"regex":"(?<![A-Za-z0-9+/])(?=(?<secret>[A-Za-z0-9+/]{42}\\\\+ACR[A-D][A-Za-z0-9]{5})(?![A-Za-z0-9_-]))[A-Za-z0-9+/]{42}\\\\+ACR","flags":"g","keywords":["+acr"],"anchor":{"literal":"+ACR","maxBefore":42,"minBefore":42},"leads":null,"keywordLed":false,"ledBy":null},"secret/azure-event-hub-key":{"regex":"(?<![A-Za-z0-9+/])(?=(?<secret>[A-Za-z0-9+/]{33}\\\\+AEh[A-Za-z0-9+/]{5}=)(?![A-Za-z0-9_-]))[A-Za-z0-9+/]{33}\\\\+AEh","flags":"g","keywords":["+aeh"],"anchor":{"literal":"+AEh","maxBefore":33,"minBefore":33},"leads":null,"keywordLed":false,"ledBy":null},"secret/azure-service-bus-key":{"regex":"(?<![A-Za-z0-9+/])(?=(?<secret>[A-Za-z0-9+/]{33}\\\\+ASb[A-Za-z0-9+/]{5}=)(?![A-Za-z0-9_-]))[A-Za-z0-9+/]{33}\\\\+ASb","flags":"g","keywords":["+asb"],"anchor":{"literal":"+ASb","maxBefore":33,"minBefore":33},"leads":null,"keywordLed":false,"ledBy":null},"secret/azure-storage-key-assignment":{"regex":"(?<!;)(?:azure[\\\\w.-]{0,20}?storage[\\\\w.-]{0,20}?key|storage[_.-]?account[_.-]?(?:access[_.-]?)?key|account[_.-]?key|primary[_.-]?access[_.-]?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9_-])","flags":"gi","keywords":["azure","storage","account_key","account-key","account.key","accountkey","primary"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["azure","storage","account_key","account-key","account.key","accountkey","primary"]},"secret/azure-cosmosdb-key-assignment":{"regex":"(?:cosmos(?:db)?[\\\\w.-]{0,30}?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9_-])","flags":"gi","keywords":["cosmos"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["cosmos"]},"secret/azure-ai-services-key":{"regex":"(?:azure[_.-]?(?:openai|ai|cognitive|oai)[\\\\w.-]{0,30}?key|aoai[\\\\w.-]{0,20}?key|cognitive[_.-]?services?[\\\\w.-]{0,20}?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["azure","aoai","cognitive"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["azure","aoai","cognitive"]},"secret/azure-devops-pat":{"regex":"(?:azure[_.-]?devops[\\\\w.-]{0,30}?(?:pat|token)|ado[_.-]?(?:pat|token)|vsts[\\\\w.-]{0,20}?(?:pat|token)|azdo[\\\\w.-]{0,20}?(?:pat|token))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z2-7]{52})(?![A-Za-z0-9_-])","flags":"gi","keywords":["azure","ado_pat","ado-pat","ado.pat","adopat","ado_token","ado-token","ado.token","adotoken","vsts","azdo"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["azure","ado_pat","ado-pat","ado.pat","adopat","ado_token","ado-token","ado.token","adotoken","vsts","azdo"]},"secret/azure-entra-refresh-token":{"regex":"(?:refresh[_.-]?token)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[01]\\\\.A[A-Za-z0-9_-]{100,3000}(?:\\\\.[A-Za-z0-9_*-]{10,3000}){0,3})(?![A-Za-z0-9_-])","flags":"gi","keywords":["refresh_token","refresh-token","refresh.token","refreshtoken"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["refresh_token","refresh-token","refresh.token","refreshtoken"]},"secret/azure-apim-subscription-header":{"regex":"(?:ocp[_-]apim[_-]subscription[_-]key|subscription[_-]key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["ocp","subscription"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["ocp","subscription"]},"secret/azure-function-url-key":{"regex":"azurewebsites\\\\.net/api/[\\\\w./-]{1,200}\\\\?(?:[\\\\w%.-]{1,60}=[\\\\w%.-]{0,200}&){0,5}code=(?<secret>[A-Za-z0-9_-]{40,100}={0,2})(?![A-Za-z0-9_=-])","flags":"g","keywords":["azurewebsites.net"],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/tencent-cloud-secret-id":{"regex":"(?<![A-Za-z0-9_-])(?<secret>AKID[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["akid"],"anchor":null,"leads":["AKID"],"keywordLed":false,"ledBy":["akid"]},"secret/yandex-cloud-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])","flags":"g","keywords":["aqvn"],"anchor":null,"leads":["AQVN"],"keywordLed":false,"ledBy":["aqvn"]},"secret/yandex-cloud-static-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>YC[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])","flags":"g","keywords":["yc"],"anchor":null,"leads":["YC"],"keywordLed":false,"ledBy":["yc"]},"secret/yandex-cloud-iam-token":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>t1\\\\.[A-Za-z0-9_-]{10,200}={0,2}\\\\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_-])","flags":"g","keywords":["t1."],"anchor":null,"leads":["t1."],"keywordLed":false,"ledBy":["t1."]},"secret/scaleway-access-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>SCW[A-Z0-9]{17})(?![A-Za-z0-9_-])","flags":"g","keywords":["scw"],"anchor":null,"leads":["SCW"],"keywordLed":false,"ledBy":["scw"]},"secret/scaleway-secret-key":{"regex":"(?:scw[_.-]?secret[_.-]?key|scaleway[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["scw","scaleway"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["scw","scaleway"]},"secret/linode-token":{"regex":"(?:linode)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["linode"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["linode"]},"secret/hetzner-token":{"regex":"(?:hetzner|hcloud)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["hetzner","hcloud"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["hetzner","hcloud"]},"secret/vultr-api-key":{"regex":"(?:vultr)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Z0-9]{36})(?![A-Za-z0-9_-])","flags":"gi","keywords":["vultr"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["vultr"]},"secret/ibm-cloud-api-key":{"regex":"(?:ibm[_.-]?cloud[\\\\w.-]{0,20}?(?:api)?[_.-]?key|ic[_.-]api[_.-]key|ibmcloud[\\\\w.-]{0,20}?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])","flags":"gi","keywords":["ibm","ic_api","ic-api","ic.api"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["ibm","ic_api","ic-api","ic.api"]},"secret/oracle-cloud-auth-token":{"regex":"(?:oci[_.-](?:auth[_.-]?token|cli[_.-]?auth|pass(?:phrase|word))|oracle[_.-]?cloud[\\\\w.-]{0,20}?token)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/:;.()<>{}\\\\[\\\\]#-]{20})(?![A-Za-z0-9_-])","flags":"gi","keywords":["oci_","oci-","oci.","oracle"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["oci_","oci-","oci.","oracle"]},"secret/backblaze-application-key":{"regex":"(?<![A-Za-z0-9+/_-])(?<secret>K00[0-9][A-Za-z0-9+/]{27})(?![A-Za-z0-9_-])","flags":"g","keywords":["k00"],"anchor":null,"leads":["K00"],"keywordLed":false,"ledBy":["k00"]},"secret/fly-io-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>FlyV1 fm[12][ar]?_[A-Za-z0-9+/=_-]{100,3000}|fm1[ar]?_[A-Za-z0-9+/=_-]{100,3000}|fm2[ar]?_[A-Za-z0-9+/=_-]{100,3000})(?![A-Za-z0-9_-])","flags":"g","keywords":["fm1_","fm2_","fm1a_","fm1r_","fm2a_","fm2r_"],"anchor":null,"leads":["FlyV1 fm","fm1","fm2"],"keywordLed":false,"ledBy":null},"secret/netlify-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>nfp_[A-Za-z0-9]{36,40}|nfc_[A-Za-z0-9]{36,40}|nfu_[A-Za-z0-9]{36,40}|nfo_[A-Za-z0-9]{36,40})(?![A-Za-z0-9_-])","flags":"g","keywords":["nfp_","nfc_","nfu_","nfo_"],"anchor":null,"leads":["nfp_","nfc_","nfu_","nfo_"],"keywordLed":false,"ledBy":["nfp_","nfc_","nfu_","nfo_"]},"secret/netlify-legacy-token":{"regex":"(?:netlify)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{43,45})(?![A-Za-z0-9_-])","flags":"gi","keywords":["netlify"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["netlify"]},"secret/render-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["rnd_"],"anchor":null,"leads":["rnd_"],"keywordLed":false,"ledBy":["rnd_"]},"secret/railway-token":{"regex":"(?:railway)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["railway"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["railway"]},"secret/vercel-prefixed-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>vcp_[A-Za-z0-9]{24,80}|vci_[A-Za-z0-9]{24,80}|vck_[A-Za-z0-9]{24,80}|vca_[A-Za-z0-9]{24,80}|vcr_[A-Za-z0-9]{24,80})(?![A-Za-z0-9_-])","flags":"g","keywords":["vcp_","vci_","vck_","vca_","vcr_"],"anchor":null,"leads":["vcp_","vci_","vck_","vca_","vcr_"],"keywordLed":false,"ledBy":["vcp_","vci_","vck_","vca_","vcr_"]},"secret/deno-deploy-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>ddp_[A-Za-z0-9]{36}|ddo_[A-Za-z0-9]{36}|ddw_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])","flags":"g","keywords":["ddp_","ddo_","ddw_"],"anchor":null,"leads":["ddp_","ddo_","ddw_"],"keywordLed":false,"ledBy":["ddp_","ddo_","ddw_"]},"secret/tailscale-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,64})(?![A-Za-z0-9_-])","flags":"g","keywords":["tskey-"],"anchor":null,"leads":["tskey-"],"keywordLed":false,"ledBy":["tskey-"]},"secret/ngrok-authtoken":{"regex":"(?:ngrok)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[1-9A-Za-z]{27}_[0-9A-Za-z]{21})(?![A-Za-z0-9_-])","flags":"gi","keywords":["ngrok"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["ngrok"]},"secret/docker-swarm-join-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25})(?![A-Za-z0-9_-])","flags":"g","keywords":["swmtkn-"],"anchor":null,"leads":["SWMTKN-1-"],"keywordLed":false,"ledBy":["swmtkn-"]},"secret/docker-swarm-unlock-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>SWMKEY-1-[A-Za-z0-9+/]{43})(?![A-Za-z0-9_-])","flags":"g","keywords":["swmkey-"],"anchor":null,"leads":["SWMKEY-1-"],"keywordLed":false,"ledBy":["swmkey-"]},"secret/openshift-user-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","flags":"g","keywords":["sha256~"],"anchor":null,"leads":["sha256~"],"keywordLed":false,"ledBy":["sha256~"]},"secret/vault-recovery-token":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>hvr\\\\.[A-Za-z0-9_-]{90,120}|b\\\\.AAAAAQ[A-Za-z0-9_-]{100,300})(?![A-Za-z0-9_-])","flags":"g","keywords":["hvr.","b.aaaaaq"],"anchor":null,"leads":["hvr.","b.AAAAAQ"],"keywordLed":false,"ledBy":["hvr.","b.aaaaaq"]},"secret/vault-legacy-token":{"regex":"(?:vault)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>s\\\\.[A-Za-z0-9]{24})(?![A-Za-z0-9_-])","flags":"gi","keywords":["vault"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["vault"]},"secret/infisical-token":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>st\\\\.[a-f0-9-]{36}\\\\.[a-f0-9]{32}\\\\.[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["st."],"anchor":null,"leads":["st."],"keywordLed":false,"ledBy":["st."]},"secret/onepassword-secret-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9_-])","flags":"g","keywords":["a3-"],"anchor":null,"leads":["A3-"],"keywordLed":false,"ledBy":["a3-"]},"secret/pulumi-config-passphrase":{"regex":"(?:pulumi[_.-]config[_.-]passphrase)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[^\\\\s\\\\x22\\\\x27\\\\x60$<>{}(),;]{12,100})(?![A-Za-z0-9_-])","flags":"gi","keywords":["pulumi"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["pulumi"]},"secret/pulumi-access-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["pul-"],"anchor":null,"leads":["pul-"],"keywordLed":false,"ledBy":["pul-"]},"secret/http-api-key-header":{"regex":"(?<![\\\\w-])(?:(?:x-api-key|x-api-token|x-auth-token|x-access-token|api-key|api-token|private-token)[\\"\\\\x27]?[ \\\\t]{0,4}[:=][ \\\\t]{0,4}[\\"\\\\x27]?|authorization[\\"\\\\x27]?[ \\\\t]{0,4}[:=][ \\\\t]{0,4}[\\"\\\\x27]?token[ \\\\t]{1,4})(?![A-Za-z]{1,12}[_.-])(?<secret>[A-Za-z0-9_.~+/-]{16,200}={0,2})(?![A-Za-z0-9_.~+/=-])","flags":"gi","keywords":["x-api-key","x-api-token","x-auth-token","x-access-token","api-key","api-token","private-token","authorization"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["x-api-key","x-api-token","x-auth-token","x-access-token","api-key","api-token","private-token","authorization"]},"secret/docker-auth-escaped-json":{"regex":"\\\\\\\\\\"auth\\\\\\\\\\"[ \\\\t]*:[ \\\\t]*\\\\\\\\\\"(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})\\\\\\\\\\"","flags":"g","keywords":["\\\\\\"auth\\\\\\""],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/gcp-service-account-escaped":{"regex":"\\\\\\\\\\"type\\\\\\\\\\"\\\\s{0,4}:\\\\s{0,4}\\\\\\\\\\"service_account\\\\\\\\\\"[\\\\s\\\\S]{0,4000}?\\\\\\\\\\"private_key\\\\\\\\\\"\\\\s{0,4}:\\\\s{0,4}\\\\\\\\\\"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\\s\\\\\\\\]{64,8000}?-----END (?:RSA )?PRIVATE KEY-----)","flags":"g","keywords":["service_account"],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/pgpass-password":{"regex":"(?<![^\\\\s\\\\x22\\\\x27])[A-Za-z0-9._*-]{1,60}:5432:[^:\\\\s]{1,63}:[^:\\\\s]{1,63}:(?<secret>[^\\\\s\\\\x22\\\\x27<>\${}]{6,200})(?![^\\\\s\\\\x22\\\\x27])","flags":"g","keywords":[":5432:"],"anchor":{"literal":":5432:","maxBefore":60,"minBefore":1},"leads":null,"keywordLed":false,"ledBy":null},"secret/private-key-notebook":{"regex":"(?<=\\")(?<secret>-----BEGIN (?:[A-Z]{2,10} )?PRIVATE KEY-----(?:\\\\\\\\n|\\\\r?\\\\n)\\",\\\\s{0,40}(?:\\"[A-Za-z0-9+/=:, -]{0,100}(?:\\\\\\\\n|\\\\r?\\\\n)\\",\\\\s{0,40}){4,400}\\"-----END (?:[A-Z]{2,10} )?PRIVATE KEY-----)","flags":"g","keywords":["-----begin"],"anchor":null,"leads":["-----BEGIN "],"keywordLed":false,"ledBy":["-----begin"]},"secret/gitlab-cicd-job-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glcbt-[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20})(?![A-Za-z0-9_-])","flags":"g","keywords":["glcbt-"],"anchor":null,"leads":["glcbt-"],"keywordLed":false,"ledBy":["glcbt-"]},"secret/gitlab-feature-flag-client-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glffct-[0-9a-zA-Z_-]{20})(?![A-Za-z0-9_-])","flags":"g","keywords":["glffct-"],"anchor":null,"leads":["glffct-"],"keywordLed":false,"ledBy":["glffct-"]},"secret/gitlab-feed-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glft-[0-9a-zA-Z_-]{20})(?![A-Za-z0-9_-])","flags":"g","keywords":["glft-"],"anchor":null,"leads":["glft-"],"keywordLed":false,"ledBy":["glft-"]},"secret/gitlab-incoming-mail-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glimt-[0-9a-zA-Z_-]{25})(?![A-Za-z0-9_-])","flags":"g","keywords":["glimt-"],"anchor":null,"leads":["glimt-"],"keywordLed":false,"ledBy":["glimt-"]},"secret/gitlab-kubernetes-agent-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glagent-[0-9a-zA-Z_-]{50})(?![A-Za-z0-9_-])","flags":"g","keywords":["glagent-"],"anchor":null,"leads":["glagent-"],"keywordLed":false,"ledBy":["glagent-"]},"secret/gitlab-oauth-app-secret":{"regex":"(?<![A-Za-z0-9_-])(?<secret>gloas-[0-9a-zA-Z_-]{64})(?![A-Za-z0-9_-])","flags":"g","keywords":["gloas-"],"anchor":null,"leads":["gloas-"],"keywordLed":false,"ledBy":["gloas-"]},"secret/gitlab-pipeline-trigger-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["glptt-"],"anchor":null,"leads":["glptt-"],"keywordLed":false,"ledBy":["glptt-"]},"secret/gitlab-scim-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glsoat-[0-9a-zA-Z_-]{20})(?![A-Za-z0-9_-])","flags":"g","keywords":["glsoat-"],"anchor":null,"leads":["glsoat-"],"keywordLed":false,"ledBy":["glsoat-"]},"secret/gitlab-oauth-access-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>gloat-[0-9a-zA-Z_-]{20,64})(?![A-Za-z0-9_-])","flags":"g","keywords":["gloat-"],"anchor":null,"leads":["gloat-"],"keywordLed":false,"ledBy":["gloat-"]},"secret/gitlab-workspace-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>glwt-[0-9a-zA-Z_-]{20,64})(?![A-Za-z0-9_-])","flags":"g","keywords":["glwt-"],"anchor":null,"leads":["glwt-"],"keywordLed":false,"ledBy":["glwt-"]},"secret/gitlab-runner-registration-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])","flags":"g","keywords":["gr1348941"],"anchor":null,"leads":["GR1348941"],"keywordLed":false,"ledBy":["gr1348941"]},"secret/gitlab-session-cookie":{"regex":"_gitlab_session=(?<secret>[0-9a-z]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["_gitlab_session="],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/bitbucket-app-password":{"regex":"(?<![A-Za-z0-9_-])(?<secret>ATBB[A-Za-z0-9_=.-]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["atbb"],"anchor":null,"leads":["ATBB"],"keywordLed":false,"ledBy":["atbb"]},"secret/atlassian-admin-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>ATCTT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_-])","flags":"g","keywords":["atctt3"],"anchor":null,"leads":["ATCTT3"],"keywordLed":false,"ledBy":["atctt3"]},"secret/atlassian-legacy-api-token":{"regex":"(?:jira|confluence|atlassian)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])","flags":"gi","keywords":["jira","confluence","atlassian"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["jira","confluence","atlassian"]},"secret/bitbucket-client-secret":{"regex":"(?:bitbucket)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_=-]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["bitbucket"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["bitbucket"]},"secret/gitea-token":{"regex":"(?:gitea|forgejo|codeberg)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["gitea","forgejo","codeberg"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["gitea","forgejo","codeberg"]},"secret/circleci-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>CCI(?:PAT|PRJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["ccipat_","cciprj_"],"anchor":null,"leads":["CCI"],"keywordLed":false,"ledBy":null},"secret/buildkite-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>bkua_[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["bkua_"],"anchor":null,"leads":["bkua_"],"keywordLed":false,"ledBy":["bkua_"]},"secret/buildkite-agent-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>bkct_[a-f0-9]{40,64}|bkat_[a-f0-9]{40,64})(?![A-Za-z0-9_-])","flags":"g","keywords":["bkct_","bkat_"],"anchor":null,"leads":["bkct_","bkat_"],"keywordLed":false,"ledBy":["bkct_","bkat_"]},"secret/travis-ci-token":{"regex":"(?:travis)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])","flags":"gi","keywords":["travis"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["travis"]},"secret/drone-ci-token":{"regex":"(?:drone)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["drone"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["drone"]},"secret/codecov-token":{"regex":"(?:codecov)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["codecov"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["codecov"]},"secret/snyk-token":{"regex":"(?:snyk)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["snyk"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["snyk"]},"secret/sonar-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>squ_[a-f0-9]{40}|sqp_[a-f0-9]{40}|sqa_[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["squ_","sqp_","sqa_"],"anchor":null,"leads":["squ_","sqp_","sqa_"],"keywordLed":false,"ledBy":["squ_","sqp_","sqa_"]},"secret/sourcegraph-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sgp_(?:[a-f0-9]{16}|local)_[a-f0-9]{40}|sgp_[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["sgp_"],"anchor":null,"leads":["sgp_"],"keywordLed":false,"ledBy":["sgp_"]},"secret/jfrog-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_-])","flags":"g","keywords":["akcp"],"anchor":null,"leads":["AKCp"],"keywordLed":false,"ledBy":["akcp"]},"secret/jfrog-reference-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>cmVmdGtuOjAxOj[A-Za-z0-9]{50,60})(?![A-Za-z0-9_-])","flags":"g","keywords":["cmvmdgtuojaxoj"],"anchor":null,"leads":["cmVmdGtuOjAxOj"],"keywordLed":false,"ledBy":["cmvmdgtuojaxoj"]},"secret/clojars-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_-])","flags":"g","keywords":["clojars_"],"anchor":null,"leads":["CLOJARS_"],"keywordLed":false,"ledBy":["clojars_"]},"secret/nuget-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>oy2[a-z0-9]{43})(?![A-Za-z0-9_-])","flags":"g","keywords":["oy2"],"anchor":null,"leads":["oy2"],"keywordLed":false,"ledBy":["oy2"]},"secret/cloudsmith-api-key":{"regex":"(?:cloudsmith)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["cloudsmith"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["cloudsmith"]},"secret/harness-token":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>pat\\\\.[A-Za-z0-9_-]{22}\\\\.[A-Za-z0-9]{24}\\\\.[A-Za-z0-9]{20}|sat\\\\.[A-Za-z0-9_-]{22}\\\\.[A-Za-z0-9]{24}\\\\.[A-Za-z0-9]{20})(?![A-Za-z0-9_-])","flags":"g","keywords":["pat.","sat."],"anchor":null,"leads":["pat.","sat."],"keywordLed":false,"ledBy":["pat.","sat."]},"secret/octopus-deploy-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>API-[A-Z0-9]{26})(?![A-Za-z0-9_-])","flags":"g","keywords":["api-"],"anchor":null,"leads":["API-"],"keywordLed":false,"ledBy":["api-"]},"secret/defined-networking-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>dnkey-[a-z0-9=_-]{26}-[a-z0-9=_-]{52})(?![A-Za-z0-9_-])","flags":"g","keywords":["dnkey-"],"anchor":null,"leads":["dnkey-"],"keywordLed":false,"ledBy":["dnkey-"]},"secret/frameio-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_-])","flags":"g","keywords":["fio-u-"],"anchor":null,"leads":["fio-u-"],"keywordLed":false,"ledBy":["fio-u-"]},"secret/readme-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>rdme_[a-z0-9]{70})(?![A-Za-z0-9_-])","flags":"g","keywords":["rdme_"],"anchor":null,"leads":["rdme_"],"keywordLed":false,"ledBy":["rdme_"]},"secret/scalingo-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>tk-us-[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])","flags":"g","keywords":["tk-us-"],"anchor":null,"leads":["tk-us-"],"keywordLed":false,"ledBy":["tk-us-"]},"secret/settlemint-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sm_[pas]at_[A-Za-z0-9]{16})(?![A-Za-z0-9_-])","flags":"g","keywords":["sm_pat_","sm_aat_","sm_sat_"],"anchor":null,"leads":["sm_"],"keywordLed":false,"ledBy":null},"secret/postman-collection-access-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>PMAT-[A-Z0-9]{26})(?![A-Za-z0-9_-])","flags":"g","keywords":["pmat-"],"anchor":null,"leads":["PMAT-"],"keywordLed":false,"ledBy":["pmat-"]},"secret/launchdarkly-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>api-[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[a-f0-9]{4}-[a-f0-9]{12}|sdk-[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"g","keywords":["api-","sdk-"],"anchor":null,"leads":["api-","sdk-"],"keywordLed":false,"ledBy":["api-","sdk-"]},"secret/adobe-client-secret":{"regex":"(?<![A-Za-z0-9_-])(?<secret>p8e-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["p8e-"],"anchor":null,"leads":["p8e-"],"keywordLed":false,"ledBy":["p8e-"]},"secret/infracost-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["ico-"],"anchor":null,"leads":["ico-"],"keywordLed":false,"ledBy":["ico-"]},"secret/intra42-client-secret":{"regex":"(?<![A-Za-z0-9_-])(?<secret>s-s4t2(?:ud|af)-[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"g","keywords":["s-s4t2ud-","s-s4t2af-"],"anchor":null,"leads":["s-s4t2"],"keywordLed":false,"ledBy":null},"secret/fastly-api-token":{"regex":"(?:fastly)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["fastly"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["fastly"]},"secret/freshbooks-token":{"regex":"(?:freshbooks)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["freshbooks"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["freshbooks"]},"secret/linear-client-secret":{"regex":"(?:linear[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["linear"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["linear"]},"secret/looker-client-secret":{"regex":"(?:looker[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])","flags":"gi","keywords":["looker"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["looker"]},"secret/cisco-meraki-api-key":{"regex":"(?:meraki)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["meraki"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["meraki"]},"secret/privateai-api-key":{"regex":"(?:private[_.-]?ai)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["private"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["private"]},"secret/beamer-api-key":{"regex":"(?:beamer)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>b_[A-Za-z0-9=_-]{44})(?![A-Za-z0-9_-])","flags":"gi","keywords":["beamer"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["beamer"]},"secret/discord-client-secret":{"regex":"(?:discord[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["discord"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["discord"]},"secret/terraform-admin-password":{"regex":"(?:administrator_login_password|admin_password)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[^\\\\s\\\\x22\\\\x27\\\\x60$<>{}(),;]{10,100})(?![A-Za-z0-9_-])","flags":"gi","keywords":["administrator_login_password","admin_password"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["administrator_login_password","admin_password"]},"secret/sidekiq-enterprise-credentials":{"regex":"https://(?<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\\\.contribsys\\\\.com","flags":"g","keywords":["contribsys"],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/alibaba-secret-key":{"regex":"(?:(?:alibaba|aliyun)[\\\\w.-]{0,30}?(?:secret|key))[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9_-])","flags":"gi","keywords":["alibaba","aliyun"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["alibaba","aliyun"]},"secret/asana-client-secret":{"regex":"(?:asana)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["asana"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["asana"]},"secret/dropbox-app-secret":{"regex":"(?:dropbox[\\\\w.-]{0,30}?secret)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-z0-9]{15})(?![A-Za-z0-9_-])","flags":"gi","keywords":["dropbox"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["dropbox"]},"secret/dropbox-long-lived-token":{"regex":"(?:dropbox)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])","flags":"gi","keywords":["dropbox"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["dropbox"]},"secret/finicity-app-key":{"regex":"(?:finicity)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["finicity"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["finicity"]},"secret/mailgun-signing-key":{"regex":"(?:mailgun)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9_-])","flags":"gi","keywords":["mailgun"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mailgun"]},"secret/sentry-legacy-token":{"regex":"(?:sentry[\\\\w.-]{0,30}?(?:token|auth|key))[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["sentry"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["sentry"]},"secret/sonar-legacy-token":{"regex":"(?:sonar(?:qube|cloud)?[_.-]?(?:auth[_.-]?)?(?:login|token)|-dsonar\\\\.(?:auth\\\\.)?(?:login|token))[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["sonar","-dsonar."],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["sonar","-dsonar."]},"secret/sourcegraph-legacy-token":{"regex":"(?:sourcegraph[\\\\w.-]{0,30}?(?:token|key)|src_access_token)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["sourcegraph","src_access_token"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["sourcegraph","src_access_token"]},"secret/twitter-api-key":{"regex":"(?:twitter)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{25})(?![A-Za-z0-9_-])","flags":"gi","keywords":["twitter"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["twitter"]},"secret/twitter-access-token":{"regex":"(?:twitter)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[0-9]{15,25}-[A-Za-z0-9]{20,40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["twitter"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["twitter"]},"secret/twitter-unlabelled-secret":{"regex":"(?:twitter(?![\\\\w.-]{0,30}?secret))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{50}|[A-Za-z0-9]{45})(?![A-Za-z0-9_-])","flags":"gi","keywords":["twitter"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["twitter"]},"secret/facebook-app-access-token":{"regex":"(?:facebook|fb_access|fb_app)[^\\\\n]{0,60}?(?<![0-9])(?<secret>[0-9]{15,16}(?:\\\\||%7C)[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["facebook","fb_access","fb_app"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["facebook","fb_access","fb_app"]},"secret/fly-io-fo1-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","flags":"g","keywords":["fo1_"],"anchor":null,"leads":["fo1_"],"keywordLed":false,"ledBy":["fo1_"]},"secret/sidekiq-bundle-credentials":{"regex":"(?:bundle_gems__contribsys__com|bundle_enterprise__contribsys__com)[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,)|[ \\\\t]{1,4})\\\\s{0,5}[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?![A-Za-z0-9_:-])","flags":"gi","keywords":["bundle_gems__contribsys__com","bundle_enterprise__contribsys__com"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["bundle_gems__contribsys__com","bundle_enterprise__contribsys__com"]},"secret/nuget-config-password":{"regex":"(?:ClearTextPassword)[\\\\x22\\\\x27][ \\\\t]{1,10}value=[\\\\x22\\\\x27](?<secret>[^\\\\x22\\\\x27\\\\n]{8,200})[\\\\x22\\\\x27]","flags":"gi","keywords":["cleartextpassword"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["cleartextpassword"]},"secret/cockroachdb-cloud-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["ccdb1_"],"anchor":null,"leads":["CCDB1_"],"keywordLed":false,"ledBy":["ccdb1_"]},"secret/mongodb-atlas-service-account-secret":{"regex":"(?<![A-Za-z0-9_-])(?<secret>mdb_sa_sk_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["mdb_sa_sk_"],"anchor":null,"leads":["mdb_sa_sk_"],"keywordLed":false,"ledBy":["mdb_sa_sk_"]},"secret/slack-session-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>xoxc-[0-9]{9,15}-[0-9]{9,15}-[0-9]{9,15}-[a-f0-9]{64}|xoxd-[A-Za-z0-9%/+_-]{100,600}={0,2})(?![A-Za-z0-9%/+_=-])","flags":"g","keywords":["xoxc-","xoxd-"],"anchor":null,"leads":["xoxc-","xoxd-"],"keywordLed":false,"ledBy":["xoxc-","xoxd-"]},"secret/upcloud-api-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>ucat_[A-Za-z0-9]{24,32})(?![A-Za-z0-9_-])","flags":"g","keywords":["ucat_"],"anchor":null,"leads":["ucat_"],"keywordLed":false,"ledBy":["ucat_"]},"secret/aikido-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>AIK_CI_[A-Za-z0-9]{20,44}|AIK_SECRET_[A-Za-z0-9]{64})(?![A-Za-z0-9_-])","flags":"g","keywords":["aik_ci_","aik_secret_"],"anchor":null,"leads":["AIK_CI_","AIK_SECRET_"],"keywordLed":false,"ledBy":["aik_ci_","aik_secret_"]},"secret/canva-client-secret":{"regex":"(?<![A-Za-z0-9_-])(?<secret>cnvca[A-Za-z0-9_-]{51})(?![A-Za-z0-9_-])","flags":"g","keywords":["cnvca"],"anchor":null,"leads":["cnvca"],"keywordLed":false,"ledBy":["cnvca"]},"secret/devin-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>apk_user_[A-Za-z0-9+/]{120,180}={0,2})(?![A-Za-z0-9+/=_-])","flags":"g","keywords":["apk_user_"],"anchor":null,"leads":["apk_user_"],"keywordLed":false,"ledBy":["apk_user_"]},"secret/minimax-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sk-api-[A-Za-z0-9_-]{119})(?![A-Za-z0-9_-])","flags":"g","keywords":["sk-api-"],"anchor":null,"leads":["sk-api-"],"keywordLed":false,"ledBy":["sk-api-"]},"secret/cloudinary-url":{"regex":"cloudinary://[0-9]{12,16}:(?<secret>[A-Za-z0-9_-]{24,32})@[A-Za-z0-9_-]{1,64}","flags":"g","keywords":["cloudinary://"],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/klaviyo-api-key":{"regex":"(?:klaviyo)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>pk_[a-z0-9]{34})(?![A-Za-z0-9_-])","flags":"gi","keywords":["klaviyo"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["klaviyo"]},"secret/influxdb-token":{"regex":"(?:influx)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{86}==)(?![A-Za-z0-9_=-])","flags":"gi","keywords":["influx"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["influx"]},"secret/amplitude-secret-key":{"regex":"(?:amplitude[\\\\w.-]{0,30}?secret)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["amplitude"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["amplitude"]},"secret/bitly-access-token":{"regex":"(?:bitly)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["bitly"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["bitly"]},"secret/jumpcloud-api-key":{"regex":"(?:jumpcloud)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-z0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["jumpcloud"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["jumpcloud"]},"secret/civo-api-key":{"regex":"(?:civo)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{50})(?![A-Za-z0-9_-])","flags":"gi","keywords":["civo"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["civo"]},"secret/coveralls-token":{"regex":"(?:coveralls[\\\\w.-]{0,30}?token)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32,37})(?![A-Za-z0-9_-])","flags":"gi","keywords":["coveralls"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["coveralls"]},"secret/gumroad-access-token":{"regex":"(?:gumroad[\\\\w.-]{0,30}?(?:token|key|secret))[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{64}|[A-Za-z0-9-]{43})(?![A-Za-z0-9_-])","flags":"gi","keywords":["gumroad"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["gumroad"]},"secret/kagi-api-key":{"regex":"(?:kagi)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{11}\\\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","flags":"gi","keywords":["kagi"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["kagi"]},"secret/disqus-api-secret":{"regex":"(?:disqus[\\\\w.-]{0,30}?secret)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["disqus"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["disqus"]},"secret/upstage-api-key":{"regex":"(?:upstage)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>up_[A-Za-z0-9]{25,50}|[A-Za-z0-9]{40,50})(?![A-Za-z0-9_-])","flags":"gi","keywords":["upstage"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["upstage"]},"secret/greptile-api-key":{"regex":"(?:greptile)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/]{48})(?![A-Za-z0-9+/_-])","flags":"gi","keywords":["greptile"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["greptile"]},"secret/exoscale-api-secret":{"regex":"(?:exoscale[\\\\w.-]{0,30}?secret)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{40,60})(?![A-Za-z0-9_-])","flags":"gi","keywords":["exoscale"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["exoscale"]},"secret/infomaniak-api-token":{"regex":"(?:infomaniak[\\\\w.-]{0,30}?(?:token|key))[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{60,100})(?![A-Za-z0-9_-])","flags":"gi","keywords":["infomaniak"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["infomaniak"]},"secret/couchbase-capella-api-key":{"regex":"(?:(?:couchbase|capella)[\\\\w.-]{0,30}?(?:secret|key))[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/]{60,120}={0,2})(?![A-Za-z0-9+/=_-])","flags":"gi","keywords":["couchbase","capella"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["couchbase","capella"]},"secret/datagov-api-key":{"regex":"(?:data[_.]?gov)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["datagov","data_gov","data.gov"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["datagov","data_gov","data.gov"]},"secret/ovh-application-secret":{"regex":"(?:ovh[\\\\w.-]{0,30}?(?:secret|consumer[_.-]?key))[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["ovh"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["ovh"]},"secret/brave-search-api-key":{"regex":"(?:brave)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>BSA[A-Za-z0-9_-]{24,40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["brave"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["brave"]},"secret/lighton-api-key":{"regex":"(?:lighton[\\\\w.-]{0,30}?(?:key|token))[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{40,80})(?![A-Za-z0-9_-])","flags":"gi","keywords":["lighton"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["lighton"]},"secret/azure-app-configuration-connection-string":{"regex":"Endpoint=https://[A-Za-z0-9-]{1,63}\\\\.azconfig\\\\.io;Id=[^;\\\\s\\\\x22\\\\x27]{4,80};Secret=(?<secret>[A-Za-z0-9+/]{36,100}={0,2})(?![A-Za-z0-9+/=])","flags":"g","keywords":["azconfig.io"],"anchor":null,"leads":null,"keywordLed":false,"ledBy":null},"secret/pubnub-secret-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>sec-c-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])","flags":"g","keywords":["sec-c-"],"anchor":null,"leads":["sec-c-"],"keywordLed":false,"ledBy":["sec-c-"]},"secret/mercadopago-access-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>APP_USR-[0-9]{15,16}-[0-9]{6}-[a-f0-9]{32}-[0-9]{6,10})(?![A-Za-z0-9_-])","flags":"g","keywords":["app_usr-"],"anchor":null,"leads":["APP_USR-"],"keywordLed":false,"ledBy":["app_usr-"]},"secret/akamai-edgegrid-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>akab-[a-z0-9]{16}-[a-z0-9]{16})(?![A-Za-z0-9_.-])","flags":"g","keywords":["akab-"],"anchor":null,"leads":["akab-"],"keywordLed":false,"ledBy":["akab-"]},"secret/spotify-client-secret":{"regex":"(?:spotify[\\\\w.-]{0,30}?secret)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["spotify"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["spotify"]},"secret/mixpanel-api-secret":{"regex":"(?:mixpanel[\\\\w.-]{0,30}?secret)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["mixpanel"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mixpanel"]},"secret/onelogin-client-secret":{"regex":"(?:onelogin[\\\\w.-]{0,30}?secret)[\\\\w.-]{0,20}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["onelogin"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["onelogin"]},"secret/salesforce-access-token":{"regex":"(?:salesforce|sfdc)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,200})(?![A-Za-z0-9._-])","flags":"gi","keywords":["salesforce","sfdc"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["salesforce","sfdc"]},"secret/convex-deploy-key":{"regex":"(?:convex[_.-]?deploy)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:prod|dev|preview|project):[a-z0-9:-]{3,64}\\\\|[A-Za-z0-9+/=_-]{40,200})(?![A-Za-z0-9+/=_-])","flags":"gi","keywords":["convex_deploy","convex-deploy","convex.deploy","convexdeploy"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["convex_deploy","convex-deploy","convex.deploy","convexdeploy"]},"secret/duo-secret-key":{"regex":"(?:duo[_.-]?(?:secret|skey))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["duo_secret","duo-secret","duo.secret","duosecret","duo_skey","duo-skey","duo.skey","duoskey"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["duo_secret","duo-secret","duo.secret","duosecret","duo_skey","duo-skey","duo.skey","duoskey"]},"secret/castai-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>castai_v1_[A-Za-z0-9]{64}_[A-Za-z0-9]{8})(?![A-Za-z0-9_-])","flags":"g","keywords":["castai_v1_"],"anchor":null,"leads":["castai_v1_"],"keywordLed":false,"ledBy":["castai_v1_"]},"secret/azure-data-factory-shir-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>IR@[0-9a-fA-F-]{36}@[A-Za-z0-9_.-]{1,90}@[A-Za-z0-9-]{1,40}@[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])","flags":"g","keywords":["ir@"],"anchor":null,"leads":["IR@"],"keywordLed":false,"ledBy":["ir@"]},"secret/dynatrace-api-token":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>dt0c01\\\\.[A-Za-z0-9]{24}\\\\.[A-Za-z0-9]{64})(?![A-Za-z0-9_-])","flags":"g","keywords":["dt0c01."],"anchor":null,"leads":["dt0c01."],"keywordLed":false,"ledBy":["dt0c01."]},"secret/adafruit-io-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>aio_[A-Za-z0-9]{28})(?![A-Za-z0-9_-])","flags":"g","keywords":["aio_"],"anchor":null,"leads":["aio_"],"keywordLed":false,"ledBy":["aio_"]},"secret/authress-access-key":{"regex":"(?<![A-Za-z0-9_.-])(?<secret>scauth_[A-Za-z0-9]{5,30}\\\\.[A-Za-z0-9]{4,6}\\\\.acc[_-][A-Za-z0-9-]{10,32}\\\\.[A-Za-z0-9+/_=-]{30,120}|authress_[A-Za-z0-9]{5,30}\\\\.[A-Za-z0-9]{4,6}\\\\.acc[_-][A-Za-z0-9-]{10,32}\\\\.[A-Za-z0-9+/_=-]{30,120}|sc_[A-Za-z0-9]{5,30}\\\\.[A-Za-z0-9]{4,6}\\\\.acc[_-][A-Za-z0-9-]{10,32}\\\\.[A-Za-z0-9+/_=-]{30,120}|ext_[A-Za-z0-9]{5,30}\\\\.[A-Za-z0-9]{4,6}\\\\.acc[_-][A-Za-z0-9-]{10,32}\\\\.[A-Za-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])","flags":"g","keywords":["sc_","ext_","scauth_","authress_"],"anchor":null,"leads":["scauth_","authress_","sc_","ext_"],"keywordLed":false,"ledBy":["sc_","ext_","scauth_","authress_"]},"secret/cursor-api-key":{"regex":"(?:cursor)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>key_[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["cursor"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["cursor"]},"secret/endor-labs-api-key":{"regex":"(?<![A-Za-z0-9_+-])(?<secret>endr\\\\+[A-Za-z0-9-]{16})(?![A-Za-z0-9_+-])","flags":"g","keywords":["endr+"],"anchor":null,"leads":["endr+"],"keywordLed":false,"ledBy":["endr+"]},"secret/ollama-api-key":{"regex":"(?:ollama)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32}\\\\.[A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])","flags":"gi","keywords":["ollama"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["ollama"]},"secret/flutterwave-secret-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)(?![A-Za-z0-9_-])","flags":"g","keywords":["flwseck"],"anchor":null,"leads":["FLWSECK"],"keywordLed":false,"ledBy":["flwseck"]},"secret/flutterwave-encryption-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?[a-h0-9]{12})(?![A-Za-z0-9_-])","flags":"g","keywords":["flwseck"],"anchor":null,"leads":["FLWSECK"],"keywordLed":false,"ledBy":["flwseck"]},"secret/shippo-api-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>shippo_(?:live|test)_[a-fA-F0-9]{40})(?![A-Za-z0-9_-])","flags":"g","keywords":["shippo_"],"anchor":null,"leads":["shippo_"],"keywordLed":false,"ledBy":["shippo_"]},"secret/easypost-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>EZAK[A-Za-z0-9]{54}|EZTK[A-Za-z0-9]{54})(?![A-Za-z0-9_-])","flags":"g","keywords":["ezak","eztk"],"anchor":null,"leads":["EZAK","EZTK"],"keywordLed":false,"ledBy":["ezak","eztk"]},"secret/duffel-api-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>duffel_(?:test|live)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_-])","flags":"g","keywords":["duffel_"],"anchor":null,"leads":["duffel_"],"keywordLed":false,"ledBy":["duffel_"]},"secret/plaid-access-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"g","keywords":["access-sandbox-","access-development-","access-production-"],"anchor":null,"leads":["access-"],"keywordLed":false,"ledBy":null},"secret/plaid-secret":{"regex":"(?:plaid)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{30})(?![A-Za-z0-9_-])","flags":"gi","keywords":["plaid"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["plaid"]},"secret/razorpay-key-id":{"regex":"(?<![A-Za-z0-9_-])(?<secret>rzp_live_[A-Za-z0-9]{14})(?![A-Za-z0-9_-])","flags":"g","keywords":["rzp_live_"],"anchor":null,"leads":["rzp_live_"],"keywordLed":false,"ledBy":["rzp_live_"]},"secret/razorpay-key-secret":{"regex":"(?:razorpay[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])","flags":"gi","keywords":["razorpay"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["razorpay"]},"secret/adyen-api-key":{"regex":"(?:adyen)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>AQE[A-Za-z0-9_+/=.-]{60,300})(?![A-Za-z0-9_-])","flags":"gi","keywords":["adyen"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["adyen"]},"secret/mollie-api-key":{"regex":"(?:mollie)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:live|test)_[A-Za-z0-9]{30})(?![A-Za-z0-9_-])","flags":"gi","keywords":["mollie"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mollie"]},"secret/gocardless-token":{"regex":"(?:gocardless)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:live|sandbox)_[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["gocardless"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["gocardless"]},"secret/checkout-secret-key":{"regex":"(?:checkout[\\\\w.-]{0,20}?(?:secret|sk))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk_(?:sbox_)?[a-z0-9]{26}|sk_(?:test_)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["checkout"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["checkout"]},"secret/paddle-api-key":{"regex":"(?:paddle)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>pdl_(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}|[a-f0-9]{50})(?![A-Za-z0-9_-])","flags":"gi","keywords":["paddle"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["paddle"]},"secret/lemonsqueezy-api-key":{"regex":"(?:lemon[_.-]?squeezy)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","flags":"gi","keywords":["lemon"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["lemon"]},"secret/paypal-client-secret":{"regex":"(?:paypal[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>E[A-Za-z0-9_-]{79})(?![A-Za-z0-9_-])","flags":"gi","keywords":["paypal"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["paypal"]},"secret/coinbase-api-secret":{"regex":"(?:coinbase[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/=_-]{32,100})(?![A-Za-z0-9_-])","flags":"gi","keywords":["coinbase"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["coinbase"]},"secret/kraken-api-secret":{"regex":"(?:kraken)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9_-])","flags":"gi","keywords":["kraken"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["kraken"]},"secret/kucoin-api-secret":{"regex":"(?:kucoin)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["kucoin"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["kucoin"]},"secret/binance-api-secret":{"regex":"(?:binance)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["binance"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["binance"]},"secret/bittrex-api-secret":{"regex":"(?:bittrex)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["bittrex"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["bittrex"]},"secret/alpaca-secret-key":{"regex":"(?:alpaca[\\\\w.-]{0,20}?secret|apca[_.-]api[_.-]secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["alpaca","apca"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["alpaca","apca"]},"secret/finnhub-api-key":{"regex":"(?:finnhub)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-z0-9]{20})(?![A-Za-z0-9_-])","flags":"gi","keywords":["finnhub"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["finnhub"]},"secret/finicity-secret":{"regex":"(?:finicity)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{20})(?![A-Za-z0-9_-])","flags":"gi","keywords":["finicity"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["finicity"]},"secret/lob-api-key":{"regex":"(?:lob[_.-]?(?:api)?[_.-]?key|lob[_.-]secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:live|test)_[a-f0-9]{35})(?![A-Za-z0-9_-])","flags":"gi","keywords":["lob"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["lob"]},"secret/etsy-api-key":{"regex":"(?:etsy)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-z0-9]{24})(?![A-Za-z0-9_-])","flags":"gi","keywords":["etsy"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["etsy"]},"secret/squarespace-api-key":{"regex":"(?:squarespace)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["squarespace"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["squarespace"]},"secret/bigcommerce-token":{"regex":"(?:bigcommerce)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-z0-9]{30,40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["bigcommerce"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["bigcommerce"]},"secret/freemius-secret-key":{"regex":"(?:freemius)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk_[A-Za-z0-9_<>!@#$%^&*()+=-]{29})(?![A-Za-z0-9_-])","flags":"gi","keywords":["freemius"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["freemius"]},"secret/nytimes-api-key":{"regex":"(?:nytimes|new[_.-]?york[_.-]?times|nyt[_.-]api)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9=_-]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["nytimes","new_york","new-york","new.york","newyork","nyt_api","nyt-api","nyt.api"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["nytimes","new_york","new-york","new.york","newyork","nyt_api","nyt-api","nyt.api"]},"secret/flickr-api-key":{"regex":"(?:flickr)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["flickr"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["flickr"]},"secret/mapbox-legacy":{"regex":"(?:mapbox)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk\\\\.eyJ[A-Za-z0-9_-]{20,200}\\\\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["mapbox"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mapbox"]},"secret/slack-legacy-bot-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26})(?![A-Za-z0-9_-])","flags":"g","keywords":["xoxb-"],"anchor":null,"leads":["xoxb-"],"keywordLed":false,"ledBy":["xoxb-"]},"secret/slack-legacy-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>xox[aors]-(?:[0-9]{1,2}-)?[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9A-Za-z]{28,64}|xox[ar]-2-[A-Za-z0-9-]{40,160})(?![A-Za-z0-9_-])","flags":"g","keywords":["xoxa-","xoxo-","xoxr-","xoxs-"],"anchor":null,"leads":["xox"],"keywordLed":false,"ledBy":null},"secret/slack-workflow-webhook":{"regex":"(?<secret>https://hooks\\\\.slack\\\\.com/(?:workflows|triggers)/T[A-Z0-9]{8,12}/[A-Z0-9]{8,12}/[0-9]{8,20}/[A-Za-z0-9]{20,40})(?![A-Za-z0-9_-])","flags":"g","keywords":["hooks.slack.com"],"anchor":null,"leads":["https://hooks.slack.com/"],"keywordLed":false,"ledBy":null},"secret/microsoft-teams-webhook":{"regex":"(?<secret>https://[a-z0-9-]+\\\\.webhook\\\\.office\\\\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-f0-9-]{36}(?:/[A-Za-z0-9_-]{20,80})?)","flags":"g","keywords":["webhook.office.com"],"anchor":null,"leads":["https://"],"keywordLed":false,"ledBy":null},"secret/google-chat-webhook":{"regex":"(?<secret>https://chat\\\\.googleapis\\\\.com/v1/spaces/[A-Za-z0-9_-]{8,20}/messages\\\\?key=[A-Za-z0-9_-]{39}&(?:amp;)?token=[A-Za-z0-9_%=-]{40,60})","flags":"g","keywords":["chat.googleapis.com"],"anchor":null,"leads":["https://chat.googleapis.com/v1/spaces/"],"keywordLed":false,"ledBy":null},"secret/zapier-webhook":{"regex":"(?<secret>https://hooks\\\\.zapier\\\\.com/hooks/catch/[0-9]{5,10}/[a-z0-9]{6,10}/?)","flags":"g","keywords":["hooks.zapier.com"],"anchor":null,"leads":["https://hooks.zapier.com/hooks/catch/"],"keywordLed":false,"ledBy":null},"secret/discord-webhook-legacy":{"regex":"(?<secret>https://(?:(?:ptb|canary)\\\\.)?discord(?:app)?\\\\.com/api(?:/v\\\\d{1,2})?/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,72})","flags":"g","keywords":["discordapp.com/api/webhooks","ptb.discord.com","canary.discord.com"],"anchor":null,"leads":["https://"],"keywordLed":false,"ledBy":null},"secret/brevo-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}|xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])","flags":"g","keywords":["xkeysib-","xsmtpsib-"],"anchor":null,"leads":["xkeysib-","xsmtpsib-"],"keywordLed":false,"ledBy":["xkeysib-","xsmtpsib-"]},"secret/resend-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_-])","flags":"g","keywords":["re_"],"anchor":null,"leads":["re_"],"keywordLed":false,"ledBy":["re_"]},"secret/mailchimp-api-key":{"regex":"(?<![A-Za-z0-9_-])(?=(?<secret>[a-f0-9]{32}-us[0-9]{1,2})(?![A-Za-z0-9_-]))[a-f0-9]{32}-us","flags":"g","keywords":["-us"],"anchor":{"literal":"-us","maxBefore":32,"minBefore":32},"leads":null,"keywordLed":false,"ledBy":null},"secret/mandrill-api-key":{"regex":"(?:mandrill)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:md-)?[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])","flags":"gi","keywords":["mandrill"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mandrill"]},"secret/postmark-server-token":{"regex":"(?:postmark)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["postmark"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["postmark"]},"secret/sparkpost-api-key":{"regex":"(?:sparkpost)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["sparkpost"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["sparkpost"]},"secret/mailjet-secret-key":{"regex":"(?:mailjet|mj[_.-]api(?:key)?[_.-]?(?:private|secret))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["mailjet","mj_api","mj-api","mj.api"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mailjet","mj_api","mj-api","mj.api"]},"secret/messagebird-api-key":{"regex":"(?:message[_.-]?bird)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{25})(?![A-Za-z0-9_-])","flags":"gi","keywords":["messagebird","message_bird","message-bird","message.bird"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["messagebird","message_bird","message-bird","message.bird"]},"secret/vonage-api-secret":{"regex":"(?:(?:vonage|nexmo)[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{16})(?![A-Za-z0-9_-])","flags":"gi","keywords":["vonage","nexmo"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["vonage","nexmo"]},"secret/plivo-auth-token":{"regex":"(?:plivo)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["plivo"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["plivo"]},"secret/telnyx-api-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>KEY[0-9A-F]{32}_[A-Za-z0-9]{22})(?![A-Za-z0-9_-])","flags":"g","keywords":["key"],"anchor":null,"leads":["KEY"],"keywordLed":false,"ledBy":["key"]},"secret/pusher-secret":{"regex":"(?:pusher[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{20})(?![A-Za-z0-9_-])","flags":"gi","keywords":["pusher"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["pusher"]},"secret/ably-api-key":{"regex":"(?:ably)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{6}\\\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","flags":"gi","keywords":["ably"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["ably"]},"secret/sendbird-api-token":{"regex":"(?:sendbird)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["sendbird"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["sendbird"]},"secret/stream-api-secret":{"regex":"(?:(?:get)?stream[_.-]?(?:api|chat|feeds)?[_.-]?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-z0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["stream","getstream"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["stream","getstream"]},"secret/mattermost-token":{"regex":"(?:mattermost)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-z0-9]{26})(?![A-Za-z0-9_-])","flags":"gi","keywords":["mattermost"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["mattermost"]},"secret/gitter-token":{"regex":"(?:gitter)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["gitter"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["gitter"]},"secret/zoom-client-secret":{"regex":"(?:zoom[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["zoom"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["zoom"]},"secret/twitch-client-secret":{"regex":"(?:twitch)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-z0-9]{30})(?![A-Za-z0-9_-])","flags":"gi","keywords":["twitch"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["twitch"]},"secret/linkedin-client-secret":{"regex":"(?:linked[_.-]?in[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{16})(?![A-Za-z0-9_-])","flags":"gi","keywords":["linkedin","linked_in","linked-in","linked.in"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["linkedin","linked_in","linked-in","linked.in"]},"secret/twitter-bearer-token":{"regex":"(?<![A-Za-z0-9%])(?<secret>AAAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{60,160})(?![A-Za-z0-9_-])","flags":"g","keywords":["aaaaaaaaaaaaaaaaaaaaaa"],"anchor":null,"leads":["AAAAAAAAAAAAAAAAAAAAAA"],"keywordLed":false,"ledBy":["aaaaaaaaaaaaaaaaaaaaaa"]},"secret/twitter-api-secret":{"regex":"(?:twitter[\\\\w.-]{0,30}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{45,50})(?![A-Za-z0-9_-])","flags":"gi","keywords":["twitter"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["twitter"]},"secret/facebook-access-token":{"regex":"(?<![A-Za-z0-9+/_-])(?<secret>EAA[BCDGIMNSU][A-Za-z0-9]{80,400})(?![A-Za-z0-9_-])","flags":"g","keywords":["eaa"],"anchor":null,"leads":["EAA"],"keywordLed":false,"ledBy":["eaa"]},"secret/facebook-app-secret":{"regex":"(?:facebook[\\\\w.-]{0,20}?secret|fb[_.-]app[_.-]?secret|fb[_.-]secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["facebook","fb_","fb-","fb."],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["facebook","fb_","fb-","fb."]},"secret/intercom-token":{"regex":"(?:intercom)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/]{59}=)(?![A-Za-z0-9_-])","flags":"gi","keywords":["intercom"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["intercom"]},"secret/zendesk-api-token":{"regex":"(?:zendesk)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["zendesk"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["zendesk"]},"secret/freshdesk-api-key":{"regex":"(?:fresh(?:desk|service|sales|works))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{20})(?![A-Za-z0-9_-])","flags":"gi","keywords":["freshdesk","freshservice","freshsales","freshworks"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["freshdesk","freshservice","freshsales","freshworks"]},"secret/hubspot-private-app-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pat-(?:na|eu|ap)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"g","keywords":["pat-na","pat-eu","pat-ap"],"anchor":null,"leads":["pat-"],"keywordLed":false,"ledBy":null},"secret/hubspot-api-key":{"regex":"(?:hubspot|hapikey)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["hubspot","hapikey"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["hubspot","hapikey"]},"secret/airtable-pat":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pat[A-Za-z0-9]{14}\\\\.[a-f0-9]{64})(?![A-Za-z0-9_-])","flags":"g","keywords":["pat"],"anchor":null,"leads":["pat"],"keywordLed":false,"ledBy":["pat"]},"secret/airtable-api-key":{"regex":"(?:airtable)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>key[A-Za-z0-9]{14})(?![A-Za-z0-9_-])","flags":"gi","keywords":["airtable"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["airtable"]},"secret/algolia-admin-key":{"regex":"(?:algolia[\\\\w.-]{0,20}?(?:admin|write|api|secret)[_.-]?key)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["algolia"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["algolia"]},"secret/contentful-pat":{"regex":"(?<![A-Za-z0-9_-])(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","flags":"g","keywords":["cfpat-"],"anchor":null,"leads":["CFPAT-"],"keywordLed":false,"ledBy":["cfpat-"]},"secret/contentful-delivery-token":{"regex":"(?:contentful)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","flags":"gi","keywords":["contentful"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["contentful"]},"secret/sanity-token":{"regex":"(?:sanity)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk[A-Za-z0-9]{70,90})(?![A-Za-z0-9_-])","flags":"gi","keywords":["sanity"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["sanity"]},"secret/storyblok-token":{"regex":"(?:storyblok)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{22}tt?)(?![A-Za-z0-9_-])","flags":"gi","keywords":["storyblok"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["storyblok"]},"secret/typeform-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>tfp_[A-Za-z0-9_=.-]{59})(?![A-Za-z0-9_-])","flags":"g","keywords":["tfp_"],"anchor":null,"leads":["tfp_"],"keywordLed":false,"ledBy":["tfp_"]},"secret/clickup-token":{"regex":"(?<![A-Za-z0-9_-])(?<secret>pk_[0-9]{6,10}_[A-Z0-9]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["pk_"],"anchor":null,"leads":["pk_"],"keywordLed":false,"ledBy":["pk_"]},"secret/trello-api-token":{"regex":"(?:trello)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>(?:ATTA)?[a-f0-9]{64}(?:[A-F0-9]{8})?)(?![A-Za-z0-9_-])","flags":"gi","keywords":["trello"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["trello"]},"secret/coda-api-token":{"regex":"(?:coda)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["coda"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["coda"]},"secret/smartsheet-token":{"regex":"(?:smartsheet)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{37}|[A-Za-z0-9]{26})(?![A-Za-z0-9_-])","flags":"gi","keywords":["smartsheet"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["smartsheet"]},"secret/monday-api-token":{"regex":"(?:monday)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>eyJ[A-Za-z0-9_-]{10,}\\\\.eyJ[A-Za-z0-9_-]{10,}\\\\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])","flags":"gi","keywords":["monday"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["monday"]},"secret/box-client-secret":{"regex":"(?:box[_.-](?:client[_.-]?secret|developer[_.-]?token|api[_.-]?key))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["box"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["box"]},"secret/docusign-secret":{"regex":"(?:docusign)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["docusign"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["docusign"]},"secret/lokalise-token":{"regex":"(?:lokalise)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])","flags":"gi","keywords":["lokalise"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["lokalise"]},"secret/crowdin-token":{"regex":"(?:crowdin)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{80})(?![A-Za-z0-9_-])","flags":"gi","keywords":["crowdin"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["crowdin"]},"secret/auth0-client-secret":{"regex":"(?:auth0[\\\\w.-]{0,20}?secret)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["auth0"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["auth0"]},"secret/stytch-secret":{"regex":"(?<![A-Za-z0-9_-])(?<secret>secret-(?:live|test)-[A-Za-z0-9_=-]{36})(?![A-Za-z0-9_-])","flags":"g","keywords":["secret-live-","secret-test-"],"anchor":null,"leads":["secret-"],"keywordLed":false,"ledBy":null},"secret/workos-api-key":{"regex":"(?:workos)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>sk_(?:test_)?[A-Za-z0-9]{40,90})(?![A-Za-z0-9_-])","flags":"gi","keywords":["workos"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["workos"]},"secret/maxmind-license-key":{"regex":"(?<![A-Za-z0-9_-])(?=(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_-]))[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk","flags":"g","keywords":["_mmk"],"anchor":{"literal":"_mmk","maxBefore":36,"minBefore":36},"leads":null,"keywordLed":false,"ledBy":null},"secret/rapidapi-key":{"regex":"(?:rapid[_.-]?api)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9_-]{50})(?![A-Za-z0-9_-])","flags":"gi","keywords":["rapidapi","rapid_api","rapid-api","rapid.api"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["rapidapi","rapid_api","rapid-api","rapid.api"]},"secret/pagerduty-api-key":{"regex":"(?:pager[_.-]?duty)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>u\\\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20})(?![A-Za-z0-9_-])","flags":"gi","keywords":["pager"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["pager"]},"secret/opsgenie-api-key":{"regex":"(?:opsgenie)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["opsgenie"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["opsgenie"]},"secret/rollbar-token":{"regex":"(?:rollbar)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["rollbar"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["rollbar"]},"secret/bugsnag-api-key":{"regex":"(?:bugsnag)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])","flags":"gi","keywords":["bugsnag"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["bugsnag"]},"secret/sumologic-access-key":{"regex":"(?:sumo[_.-]?(?:logic)?[\\\\w.-]{0,20}?(?:key|secret))[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9]{64})(?![A-Za-z0-9_-])","flags":"gi","keywords":["sumo"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["sumo"]},"secret/splunk-hec-token":{"regex":"(?:splunk|hec[_.-]?token)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])","flags":"gi","keywords":["splunk","hec_token","hec-token","hec.token","hectoken"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["splunk","hec_token","hec-token","hec.token","hectoken"]},"secret/lightstep-token":{"regex":"(?:lightstep)[\\\\w.-]{0,40}?[\\\\x22\\\\x27\\\\x60\\\\]]{0,2}(?:\\\\s{0,16}(?:=|:=|:|=>|,|\\\\(|\\\\|)|[ \\\\t]{1,4})\\\\s{0,5}(?:[a-z_]{1,20}\\\\s{0,2}=\\\\s{0,2})?[\\\\x22\\\\x27\\\\x60]?(?<secret>[A-Za-z0-9+/=]{84,200})(?![A-Za-z0-9_-])","flags":"gi","keywords":["lightstep"],"anchor":null,"leads":null,"keywordLed":true,"ledBy":["lightstep"]},"secret/grafana-api-key":{"regex":"(?<![A-Za-z0-9+/_-])(?<secret>eyJrIjoi[A-Za-z0-9]{70,400}={0,2})(?![A-Za-z0-9_-])","flags":"g","keywords":["eyjrijoi"],"anchor":null,"leads":["eyJrIjoi"],"keywordLed":false,"ledBy":["eyjrijoi"]},"secret/newrelic-insert-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["nrii-"],"anchor":null,"leads":["NRII-"],"keywordLed":false,"ledBy":["nrii-"]},"secret/newrelic-query-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>NRIQ-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])","flags":"g","keywords":["nriq-"],"anchor":null,"leads":["NRIQ-"],"keywordLed":false,"ledBy":["nriq-"]},"secret/newrelic-browser-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>NRJS-[a-f0-9]{19})(?![A-Za-z0-9_-])","flags":"g","keywords":["nrjs-"],"anchor":null,"leads":["NRJS-"],"keywordLed":false,"ledBy":["nrjs-"]},"secret/newrelic-admin-key":{"regex":"(?<![A-Za-z0-9_-])(?<secret>NRAA-[A-Za-z0-9]{27})(?![A-Za-z0-9_-])","flags":"g","keywords":["nraa-"],"anchor":null,"leads":["NRAA-"],"keywordLed":false,"ledBy":["nraa-"]},"secret/newrelic-license-key":{"regex":"(?<![A-Za-z0-9_-])(?=(?<secret>(?:eu01xx)?[a-f0-9]{30,36}NRAL)(?![A-Za-z0-9_-]))(?:eu01xx)?[a-f0-9]{30,36}NRAL","flags":"g","keywords":["nral"],"anchor":{"literal":"NRAL","maxBefore":42,"minBefore":30},"leads":null,"keywordLed":false,"ledBy":null}}`));
  let known = Object.hasOwn(prebuilt, id) ? prebuilt[id] : void 0;
  if (!(known === void 0 || known.regex !== source || known.flags !== flags || known.keywords.length !== keywords.length || !known.keywords.every((word, i) => word === keywords[i])))
    return known;
}
function analyseRule(id, source, flags, keywords) {
  let known = prebuiltAnalysis(id, source, flags, keywords);
  return known === void 0 ? ruleAnalysis(source, flags, keywords) : {
    anchor: known.anchor === null ? null : { ...known.anchor },
    leads: known.leads === null ? null : [...known.leads],
    keywordLed: known.keywordLed,
    ledBy: known.ledBy === null ? null : [...known.ledBy]
  };
}
var MAX_BEFORE_LIMIT = 64, MIN_LITERAL = 3;
function findAnchor(source, flags) {
  let items;
  try {
    let parsed = new Parser(source).sequence();
    if (parsed.alternatives.length !== 1) return null;
    items = flatten(parsed.items);
  } catch {
    return null;
  }
  let lead = "";
  for (let item of items)
    if (!(item.max === 0 && item.literal === null)) {
      if (item.literal === null) break;
      lead += item.literal;
    }
  if (lead.length >= MIN_LITERAL) return null;
  let caseless = flags.includes("i"), best = null, before = 0, least = 0;
  for (let i = 0; i < items.length; ) {
    if (items[i].literal === null) {
      before += items[i].max, least += minOf(items[i]), i++;
      continue;
    }
    let literal = "", start = before, minBefore = least;
    for (; i < items.length && items[i].literal !== null; )
      literal += items[i].literal, before += 1, least += 1, i++;
    literal.length >= MIN_LITERAL && Number.isFinite(start) && (!caseless || literal.toLowerCase() === literal.toUpperCase()) && (best === null || literal.length > best.literal.length) && (best = { literal, maxBefore: start, minBefore });
  }
  return best === null || best.maxBefore === 0 || best.maxBefore > MAX_BEFORE_LIMIT ? null : best;
}
function findLeads(source, flags, minLiteral = MIN_LITERAL) {
  let items;
  try {
    let parsed = new Parser(source).sequence();
    if (parsed.alternatives.length !== 1) return null;
    items = parsed.items;
  } catch {
    return null;
  }
  let leads = items.find((item) => !(item.max === 0 && item.literal === null))?.leads;
  return leads === void 0 || leads.some((lead) => lead.length < Math.max(minLiteral, 1)) || flags.includes("i") && leads.some((lead) => lead.toLowerCase() !== lead.toUpperCase()) ? null : [...new Set(leads)];
}
var MAX_SPELLINGS = 256;
function isKeywordLed(source, keywords) {
  let spellings = keywordSpellings(source);
  if (spellings === null) return !1;
  let lower = keywords.map((word) => word.toLowerCase());
  return spellings.every((spelling) => {
    let text = spelling.toLowerCase();
    return lower.some((word) => text.startsWith(word));
  });
}
function keywordSpellings(source) {
  if (/^\(\?<[!=]/.test(source)) {
    let close = closingParen(source, 0);
    if (close === -1) return null;
    source = source.slice(close + 1);
  }
  if (!source.startsWith("(?:") || splitTopLevel(source).length !== 1) return null;
  let end = closingParen(source, 0);
  if (end === -1 || /[?*{]/.test(source[end + 1] ?? "")) return null;
  let body = source.slice(3, end), all = [];
  for (let alternative of splitTopLevel(body)) {
    let spellings = leadingSpellings(alternative);
    if (spellings === null) return null;
    all.push(...spellings);
  }
  return all;
}
function closingParen(source, open) {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    let c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      for (; i < source.length && source[i] !== "]"; ) i += source[i] === "\\" ? 2 : 1;
      continue;
    }
    if (c === "(" && depth++, c === ")" && --depth === 0) return i;
  }
  return -1;
}
function splitTopLevel(body) {
  let parts = [], from = 0, depth = 0;
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === "\\") i++;
    else if (c === "[")
      for (; i < body.length && body[i] !== "]"; ) i += body[i] === "\\" ? 2 : 1;
    else c === "(" ? depth++ : c === ")" ? depth-- : c === "|" && depth === 0 && (parts.push(body.slice(from, i)), from = i + 1);
  }
  return parts.push(body.slice(from)), parts;
}
function leadingSpellings(alternative) {
  let spelled = spell(alternative);
  return spelled === null || spelled.spellings.includes("") ? null : spelled.spellings;
}
function spell(text) {
  let out = [""], i = 0;
  for (; i < text.length; i++) {
    let options, width = 1, c = text[i];
    if (c === "\\") {
      let next2 = text[i + 1] ?? "";
      if (!/^[.\-_/:@]$/.test(next2)) break;
      options = [next2], width = 2;
    } else if (c === "[") {
      let close = text.indexOf("]", i);
      if (close === -1) return null;
      let inner = text.slice(i + 1, close);
      if (inner === "" || inner.startsWith("^") || inner.includes("\\") || /.-./.test(inner)) break;
      options = [...inner], width = close - i + 1;
    } else if (c === "(" && text.startsWith("(?:", i)) {
      let close = closingParen(text, i);
      if (close === -1) return null;
      let parts = splitTopLevel(text.slice(i + 3, close)).map(spell);
      if (parts.some((part) => part === null || !part.complete)) break;
      options = parts.flatMap((part) => part.spellings), width = close - i + 1;
    } else if (/[A-Za-z0-9_:@/ -]/.test(c))
      options = [c];
    else
      break;
    let after = text[i + width] ?? "";
    if (/[*+{]/.test(after)) break;
    after === "?" && (options = [...options, ""], width++);
    let next = [];
    for (let prefix of out) for (let option of options) next.push(prefix + option);
    if (next.length > MAX_SPELLINGS) return null;
    out = next, i += width - 1;
  }
  return { spellings: out, complete: i >= text.length };
}

// src/core/secret/prefilter.ts
import { isAscii } from "node:buffer";

// src/core/secret/generated/automaton-wasm.ts
var AUTOMATON_WASM = "AGFzbQEAAAABMAZgAn9/AGADf39/AX9gBX9/f39/AX9gDn9/f39/f39/f39/f39/AGAAAX9gAX8BfwMHBgABAgMEBQUDAQABBikIfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEACwc6BwZtZW1vcnkCAAVzZXR1cAAABHdhcm0AAQRydW4xAAIEcnVuNAADBXN0YXRlAAQIbGFuZV9lbmQABQq+BAYKACAAJAAgASQBC0kBAn8jACEDIwEhBAJAA0AgACABTw0BIAMgAmogBCAALQAAai0AAGooAgAhAiACQQBIBEAgAkF/cyECCyAAQQFqIQAMAAsLIAILZQECfyMAIQUjASEGAkADQCAAIAFPDQEgBSACaiAGIAAtAABqLQAAaigCACECIABBAWohACACQQBIBEAgAkF/cyECIAQgAjYCACAEIAAgA2s2AgQgBEEIaiEECwwACwsgAiQDIAQL1wIBA38jACEOIwEhDyAAIARqIRACQANAIAAgEE8NASAOIAVqIA8gAC0AAGotAABqKAIAIQUgDiAGaiAPIAEtAABqLQAAaigCACEGIA4gB2ogDyACLQAAai0AAGooAgAhByAOIAhqIA8gAy0AAGotAABqKAIAIQggAEEBaiEAIAFBAWohASACQQFqIQIgA0EBaiEDIAUgBnIgByAIcnJBAEgEQCAFQQBIBEAgBUF/cyEFIAogBTYCACAKIAAgCWs2AgQgCkEIaiEKCyAGQQBIBEAgBkF/cyEGIAsgBjYCACALIAEgCWs2AgQgC0EIaiELCyAHQQBIBEAgB0F/cyEHIAwgBzYCACAMIAIgCWs2AgQgDEEIaiEMCyAIQQBIBEAgCEF/cyEIIA0gCDYCACANIAMgCWs2AgQgDUEIaiENCwsMAAsLIAokBCALJAUgDCQGIA0kByAIJAMLBAAjAwsjACAARQR/IwQFIABBAUYEfyMFBSAAQQJGBH8jBgUjBwsLCws=";

// src/core/secret/prefilter.ts
var NO_CHILDREN = /* @__PURE__ */ new Map(), NO_RULES = [];
function newNode() {
  return { children: NO_CHILDREN, rules: NO_RULES, positionalLength: 0, keyword: -1 };
}
function insertWord(root, word) {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    let code = word.charCodeAt(i), child = node.children.get(code);
    child === void 0 && (child = newNode(), node.children === NO_CHILDREN && (node.children = /* @__PURE__ */ new Map()), node.children.set(code, child)), node = child;
  }
  return node;
}
function escapeChar(char) {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}
function trieSource(node) {
  let singles = [], branches = [];
  for (let [code, child] of node.children) {
    let char = escapeChar(String.fromCharCode(code));
    child.rules.length > 0 || child.children.size === 0 ? singles.push(char) : branches.push(char + trieSource(child));
  }
  let alternatives = [...branches];
  return singles.length === 1 ? alternatives.push(singles[0]) : singles.length > 1 && alternatives.push(`[${singles.join("")}]`), alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`;
}
var AUTOMATON_AFTER = 0, USELESS_HITS_BEFORE_NARROWING = 8, NARROWED_CACHE_SIZE = 64, Prefilter = class {
  ruleCount;
  root = newNode();
  /** Distinct keywords and the rules each one serves. */
  keywords = [];
  /** The id (index in `keywords`) of each distinct keyword. */
  keywordId = /* @__PURE__ */ new Map();
  keywordRules = [];
  regexCache;
  narrowed = /* @__PURE__ */ new Map();
  /**
   * The automaton: undefined until built, null when a keyword has a non-ASCII character
   * (regex fallback).
   */
  dfa;
  /** Characters to scan with the regex before building the automaton (see the constructor). */
  regexBudget;
  /** Whether to run ASCII texts on the WebAssembly automaton (false: tests of the loop). */
  wasmWanted;
  /**
   * `keywords[i]` are rule i's keywords, already lower-case. The first `automatonAfter`
   * characters (default 0) are searched with the trie-shaped regex, the rest with the
   * automaton, built on first use; both find the same keywords (the tests compare them).
   */
  constructor(keywords, options = {}) {
    this.regexBudget = options.automatonAfter ?? AUTOMATON_AFTER, this.wasmWanted = options.wasm ?? !0, this.ruleCount = keywords.length;
    let byKeyword = /* @__PURE__ */ new Map();
    keywords.forEach((words, rule) => {
      for (let word of words) {
        let rules = byKeyword.get(word) ?? [];
        rules.includes(rule) || rules.push(rule), byKeyword.set(word, rules);
      }
    });
    for (let [word, rules] of byKeyword) {
      let node = insertWord(this.root, word);
      node.keyword = this.keywords.length, this.keywordId.set(word, node.keyword), this.keywords.push(word), this.keywordRules.push(rules), node.rules = rules;
      let recorded = (rule) => options.positional?.[rule] === !0 && (options.leading?.[rule]?.includes(word) ?? !0);
      rules.some(recorded) && (node.positionalLength = word.length);
    }
    this.keywords.every((word) => ASCII.test(word)) || (this.dfa = null);
  }
  /** Regex source over every keyword (trie-shaped; what the non-ASCII fallback runs). */
  get source() {
    return this.regex === null ? "" : this.regex.source;
  }
  get regex() {
    if (this.regexCache === void 0) {
      let source = sourceOf(this.keywords);
      this.regexCache = source === "" ? null : new RegExp(source, "g");
    }
    return this.regexCache;
  }
  /**
   * Whether the last `candidates` call ran the automaton, so that `starts` it was given holds
   * every start of a positional rule's keyword (the regex path records none).
   */
  get recordsStarts() {
    return this.dfa !== void 0 && this.dfa !== null;
  }
  /**
   * Whether ASCII texts run on the WebAssembly automaton (once it is built: on the first text
   * long enough for it).
   */
  get runsWasm() {
    return this.dfa !== void 0 && this.dfa !== null && this.dfa.wasm != null;
  }
  /** Distinct keywords (their index is the keyword id recorded with each start). */
  get keywordCount() {
    return this.keywords.length;
  }
  /** Ids of the given keywords (as passed to the constructor), in that order, deduplicated. */
  keywordIds(words) {
    let ids = [];
    for (let word of words) {
      let id = this.keywordId.get(word);
      id !== void 0 && !ids.includes(id) && ids.push(id);
    }
    return ids;
  }
  /**
   * Marks in `out` (length ruleCount, zeroed by the caller) every rule with a keyword in
   * `text`; returns how many were marked. Stops early once every rule is marked, unless
   * `starts` is given: the automaton then appends to it the start offset of every occurrence
   * of a positional rule's keyword (in order of where they end; see recordsStarts), and to
   * `keywordIds` (when given) the id of each of those keywords, in the same order.
   *
   * The text is lower-cased once (cheap, and faster than a case-insensitive regex); offsets in
   * it are never reported, so a length change by lower-casing does not matter. Keywords that
   * keep hitting after their rules are all marked (`password` in a form handler) are dropped
   * from the search by switching to a narrowed regex.
   */
  candidates(text, out, starts = null, keywordIds = null) {
    let dfa = this.dfa;
    if (dfa === void 0) {
      if (this.regexBudget > 0)
        return this.regexBudget -= text.length, this.candidatesByRegex(text, out);
      dfa = this.dfa = buildAutomaton(this.root);
    }
    if (dfa === null) return this.candidatesByRegex(text, out);
    let { delta, outputs, lengths, ids, width } = dfa, n = text.length, wasm = null;
    if (n >= WASM_FROM && n <= WASM_UP_TO && (dfa.wasm === void 0 && (dfa.wasm = this.wasmWanted ? WasmAutomaton.create(delta, dfa.classes, width, dfa.longest) : null), wasm = dfa.wasm), wasm !== null) {
      let run = wasm.run(text);
      if (run?.truncated)
        return this.verifiedHits(dfa, text, run.hits, out, starts, keywordIds);
      let hits = run?.hits ?? null;
      if (hits !== null) {
        let marked2 = 0;
        for (let h = 0; h < hits.length; h += 2) {
          let state2 = hits[h] / width;
          marked2 += mark(outputs[state2], out), starts !== null && record(lengths[state2], ids[state2], hits[h + 1], starts, keywordIds);
        }
        return marked2;
      }
    }
    let ruleCount = starts === null ? this.ruleCount : -1, marked = 0, state = 0;
    if (text.indexOf("\u0130") !== -1)
      return this.candidatesDottedI(dfa, text, out, starts, keywordIds);
    let wide = dfa.wide;
    for (let i = 0; i < n; i++)
      if (state = delta[state + wide[text.charCodeAt(i)]], state < 0) {
        state = ~state;
        let node = state / width;
        if (marked += mark(outputs[node], out), starts !== null && record(lengths[node], ids[node], i + 1, starts, keywordIds), marked === ruleCount) return marked;
      }
    return marked;
  }
  /**
   * candidates() from the hits of the automaton run on a non-ASCII text's code units cut to
   * their low byte (WasmAutomaton.run, `truncated`): a character above U+00FF may have become
   * an ASCII letter there, so a hit counts only for the keywords that end at it over characters
   * that are ASCII in the text itself. Every real occurrence is a hit (its characters are
   * unchanged), so this finds exactly what the loop finds.
   */
  verifiedHits(dfa, text, hits, out, starts, keywordIds) {
    let { outputs, lengths, ids, keywordLengths, keywordIdsAt, width } = dfa, marked = 0;
    for (let h = 0; h < hits.length; h += 2) {
      let state = hits[h] / width, end = hits[h + 1], all = keywordLengths[state], longest = 0;
      for (let length of all) length > longest && (longest = length);
      let ascii = 0;
      for (; ascii < longest; ) {
        let code = text.charCodeAt(end - 1 - ascii);
        if (code >= 128 && code !== 8490 && (code !== 304 || ascii > 0)) break;
        ascii++;
      }
      if (ascii === longest) {
        marked += mark(outputs[state], out), starts !== null && record(lengths[state], ids[state], end, starts, keywordIds);
        continue;
      }
      let here = keywordIdsAt[state];
      for (let k = 0; k < all.length; k++) {
        if (all[k] > ascii) continue;
        let id = here[k];
        marked += mark(this.keywordRules[id], out), starts !== null && dfa.positional[id] === 1 && (starts.push(end - all[k]), keywordIds?.push(id));
      }
    }
    return marked;
  }
  /** candidates() on the automaton for a text with U+0130 (capital I with dot) in it. */
  candidatesDottedI(dfa, text, out, starts, keywordIds) {
    let { delta, classes, outputs, lengths, ids, width } = dfa, ruleCount = starts === null ? this.ruleCount : -1, kelvin = dfa.kelvin, dottedI = dfa.dottedI, marked = 0, state = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let code = text.charCodeAt(i);
      if (code < 128) state = delta[state + classes[code]];
      else if (code === 8490) state = delta[state + kelvin];
      else if (code === 304) {
        if (state = delta[state + dottedI], state < 0) {
          let node = ~state / width;
          marked += mark(outputs[node], out), starts !== null && record(lengths[node], ids[node], i + 1, starts, keywordIds);
        }
        if (marked === ruleCount) return marked;
        state = 0;
        continue;
      } else state = delta[state];
      if (state < 0) {
        state = ~state;
        let node = state / width;
        if (marked += mark(outputs[node], out), starts !== null && record(lengths[node], ids[node], i + 1, starts, keywordIds), marked === ruleCount) return marked;
      }
    }
    return marked;
  }
  /** candidates() for keywords the automaton does not handle: the trie-shaped regex. */
  candidatesByRegex(text, out) {
    let regex = this.regex;
    if (regex === null) return 0;
    let lower = text.toLowerCase(), marked = 0, useless = 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(lower); match !== null; match = regex.exec(lower)) {
      let start = match.index, before = marked, node = this.root;
      for (let i = start; i < lower.length && (node = node.children.get(lower.charCodeAt(i)), node !== void 0); i++) {
        for (let rule of node.rules)
          out[rule] === 0 && (out[rule] = 1, marked++);
        if (node.children.size === 0) break;
      }
      if (marked === this.ruleCount || marked === before && ++useless >= USELESS_HITS_BEFORE_NARROWING && (useless = 0, regex = this.narrow(out), regex === null))
        break;
      regex.lastIndex = start + 1;
    }
    return marked;
  }
  /** A regex over the keywords that still have an unmarked rule (cached). */
  narrow(out) {
    let useful = [], ids = [];
    this.keywords.forEach((word, id) => {
      this.keywordRules[id].some((rule) => out[rule] === 0) && (useful.push(word), ids.push(id));
    });
    let key = ids.join(","), regex = this.narrowed.get(key);
    if (regex === void 0) {
      let source = sourceOf(useful);
      regex = source === "" ? null : new RegExp(source, "g"), this.narrowed.size >= NARROWED_CACHE_SIZE && this.narrowed.clear(), this.narrowed.set(key, regex);
    }
    return regex;
  }
};
function sourceOf(keywords) {
  let root = newNode();
  for (let word of keywords) insertWord(root, word).rules = [0];
  return root.children.size === 0 ? "" : trieSource(root);
}
var ASCII = /^[\x00-\x7f]*$/;
function record(lengths, ids, end, starts, keywordIds) {
  if (lengths !== void 0)
    for (let k = 0; k < lengths.length; k++)
      starts.push(end - lengths[k]), keywordIds !== null && keywordIds.push(ids[k]);
}
function mark(rules, out) {
  let marked = 0;
  for (let rule of rules)
    out[rule] === 0 && (out[rule] = 1, marked++);
  return marked;
}
function buildAutomaton(root) {
  let classes = new Uint8Array(128), classCount = 1, nodes = [root], index = /* @__PURE__ */ new Map([[root, 0]]);
  for (let i = 0; i < nodes.length; i++)
    nodes[i].children.forEach((child, code) => {
      classes[code] === 0 && (classes[code] = classCount++), index.set(child, nodes.length), nodes.push(child);
    });
  for (let code = 65; code <= 90; code++)
    classes[code] === 0 && (classes[code] = classes[code + 32]);
  let count = nodes.length, width = classCount, next = new Int32Array(count * width), fail = new Int32Array(count), outputs = new Array(count), lengths = new Array(count), ids = new Array(count), allLengths = new Array(count), allIds = new Array(count), depth = new Int32Array(count), positional = new Uint8Array(count), longest = 0;
  for (let i = 0; i < count; i++) {
    let node = nodes[i];
    node.children.forEach((child) => {
      depth[index.get(child)] = depth[i] + 1;
    }), node.rules.length > 0 && (outputs[i] = [...node.rules]), node.positionalLength > 0 && (lengths[i] = [node.positionalLength], ids[i] = [node.keyword], positional[node.keyword] = 1), node.keyword >= 0 && (allLengths[i] = [depth[i]], allIds[i] = [node.keyword]), depth[i] > longest && (longest = depth[i]);
  }
  for (let i = 0; i < count; i++) {
    let node = nodes[i];
    if (i !== 0) {
      let f = fail[i], failOutputs = outputs[f];
      if (failOutputs !== void 0) {
        let own = outputs[i] ?? [];
        for (let rule of failOutputs) own.includes(rule) || own.push(rule);
        outputs[i] = own;
      }
      inherit(lengths, ids, i, f), inherit(allLengths, allIds, i, f), next.copyWithin(i * width, f * width, f * width + width);
    }
    node.children.forEach((child, code) => {
      let c = index.get(child);
      fail[c] = i === 0 ? 0 : next[fail[i] * width + classes[code]], next[i * width + classes[code]] = c;
    });
  }
  let delta = next;
  for (let j = 0; j < delta.length; j++) {
    let target = delta[j];
    delta[j] = outputs[target] !== void 0 ? ~(target * width) : target * width;
  }
  let wide = new Uint8Array(65536);
  return wide.set(classes), wide[8490] = classes[107], {
    delta,
    classes,
    width,
    outputs,
    lengths,
    ids,
    keywordLengths: allLengths,
    keywordIdsAt: allIds,
    positional,
    wide,
    kelvin: classes[107],
    dottedI: classes[105],
    wasm: void 0,
    longest
  };
}
function inherit(lengths, ids, i, f) {
  let from = lengths[f];
  if (from === void 0) return;
  let fromIds = ids[f], own = lengths[i] ?? [], ownIds = ids[i] ?? [];
  for (let k = 0; k < from.length; k++)
    own.includes(from[k]) || (own.push(from[k]), ownIds.push(fromIds[k]));
  own.length > 0 && (lengths[i] = own, ids[i] = ownIds);
}
var WIDE = /[^\x00-\xff]/, WASM_FROM = 256, WASM_UP_TO = 4 * 1048576, LANES_FROM = 1024, WasmAutomaton = class _WasmAutomaton {
  constructor(exports, textAt, longest) {
    this.exports = exports;
    this.textAt = textAt;
    this.longest = longest;
    this.memory = exports.memory, this.bytes = Buffer.from(this.memory.buffer);
  }
  exports;
  textAt;
  longest;
  memory;
  bytes;
  /**
   * The automaton in WebAssembly; null where WebAssembly is unavailable (`node --jitless`) or
   * the automaton has more classes than a byte-sized class table can address.
   */
  static create(delta, classes, width, longest) {
    let api = globalThis.WebAssembly;
    if (width * 4 > 255 || api === void 0) return null;
    let exports;
    try {
      let module = new api.Module(Buffer.from(AUTOMATON_WASM, "base64"));
      exports = new api.Instance(module, {}).exports;
    } catch {
      return null;
    }
    let classesAt = delta.length * 4, textAt = classesAt + 256 + 7 & -8, automaton = new _WasmAutomaton(exports, textAt, longest);
    if (!automaton.reserve(textAt)) return null;
    let table = new Int32Array(automaton.memory.buffer, 0, delta.length);
    for (let i = 0; i < delta.length; i++) {
      let next = delta[i];
      table[i] = next < 0 ? ~(~next * 4) : next * 4;
    }
    let classTable = new Uint8Array(automaton.memory.buffer, classesAt, 256);
    for (let code = 0; code < 128; code++) classTable[code] = classes[code] * 4;
    return exports.setup(0, classesAt), automaton;
  }
  /** Grows the memory to at least `bytes`; false when it cannot grow (the caller falls back). */
  reserve(bytes) {
    let missing = bytes - this.memory.buffer.byteLength;
    if (missing <= 0) return !0;
    try {
      this.memory.grow(Math.ceil(missing / 65536));
    } catch {
      return !1;
    }
    return this.bytes = Buffer.from(this.memory.buffer), !0;
  }
  /**
   * Runs over `text`: the hits as pairs (accepting row offset in the JavaScript table, offset
   * just past the keyword) in the order of those offsets, or null when it cannot run (no
   * memory). A text that is not ASCII runs on its code units cut to their low byte (U+212A
   * and U+0130 as `k` and `i`), `truncated`: its hits are a superset, for the caller to
   * verify. The pairs are valid until the next run.
   */
  run(text) {
    let n = text.length, at = this.textAt, hitsAt = at + n + 7 & -8;
    if (!this.reserve(at + n)) return null;
    let bytes = this.bytes;
    bytes.write(text, at, "latin1");
    let truncated = WIDE.test(text) || !isAscii(bytes.subarray(at, at + n));
    if (truncated) {
      for (let k = text.indexOf("\u212A"); k !== -1; k = text.indexOf("\u212A", k + 1))
        bytes[at + k] = 107;
      for (let k = text.indexOf("\u0130"); k !== -1; k = text.indexOf("\u0130", k + 1))
        bytes[at + k] = 105;
    }
    if (!this.reserve(hitsAt + 8 * n + 40)) return null;
    let wasm = this.exports, end;
    if (n >= LANES_FROM) {
      let quarter = n >> 2, room = 8 * (quarter + 1), lane1 = at + quarter, lane2 = lane1 + quarter, lane3 = lane2 + quarter, back = this.longest - 1;
      wasm.run4(
        at,
        lane1,
        lane2,
        lane3,
        quarter,
        0,
        wasm.warm(Math.max(at, lane1 - back), lane1, 0),
        wasm.warm(Math.max(at, lane2 - back), lane2, 0),
        wasm.warm(Math.max(at, lane3 - back), lane3, 0),
        at,
        hitsAt,
        hitsAt + room,
        hitsAt + 2 * room,
        hitsAt + 3 * room
      );
      let last = wasm.run1(lane3 + quarter, at + n, wasm.state(), at, wasm.lane_end(3)), memory = this.bytes;
      end = wasm.lane_end(0);
      for (let k = 1; k < 4; k++) {
        let stop = k === 3 ? last : wasm.lane_end(k), region = hitsAt + k * room;
        memory.copyWithin(end, region, stop), end += stop - region;
      }
    } else
      end = wasm.run1(at, at + n, 0, at, hitsAt);
    let hits = new Int32Array(this.memory.buffer, hitsAt, end - hitsAt >> 2);
    for (let h = 0; h < hits.length; h += 2) hits[h] = hits[h] >> 2;
    return { hits, truncated };
  }
};

// src/core/secret/compile.ts
var URI_TAGS = ["uri", "connection-string"], STRUCTURED_TAGS = ["structured", "private-key"], GENERIC_TAGS = ["generic", "entropy-only"], ID = /^secret\/[a-z0-9][a-z0-9._-]*$/, MATCH_OPTIONS = { dot: !0, matchBase: !0, nocomment: !0 };
function compileRegex(source, flags, where, what) {
  if (typeof source != "string" || source === "")
    throw new ConfigError(where, `${what} must be a non-empty regular expression`);
  try {
    return new RegExp(source, flags);
  } catch (error) {
    let reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      where,
      `${what} is not a valid JavaScript regular expression: ${reason}`,
      {
        hint: "Check the escaping: in YAML, prefer single-quoted strings for regexes."
      }
    );
  }
}
function compileAllowlist(list, where) {
  let regexes = (list?.regexes ?? []).map(
    (source, i) => compileRegex(source, "", where, `allowlist regex ${i + 1}`)
  ), stopwords = (list?.stopwords ?? []).map((word, i) => {
    if (typeof word != "string" || word === "")
      throw new ConfigError(where, `allowlist stopword ${i + 1} must be a non-empty string`);
    return word.toLowerCase();
  }), paths = (list?.paths ?? []).map((glob, i) => {
    if (typeof glob != "string" || glob === "")
      throw new ConfigError(where, `allowlist path ${i + 1} must be a non-empty glob`);
    return new Minimatch(glob, MATCH_OPTIONS);
  });
  return { regexes, stopwords, paths };
}
function validateSpec(spec, where) {
  if (!ID.test(spec.id))
    throw new ConfigError(where, "the rule id must look like `secret/<kebab-case-name>`");
  if (!SEVERITIES.includes(spec.severity))
    throw new ConfigError(where, `severity must be one of ${SEVERITIES.join(", ")}`);
  if (!Array.isArray(spec.keywords) || spec.keywords.length === 0)
    throw new ConfigError(where, "keywords must list at least one literal", {
      hint: "Keywords are the cheap prefilter: a literal that every match contains."
    });
  for (let keyword of spec.keywords) {
    if (typeof keyword != "string" || keyword === "")
      throw new ConfigError(where, "every keyword must be a non-empty string");
    if (keyword !== keyword.toLowerCase())
      throw new ConfigError(where, `keyword "${keyword}" must be lower-case`, {
        hint: "Keywords match case-insensitively; write them in lower case."
      });
  }
  if (spec.flags !== void 0 && spec.flags !== "i")
    throw new ConfigError(where, "flags may only be 'i' (the engine adds 'g')");
  if (spec.entropy !== void 0 && (typeof spec.entropy != "number" || !Number.isFinite(spec.entropy) || spec.entropy < 0 || spec.entropy > 8))
    throw new ConfigError(where, "entropy must be a number of bits per character from 0 to 8");
  if (spec.validator !== void 0 && !isValidatorName(spec.validator))
    throw new ConfigError(where, `unknown validator "${String(spec.validator)}"`, {
      hint: `Known validators: ${Object.keys(VALIDATORS).join(", ")}.`
    });
}
function infoOf(spec, severity, blocking) {
  return {
    id: spec.id,
    kind: "secret",
    title: spec.title,
    provider: spec.provider,
    severity,
    blocking,
    description: spec.description,
    remediation: spec.remediation,
    tags: [...spec.tags ?? []]
  };
}
function compileRules(specs, options) {
  let seen = /* @__PURE__ */ new Set(), rules = [], infos = [], startLed = [], ledBy = [];
  for (let spec of specs) {
    let where = `rule ${spec.id}`;
    if (validateSpec(spec, where), seen.has(spec.id)) throw new ConfigError(where, "the rule id is defined twice");
    seen.add(spec.id);
    let flags = spec.flags === "i" ? "gi" : "g", regex = compileRegex(spec.regex, flags, where, "regex"), locate = new RegExp(spec.regex, flags.replace("g", "yd")), analysis = analyseRule(spec.id, spec.regex, flags, spec.keywords), anchor = analysis.anchor, anyLeads = analysis.leads, leads = anyLeads?.every((lead) => lead.length >= 3) ? anyLeads : keywordLeads(anyLeads, spec.keywords), isLed = anchor === null && leads === null && analysis.keywordLed, sticky = anchor !== null || leads !== null || isLed ? new RegExp(spec.regex, flags.replace("g", "y")) : null;
    startLed.push(isLed || keywordLeads(leads, spec.keywords) !== null && !exactCaseLeads(leads)), ledBy.push(analysis.ledBy);
    let override = options.overrides[spec.id], severity = override?.severity ?? spec.severity, blocking = override?.blocking ?? spec.blocking ?? !0, tags = spec.tags ?? [], generic = tags.some((tag) => GENERIC_TAGS.includes(tag)) || spec.id.startsWith("secret/generic"), uri = tags.some((tag) => URI_TAGS.includes(tag)), context = tags.some((tag) => CONTEXT_TAGS.includes(tag)), structured = !generic && (spec.validator !== void 0 || tags.some((tag) => STRUCTURED_TAGS.includes(tag)));
    rules.push({
      index: rules.length,
      id: spec.id,
      title: spec.title,
      provider: spec.provider,
      severity,
      blocking,
      regex,
      locate,
      anchor: anchor === null ? null : { ...anchor, sticky },
      leads: leads === null ? null : { literals: leads, sticky },
      keywordLed: isLed ? sticky : null,
      startKeywords: null,
      wordStart: isLed && context,
      entropy: spec.entropy ?? 0,
      validator: spec.validator === void 0 ? null : VALIDATORS[spec.validator],
      allowlist: compileAllowlist(spec.allowlist, where),
      generic,
      context,
      kebabNames: context && !tags.some((tag) => CHOSEN_VALUE_TAGS.includes(tag)),
      fixture: spec.validator === "private-key" ? fixtureRule(options.overrides) : null,
      minified: !generic || uri,
      lockfile: uri || structured
    }), infos.push(infoOf(spec, severity, blocking));
  }
  let fixture = rules.find((rule) => rule.fixture !== null)?.fixture;
  fixture != null && !seen.has(fixture.id) && infos.push({
    id: fixture.id,
    kind: "secret",
    title: fixture.title,
    provider: fixture.provider,
    severity: fixture.severity,
    blocking: fixture.blocking,
    description: FIXTURE_RULE.description,
    remediation: FIXTURE_RULE.remediation,
    tags: ["private-key", "crypto", "test-fixture"]
  });
  let allowlist = compileAllowlist(options.allowlist, "allowlist"), prefilter = new Prefilter(
    specs.map((spec) => spec.keywords),
    {
      positional: startLed,
      leading: ledBy,
      ...options.automatonAfter === void 0 ? {} : { automatonAfter: options.automatonAfter }
    }
  );
  for (let rule of rules) {
    if (!startLed[rule.index]) continue;
    let own = new Uint8Array(prefilter.keywordCount), words = ledBy[rule.index] ?? specs[rule.index].keywords;
    for (let id of prefilter.keywordIds(words)) own[id] = 1;
    rule.startKeywords = own;
  }
  return {
    infos,
    rules,
    prefilter,
    allowlist,
    pathScoped: rules.filter((rule) => rule.allowlist.paths.length > 0).map((rule) => rule.index)
  };
}
function fixtureRule(overrides) {
  let override = overrides[FIXTURE_RULE.id];
  return {
    id: FIXTURE_RULE.id,
    title: FIXTURE_RULE.title,
    provider: FIXTURE_RULE.provider,
    severity: override?.severity ?? FIXTURE_RULE.severity,
    blocking: override?.blocking ?? !1
  };
}
function exactCaseLeads(leads) {
  return leads?.every((lead) => /^[A-Z]{3}/.test(lead)) ?? !1;
}
function keywordLeads(leads, keywords) {
  return leadingKeywords(leads, keywords) === null ? null : leads;
}
function isPathAllowed(path, rules) {
  let globs = rules.allowlist.paths;
  for (let glob of globs) if (glob.match(path)) return !0;
  return !1;
}

// src/core/postprocess/dedupe.ts
function isGenericRule(finding) {
  return /^secret\/generic(?:-|$)/.test(finding.ruleId) || finding.provider === "generic";
}
function specificity(finding) {
  return isGenericRule(finding) ? 0 : finding.contextual === !0 ? 1 : 2;
}
function overlaps(a, b) {
  return a.path !== b.path || a.line > b.endLine || b.line > a.endLine ? !1 : a.secret.includes(b.secret) || b.secret.includes(a.secret) ? !0 : a.line === b.line && a.column < b.column + b.secret.length && b.column < a.column + a.secret.length;
}
function dedupe(findings, specifics = findings) {
  let specificByPath = /* @__PURE__ */ new Map();
  for (let finding of specifics) {
    if (specificity(finding) === 0) continue;
    let list = specificByPath.get(finding.path);
    list === void 0 ? specificByPath.set(finding.path, [finding]) : list.push(finding);
  }
  let seen = /* @__PURE__ */ new Set(), kept = [];
  for (let finding of findings) {
    let level = specificity(finding);
    if (level < 2 && specificByPath.get(finding.path)?.some((specific) => specificity(specific) > level && overlaps(finding, specific)))
      continue;
    let key = `${finding.fingerprint}\0${finding.line}\0${finding.column}`;
    seen.has(key) || (seen.add(key), kept.push(finding));
  }
  return kept;
}

// src/core/postprocess/ignore-file.ts
function applyIgnoreFile(findings, entries) {
  let byFingerprint = new Set(entries.map((entry) => entry.fingerprint)), used = /* @__PURE__ */ new Set(), kept = [];
  for (let finding of findings)
    byFingerprint.has(finding.fingerprint) ? used.add(finding.fingerprint) : kept.push(finding);
  let unused = entries.filter((entry) => !used.has(entry.fingerprint)).map(({ fingerprint, line, reason }) => ({ fingerprint, line, reason }));
  return { kept, dropped: findings.length - kept.length, unused };
}

// src/core/postprocess/inline-allow.ts
var MARKER = /\b(mandate|gitleaks):allow\b/g, STRING_PREFIX = /(?:^|[^\p{L}\p{N}_])(?:[rbfu]|rb|br|fr|rf)$/iu;
function opensComment(line, i) {
  let prev = i === 0 ? " " : line[i - 1], afterSpace = /[\s;,)}\]"'`]/.test(prev);
  return line.startsWith("/*", i) ? { length: 2, close: "*/" } : line.startsWith("<!--", i) ? { length: 4, close: "-->" } : line.startsWith("//", i) && afterSpace ? { length: 2, close: null } : line[i] === "#" && afterSpace ? { length: 1, close: null } : line.startsWith("-- ", i) && afterSpace ? { length: 2, close: null } : null;
}
function commentsOf(line) {
  let comments = [], quote = null;
  for (let i = 0; i < line.length; i++) {
    let c = line[i];
    if (quote !== null) {
      c === "\\" ? i++ : c === quote && (quote = null);
      continue;
    }
    let opener = opensComment(line, i);
    if (opener !== null) {
      let closeAt = opener.close === null ? -1 : line.indexOf(opener.close, i + opener.length), end = closeAt === -1 ? line.length : closeAt + (opener.close?.length ?? 0);
      comments.push({ start: i, end }), i = end - 1;
      continue;
    }
    if (c === '"' || c === "`") quote = c;
    else if (c === "'") {
      let before = line.slice(0, i);
      (!/[\p{L}\p{N}]$/u.test(before) || STRING_PREFIX.test(before)) && (quote = c);
    }
  }
  return comments;
}
function markersOf(line) {
  if (!line.includes(":allow")) return [];
  let comments = commentsOf(line), markers = [];
  for (let match of line.matchAll(MARKER)) {
    let at = match.index, comment = comments.find((c) => c.start <= at && at < c.end), marker = `${match[1]}:allow`;
    if (comment === void 0) {
      markers.push({ marker, commentStart: null, reason: "" });
      continue;
    }
    let rest = line.slice(at + match[0].length, comment.end), reason = withoutCommentEnd(rest).replace(/^[\s:=,-]+/, "").replace(/^(?:reason\s*=\s*)?(["'])(.*)\1$/, "$2").trim();
    markers.push({ marker, commentStart: comment.start, reason });
  }
  return markers;
}
function isReason(reason) {
  return (reason.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2;
}
function valueEnd(finding) {
  let start = finding.column - 1;
  if (finding.secret !== "" && finding.lineText.startsWith(finding.secret, start))
    return start + finding.secret.length;
  let token = /^\S*/.exec(finding.lineText.slice(start))?.[0] ?? "";
  return start + Math.max(1, token.length);
}
var MAX_REASON = 200, HOW = "write `mandate:allow <reason>` in a comment after the value, on its line";
function judgeLine(findings) {
  let lineText = findings[0]?.lineText ?? "", markers = markersOf(lineText);
  if (markers.length === 0) return findings.map(() => ({ kind: "none" }));
  let verdicts = findings.map(() => ({
    kind: "refused",
    why: `the allow comment on this line applies to one value, the last one before the comment; ${HOW}`
  })), spans = findings.map((f) => ({ start: f.column - 1, end: valueEnd(f) }));
  for (let marker of markers) {
    if (marker.commentStart === null) continue;
    let commentStart = marker.commentStart, target = -1;
    if (findings.forEach((f, i) => {
      let span = spans[i];
      f.endLine !== f.line || span.end > commentStart || (target === -1 || span.start > spans[target].start) && (target = i);
    }), target === -1) continue;
    let chosen = spans[target], reason = marker.reason;
    for (let f of findings)
      f.secret.length > 0 && (reason = reason.split(f.secret).join(redact(f.secret)));
    reason.length > MAX_REASON && (reason = `${reason.slice(0, MAX_REASON - 1)}\u2026`), findings.forEach((f, i) => {
      let span = spans[i];
      f.endLine === f.line && span.start < chosen.end && chosen.start < span.end && (verdicts[i] = isReason(reason) ? { kind: "allowed", allow: { marker: marker.marker, reason } } : {
        kind: "refused",
        why: `the \`${marker.marker}\` on this line gives no reason, so it does not suppress this finding; ${HOW}`
      });
    });
  }
  return findings.forEach((f, i) => {
    verdicts[i].kind === "refused" && (f.endLine !== f.line ? verdicts[i] = {
      kind: "refused",
      why: "an inline allow cannot suppress a finding that spans several lines (a private key block); add its fingerprint with a reason to .mandateignore"
    } : markers.every((m) => m.commentStart === null) && (verdicts[i] = {
      kind: "refused",
      why: `the allow marker on this line is not in a comment (it is inside a string or the value), so it does not suppress this finding; ${HOW}`
    }));
  }), verdicts;
}
function applyInlineAllow(findings) {
  let byLine = /* @__PURE__ */ new Map();
  findings.forEach((f, i) => {
    if (!f.lineText.includes(":allow")) return;
    let key = `${f.commit?.sha ?? ""}\0${f.path}\0${f.line}`, list = byLine.get(key);
    list === void 0 ? byLine.set(key, [i]) : list.push(i);
  });
  let verdicts = /* @__PURE__ */ new Map();
  for (let indexes of byLine.values()) {
    let judged = judgeLine(indexes.map((i) => findings[i]));
    indexes.forEach((index, j) => {
      verdicts.set(index, judged[j]);
    });
  }
  let kept = [], allowed = [];
  return findings.forEach((f, i) => {
    let verdict = verdicts.get(i);
    verdict?.kind === "allowed" ? allowed.push({ ...f, allow: verdict.allow }) : verdict?.kind === "refused" ? kept.push({ ...f, allowRefused: verdict.why }) : kept.push(f);
  }), { kept, allowed };
}
function withoutCommentEnd(text) {
  let trimmed = text.trimEnd();
  for (let end of ["*/", "-->"])
    if (trimmed.endsWith(end)) return trimmed.slice(0, -end.length).trimEnd();
  return trimmed;
}

// src/core/postprocess/index.ts
function finalizeFindings(raw, options) {
  let key, hashes = /* @__PURE__ */ new Map(), inline = applyInlineAllow(
    raw.map((finding) => {
      let hash = hashes.get(finding.secret);
      return hash === void 0 && (key ??= fingerprintKey(options.fingerprintSalt), hash = keyedHash(finding.secret, key), hashes.set(finding.secret, hash)), {
        ...finding,
        fingerprint: `${finding.ruleId}:${finding.path}:${KEYED_PREFIX}${hash}`
      };
    })
  ), withFingerprints = inline.kept, legacy = translateLegacyEntries(withFingerprints, options.ignore, options.baseline), ignored = applyIgnoreFile(withFingerprints, legacy.ignore), baselined = applyBaseline(ignored.kept, legacy.baseline), unique = dedupe(baselined.kept, withFingerprints), findings = sortFindings(
    unique.map((finding) => {
      let out = toFinding(finding, options.failOn);
      return finding.allowRefused !== void 0 && (out.message = `${out.message} Inline allow not applied: ${finding.allowRefused}.`, out.allowRefused = finding.allowRefused), out;
    })
  ), allowed = sortFindings(
    dedupe(inline.allowed).map(
      (finding) => ({
        ...toFinding(finding, options.failOn),
        allow: finding.allow
      })
    )
  );
  return {
    findings,
    unusedIgnores: ignored.unused.filter((entry) => options.covered === void 0 || isCovered(entry, options.covered)).map(maskUnsalted),
    migrations: legacy.migrations,
    allowed,
    suppressed: {
      inline: allowed.length,
      ignoreFile: ignored.dropped,
      baseline: baselined.dropped
    }
  };
}
function maskUnsalted(entry) {
  let parsed = parseFingerprint(entry.fingerprint);
  return parsed === null || parsed.keyed || /^(?:policy|review)\//.test(parsed.ruleId) ? entry : {
    ...entry,
    fingerprint: `${parsed.ruleId}:${parsed.path}:<old unsalted hash: run mandate baseline --migrate>`
  };
}
function isCovered(entry, covered) {
  let parsed = parseFingerprint(entry.fingerprint);
  return parsed === null || covered.covers(parsed.path) ? !0 : !parsed.keyed && covered.coversSomeEndingWith(`/${parsed.path}`);
}

export {
  compileRules,
  isPathAllowed,
  finalizeFindings
};
