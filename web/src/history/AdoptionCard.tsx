import type { HistoryDto } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../workspace';
import { versionTitle } from './historyModel';
import { CURRENT } from './Timeline';
import { VerifyChain } from './VerifyChain';

/** Where the document stands on R14: adopted or not, and whether it changed since (H10). */
export function AdoptionCard({
  documentId,
  history,
  onCompare,
}: {
  documentId: string;
  history: HistoryDto;
  onCompare: (from: string, to: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const adoption = history.adoption;
  const adopted = adoption ? history.versions.find((v) => v.id === adoption.versionId) : undefined;
  return (
    <section
      className="adoption"
      data-testid="adoption"
      data-changed={adoption?.changedSince ?? false}
    >
      {adoption && adopted ? (
        <>
          <p className="adoption__line">
            <span className="history-chip history-chip--ok">{t('history.adoption.adopted')}</span>
            <span className="adoption__version">{versionTitle(t, adopted)}</span>
          </p>
          <p className="adoption__when">
            {t('history.adoption.adoptedAt', {
              time: formatDateTime(adoption.adoptedAt, i18n.language),
            })}
          </p>
          {adoption.changedSince ? (
            <p className="adoption__changed" data-testid="changed-since-adoption">
              <span className="history-chip history-chip--warn">
                {t('history.adoption.changedSince')}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => onCompare(adoption.versionId, CURRENT)}
              >
                {t('history.adoption.showChanges')}
              </button>
            </p>
          ) : (
            <p className="adoption__unchanged">{t('history.adoption.unchanged')}</p>
          )}
        </>
      ) : (
        <p className="adoption__line" title={t('history.adoption.noneHint')}>
          <span className="history-chip">{t('history.adoption.none')}</span>
          <span className="adoption__hint">{t('history.adoption.noneHint')}</span>
        </p>
      )}
      <VerifyChain documentId={documentId} />
    </section>
  );
}
