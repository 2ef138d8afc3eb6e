import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonError';

describe('jsonErrorOffset', () => {
  it.each([
    ['a bare word in a list', '{"events": [oops]}', 12],
    ['a trailing comma', '{"a": 1,}', 8],
    ['a missing colon', '{"a" 1}', 5],
    ['a single-quoted string', "{'a': 1}", 1],
    ['a text that ends too soon', '{"a": [1, 2', 11],
    ['something after the value', '{} {}', 3],
    ['a raw line break inside a string', '{"a": "x\ny"}', 8],
  ])('points at %s', (_, text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('returns -1 for valid JSON', () => {
    expect(jsonErrorOffset('{"a": [1, -2.5e3, true, null, "\\"x\\""]}')).toBe(-1);
  });

  it('returns -1 for a text nested deeper than it can follow, rather than a stack overflow', () => {
    expect(jsonErrorOffset(`{"events": ${'['.repeat(50_000)}`)).toBe(-1);
  });
});
