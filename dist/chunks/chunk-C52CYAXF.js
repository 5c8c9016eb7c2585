import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/cli/tty.ts
function wantsColor(flag) {
  return flag && !!process.stdout.isTTY && !process.env.NO_COLOR;
}

export {
  wantsColor
};
