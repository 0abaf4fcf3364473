export type { Messages } from './en';
export { changeLanguage, initI18n } from './initI18n';
export { isLanguage, type Language, SUPPORTED_LANGUAGES, toSupportedLanguage } from './languages';
export { useLanguage } from './useLanguage';
