import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/cli/tty.ts
init_cli_data();
function wantsColor(flag) {
  return flag && !!process.stdout.isTTY && !process.env.NO_COLOR;
}

export {
  wantsColor
};
