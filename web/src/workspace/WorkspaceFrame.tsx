import { can } from '@tandem/domain';
import type { WorkspaceDetail } from '@tandem/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { describeApiError } from '../api';
import { RoleBadge } from './Badges';
import { LeadersPairChip } from './PairChip';
import { useWorkspaceDetail } from './useWorkspaceDetail';
import './workspace.css';

export function membersPath(workspaceId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/members`;
}

export function auditPath(workspaceId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/audit`;
}

export function sessionsPath(workspaceId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/sessions`;
}

/** A centred message instead of the page: no access, not found. */
export function WorkspaceMessage({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <section className="message-page" role="alert" data-testid="workspace-message">
      <h1 className="message-page__title">{title}</h1>
      <p className="message-page__body">{body}</p>
      <Link to="/" className="button button--primary">
        {t('workspace.frame.home')}
      </Link>
    </section>
  );
}

function WorkspaceTabs({ detail }: { detail: WorkspaceDetail }) {
  const { t } = useTranslation();
  return (
    <nav className="workspace-tabs" aria-label={detail.name}>
      <NavLink to={membersPath(detail.id)} className="workspace-tabs__tab">
        {t('workspace.nav.members')}
      </NavLink>
      <NavLink to={sessionsPath(detail.id)} className="workspace-tabs__tab">
        {t('sessions.nav')}
      </NavLink>
      {can(detail.role, 'audit:read') && (
        <NavLink to={auditPath(detail.id)} className="workspace-tabs__tab">
          {t('workspace.nav.audit')}
        </NavLink>
      )}
    </nav>
  );
}

interface WorkspaceFrameProps {
  workspaceId: string;
  title: string;
  subtitle: string;
  children: (detail: WorkspaceDetail, refresh: () => Promise<void>) => ReactNode;
}

/**
 * The frame of the workspace pages: where you are (Documents / workspace), your role, the tabs,
 * and the loading, error and "no longer a member" states, so each page only draws its content.
 */
export function WorkspaceFrame({ workspaceId, title, subtitle, children }: WorkspaceFrameProps) {
  const { t } = useTranslation();
  const [entry, refresh] = useWorkspaceDetail(workspaceId);
  if (entry.status === 'loading') {
    return (
      <div className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('workspace.frame.loading')}
      </div>
    );
  }
  if (entry.status === 'error') {
    if (entry.error.status === 404) {
      return (
        <WorkspaceMessage
          title={t('workspace.frame.goneTitle')}
          body={t('workspace.frame.goneBody')}
        />
      );
    }
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{t('workspace.frame.loadError')}</p>
        <p className="state__body">{describeApiError(t, entry.error)}</p>
        <button type="button" className="button" onClick={() => void refresh()}>
          {t('workspace.frame.retry')}
        </button>
      </div>
    );
  }
  const { detail } = entry;
  return (
    <div className="workspace-page">
      <nav className="workspace-page__trail" aria-label={t('workspace.nav.breadcrumb')}>
        <Link to="/">{t('workspace.nav.documents')}</Link>
        <span aria-hidden="true">/</span>
        <span className="workspace-page__workspace">{detail.name}</span>
      </nav>
      <header className="workspace-page__header">
        <div className="workspace-page__heading">
          <h1 className="page-header__title">{title}</h1>
          <p className="page-header__subtitle">{subtitle}</p>
        </div>
        <div className="workspace-page__meta">
          <span className="workspace-page__role" data-testid="my-role">
            {t('workspace.nav.yourRoleLabel')}
            <RoleBadge role={detail.role} />
          </span>
          <LeadersPairChip workspaceId={detail.id} />
        </div>
      </header>
      <WorkspaceTabs detail={detail} />
      {children(detail, refresh)}
    </div>
  );
}
