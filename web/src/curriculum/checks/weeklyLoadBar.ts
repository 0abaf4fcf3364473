import { formatNumber } from '../grid/cellText';

export interface LoadBar {
  /** The number written over the bar: exact to two decimals, so 28.25 never reads as 28. */
  value: string;
  /** Over the policy's ceiling (R16), judged on the value shown. */
  over: boolean;
}

/** One term's bar in the weekly-load chart; empty terms show no number. */
export function loadBar(hours: number, max: number, active: boolean): LoadBar {
  return {
    value: hours > 0 ? formatNumber(hours) : '',
    over: active && Math.round(hours * 100) / 100 > max,
  };
}
