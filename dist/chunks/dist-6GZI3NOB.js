import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-PAF57XVX.js";
import "./chunk-5ADPKSWX.js";
export default require_dist();
