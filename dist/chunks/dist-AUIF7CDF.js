import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-KLIGPJZ6.js";
import "./chunk-JOH4CSKI.js";
export default require_dist();
