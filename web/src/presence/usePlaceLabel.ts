import { STANDARD_SECTIONS } from '@tandem/domain';
import type { PresenceLocation } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { cellLabel } from './readLocation';

/** "§4 Objectives" for a course-standard section, else the heading text itself. */
export function useSectionLabel(): (section: string) => string {
  const { t } = useTranslation();
  return (section) => {
    const known = STANDARD_SECTIONS.find((s) => s.id === section);
    if (!known) return section;
    return t('people.sectionLabel', {
      number: known.number,
      title: t(`curriculum.standard.sections.${known.id}`),
    });
  };
}

/** Section and cell within a document, e.g. "§5 Content · Hours: 32". Null when unknown. */
export function useLocationLabel(): (location: PresenceLocation | null) => string | null {
  const { t } = useTranslation();
  const sectionLabel = useSectionLabel();
  return (location) => {
    if (!location) return null;
    const parts: string[] = [];
    if (location.section) parts.push(sectionLabel(location.section));
    if (location.cell) parts.push(cellLabel(location.cell) ?? t('people.aCell'));
    return parts.length > 0 ? parts.join(' · ') : null;
  };
}
