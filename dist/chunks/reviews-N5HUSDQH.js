import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  AI_SERVICES_PACK,
  POLICY_REVIEW,
  SECURITY_TEAM,
  checkReviewSemantics,
  inlineAllowRequirements,
  protectPolicyFiles,
  resolveReviewRequirements
} from "./chunk-IFUFN7MC.js";
import "./chunk-ZJRACKEJ.js";
import "./chunk-TDHIBLUD.js";
import "./chunk-AJ7YNKHC.js";
import "./chunk-QOVFVF66.js";
import "./chunk-EZXJEW2Z.js";
export {
  AI_SERVICES_PACK,
  POLICY_REVIEW,
  SECURITY_TEAM,
  checkReviewSemantics,
  inlineAllowRequirements,
  protectPolicyFiles,
  resolveReviewRequirements
};
