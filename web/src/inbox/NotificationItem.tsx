import { type NotificationDto, notificationPath } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n';
import { Avatar, colorForName } from '../presence';
import { formatNotificationTime, formatScheduled } from './formatNotificationTime';

/** Who did what, where, when: one row of the inbox, a link to the place it is about. */
export function NotificationItem({
  notification: n,
  onOpen,
}: {
  notification: NotificationDto;
  onOpen: (n: NotificationDto) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = n.actor?.name ?? t('inbox.someone');
  const what = t(`inbox.kinds.${n.kind}`, {
    name,
    version: n.payload.versionLabel ?? t('inbox.aVersion'),
  });
  const where =
    n.kind === 'action-assigned' && n.payload.itemTitle
      ? t('inbox.whereItem', { title: n.payload.title, item: n.payload.itemTitle })
      : n.payload.title;
  const scheduled =
    n.kind === 'session-invited' && n.payload.scheduledFor !== undefined
      ? t('inbox.scheduledFor', { time: formatScheduled(n.payload.scheduledFor, language) })
      : null;
  const unread = n.readAt === null;
  return (
    <li className={`inbox-item${unread ? ' inbox-item--unread' : ''}`}>
      <Link
        to={notificationPath(n)}
        className="inbox-item__link"
        data-testid="inbox-item"
        data-kind={n.kind}
        onClick={() => onOpen(n)}
      >
        <Avatar name={name} color={colorForName(name)} size="small" decorative />
        <span className="inbox-item__text">
          <span className="inbox-item__what">{what}</span>
          <span className="inbox-item__where">{where}</span>
          {n.payload.excerpt && <span className="inbox-item__excerpt">{n.payload.excerpt}</span>}
          <span className="inbox-item__meta">
            <time dateTime={n.createdAt}>{formatNotificationTime(n.createdAt, language)}</time>
            {scheduled && <span>{scheduled}</span>}
            {n.doneAt && <span className="inbox-item__done">{t(`inbox.done.${n.kind}`)}</span>}
          </span>
        </span>
        {unread && (
          <span className="inbox-item__dot" role="img" aria-label={t('inbox.unreadMark')} />
        )}
      </Link>
    </li>
  );
}
