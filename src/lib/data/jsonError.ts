/**
 * Where a JSON text first breaks, as an offset. Engines disagree on whether their parse
 * errors carry a position (V8 often says only `Unexpected token 'o', "…" is not valid
 * JSON`), so after a failed JSON.parse we walk the text ourselves to point at the spot.
 * It only has to find the first error; it builds no values.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const expect = (char: string) => (text[i] === char ? i++ : fail());

  function value(): void {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c !== undefined && /[-0-9]/.test(c)) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail();
  }
  function object() {
    expect('{');
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      string();
      space();
      expect(':');
      value();
      space();
      if (text[i] === ',') i++;
      else return void expect('}');
    }
  }
  function array() {
    expect('[');
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      value();
      space();
      if (text[i] === ',') i++;
      else return void expect(']');
    }
  }
  function string() {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    expect('"');
  }
  function number() {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  }

  try {
    value();
    space();
    if (i < text.length) fail();
    return -1;
  } catch (offset) {
    // Nesting deeper than the stack (some thousands of levels) is past pointing at.
    return typeof offset === 'number' ? offset : -1;
  }
}
