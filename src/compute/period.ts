/**
 * Report windows (SPEC §3 "Windows"): what a period lists and what it evaluates. Pure: the
 * caller passes every date; "today" never enters here except as an argument.
 */
import { addDays, formatYMD, lastDayOfMonth, isValidDate, monthOf } from '../model/dates.js';
import type { Phase } from '../model/types.js';

export type PeriodKind = 'year' | 'phase' | 'month' | 'range';

export interface Period {
  readonly kind: PeriodKind;
  /** First listed day. */
  readonly from: string;
  /** Last listed day. */
  readonly to: string;
  /** First evaluated day (the year's first day for a month). */
  readonly evalFrom: string;
  /** Last evaluated day: `to`, or `--as-of` inside the window. */
  readonly asOf: string;
  readonly year: number;
  /** 1-based month for month windows, 1-based phase number for phase windows. */
  readonly index?: number;
  readonly phaseName?: string;
}

export type PeriodRequest =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'phase'; readonly year: number; readonly phase: number }
  | { readonly kind: 'range'; readonly from: string; readonly to: string };

export type PeriodError =
  | { readonly error: 'phase-missing'; readonly phase: number; readonly count: number }
  | { readonly error: 'range-order' }
  | { readonly error: 'as-of-outside'; readonly from: string; readonly to: string }
  | { readonly error: 'bad-date'; readonly value: string };

/** A phase's days in year `year` (`MM-DD` bounds; 02-29 in a common year becomes 02-28). */
export function phaseDates(phase: Phase, year: number): { from: string; to: string } {
  const clamp = (md: string) => {
    const month = Number(md.slice(0, 2));
    const day = Number(md.slice(3, 5));
    const last = Number(lastDayOfMonth(year, month).slice(8, 10));
    return formatYMD(year, month, Math.min(day, last));
  };
  return { from: clamp(phase.from), to: clamp(phase.to) };
}

export function resolvePeriod(request: PeriodRequest, phases: readonly Phase[], asOf?: string): Period | PeriodError {
  let base: Omit<Period, 'asOf'>;
  switch (request.kind) {
    case 'year':
      base = {
        kind: 'year',
        from: formatYMD(request.year, 1, 1),
        to: formatYMD(request.year, 12, 31),
        evalFrom: formatYMD(request.year, 1, 1),
        year: request.year,
      };
      break;
    case 'month':
      base = {
        kind: 'month',
        from: formatYMD(request.year, request.month, 1),
        to: lastDayOfMonth(request.year, request.month),
        evalFrom: formatYMD(request.year, 1, 1),
        year: request.year,
        index: request.month,
      };
      break;
    case 'phase': {
      const phase = phases[request.phase - 1];
      if (!phase) return { error: 'phase-missing', phase: request.phase, count: phases.length };
      const { from, to } = phaseDates(phase, request.year);
      base = { kind: 'phase', from, to, evalFrom: from, year: request.year, index: request.phase, phaseName: phase.name };
      break;
    }
    case 'range':
      if (!isValidDate(request.from)) return { error: 'bad-date', value: request.from };
      if (!isValidDate(request.to)) return { error: 'bad-date', value: request.to };
      if (request.to < request.from) return { error: 'range-order' };
      base = { kind: 'range', from: request.from, to: request.to, evalFrom: request.from, year: Number(request.to.slice(0, 4)) };
      break;
  }
  if (asOf !== undefined) {
    if (!isValidDate(asOf)) return { error: 'bad-date', value: asOf };
    if (asOf < base.from || asOf > base.to) return { error: 'as-of-outside', from: base.from, to: base.to };
  }
  return { ...base, asOf: asOf ?? base.to };
}

export function isPeriodError(p: Period | PeriodError): p is PeriodError {
  return 'error' in p;
}

/** The phases of a year window, each a window of its own (cut at the year's `asOf`). */
export function phaseWindows(period: Period, phases: readonly Phase[]): { phase: Phase; from: string; to: string; asOf: string }[] {
  if (period.kind !== 'year') return [];
  return phases.map((phase) => {
    const { from, to } = phaseDates(phase, period.year);
    return { phase, from, to, asOf: to <= period.asOf ? to : period.asOf };
  });
}

/** The month before the one holding `today` (`YYYY-MM`). */
export function previousMonth(today: string): { year: number; month: number } {
  const firstOfMonth = `${monthOf(today)}-01`;
  const prev = addDays(firstOfMonth, -1);
  return { year: Number(prev.slice(0, 4)), month: Number(prev.slice(5, 7)) };
}

/**
 * A stable name for the period, used for the default output folder: `2024`, `2024-03`,
 * `2024-phase-1`, `2024-01-01_2024-03-31`; a window cut by `--as-of` before its last day gets
 * `-den-<asOf>` ("đến", to) after it (`2024-den-2024-06-30`), so that it never overwrites the
 * report of the whole window. ASCII only.
 */
export function periodSlug(period: Period): string {
  const cut = period.asOf < period.to ? `-den-${period.asOf}` : '';
  return `${windowSlug(period)}${cut}`;
}

function windowSlug(period: Period): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'month':
      return period.from.slice(0, 7);
    case 'phase':
      return `${period.year}-phase-${period.index ?? 0}`;
    case 'range':
      return `${period.from}_${period.to}`;
  }
}
