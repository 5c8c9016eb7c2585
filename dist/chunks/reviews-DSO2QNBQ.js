import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  AI_SERVICES_PACK,
  POLICY_REVIEW,
  SECURITY_TEAM,
  checkReviewSemantics,
  inlineAllowRequirements,
  protectPolicyFiles,
  resolveReviewRequirements
} from "./chunk-K3OAB62Y.js";
import "./chunk-5O75LRYZ.js";
import "./chunk-WD4M4XFE.js";
import "./chunk-ZYK3TT52.js";
import "./chunk-5JBDRGSN.js";
import "./chunk-4POXK7ML.js";
import "./chunk-JOH4CSKI.js";
export {
  AI_SERVICES_PACK,
  POLICY_REVIEW,
  SECURITY_TEAM,
  checkReviewSemantics,
  inlineAllowRequirements,
  protectPolicyFiles,
  resolveReviewRequirements
};
