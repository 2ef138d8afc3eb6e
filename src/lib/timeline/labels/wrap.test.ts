import { describe, expect, it } from 'vitest';
import { wrapClauses } from './wrap';
import { estimateWidth } from './measure';
import { ENGLISH } from '../../i18n/strings';
import { JAPANESE } from '../../i18n/stringsJa';

describe('wrapClauses', () => {
  const en = ENGLISH.inView(6000);
  const ja = JAPANESE.inView(6000);

  it('keeps a caption that fits on one line', () => {
    expect(wrapClauses(en, 1200, estimateWidth)).toEqual([en]);
  });

  it('breaks an English caption after a clause, never inside "6,000"', () => {
    expect(wrapClauses(en, 360, estimateWidth)).toEqual([
      '6,000 events in view, too many to draw one by one:',
      'zoom in, or choose a bar',
    ]);
  });

  it('breaks a Japanese caption after 。 and 、', () => {
    expect(wrapClauses(ja, 360, estimateWidth)).toEqual([
      '表示範囲に6,000件。',
      '個別に表示するには拡大するか、棒を選んでください',
    ]);
  });

  it('gives each line no more than the width when its clauses allow', () => {
    for (const width of [200, 260, 320, 400, 600]) {
      for (const line of wrapClauses(en, width, estimateWidth)) {
        const clauses = line.split(/(?<=[,:;] )/);
        if (clauses.length > 1) expect(estimateWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('keeps a clause wider than the width whole, on a line of its own', () => {
    expect(wrapClauses('a very long clause, short', 50, estimateWidth)).toEqual([
      'a very long clause,',
      'short',
    ]);
  });
});
