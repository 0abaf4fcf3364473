import type { CompetencyDimension } from '../../curriculum/schemas';

/** code (`ST-K1`: K/S/Q = knowledge/skill/quality), 中文名, English name */
export type CompetencyRow = [code: string, name: string, nameEn: string];
export type TaskRow = [id: string, name: string, nameEn: string, competencies: CompetencyRow[]];

export interface PositionSeed {
  id: string;
  name: string;
  nameEn: string;
  description: string;
  programIds: string[];
  tasks: TaskRow[];
}

const DIMENSIONS: Record<string, CompetencyDimension> = {
  K: 'knowledge',
  S: 'skill',
  Q: 'quality',
};

/** The dimension is part of the code, as plans write it (K1, S2, Q1). */
export function dimensionOf(code: string): CompetencyDimension {
  return DIMENSIONS[code.split('-')[1]?.[0] ?? ''] ?? 'knowledge';
}

/** Stable ids derived from codes, so alignments and standards can refer to them. */
export function competencyId(code: string): string {
  return `c-${code.toLowerCase()}`;
}
