/**
 * A linear UTC time scale: instants (ms or Date) to pixels and back, shaped like d3's
 * `scaleUtc` for everything the timeline and d3-zoom's `rescaleX` use (call, invert,
 * domain, range, copy).
 *
 * Why not d3-scale: `scaleUtc` drags in d3-time-format's default locale and d3-format
 * for tick formats we never use (labels come from Intl in our own languages), about
 * 5 KB gzipped of a 50 KB first-load budget. Ticks are chosen in ticks.ts with d3-time.
 */
export interface TimeScale {
  (t: number | Date): number;
  domain(): [Date, Date];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  invert(px: number): Date;
  copy(): TimeScale;
}

export function scaleTime(
  domain: readonly [number, number] = [0, 1],
  range: readonly [number, number] = [0, 1],
): TimeScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;

  const scale = ((t: number | Date) => r0 + ((+t - d0) / (d1 - d0)) * (r1 - r0)) as TimeScale;
  scale.invert = (px) => new Date(d0 + ((px - r0) / (r1 - r0)) * (d1 - d0));
  scale.copy = () => scaleTime([d0, d1], [r0, r1]);
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (!next) return [new Date(d0), new Date(d1)];
    [d0, d1] = [+next[0]!, +next[1]!];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1];
    [r0, r1] = [next[0]!, next[1]!];
    return scale;
  }) as TimeScale['range'];
  return scale;
}
