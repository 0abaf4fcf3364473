// The inbox: the header's bell and what awaits the signed-in person (issue 11).

export { DocumentStatusChip } from './DocumentStatusChip';
export { InboxBell } from './InboxBell';
export { InboxProvider, useInboxChanges, useInboxView } from './InboxContext';
