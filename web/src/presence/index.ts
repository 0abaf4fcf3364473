export { Avatar } from './Avatar';
export { CALM_PALETTE, colorForName, initialsForName } from './identity';
export { PresenceList } from './PresenceList';
export { type AwarenessLike, type Peer, type PeerSide, usePeers } from './usePeers';
