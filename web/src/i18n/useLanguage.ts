import { useTranslation } from 'react-i18next';
import { type Language, toSupportedLanguage } from './languages';

/** The current UI language as one of the supported tags (for Intl formatters and `lang`). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toSupportedLanguage(i18n.resolvedLanguage ?? i18n.language);
}
