import type { DocumentType } from './documentTypes';
import {
  planSectionTitlesEn,
  planSectionTitlesZh,
  standardSectionTitlesEn,
  standardSectionTitlesZh,
} from './messages/enumLabels';
import { PLAN_SECTIONS } from './plan/sections';
import { SECTION_ROOT_PREFIX, STANDARD_SECTIONS } from './standard/sections';

export interface DocumentSection {
  id: string;
  number: number;
  structured: boolean;
  narrative: boolean;
}

/**
 * The template sections of a structured document type, in order; empty for types without a
 * template. History, comments, presence and exports label `section:<id>` roots through this, so a
 * new document type is one entry here, not a search through every view.
 */
export function documentSections(
  type: DocumentType | null | undefined,
): readonly DocumentSection[] {
  if (type === 'course-standard') return STANDARD_SECTIONS;
  if (type === 'talent-plan') return PLAN_SECTIONS;
  return [];
}

/** A section's title in the given language ('zh' or 'en'), or null when the type has no such section. */
export function sectionTitle(
  type: DocumentType | null | undefined,
  sectionId: string,
  lang: 'zh' | 'en',
): string | null {
  const titles: Record<string, string> | null =
    type === 'course-standard'
      ? lang === 'zh'
        ? standardSectionTitlesZh
        : standardSectionTitlesEn
      : type === 'talent-plan'
        ? lang === 'zh'
          ? planSectionTitlesZh
          : planSectionTitlesEn
        : null;
  return titles?.[sectionId] ?? null;
}

/** The section id of a `section:<id>` root name, or null for any other root. */
export function sectionIdOfRoot(root: string): string | null {
  return root.startsWith(SECTION_ROOT_PREFIX) ? root.slice(SECTION_ROOT_PREFIX.length) : null;
}
