import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data,
  mandateData
} from "./chunk-EZXJEW2Z.js";

// src/rules/packs.ts
init_cli_data();
function builtinPacks() {
  return JSON.parse(mandateData.packs);
}

export {
  builtinPacks
};
