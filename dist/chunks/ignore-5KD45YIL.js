import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  require_ignore
} from "./chunk-BKG6B2BT.js";
import "./chunk-EZXJEW2Z.js";
export default require_ignore();
