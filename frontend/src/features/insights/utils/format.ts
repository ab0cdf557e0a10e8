import { formatCalendarDate } from '@/lib/format';

/** 0.4938 → "49%". */
export const formatShare = (share: number) =>
  new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A share as a percentage for CSV files and chart axes: 0.8333 → 83.3. */
export const percentage = (share: number) => Math.round(share * 1000) / 10;

/** Business hours: "8 h", "31.5 h". */
export const formatHours = (hours: number) =>
  `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(hours)} h`;

/** eNPS runs from −100 to +100, and its sign matters: "+12", "0", "−6". */
export const formatEnps = (enps: number) => new Intl.NumberFormat(undefined, { signDisplay: 'exceptZero' }).format(enps);

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

const utcDate = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};

/** A chart point by its first day: "31 Aug" for a week, "Sep 2026" for a month. */
export const formatBucket = (start: string, bucket: string) =>
  bucket === 'month' ? monthFormat.format(utcDate(start)) : dayFormat.format(utcDate(start));

/** The same in full, for tables and tooltips: "week of 31 Aug 2026", "Sep 2026". */
export const formatBucketLong = (start: string, bucket: string) =>
  bucket === 'month' ? monthFormat.format(utcDate(start)) : `week of ${formatCalendarDate(start, 'medium')}`;

/** "31 Aug 2026 – 28 Nov 2026". */
export const formatPeriod = (period: { from: string; to: string }) =>
  `${formatCalendarDate(period.from, 'medium')} – ${formatCalendarDate(period.to, 'medium')}`;

/** An idea status as the board names it: UNDER_REVIEW → "Under review". */
export const formatStatus = (status: string) => {
  const words = status.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
