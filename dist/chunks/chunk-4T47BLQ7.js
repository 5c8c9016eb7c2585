import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/sha256.ts
init_cli_data();
import { createRequire } from "node:module";
var load = createRequire(import.meta.url), crypto;
function sha256Hex(data) {
  return crypto ??= load("node:crypto"), crypto.createHash("sha256").update(data).digest("hex");
}

export {
  sha256Hex
};
