import { describe, expect, it } from 'vitest';
import { labelsUnder, type LabelledMark } from './collide';

describe('labelsUnder', () => {
  const mark = (
    event: number,
    lane: number,
    labelX: number,
    labelShown: boolean,
  ): LabelledMark => ({ event, lane, labelX, labelShown, labelRoom: null });
  const widths = () => 100;
  const marks = [
    mark(0, 0, 0, false),
    mark(1, 0, 60, true),
    mark(2, 1, 60, true),
    mark(3, 0, 300, true),
  ];

  it('hides the labels in the same lane that a raised label would cover', () => {
    expect([...labelsUnder(marks, new Set([0]), widths)]).toEqual([1]);
  });

  it('hides a label cut short as well, by the room it takes', () => {
    const cut = { ...mark(1, 0, 60, false), labelRoom: 50 };
    expect([...labelsUnder([mark(0, 0, 0, false), cut], new Set([0]), widths)]).toEqual([1]);
    // Past the raised label's end (and the gap), a cut label stays.
    const far = { ...mark(1, 0, 140, false), labelRoom: 50 };
    expect(labelsUnder([mark(0, 0, 0, false), far], new Set([0]), () => 130).size).toBe(0);
    expect(labelsUnder([mark(0, 0, 0, false), far], new Set([0]), () => 140).size).toBe(1);
  });

  it('hides nothing while no hidden label is raised', () => {
    expect(labelsUnder(marks, new Set([1]), widths).size).toBe(0);
    expect(labelsUnder(marks, new Set(), widths).size).toBe(0);
  });
});
