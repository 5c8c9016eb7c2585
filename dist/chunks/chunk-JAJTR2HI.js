import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/core/count.ts
function formatCount(n) {
  let digits = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 && digits !== "0" ? `-${digits}` : digits;
}

export {
  formatCount
};
