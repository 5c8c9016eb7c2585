import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/cli/version.ts
init_cli_data();
var VERSION = "0.1.0";

export {
  VERSION
};
