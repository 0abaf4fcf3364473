import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import {
  LANGUAGE_STORAGE_KEY,
  type Language,
  SUPPORTED_LANGUAGES,
  toSupportedLanguage,
} from './languages';
import { zhCN } from './zhCN';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = toSupportedLanguage(language);
}

/**
 * Initialises i18next once, before the first render. The language comes from an explicit earlier
 * choice (localStorage) or else the browser's first preferred language. Detection results are not
 * cached: only `changeLanguage` below persists, so a user who never chose keeps following the
 * browser.
 */
export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', syncDocumentLanguage);
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      fallbackLng: 'en',
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: [],
        convertDetectedLanguage: toSupportedLanguage,
      },
    });
  syncDocumentLanguage(i18next.language);
  return i18next;
}

/** Switches the UI language and remembers the choice for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be disabled (private mode, policy); the switch still applies to this visit.
  }
  await i18next.changeLanguage(language);
}
