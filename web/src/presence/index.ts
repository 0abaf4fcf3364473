export { Avatar } from './Avatar';
export { DisplayNameDialog } from './DisplayNameDialog';
export { IdentityButton } from './IdentityButton';
export { CALM_PALETTE, colorForName, generateFriendlyName, initialsForName } from './identity';
export { PresenceList } from './PresenceList';
export { type DisplayName, useDisplayName } from './useDisplayName';
export { type AwarenessLike, type Peer, usePeers } from './usePeers';
