import { useTranslation } from 'react-i18next';
import { Avatar } from './Avatar';
import { type AwarenessLike, usePeers } from './usePeers';
import './presence.css';

const MAX_VISIBLE = 5;

/** Avatars of everyone currently in the document, from Yjs awareness. */
export function PresenceList({ awareness }: { awareness: AwarenessLike }) {
  const { t } = useTranslation();
  const peers = usePeers(awareness);
  const visible = peers.slice(0, MAX_VISIBLE);
  const hidden = peers.length - visible.length;
  return (
    <ul className="presence-list" aria-label={t('presence.label')} data-testid="presence-list">
      {visible.map((peer) => (
        <li key={peer.clientId} className="presence-list__item" data-peer-name={peer.name}>
          <Avatar
            name={peer.name}
            color={peer.color}
            label={peer.isSelf ? t('presence.you', { name: peer.name }) : peer.name}
          />
        </li>
      ))}
      {hidden > 0 && (
        <li className="presence-list__item">
          <span
            className="avatar avatar--medium avatar--more"
            role="img"
            aria-label={t('presence.more', { count: hidden })}
          >
            <span aria-hidden="true">+{hidden}</span>
          </span>
        </li>
      )}
    </ul>
  );
}
