import { type NotificationDto, notificationPath } from '@tandem/protocol';

/**
 * The mail for a notification: English then Chinese, as the invitation mails are, since the
 * server does not know which language the reader reads Tandem in.
 */
export function notificationMail(
  n: NotificationDto,
  linkBase: string,
): { subject: string; text: string } {
  const who = n.actor?.name ?? 'Someone';
  const whoZh = n.actor?.name ?? '有人';
  const title = n.payload.title;
  const url = `${linkBase.replace(/\/$/, '')}${notificationPath(n)}`;
  const excerpt = n.payload.excerpt ? `\n\n“${n.payload.excerpt}”` : '';
  const [en, zh] = lines(n, who, whoZh, title);
  return {
    subject: `Tandem: ${en}`,
    text: `${en}${excerpt}\n\nOpen: ${url}\n\n${zh}\n打开：${url}\n`,
  };
}

function lines(n: NotificationDto, who: string, whoZh: string, title: string): [string, string] {
  switch (n.kind) {
    case 'mention':
      return [`${who} mentioned you in “${title}”`, `${whoZh}在《${title}》的评论中提到了您。`];
    case 'signoff-requested':
      return [
        `${who} approved a version of “${title}” and awaits your sign-off`,
        `${whoZh}已签批《${title}》的一个版本，等待您签批。`,
      ];
    case 'session-invited':
      return [
        `${who} invited you to the committee session “${title}”`,
        `${whoZh}邀请您参加委员会会议「${title}」。`,
      ];
    case 'action-assigned':
      return [
        `${who} assigned you an action in “${title}”`,
        `${whoZh}在会议「${title}」中给您分配了一项待办。`,
      ];
  }
}
