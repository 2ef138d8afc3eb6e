const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count with its thousands grouped, '12,345', as English and Japanese both write it. */
export function count(n: number): string {
  return grouping.format(Math.trunc(n));
}
