import type { PresenceMessages } from './presence.en';

/** 工作区在线状态（谁在哪里）的简体中文文案；类型与英文版一致。 */
export const presenceZhCN: PresenceMessages = {
  title: '当前在工作区的人',
  count_one: '{{count}} 人',
  count_other: '{{count}} 人',
  listLabel: '工作区中的人',
  byPlace: '按位置统计',
  viewing_one: '{{count}} 人正在查看 {{place}}',
  viewing_other: '{{count}} 人正在查看 {{place}}',
  bySide: '学校 {{school}} · 企业 {{enterprise}}',
  more_one: '另有 {{count}} 人',
  more_other: '另有 {{count}} 人',
  browsing: '正在浏览工作区',
  inSession: '在委员会会议中',
  overview: '工作区页面',
  aDocument: '某个文档',
  aCell: '某个单元格',
  topOfDocument: '文档开头',
  sectionLabel: '§{{number}} {{title}}',
  here_one: '{{count}} 人在此',
  here_other: '{{count}} 人在此',
  inDocument: '谁在这个文档中',
  degraded: 'Redis 不可用，在线状态暂时仅显示本服务器上的人',
  status: {
    active: '在线',
    idle: '空闲',
    away: '离开',
  },
};
