import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeSlices, encodeSlices, sliceOf, slicesFor, unicodeRange } from './slices';

const css = readFileSync(
  createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/400.css'),
  'utf8',
);
const slices = decodeSlices(encodeSlices(css));

describe('font slices', () => {
  it('reads every slice of the package, with its ranges as the CSS gives them', () => {
    const blocks = css.split('@font-face').slice(1);
    expect(slices).toHaveLength(blocks.length);
    const first = blocks[0]!.match(/unicode-range:\s*([^;]+);/)![1]!;
    const sorted = (list: string) =>
      list
        .split(',')
        .map((r) => r.trim().toLowerCase())
        .sort();
    expect(sorted(unicodeRange(slices[0]!))).toEqual(sorted(first));
  });

  it('finds a slice for the Japanese and Latin text of the default dataset, and for ～', () => {
    for (const char of '日米通商協力枠組み第1回会合A～、。（）') {
      expect(sliceOf(slices, char.codePointAt(0)!), char).toBeDefined();
    }
  });

  it('needs each slice once, however often its characters recur', () => {
    const needed = slicesFor(slices, 'aaaabbbb');
    expect(needed).toHaveLength(1);
  });
});
