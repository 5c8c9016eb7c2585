import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/core/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];

export {
  SEVERITIES
};
