import type { SessionState } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';

export function SessionStatusPill({ status }: { status: SessionState['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`session-pill session-pill--${status}`} data-session-status={status}>
      {status === 'live' && <span className="session-pill__dot" aria-hidden="true" />}
      {t(`sessions.status.${status}`)}
    </span>
  );
}
