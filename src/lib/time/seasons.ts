/**
 * EDTF season codes and the months each one covers. Seasons are the
 * northern-hemisphere meteorological ones, because they start on the first of a
 * month and so map onto whole calendar days without an astronomical table:
 *
 * | Code | English     | Japanese   | Months                                    |
 * | ---- | ----------- | ---------- | ----------------------------------------- |
 * | 21   | Spring      | 春         | March to May                              |
 * | 22   | Summer      | 夏         | June to August                            |
 * | 23   | Autumn      | 秋         | September to November                     |
 * | 24   | Winter      | 冬         | December of that year to February of next |
 * | 33   | Q1          | 第1四半期  | January to March                          |
 * | 34   | Q2          | 第2四半期  | April to June                             |
 * | 35   | Q3          | 第3四半期  | July to September                         |
 * | 36   | Q4          | 第4四半期  | October to December                       |
 * | 40   | First half  | 上半期     | January to June                           |
 * | 41   | Second half | 下半期     | July to December                          |
 *
 * So `2022-24` (winter 2022) runs from 1 December 2022 to 28 February 2023.
 */
export const SEASONS: Readonly<Record<number, Season>> = {
  21: { startMonth: 3, months: 3, names: { en: 'Spring', ja: '春' } },
  22: { startMonth: 6, months: 3, names: { en: 'Summer', ja: '夏' } },
  23: { startMonth: 9, months: 3, names: { en: 'Autumn', ja: '秋' } },
  24: { startMonth: 12, months: 3, names: { en: 'Winter', ja: '冬' } },
  33: { startMonth: 1, months: 3, names: { en: 'Q1', ja: '第1四半期' } },
  34: { startMonth: 4, months: 3, names: { en: 'Q2', ja: '第2四半期' } },
  35: { startMonth: 7, months: 3, names: { en: 'Q3', ja: '第3四半期' } },
  36: { startMonth: 10, months: 3, names: { en: 'Q4', ja: '第4四半期' } },
  40: { startMonth: 1, months: 6, names: { en: 'First half', ja: '上半期' } },
  41: { startMonth: 7, months: 6, names: { en: 'Second half', ja: '下半期' } },
};

export interface Season {
  /** 1-12; the season may run past December into the next year (winter) */
  startMonth: number;
  /** how many whole months it covers */
  months: number;
  names: { en: string; ja: string };
}
