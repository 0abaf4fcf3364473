import type { DocumentType } from '@tandem/domain';
import type { DocImportProfile } from './DocImportProfile';
import { courseStandardImport } from './profiles/courseStandardProfile';
import { talentPlanImport } from './profiles/talentPlanProfile';

/** The document types a Word file can be imported into; another type adds its profile here. */
const PROFILES: Partial<Record<DocumentType, DocImportProfile>> = {
  'course-standard': courseStandardImport,
  'talent-plan': talentPlanImport,
};

export function docImportProfile(type: DocumentType): DocImportProfile | null {
  return PROFILES[type] ?? null;
}
