/**
 * English messages for comment threads and live attribution in documents.
 * Mounted as `comments` in en.ts; the zh-CN file is typed against this one.
 */
export const commentsEn = {
  toggle: 'Comments',
  toggleCount: 'Comments, {{count}} open',
  panelTitle: 'Comments',
  close: 'Close comments',
  empty: 'No comments yet. Select text and choose Comment to start a discussion.',
  emptyStructured: 'No comments yet. Use Comment in a course’s row menu to start one.',
  noneOpen: 'No open comments.',
  none: 'No comments yet.',
  readOnly: 'You can read comments; your role cannot add them.',
  loadError: 'Comments could not be loaded. Retrying…',
  add: 'Comment',
  addHint: 'Comment on the selected text (Ctrl+Alt+M)',
  rowAction: 'Comment',
  newThread: 'New comment',
  placeholder: 'Comment, or @ to mention someone',
  replyPlaceholder: 'Reply, or @ to mention someone',
  submit: 'Comment',
  reply: 'Reply',
  cancel: 'Cancel',
  resolve: 'Resolve',
  reopen: 'Reopen',
  resolved: 'Resolved ({{count}})',
  resolvedBy: '{{name}} marked this resolved',
  reopenedBy: '{{name}} reopened this',
  replies_one: '{{count}} reply',
  replies_other: '{{count}} replies',
  detached: 'The commented text was deleted; the thread is kept.',
  wholeDocument: 'Whole document',
  sending: 'Sending…',
  sendError: 'Could not send: {{message}}',
  mentionList: 'People to mention',
  marker: 'Commented',
  threadLabel: 'Comment by {{name}}',
  you: 'you',
  authors: {
    toggle: 'Show authors',
    title: 'Authorship',
    hint: 'Current text highlighted by the side that wrote it.',
    sides: {
      school: 'School',
      enterprise: 'Enterprise',
      unknown: 'Unknown',
    },
    share: '{{side}}-authored {{percent}}%',
    showSide: 'Show {{side}} text',
    noText: 'No text yet.',
    loading: 'Reading who wrote what…',
    section: {
      root: 'Document',
    },
  },
};

export type CommentsMessages = typeof commentsEn;
