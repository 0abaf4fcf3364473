import type { PolicyStateDto } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';

/** Which policy version the checks use, and who adopted it when (nothing until it is known). */
export function PolicyInForce({ state }: { state: PolicyStateDto | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!state) return null;
  if (state.version === 0 || !state.changedAt) {
    return (
      <p className="policy-view__in-force" data-testid="policy-in-force">
        {t('curriculum.policy.inForceInitial')}
      </p>
    );
  }
  const when = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(state.changedAt));
  return (
    <p className="policy-view__in-force" data-testid="policy-in-force">
      {t('curriculum.policy.inForce', {
        version: state.version,
        name: state.changedBy?.name ?? t('curriculum.policy.someone'),
        when,
      })}
    </p>
  );
}
