import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  require_ignore
} from "./chunk-OYDCHMT3.js";
import "./chunk-JOH4CSKI.js";
export default require_ignore();
