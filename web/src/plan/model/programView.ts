import {
  type Certificate,
  type CurriculumMapSnapshot,
  type MappingScale,
  type PlanSchedule,
  type Position,
  type Program,
  planSchedule,
} from '@tandem/domain';
import { scaleFor } from '../../curriculum';

/**
 * What a plan reads from its curriculum map for its program, never copied into the plan: the
 * program itself, its mapping scale, its courses as the term-by-term schedule (grouped in the
 * map's tree order), and the positions and certificates it prepares for.
 */
export interface ProgramView {
  /** The map's document, for the links that open it (where these things are edited). */
  mapDocumentId: string;
  map: CurriculumMapSnapshot;
  program: Program;
  scale: MappingScale;
  schedule: PlanSchedule;
  positions: Position[];
  certificates: Certificate[];
}

/** An empty `programIds` means "every program of the group", as the map's own views read it. */
const servesProgram = (programIds: readonly string[], programId: string) =>
  programIds.length === 0 || programIds.includes(programId);

export function programView(
  mapDocumentId: string,
  map: CurriculumMapSnapshot,
  programId: string | null,
  teachingWeeksPerTerm: number,
): ProgramView | null {
  const program = map.programs.find((p) => p.id === programId);
  if (!program) return null;
  return {
    mapDocumentId,
    map,
    program,
    scale: scaleFor(map, program.id),
    schedule: planSchedule(map, program.id, teachingWeeksPerTerm),
    positions: map.positions.filter((p) => servesProgram(p.programIds, program.id)),
    certificates: map.certificates.filter((c) => servesProgram(c.programIds, program.id)),
  };
}
