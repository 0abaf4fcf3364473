import type { DocumentType } from '@tandem/domain';
import type { PresenceLocation } from '@tandem/protocol';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type SectionNames, sectionNames, useLanguage } from '../i18n';
import { cellLabel } from './readLocation';

/** "§7 Teaching schedule" for a section of the document's template, else the heading text itself. */
export function sectionPlaceLabel(t: TFunction, sections: SectionNames, section: string): string {
  const title = sections.title(section);
  const number = sections.number(section);
  if (title === null || number === null) return section;
  return t('people.sectionLabel', { number, title });
}

/**
 * Labels a section of a document of the given type. The type comes with each call, since one
 * view (the workspace's people, an agenda) names places in documents of several types.
 */
export function useSectionLabel(): (
  section: string,
  type: DocumentType | null | undefined,
) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (section, type) => sectionPlaceLabel(t, sectionNames(type, language), section);
}

/** Section and cell within a document, e.g. "§5 Content · Hours: 32". Null when unknown. */
export function useLocationLabel(): (
  location: PresenceLocation | null,
  type: DocumentType | null | undefined,
) => string | null {
  const { t } = useTranslation();
  const sectionLabel = useSectionLabel();
  return (location, type) => {
    if (!location) return null;
    const parts: string[] = [];
    if (location.section) parts.push(sectionLabel(location.section, type));
    if (location.cell) parts.push(cellLabel(location.cell) ?? t('people.aCell'));
    return parts.length > 0 ? parts.join(' · ') : null;
  };
}
