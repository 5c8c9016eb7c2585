import { createRequire as __mandateCreateRequire } from 'node:module'; const require = __mandateCreateRequire(import.meta.url);

// src/config/json-position.ts
function jsonErrorOffset(text) {
  let pos = 0, fail = () => {
    throw pos;
  }, ws = () => {
    for (; pos < text.length && ` 	
\r`.includes(text[pos]); ) pos++;
  }, literal = (word) => {
    for (let char of word)
      text[pos] !== char && fail(), pos++;
  }, quoted = () => {
    for (pos++; pos < text.length; ) {
      let char = text[pos];
      if (char === '"') {
        pos++;
        return;
      }
      if (char < " " && fail(), char === "\\") {
        pos++;
        let escaped = text[pos];
        if (escaped === "u") {
          for (let i = 1; i <= 4; i++) /[0-9a-fA-F]/.test(text[pos + i] ?? "") || fail();
          pos += 4;
        } else (escaped === void 0 || !'"\\/bfnrt'.includes(escaped)) && fail();
      }
      pos++;
    }
    fail();
  }, number = () => {
    let match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(pos));
    match === null && fail(), pos += match[0].length;
  }, value = () => {
    ws();
    let char = text[pos];
    if (char === "{") {
      if (pos++, ws(), text[pos] === "}") {
        pos++;
        return;
      }
      for (; ; )
        if (ws(), text[pos] !== '"' && fail(), quoted(), ws(), text[pos] !== ":" && fail(), pos++, value(), ws(), text[pos] === ",") pos++;
        else if (text[pos] === "}") {
          pos++;
          return;
        } else fail();
    }
    if (char === "[") {
      if (pos++, ws(), text[pos] === "]") {
        pos++;
        return;
      }
      for (; ; )
        if (value(), ws(), text[pos] === ",") pos++;
        else if (text[pos] === "]") {
          pos++;
          return;
        } else fail();
    }
    if (char === '"') {
      quoted();
      return;
    }
    if (char === "t") {
      literal("true");
      return;
    }
    if (char === "f") {
      literal("false");
      return;
    }
    if (char === "n") {
      literal("null");
      return;
    }
    if (char === "-" || char !== void 0 && char >= "0" && char <= "9") {
      number();
      return;
    }
    fail();
  };
  try {
    value(), ws(), pos < text.length && fail();
  } catch (offset) {
    if (typeof offset == "number") return offset;
    throw offset;
  }
  return -1;
}
function positionOf(text, offset) {
  let before = text.slice(0, offset);
  return { line: before.split(`
`).length, column: offset - before.lastIndexOf(`
`) };
}

export {
  jsonErrorOffset,
  positionOf
};
