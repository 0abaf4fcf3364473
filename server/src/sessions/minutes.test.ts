import { OUTCOMES, type SessionState } from '@tandem/protocol';
import { describe, expect, it } from 'vitest';
import { sessionsEn } from '../../../web/src/i18n/sessions.en';
import { sessionsZhCN } from '../../../web/src/i18n/sessions.zhCN';
import { minutesBlocks } from './minutes';

const state: SessionState = {
  id: 's1',
  workspaceId: 'w1',
  title: 'Spring committee',
  status: 'live',
  scheduledFor: null,
  chairId: 'u-wang',
  presenterId: 'u-wang',
  votingMembers: [
    { userId: 'u-wang', name: '王晓梅', side: 'school' },
    { userId: 'u-chen', name: '陈建国', side: 'enterprise' },
  ],
  agenda: [
    {
      id: 'i1',
      title: 'Store operations standard',
      outcome: 'approved-with-actions',
      actions: [{ text: 'Book the lab', ownerId: 'u-chen' }],
    },
    { id: 'i2', title: 'Live-stream standard', actions: [] },
  ],
  attendance: [
    { userId: 'u-wang', name: '王晓梅', side: 'school', role: 'owner', joinedAt: 0 },
    { userId: 'u-chen', name: '陈建国', side: 'enterprise', role: 'leader', joinedAt: 0 },
  ],
  follow: null,
  followers: 0,
  revision: 0,
  motions: [
    {
      id: 'm1',
      itemId: 'i1',
      text: 'Adopt it',
      proposerId: 'u-wang',
      votes: [],
      tally: { for: 2, against: 0, abstain: 0 },
      quorum: { quorum: true, voted: 2, required: 2, bySide: { school: 1, enterprise: 1 } },
    },
  ],
  startedAt: Date.UTC(2026, 10, 29, 1, 0),
  endedAt: Date.UTC(2026, 10, 29, 2, 30),
  minutesDocumentId: null,
};

const text = (blocks: ReturnType<typeof minutesBlocks>) =>
  blocks
    .map((b) => (b.kind === 'list' ? b.items.join('\n') : 'text' in b ? b.text : ''))
    .join('\n');

describe('minutes', () => {
  it('[S6] are written in English by default, times in UTC, outcomes in words', () => {
    const minutes = text(minutesBlocks(state, []));
    expect(minutes).toContain('Minutes: Spring committee');
    expect(minutes).toContain('Held Nov 29, 2026, 01:00 AM (UTC) to Nov 29, 2026, 02:30 AM (UTC).');
    expect(minutes).toContain('School (1): 王晓梅');
    expect(minutes).toContain('Outcome: approved with actions');
    expect(minutes).toContain('Outcome: not decided');
    expect(minutes).toContain(
      'Motion “Adopt it”: 2 for, 0 against, 0 abstaining; 2 of 2 required votes (school 1, enterprise 1); quorum reached.',
    );
    expect(minutes).toContain('No document was edited.');
    expect(minutes).toContain('Book the lab — owner: 陈建国 (Store operations standard)');
  });

  it('[S6] follow the chair’s language and time zone', () => {
    const minutes = text(
      minutesBlocks(
        state,
        [
          {
            documentId: 'd1',
            title: '直播电商课程标准',
            edits: 3,
            editorIds: ['u-wang', 'u-chen'],
          },
        ],
        { language: 'zh-CN', timeZone: 'Asia/Shanghai' },
      ),
    );
    expect(minutes).toContain('会议纪要：Spring committee');
    expect(minutes).toMatch(
      /会议时间：2026年11月29日 09:00（GMT\+8） 至 2026年11月29日 10:30（GMT\+8）。/,
    );
    expect(minutes).toContain('直播电商课程标准：王晓梅、陈建国 修改 3 次');
    expect(minutes).toContain('结果：未决');
  });

  it('name each outcome with the word the session room shows', () => {
    const room = { en: sessionsEn.outcome, 'zh-CN': sessionsZhCN.outcome } as const;
    for (const language of ['en', 'zh-CN'] as const) {
      for (const outcome of OUTCOMES) {
        const decided = { ...state, agenda: [{ id: 'i1', title: 'Item', outcome, actions: [] }] };
        const minutes = text(minutesBlocks(decided, [], { language, timeZone: 'UTC' }));
        expect(minutes.toLowerCase()).toContain(room[language][outcome].toLowerCase());
      }
    }
    expect(sessionsZhCN.outcome.tabled).toBe('暂缓');
  });
});
