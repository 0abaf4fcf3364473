import { z } from 'zod';

/**
 * Field-level schemas shared by every entity. Bounds are sanity limits on a single cell (a typo
 * like 6400 hours), not policy: policy thresholds live in the PolicyProfile.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Ids never contain a dot: the layout uses `field.member` keys for per-member cells. */
export const EntityId = z.string().regex(ID_PATTERN, { error: 'domain.validation.invalidId' });
export const Name = z.string().trim().min(1).max(200);
export const NameEn = z.string().trim().max(200).default('');
export const Code = z.string().trim().min(1).max(32);
export const LongText = z.string().trim().max(4000).default('');
export const OptionalText = z.string().trim().max(200).nullable().default(null);
export const Hours = z.int().min(0).max(2000);
export const Credits = z.number().min(0).max(60).multipleOf(0.5);
export const TERM_MIN = 1;
export const TERM_MAX = 6;
export const Term = z
  .int()
  .min(TERM_MIN, { error: 'domain.validation.termOutOfRange' })
  .max(TERM_MAX, { error: 'domain.validation.termOutOfRange' });
export const TERM_KEYS = ['1', '2', '3', '4', '5', '6'] as const;
export type TermKey = (typeof TERM_KEYS)[number];
export const Terms = z
  .array(Term)
  .min(1)
  .refine((terms) => new Set(terms).size === terms.length, {
    error: 'domain.validation.duplicate',
  });
export const WeeklyHours = z.number().min(0).max(40).multipleOf(0.5);
/** Fractional position among siblings; readers sort by (order, id) so ties resolve the same everywhere. */
export const Order = z.number().default(0);
export const Weight = z.number().min(0).max(100);
export const IdList = z.array(EntityId).default([]);

export function uniqueSorted<T extends string | number>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
