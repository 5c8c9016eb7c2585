import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  HOOK_COMMAND,
  INSTALL_COMMAND,
  LEFTHOOK_FILES,
  LOCAL_SCHEMA,
  MISSING_MESSAGE,
  OLD_HOOK_COMMAND,
  PRE_COMMIT_FILES,
  PRE_COMMIT_HOOK,
  STARTER_CONFIG,
  addHuskyPrepare,
  addToLefthook,
  addToPreCommitConfig,
  detectHookManager,
  fingerprintSaltBlock,
  hookScriptPath,
  initProject,
  remoteSchemaUrl,
  runsMandate
} from "./chunk-FIO7OHR2.js";
import "./chunk-46EZEH2E.js";
import "./chunk-4LIHPD2M.js";
import "./chunk-XRUMKKEC.js";
import "./chunk-JJZP777U.js";
import "./chunk-JV2Z5TBL.js";
import "./chunk-VMDRTWEM.js";
import "./chunk-H26BPTWG.js";
import "./chunk-RS4XBG4F.js";
import "./chunk-L47OS7X2.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-PAF57XVX.js";
import "./chunk-5ADPKSWX.js";
export {
  HOOK_COMMAND,
  INSTALL_COMMAND,
  LEFTHOOK_FILES,
  LOCAL_SCHEMA,
  MISSING_MESSAGE,
  OLD_HOOK_COMMAND,
  PRE_COMMIT_FILES,
  PRE_COMMIT_HOOK,
  STARTER_CONFIG,
  addHuskyPrepare,
  addToLefthook,
  addToPreCommitConfig,
  detectHookManager,
  fingerprintSaltBlock,
  hookScriptPath,
  initProject,
  remoteSchemaUrl,
  runsMandate
};
