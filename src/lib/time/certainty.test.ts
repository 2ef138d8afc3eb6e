import { describe, expect, it } from 'vitest';
import { certaintyOf, type Certainty } from './certainty';
import { parseEdtf } from './edtf';

function parsed(text: string) {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.fault.key);
  return result.value;
}

describe('certaintyOf', () => {
  it.each<[string, Certainty[]]>([
    ['2022-02-28', []],
    ['2022-02-28~', ['approximate']],
    ['2021-11?', ['uncertain']],
    ['2021-11%', ['approximate', 'uncertain']],
    ['2023-05-19/2023-05-21', []],
    ['2022-08-22~/2022-08-25', ['startApproximate']],
    ['2022-08-22/2022-08-25~', ['endApproximate']],
    ['2022-08-22~/2022-08-25~', ['approximate']],
    ['2022-08-22?/2022-08-25', ['startUncertain']],
    ['2022-08-22~/2022-08-25?', ['startApproximate', 'endUncertain']],
    ['2023-05~/..', ['startApproximate']],
    ['../2022-03?', ['endUncertain']],
  ])('certaintyOf(%j) is %j', (text, notes) => {
    expect(certaintyOf(parsed(text))).toEqual(notes);
  });
});
