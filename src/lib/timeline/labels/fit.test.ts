import { describe, expect, it } from 'vitest';
import { cutLabel, fitLabel, truncate } from './fit';
import { estimateWidth } from './measure';

/** 7 px per Latin character, 13 per CJK one, as the estimate says. */
const measure = estimateWidth;

describe('fitLabel', () => {
  it('leaves a label that fits where it starts, anchored at its start', () => {
    const label = fitLabel('First round', 100, 360, measure);
    expect(label).toEqual({ text: 'First round', x: 100, anchor: 'start', left: 100, right: 177 });
  });

  it('ends a label that would run past the right edge at the edge, anchored at its end', () => {
    const label = fitLabel('First round', 300, 360, measure);
    expect(label).toMatchObject({ text: 'First round', x: 356, anchor: 'end' });
    expect(label.left).toBe(356 - 77);
    expect(label.right).toBe(356);
  });

  it('anchors at the end only a label that would cross the edge', () => {
    // labelStart put it at plot - width - 4: it ends exactly at the edge.
    expect(fitLabel('First round', 279, 360, measure)).toMatchObject({ anchor: 'start' });
    expect(fitLabel('First round', 280, 360, measure)).toMatchObject({ anchor: 'end' });
  });

  it('cuts a label wider than the plot with an ellipsis so that it fits between the edges', () => {
    const title =
      'The long-awaited ministerial meeting on supply chain resilience, export controls, and the digital economy';
    const label = fitLabel(title, 2, 360, measure);
    expect(label.text).toMatch(/^The long-awaited ministerial .*…$/);
    expect(label.anchor).toBe('end');
    expect(label.right).toBe(356);
    expect(label.left).toBeGreaterThanOrEqual(2);
    expect(measure(label.text)).toBeLessThanOrEqual(354);
  });

  it('measures a bold label in bold, so it is cut sooner', () => {
    const title = 'xxxx '.repeat(15).trim();
    const regular = fitLabel(title, 2, 400, measure);
    const bold = fitLabel(title, 2, 400, measure, true);
    expect(bold.text.length).toBeLessThan(regular.text.length);
    expect(measure(bold.text, true)).toBeLessThanOrEqual(394);
  });
});

describe('cutLabel', () => {
  it('keeps a label whole where its room holds it', () => {
    expect(cutLabel('Labor', 10, 100, measure)).toEqual({ text: 'Labor', x: 10, anchor: 'start' });
  });

  it('keeps the first words of a label a later mark left little room for', () => {
    expect(cutLabel('Second round of meetings', 10, 100, measure)?.text).toBe('Second round…');
  });

  it('draws nothing where not even a letter and the ellipsis fit', () => {
    expect(cutLabel('Labor', 10, 8, measure)).toBeNull();
  });
});

describe('truncate', () => {
  it('cuts after the last whole word that fits', () => {
    expect(truncate('Second round of meetings', 100, measure)).toBe('Second round…');
    expect(truncate('Launch of the U.S.-Japan Partnership', 150, measure)).toBe(
      'Launch of the U.S…',
    );
  });

  it('never cuts inside a word: a first word too long for the room leaves only the ellipsis', () => {
    expect(truncate('Supercalifragilistic', 70, measure)).toBe('…');
    expect(truncate('Launch of the Partnership', 40, measure)).toBe('…');
  });

  it('drops the space, comma or dash before the ellipsis', () => {
    expect(truncate('Trade, labor and more', 50, measure)).toBe('Trade…');
    expect(truncate('U.S.-Japan Partnership', 80, measure)).toBe('U.S.-Japan…');
  });

  it('cuts Japanese between its words', () => {
    // 13 px a character: 通商 ends a word at 4 characters, 協力 at 6, 枠組み at 9.
    expect(truncate('日米通商協力枠組みの立ち上げ', 85, measure)).toBe('日米通商協力…');
    expect(truncate('日米通商協力枠組みの立ち上げ', 110, measure)).toBe('日米通商協力…');
    expect(truncate('人権と労働', 40, measure)).toBe('人権…');
  });

  it('never splits a character outside the basic plane', () => {
    // Each '𠮷' is two UTF-16 units; 10 px a unit leaves room for seven and the ellipsis.
    const byUnit = (text: string) => text.length * 10;
    expect(truncate('𠮷'.repeat(10), 80, byUnit)).toBe('𠮷𠮷𠮷…');
  });

  it('keeps only the ellipsis when not even one character fits', () => {
    expect(truncate('Labor', 8, measure)).toBe('…');
  });
});
