import type { DocumentType } from '@tandem/domain';
import { createContext, useContext } from 'react';
import { type SectionNames, useSectionNames } from '../i18n';

/**
 * The type of the document whose history is shown. Every panel that names or orders sections
 * (timeline summaries, versions, redlines, attribution) reads it here rather than each panel
 * and its parents carrying it as a prop; the history and print pages provide it.
 */
const HistoryDocumentType = createContext<DocumentType | null>(null);

export const HistoryDocumentTypeProvider = HistoryDocumentType.Provider;

/** The shown document's sections, named in the UI language. */
export function useHistorySections(): SectionNames {
  return useSectionNames(useContext(HistoryDocumentType));
}
