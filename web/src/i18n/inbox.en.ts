/**
 * English messages for the inbox (the header's bell) and documents' sign-off status.
 * Mounted as `inbox` in en.ts; the zh-CN file is typed against this one.
 */
export const inboxEn = {
  bell: 'Notifications',
  bellUnread_one: 'Notifications, {{count}} unread',
  bellUnread_other: 'Notifications, {{count}} unread',
  title: 'Notifications',
  markAllRead: 'Mark all read',
  loading: 'Loading notifications…',
  loadError: 'Notifications could not be loaded.',
  empty:
    'Nothing here yet. Mentions, sign-off requests, session invitations and actions given to you appear here.',
  more: 'Show older',
  unreadMark: 'Unread',
  someone: 'Someone',
  aVersion: 'a version',
  kinds: {
    mention: '{{name}} mentioned you',
    'signoff-requested': '{{name}} approved “{{version}}” and awaits your sign-off',
    'session-invited': '{{name}} invited you to a committee session',
    'action-assigned': '{{name}} gave you an action',
  },
  done: {
    mention: 'Done',
    'signoff-requested': 'You signed',
    'session-invited': 'Done',
    'action-assigned': 'Done',
  },
  whereItem: '{{title}} · {{item}}',
  scheduledFor: 'Planned for {{time}}',
  status: {
    label: 'Status',
    draft: 'Draft',
    'awaiting-signoff': 'Awaiting sign-off',
    awaitingYou: 'Awaiting your sign-off',
    adopted: 'Adopted',
    'changed-since-adoption': 'Changed since adoption',
  },
  awaitingYouTitle_one: '{{count}} document awaits your sign-off',
  awaitingYouTitle_other: '{{count}} documents await your sign-off',
};

export type InboxMessages = typeof inboxEn;
