export type { Messages } from './en';
export { changeLanguage, initI18n } from './initI18n';
export { isLanguage, type Language, SUPPORTED_LANGUAGES, toSupportedLanguage } from './languages';
export { type SectionNames, sectionNames, useSectionNames } from './sectionNames';
export { useLanguage } from './useLanguage';
