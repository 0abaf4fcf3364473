import type { Role, Side } from '@tandem/domain';
import type { PresenceStatus } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';

/**
 * Side and role as the workspace pages show them (same classes), drawn here so presence does
 * not import the workspace module, which imports presence.
 */
export function PersonBadges({ side, role }: { side: Side; role?: Role }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`side-badge side-badge--${side}`} data-side={side}>
        {t(`sides.${side}`)}
      </span>
      {role && (
        <span className={`role-badge role-badge--${role}`} data-role={role}>
          {t(`workspace.roles.${role}`)}
        </span>
      )}
    </>
  );
}

export function StatusDot({ status }: { status: PresenceStatus }) {
  const { t } = useTranslation();
  const label = t(`people.status.${status}`);
  return (
    <span
      className={`status-dot status-dot--${status}`}
      role="img"
      aria-label={label}
      title={label}
      data-status={status}
    />
  );
}
