/**
 * English messages for workspace presence (who is where, over socket.io). Mounted as `people` in
 * en.ts (`presence` holds the in-document avatar strip); the zh-CN file is typed against this.
 */
export const presenceEn = {
  title: 'In the workspace now',
  count_one: '{{count}} person',
  count_other: '{{count}} people',
  listLabel: 'People in the workspace',
  byPlace: 'People by place',
  viewing_one: '{{count}} viewing {{place}}',
  viewing_other: '{{count}} viewing {{place}}',
  bySide: 'School {{school}} · Enterprise {{enterprise}}',
  more_one: 'and {{count}} more',
  more_other: 'and {{count}} more',
  browsing: 'Browsing the workspace',
  inSession: 'In the committee session',
  overview: 'the workspace pages',
  aDocument: 'a document',
  aCell: 'a cell',
  topOfDocument: 'Top of the document',
  sectionLabel: '§{{number}} {{title}}',
  here_one: '{{count}} here',
  here_other: '{{count}} here',
  inDocument: 'Who is in this document',
  degraded: 'Presence limited to this server while Redis is unavailable',
  status: {
    active: 'Active',
    idle: 'Idle',
    away: 'Away',
  },
};

export type PresenceMessages = typeof presenceEn;
