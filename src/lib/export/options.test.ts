import { describe, expect, it } from 'vitest';
import { baseName, fileName, readExportOptions, readSize, stopNumbers } from './options';

describe('readExportOptions', () => {
  it.each([
    [
      { format: 'png', size: '1920x1080' },
      { format: 'png', stops: 'view', size: { width: 1920, height: 1080 } },
    ],
    [{ format: 'pdf' }, { format: 'pdf', stops: 'all', size: 'screen' }],
    [
      { format: 'pptx', stops: [3, 3, 1] },
      { format: 'pptx', stops: [3, 1], size: 'screen' },
    ],
    [
      { format: 'svg', stops: 'all', size: [3840, 2160] },
      { format: 'svg', stops: 'all', size: { width: 3840, height: 2160 } },
    ],
    [
      { format: 'gif', stops: -1, size: '99999x1' },
      { format: 'svg', stops: 'view', size: 'screen' },
    ],
    [null, { format: 'svg', stops: 'view', size: 'screen' }],
  ])('reads %j as %j', (input, expected) => {
    expect(readExportOptions(input)).toEqual(expected);
  });
});

describe('readSize', () => {
  it.each([
    ['3840x2160', { width: 3840, height: 2160 }],
    [
      { width: 1280, height: 720 },
      { width: 1280, height: 720 },
    ],
    ['1920', null],
    ['10x10', null],
  ])('reads %j', (input, expected) => {
    expect(readSize(input)).toEqual(expected);
  });
});

describe('stopNumbers', () => {
  it('lists every stop for "all", none for the view, and drops stops past the last', () => {
    expect(stopNumbers('all', 3)).toEqual([1, 2, 3]);
    expect(stopNumbers('view', 3)).toEqual([]);
    expect(stopNumbers([2, 9], 3)).toEqual([2]);
  });
});

describe('fileName', () => {
  it('names a file after the dataset, its stop padded to the count', () => {
    const base = baseName('U.S.-Japan Partnership on Trade');
    expect(base).toBe('us-japan-partnership-on-trade');
    expect(fileName(base, 'png', 3, 14)).toBe('us-japan-partnership-on-trade-stop-03.png');
    expect(fileName(base, 'svg', null)).toBe('us-japan-partnership-on-trade-view.svg');
    expect(fileName(base, 'pdf', null)).toBe('us-japan-partnership-on-trade.pdf');
  });

  it('falls back to "timeline" for a title with no Latin letters', () => {
    expect(baseName('日米通商協力枠組み')).toBe('timeline');
  });
});
