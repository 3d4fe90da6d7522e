/**
 * Dates and times as written. FORMAT.md: a meeting at `2026-12-15T14:30+08:00` is at 14:30 on
 * the 15th for every rule, whatever the time zone of the machine running the linter. So nothing
 * here goes through `new Date(string)` or the local clock: the digits are read as they stand, and
 * a zone suffix is ignored. Calendar arithmetic uses `Date.UTC`, which does not depend on TZ.
 */
import { type Locale, tn } from './i18n';

/** A calendar date as written: `2026-12-15`. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** `YYYY-MM-DD`, the way it compares and prints. */
  text: string;
}

/** A date-time as written: its date, and the minute of the day on the wall clock it names. */
export interface WallTime {
  date: CalendarDate;
  /** Minutes after midnight, 0..1439 (seconds are ignored). */
  minuteOfDay: number;
  hour: number;
  minute: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;
const TIME = /^(\d{2}):(\d{2})$/;

/** The date of `2026-12-15` or of `2026-12-15T14:30[+08:00]`; undefined when it is neither. */
export function parseDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, text: `${m[1]}-${m[2]}-${m[3]}` };
}

/** `2026-12-15T14:30`, with or without seconds and zone; undefined for anything else. */
export function parseDateTime(value: unknown): WallTime | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const date = parseDate(m[1]);
  const [hour, minute] = [Number(m[2]), Number(m[3])];
  if (!date || hour > 23 || minute > 59) return undefined;
  return { date, hour, minute, minuteOfDay: hour * 60 + minute };
}

/** Minutes after midnight of a time of day written `"HH:MM"`. */
export function parseTimeOfDay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TIME.exec(value.trim());
  if (!m) return undefined;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  return hour > 23 || minute > 59 ? undefined : hour * 60 + minute;
}

/** `HH:MM` for minutes after midnight (24:00 and later wrap onto the next day's clock). */
export function formatTimeOfDay(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Calendar days from `from` to `to` (the 10th to the 13th is 3; negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `n` calendar days after `d` (before, for a negative `n`). */
export function addDays(d: CalendarDate, n: number): CalendarDate {
  const t = new Date(utc(d.year, d.month - 1, d.day) + n * 86_400_000);
  const [year, month, day] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  return { year, month, day, text: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** "1 day", "3 days". */
export function days(n: number, locale?: Locale): string {
  return tn(locale, 'unit.days', n);
}

/** "1 minute", "30 minutes". */
export function minutes(n: number, locale?: Locale): string {
  return tn(locale, 'unit.minutes', n);
}

function dayNumber(d: CalendarDate): number {
  return Math.round(utc(d.year, d.month - 1, d.day) / 86_400_000);
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** Date.UTC for every year: Date.UTC reads years 0–99 as 1900–1999, and 0026-03-01 is a date like any other. */
function utc(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month, day);
  t.setUTCHours(0, 0, 0, 0);
  return t.getTime();
}
