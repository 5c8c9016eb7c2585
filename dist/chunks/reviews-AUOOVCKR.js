import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  AI_SERVICES_PACK,
  POLICY_REVIEW,
  SECURITY_TEAM,
  checkReviewSemantics,
  inlineAllowRequirements,
  protectPolicyFiles,
  resolveReviewRequirements
} from "./chunk-4LVLEVTR.js";
import "./chunk-C46NEBOZ.js";
import "./chunk-ZGFRZYOO.js";
import "./chunk-H26BPTWG.js";
import "./chunk-L47OS7X2.js";
import "./chunk-ZPHIZCRR.js";
import "./chunk-5ADPKSWX.js";
export {
  AI_SERVICES_PACK,
  POLICY_REVIEW,
  SECURITY_TEAM,
  checkReviewSemantics,
  inlineAllowRequirements,
  protectPolicyFiles,
  resolveReviewRequirements
};
