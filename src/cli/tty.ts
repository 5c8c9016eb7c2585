/** Colour only when asked for (no `--no-color`), on a terminal, and without NO_COLOR set. */
export function wantsColor(flag: boolean): boolean {
  return flag && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}
