import './inbox.css';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useInboxStore, useInboxView } from './InboxContext';
import { NotificationItem } from './NotificationItem';

function BellIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M6 10a6 6 0 1 1 12 0c0 4 1.5 5.5 2.5 6.5H3.5C4.5 15.5 6 14 6 10Z M10 19.5a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * The header's bell: the unread count, live; a panel of notifications, newest first. Opening a
 * notification marks it read and goes where it points. Escape closes and returns to the bell;
 * the arrow keys move between notifications.
 */
export function InboxBell() {
  const { t } = useTranslation();
  const store = useInboxStore();
  const view = useInboxView();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    void pathname;
    setOpen(false);
  }, [pathname]);

  useEffect(() => {
    if (!open) return;
    void store?.load();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && ref.current?.contains(event.target)) return;
      setOpen(false);
    };
    // On the document: focus may be anywhere (or nowhere) when Escape is pressed.
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      bell.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open, store]);

  if (!store) return null;
  const { unread, notifications } = view;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(ref.current?.querySelectorAll<HTMLElement>('.inbox-item__link') ?? [])];
    if (links.length === 0) return;
    event.preventDefault();
    const at = links.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next =
      at < 0 ? (step > 0 ? 0 : links.length - 1) : (at + step + links.length) % links.length;
    links[next]?.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys bubble up from the bell and the links inside.
    <div className="inbox" ref={ref} onKeyDown={onKeyDown}>
      <button
        ref={bell}
        type="button"
        className="inbox-bell"
        data-testid="inbox-bell"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? t('inbox.bellUnread', { count: unread }) : t('inbox.bell')}
        onClick={() => setOpen((value) => !value)}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="inbox-bell__count" data-testid="inbox-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <section
          id={panelId}
          className="inbox-panel"
          data-testid="inbox-panel"
          aria-label={t('inbox.title')}
        >
          <header className="inbox-panel__header">
            <h2 className="inbox-panel__title">{t('inbox.title')}</h2>
            <button
              type="button"
              className="button button--quiet button--small"
              // Not `disabled`: a focused button that disables itself drops focus to the page.
              aria-disabled={unread === 0}
              onClick={() => unread > 0 && store.markAllRead()}
            >
              {t('inbox.markAllRead')}
            </button>
          </header>
          {notifications === null ? (
            <p className="inbox-panel__state" role="status">
              {view.failed ? t('inbox.loadError') : t('inbox.loading')}
            </p>
          ) : notifications.length === 0 ? (
            <p className="inbox-panel__state">{t('inbox.empty')}</p>
          ) : (
            <ul className="inbox-panel__list" aria-label={t('inbox.title')}>
              {notifications.map((n) => (
                <NotificationItem
                  key={n.id}
                  notification={n}
                  onOpen={(opened) => {
                    store.markRead(opened.id);
                    setOpen(false);
                  }}
                />
              ))}
            </ul>
          )}
          {view.nextBefore && notifications && (
            <button
              type="button"
              className="button button--quiet inbox-panel__more"
              disabled={view.loading}
              onClick={() => void store.loadMore()}
            >
              {t('inbox.more')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
