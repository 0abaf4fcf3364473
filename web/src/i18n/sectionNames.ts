import { type DocumentType, documentSections, sectionIdOfRoot, sectionTitle } from '@tandem/domain';
import { useMemo } from 'react';
import type { Language } from './languages';
import { useLanguage } from './useLanguage';

/**
 * A document type's template sections as a reader in one UI language names and orders them. The
 * titles are the domain's (the exports use the same), so the web keeps no copy to drift.
 */
export interface SectionNames {
  /** The section's title, or null when the document's type has no such section. */
  title(sectionId: string): string | null;
  /** The section's number in the template (§7), or null when the type has no such section. */
  number(sectionId: string): number | null;
  /**
   * Where a rich-text root comes in reading order: the notes body (any root that is not a
   * section) first, then the sections in template order, then sections the type does not know.
   */
  rank(root: string): number;
}

export function sectionNames(
  type: DocumentType | null | undefined,
  language: Language,
): SectionNames {
  const sections = documentSections(type);
  const lang = language === 'zh-CN' ? 'zh' : 'en';
  return {
    title: (id) => sectionTitle(type, id, lang),
    number: (id) => sections.find((s) => s.id === id)?.number ?? null,
    rank: (root) => {
      const id = sectionIdOfRoot(root);
      if (id === null) return -1;
      const index = sections.findIndex((s) => s.id === id);
      return index === -1 ? sections.length : index;
    },
  };
}

/** The sections of a document of `type`, named in the current UI language. */
export function useSectionNames(type: DocumentType | null | undefined): SectionNames {
  const language = useLanguage();
  return useMemo(() => sectionNames(type, language), [type, language]);
}
