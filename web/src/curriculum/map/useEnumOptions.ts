import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from '../../i18n';
import type { CellOption } from '../grid/columns';

type Enums = Messages['curriculum']['enums'];
type EnumName = keyof Enums;

/** Translated options for an enum cell; `short` forms come from `<enum>Short` when present. */
export function useEnumOptions(): (name: EnumName, values: readonly string[]) => CellOption[] {
  const { t } = useTranslation();
  return useCallback(
    (name, values) => {
      const enums: Enums = t('curriculum.enums', { returnObjects: true });
      const labels: Readonly<Record<string, string>> = enums[name];
      return values.map((value) => ({ value, label: labels[value] ?? value }));
    },
    [t],
  );
}
