export { createSessions, type SessionsDeps } from './createSessions';
export { editsDuring, minutesBlocks, type SessionEdit } from './minutes';
export { type SessionDeps, SessionService } from './SessionService';
export { sessionHandlers } from './sessionHandlers';
