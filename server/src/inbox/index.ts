export { type InboxDeps, type InboxEvents, InboxService, type Notifier } from './InboxService';
export { registerInboxRoutes } from './inboxRoutes';
export { notificationMail } from './notificationMail';
