import { useTranslation } from 'react-i18next';
import type { ConnectionKind, SaveState, SyncStatus } from './syncStatus';

const CONNECTION_MESSAGE = {
  connecting: 'connection.connecting',
  connected: 'connection.connected',
  reconnecting: 'connection.reconnecting',
  offline: 'connection.offline',
  'store-unavailable': 'connection.storeUnavailable',
  rejected: 'connection.rejected',
  'too-large': 'connection.tooLarge',
  'too-many': 'connection.tooMany',
  'identity-conflict': 'connection.identityConflict',
  failed: 'connection.failed',
  'not-found': 'connection.reconnecting',
  unauthorized: 'connection.reconnecting',
} as const satisfies Record<ConnectionKind, string>;

const SAVE_MESSAGE = {
  saved: 'connection.saved',
  saving: 'connection.saving',
  'saved-locally': 'connection.savedLocally',
} as const satisfies Record<Exclude<SaveState, null>, string>;

function tone(connection: ConnectionKind): 'ok' | 'busy' | 'warn' {
  if (connection === 'connected') return 'ok';
  if (connection === 'connecting' || connection === 'reconnecting') return 'busy';
  return 'warn';
}

/**
 * Always-visible connection and save state. A polite live region, so screen reader users hear
 * "Offline — changes are kept on this device" the moment it happens, without losing focus.
 */
export function ConnectionIndicator({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const { connection, save } = status;
  const keptLocally = connection === 'reconnecting' && save === 'saved-locally';
  return (
    <div
      className={`connection connection--${tone(connection)}`}
      role="status"
      aria-live="polite"
      aria-label={t('connection.label')}
      data-connection={connection}
      data-save={save ?? 'unknown'}
      title={keptLocally ? t('connection.keptLocally') : undefined}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text">{t(CONNECTION_MESSAGE[connection])}</span>
      {save !== null && connection === 'connected' && (
        <span className="connection__save">{t(SAVE_MESSAGE[save])}</span>
      )}
      {keptLocally && <span className="connection__save">{t(SAVE_MESSAGE[save])}</span>}
    </div>
  );
}
