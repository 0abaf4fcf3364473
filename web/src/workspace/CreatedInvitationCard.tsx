import type { CreatedInvitation } from '@tandem/protocol';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { RoleBadge } from './Badges';
import { copyText } from './copyText';
import { formatDateTime } from './formatDateTime';

/** The single-use link, shown once: copy it, see when it expires and whether it was emailed. */
export function CreatedInvitationCard({
  invitation,
  onAnother,
}: {
  invitation: CreatedInvitation;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <section className="card invite-created" aria-labelledby={id} data-testid="created-invitation">
      <h2 id={id} className="card__title">
        <span className="invite-created__check" aria-hidden="true">
          ✓
        </span>
        {t('workspace.invite.createdTitle')}
      </h2>
      <p className="card__intro">
        {t('workspace.invite.createdBody', { email: invitation.email })}
      </p>
      <p className="invite-created__who">
        <span className="invite-created__email">{invitation.email}</span>
        <RoleBadge role={invitation.role} />
      </p>
      <label className="field" htmlFor={`${id}-link`}>
        <span className="field__label">{t('workspace.invite.linkLabel')}</span>
        <span className="copy-field">
          <input
            id={`${id}-link`}
            ref={input}
            className="input copy-field__input"
            value={invitation.url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className="button button--primary"
            onClick={async () =>
              setCopy((await copyText(invitation.url, input.current)) ? 'copied' : 'failed')
            }
          >
            {copy === 'copied' ? t('workspace.invite.copied') : t('workspace.invite.copy')}
          </button>
        </span>
      </label>
      {copy === 'failed' && (
        <p className="field__error" role="alert">
          {t('workspace.invite.copyFailed')}
        </p>
      )}
      <ul className="invite-created__facts">
        <li>
          {t('workspace.invite.expires', {
            date: formatDateTime(invitation.expiresAt, language),
          })}
        </li>
        <li data-testid="invitation-emailed" data-emailed={invitation.emailed}>
          {invitation.emailed
            ? t('workspace.invite.emailed', { email: invitation.email })
            : t('workspace.invite.notEmailed')}
        </li>
      </ul>
      <button type="button" className="button button--block" onClick={onAnother}>
        {t('workspace.invite.another')}
      </button>
    </section>
  );
}
