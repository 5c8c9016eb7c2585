import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/reporters/sanitize.ts
init_cli_data();
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function sanitize(text) {
  return text.replace(CONTROL, (c) => {
    let code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

export {
  sanitize
};
