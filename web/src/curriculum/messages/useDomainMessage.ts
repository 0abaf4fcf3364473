import { type DomainMessage, isDomainMessageKey, type MessageParams } from '@tandem/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

type Lookup = Readonly<Record<string, string>>;

function from(table: Lookup, value: string | number): string | number {
  return typeof value === 'string' && Object.hasOwn(table, value) ? (table[value] ?? value) : value;
}

/**
 * Turns a domain message (an i18n key plus parameters) into a sentence in the UI language.
 * Parameters that are themselves codes — a field name, a course nature, an objective dimension —
 * are translated too, so a Chinese reader never sees `hoursPractice` or `mental-health`.
 */
export function useDomainMessage(): (message: DomainMessage) => string {
  const { t } = useTranslation();
  return useCallback(
    (message: DomainMessage) => {
      const lookups: Record<string, Lookup> = {
        field: t('curriculum.fields', { returnObjects: true }),
        kind: t('curriculum.enums.publicKind', { returnObjects: true }),
        dimension: t('curriculum.enums.dimension', { returnObjects: true }),
        deliveredBy: t('curriculum.enums.deliveredBy', { returnObjects: true }),
        ref: t('curriculum.refs', { returnObjects: true }),
        root: t('curriculum.roots', { returnObjects: true }),
      };
      const params: MessageParams = {};
      for (const [name, value] of Object.entries(message.params)) {
        const table = lookups[name];
        if (name === 'reason' && isDomainMessageKey(value)) params[name] = t(value);
        else params[name] = table ? from(table, value) : value;
      }
      return t(message.key, params);
    },
    [t],
  );
}
