import type { InboxMessages } from './inbox.en';

/** 通知（页眉的铃铛）与文档签批状态的简体中文文案；类型与英文版一致。 */
export const inboxZhCN: InboxMessages = {
  bell: '通知',
  bellUnread_one: '通知，{{count}} 条未读',
  bellUnread_other: '通知，{{count}} 条未读',
  title: '通知',
  markAllRead: '全部标为已读',
  loading: '正在加载通知…',
  loadError: '通知加载失败。',
  empty: '暂无通知。有人提到您、请您签批、邀请您参加会议或给您分配待办时，会显示在这里。',
  more: '查看更早的通知',
  unreadMark: '未读',
  someone: '有人',
  aVersion: '一个版本',
  kinds: {
    mention: '{{name}} 在评论中提到了您',
    'signoff-requested': '{{name}} 已签批「{{version}}」，等待您签批',
    'session-invited': '{{name}} 邀请您参加委员会会议',
    'action-assigned': '{{name}} 给您分配了一项待办',
  },
  done: {
    mention: '已处理',
    'signoff-requested': '您已签批',
    'session-invited': '已处理',
    'action-assigned': '已处理',
  },
  whereItem: '{{title}} · {{item}}',
  scheduledFor: '计划于 {{time}}',
  status: {
    label: '状态',
    draft: '草稿',
    'awaiting-signoff': '待签批',
    awaitingYou: '待您签批',
    adopted: '已通过',
    'changed-since-adoption': '通过后有改动',
  },
  awaitingYouTitle_one: '{{count}} 份文档待您签批',
  awaitingYouTitle_other: '{{count}} 份文档待您签批',
};
