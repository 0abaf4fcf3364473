import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../workspace';

/** Server times (ms) in the reader's language. */
export function useFormatTime(): (ms: number) => string {
  const { i18n } = useTranslation();
  return (ms) => formatDateTime(new Date(ms).toISOString(), i18n.language);
}
