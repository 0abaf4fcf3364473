import { useTranslation } from 'react-i18next';
import { Avatar } from './Avatar';
import { type AwarenessLike, type Peer, usePeers } from './usePeers';
import './presence.css';

const MAX_VISIBLE = 5;

function usePeerLabel(): (peer: Peer) => string {
  const { t } = useTranslation();
  return (peer) => {
    const name = peer.isSelf ? t('presence.you', { name: peer.name }) : peer.name;
    return peer.side === null ? name : `${name} · ${t(`sides.${peer.side}`)}`;
  };
}

/** Avatars of everyone currently in the document, from Yjs awareness. */
export function PresenceList({ awareness }: { awareness: AwarenessLike }) {
  const { t } = useTranslation();
  const peers = usePeers(awareness);
  const labelOf = usePeerLabel();
  const visible = peers.slice(0, MAX_VISIBLE);
  const hidden = peers.length - visible.length;
  return (
    <ul className="presence-list" aria-label={t('presence.label')} data-testid="presence-list">
      {visible.map((peer) => (
        <li
          key={peer.clientId}
          className={`presence-list__item presence-list__item--${peer.side ?? 'unknown'}`}
          data-peer-name={peer.name}
        >
          <Avatar name={peer.name} color={peer.color} label={labelOf(peer)} />
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
