import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-7UXL7O2J.js";
import "./chunk-EZXJEW2Z.js";
export default require_dist();
