import type { InvitationPreview } from '@tandem/protocol';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeApiError, previewInvitation } from '../api';
import { useLanguage } from '../i18n';
import { formatDateTime, RoleBadge, SideBadge } from '../workspace';
import { AcceptInvitationForm, type Dead, deadReason } from './AcceptInvitationForm';
import { useApiResource } from './useApiResource';
import { usePageTitle } from './usePageTitle';

/** A link that cannot be used: say why, and what to do instead. */
function DeadInvitation({ reason }: { reason: Dead }) {
  const { t } = useTranslation();
  return (
    <section className="message-page" data-testid={`invite-${reason}`} role="alert">
      <h1 className="message-page__title">{t(`workspace.acceptInvite.${reason}Title`)}</h1>
      <p className="message-page__body">{t(`workspace.acceptInvite.${reason}Body`)}</p>
      <Link to="/login" className="button">
        {t('workspace.acceptInvite.home')}
      </Link>
    </section>
  );
}

function InvitationFacts({ preview }: { preview: InvitationPreview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className="invite-facts">
      <dt>{t('workspace.acceptInvite.role')}</dt>
      <dd>
        <RoleBadge role={preview.role} />
        <span className="invite-facts__hint">{t(`workspace.roleHints.${preview.role}`)}</span>
      </dd>
      <dt>{t('workspace.acceptInvite.organisation')}</dt>
      <dd>
        {preview.organisation.name} <SideBadge side={preview.organisation.side} />
      </dd>
      <dt>{t('workspace.acceptInvite.email')}</dt>
      <dd>{preview.email}</dd>
      <dt>{t('workspace.acceptInvite.expires')}</dt>
      <dd>
        <time dateTime={preview.expiresAt}>{formatDateTime(preview.expiresAt, language)}</time>
      </dd>
    </dl>
  );
}

function AcceptInvitation({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useTranslation();
  const id = useId();
  const [dead, setDead] = useState<Dead | null>(null);
  if (dead) return <DeadInvitation reason={dead} />;
  return (
    <section className="login invite-page" aria-labelledby={`${id}-title`}>
      <div className="card login__card invite-page__card" data-testid="invite-card">
        <p className="invite-page__eyebrow">{t('workspace.acceptInvite.intro')}</p>
        <h1 id={`${id}-title`} className="login__title">
          {t('workspace.acceptInvite.title', { workspace: preview.workspaceName })}
        </h1>
        <InvitationFacts preview={preview} />
        <AcceptInvitationForm token={token} preview={preview} onDead={setDead} />
      </div>
    </section>
  );
}

/** `/invite/:token` (public): what the invitation offers, then create the account (or sign in) and join. */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  usePageTitle(t('workspace.acceptInvite.pageTitle'));
  const load = useCallback((signal: AbortSignal) => previewInvitation(token, signal), [token]);
  const [preview, retry] = useApiResource(load);
  if (preview.state === 'loading') {
    return (
      <div className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('workspace.acceptInvite.loading')}
      </div>
    );
  }
  if (preview.state === 'error') {
    const dead = deadReason(preview.error);
    if (dead) return <DeadInvitation reason={dead} />;
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{t('workspace.acceptInvite.loadError')}</p>
        <p className="state__body">{describeApiError(t, preview.error)}</p>
        <button type="button" className="button" onClick={retry}>
          {t('workspace.acceptInvite.retry')}
        </button>
      </div>
    );
  }
  return <AcceptInvitation key={token} token={token} preview={preview.data} />;
}
