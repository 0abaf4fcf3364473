import { can } from '@tandem/domain';
import type { WorkspaceSummary } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth';
import { RoleBadge } from './Badges';
import { LeadersPairChip } from './PairChip';
import { auditPath, membersPath, sessionsPath } from './WorkspaceFrame';
import './workspace.css';

function WorkspaceBanner({ workspace }: { workspace: WorkspaceSummary }) {
  const { t } = useTranslation();
  return (
    <div className="workspace-banner" data-testid="workspace-banner">
      <div className="workspace-banner__main">
        <span className="workspace-banner__name">{workspace.name}</span>
        <span className="workspace-banner__role">
          <span className="visually-hidden">{t('workspace.nav.yourRoleLabel')}</span>
          <RoleBadge role={workspace.role} />
        </span>
        <LeadersPairChip workspaceId={workspace.id} />
      </div>
      <nav className="workspace-banner__links" aria-label={workspace.name}>
        <Link to={membersPath(workspace.id)} className="button button--small">
          {t('workspace.nav.members')}
        </Link>
        <Link to={sessionsPath(workspace.id)} className="button button--small">
          {t('sessions.nav')}
        </Link>
        {can(workspace.role, 'audit:read') && (
          <Link to={auditPath(workspace.id)} className="button button--quiet button--small">
            {t('workspace.nav.audit')}
          </Link>
        )}
      </nav>
    </div>
  );
}

/** The home page's workspace heading: name, your role, the dual leaders, and where to manage it. */
export function WorkspaceOverview() {
  const { state } = useAuth();
  if (state.status !== 'signed-in') return null;
  return (
    <div className="workspace-overview">
      {state.workspaces.map((workspace) => (
        <WorkspaceBanner key={workspace.id} workspace={workspace} />
      ))}
    </div>
  );
}

/** In the account menu: each workspace with your role, and links to its members and audit log. */
export function WorkspaceMenuLinks() {
  const { t } = useTranslation();
  const { state } = useAuth();
  if (state.status !== 'signed-in' || state.workspaces.length === 0) return null;
  return (
    <div className="account-menu__workspaces">
      {state.workspaces.map((workspace) => (
        <div key={workspace.id} className="account-menu__workspace" data-testid="menu-workspace">
          <p className="account-menu__workspace-name">{workspace.name}</p>
          <p className="account-menu__detail" data-testid="menu-role" data-role={workspace.role}>
            {t('workspace.nav.yourRole', { role: t(`workspace.roles.${workspace.role}`) })}
          </p>
          <div className="account-menu__links">
            <Link to={membersPath(workspace.id)}>{t('workspace.nav.members')}</Link>
            <Link to={sessionsPath(workspace.id)}>{t('sessions.nav')}</Link>
            {can(workspace.role, 'audit:read') && (
              <Link to={auditPath(workspace.id)}>{t('workspace.nav.audit')}</Link>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
