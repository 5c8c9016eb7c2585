import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);
import {
  init_cli_data
} from "./chunk-EZXJEW2Z.js";

// src/core/count.ts
init_cli_data();
function formatCount(n) {
  let plain = String(Math.round(Math.abs(n))), digits = plain.slice(0, (plain.length - 1) % 3 + 1);
  for (let i = digits.length; i < plain.length; i += 3) digits += `,${plain.slice(i, i + 3)}`;
  return n < 0 && digits !== "0" ? `-${digits}` : digits;
}

export {
  formatCount
};
