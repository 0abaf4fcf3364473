export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Where an explicit language choice is kept; detection only fills in when there is none. */
export const LANGUAGE_STORAGE_KEY = 'tandem.language';

/** Any Chinese variant the browser reports maps to Simplified Chinese; everything else to English. */
export function toSupportedLanguage(tag: string | undefined | null): Language {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function isLanguage(value: string): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}
