import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface NoticeMessage {
  kind: 'ok' | 'error';
  text: string;
}

/** The outcome of the last action; successes fade after a few seconds, errors stay until closed. */
export function useNotice(): [NoticeMessage | null, (notice: NoticeMessage | null) => void] {
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  useEffect(() => {
    if (notice?.kind !== 'ok') return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, useCallback((next: NoticeMessage | null) => setNotice(next), [])];
}

export function Notice({ notice, onClose }: { notice: NoticeMessage | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice-region" aria-live="polite">
      {notice && (
        <div
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <p className="notice__text">{notice.text}</p>
          <button
            type="button"
            className="notice__close"
            aria-label={t('workspace.notice.close')}
            onClick={onClose}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
