import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../time/edtf';
import { parseIsoDay, toDay } from '../time/days';
import { openReach, reachedDays } from './openReach';

function when(text: string) {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.fault.key);
  return parsed.value;
}

describe('openReach', () => {
  const earliest = toDay(2021, 11, 17);
  const latest = toDay(2023, 11, 17);

  it('reaches an open end to the day the data is stated as of', () => {
    expect(openReach(earliest, latest, toDay(2024, 7, 30))).toEqual({
      earliest,
      latest: toDay(2024, 7, 30),
    });
  });

  it('reaches an open end to the latest day of the data without an "as of" day', () => {
    expect(openReach(earliest, latest)).toEqual({ earliest, latest });
  });
});

describe('reachedDays', () => {
  const reach = { earliest: toDay(2021, 11, 17), latest: toDay(2024, 7, 30) };

  it.each([
    ['2023-05-19/..', '2023-05-19', '2024-07-30'],
    ['2023-05/..', '2023-05-01', '2024-07-30'],
    ['../2022-03', '2021-11-17', '2022-03-31'],
    ['../2022-03-01', '2021-11-17', '2022-03-01'],
  ])('reaches %j from %s to %s', (text, first, last) => {
    expect(reachedDays(when(text), reach)).toEqual([parseIsoDay(first), parseIsoDay(last)]);
  });

  it('never ends an open end before its known start', () => {
    expect(reachedDays(when('2025-01/..'), reach)).toEqual([toDay(2025, 1, 1), toDay(2025, 1, 31)]);
  });

  it('never starts an open start after its known end', () => {
    expect(reachedDays(when('../2020-06-01'), reach)).toEqual([
      toDay(2020, 6, 1),
      toDay(2020, 6, 1),
    ]);
  });

  it("keeps an unknown end ('2023-05-19/') on its known end's days", () => {
    const day = toDay(2023, 5, 19);
    expect(reachedDays(when('2023-05-19/'), reach)).toEqual([day, day]);
    expect(reachedDays(when('/2023-05-19'), reach)).toEqual([day, day]);
  });

  it("keeps an open end on its known end's days with no reach", () => {
    expect(reachedDays(when('../2022-03'), null)).toEqual([toDay(2022, 3, 1), toDay(2022, 3, 31)]);
  });

  it('leaves a closed date as it is', () => {
    expect(reachedDays(when('2022-22'), reach)).toEqual([toDay(2022, 6, 1), toDay(2022, 8, 31)]);
  });
});
