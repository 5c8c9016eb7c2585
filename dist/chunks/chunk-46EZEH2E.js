import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/cli/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
