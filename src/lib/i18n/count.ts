const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count with its thousands grouped, '12,345', as English and Japanese both write it. */
export function count(n: number): string {
  return grouping.format(Math.trunc(n));
}

/** A size in whole megabytes as both languages write it: '64 MB'. */
export const megabytes = (bytes: number): string => `${count(bytes / 1024 / 1024)} MB`;
