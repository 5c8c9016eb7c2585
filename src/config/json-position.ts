/**
 * The offset of the first syntax error in a JSON text, found by a small recursive-descent
 * scan. `JSON.parse` does not report positions consistently across Node versions.
 */
export function jsonErrorOffset(text: string): number {
  let pos = 0;
  const fail = (): never => {
    throw pos;
  };
  const ws = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[pos] !== char) fail();
      pos++;
    }
  };
  const quoted = () => {
    pos++;
    while (pos < text.length) {
      const char = text[pos]!;
      if (char === '"') {
        pos++;
        return;
      }
      if (char < ' ') fail();
      if (char === '\\') {
        pos++;
        const escaped = text[pos];
        if (escaped === 'u') {
          for (let i = 1; i <= 4; i++) if (!/[0-9a-fA-F]/.test(text[pos + i] ?? '')) fail();
          pos += 4;
        } else if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) fail();
      }
      pos++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(pos));
    if (match === null) fail();
    pos += match![0].length;
  };
  const value = (): void => {
    ws();
    const char = text[pos];
    if (char === '{') {
      pos++;
      ws();
      if (text[pos] === '}') {
        pos++;
        return;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail();
        quoted();
        ws();
        if (text[pos] !== ':') fail();
        pos++;
        value();
        ws();
        if (text[pos] === ',') pos++;
        else if (text[pos] === '}') {
          pos++;
          return;
        } else fail();
      }
    }
    if (char === '[') {
      pos++;
      ws();
      if (text[pos] === ']') {
        pos++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[pos] === ',') pos++;
        else if (text[pos] === ']') {
          pos++;
          return;
        } else fail();
      }
    }
    if (char === '"') {
      quoted();
      return;
    }
    if (char === 't') {
      literal('true');
      return;
    }
    if (char === 'f') {
      literal('false');
      return;
    }
    if (char === 'n') {
      literal('null');
      return;
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      number();
      return;
    }
    fail();
  };
  try {
    value();
    ws();
    if (pos < text.length) fail();
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
  return -1;
}

/** 1-based line and column of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
