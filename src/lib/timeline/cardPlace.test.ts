import { describe, expect, it } from 'vitest';
import { placeCard } from './cardPlace';

const plot = { width: 1000, height: 400 };
const size = { width: 300, height: 200 };
const mark = (x: number, y: number) => ({ x, y, width: 12, height: 12 });

describe('placeCard', () => {
  it('puts the card right beside its mark, level with it, when that hides nothing', () => {
    expect(placeCard(mark(100, 100), size, plot, [])).toEqual({ x: 122, y: 76 });
  });

  it('moves off a mark beside its own, to where it hides none', () => {
    const other = mark(600, 120);
    const { x, y } = placeCard(mark(500, 100), size, plot, [other]);
    const hides = x < other.x + 12 && other.x < x + 300 && y < other.y + 12 && other.y < y + 200;
    expect(hides).toBe(false);
  });

  it('goes to the other side of its mark when every place on this side hides one', () => {
    const tall = { x: 600, y: 0, width: 400, height: 400 };
    expect(placeCard(mark(500, 100), size, plot, [tall]).x).toBe(190);
  });

  it('never hides its own mark, even on a narrow plot', () => {
    const narrow = { width: 320, height: 400 };
    const anchor = mark(150, 50);
    const { x, y } = placeCard(anchor, size, narrow, []);
    const hides = x < 162 && 150 < x + 300 && y < 62 && 50 < y + 200;
    expect(hides).toBe(false);
  });

  it('of places that hide as few marks, takes the nearest', () => {
    const others = [mark(400, 90), mark(20, 90)];
    const place = placeCard(mark(200, 300), size, plot, others);
    expect(place.y).toBeGreaterThan(90);
  });

  it('stays inside the plot', () => {
    const { x, y } = placeCard(mark(990, 390), size, plot, []);
    expect(x + 300).toBeLessThanOrEqual(992);
    expect(y + 200).toBeLessThanOrEqual(392);
  });
});
