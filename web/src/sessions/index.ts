export { LiveSessionsCallout } from './LiveSessionsCallout';
export { SessionBar } from './SessionBar';
export { SessionLinkPage } from './SessionLinkPage';
export { SessionProvider, useSessionClient, useSessionsView } from './SessionProvider';
export { SessionRoomPage } from './SessionRoomPage';
export { SessionsPage } from './SessionsPage';
export { sessionPath } from './sessionPaths';
