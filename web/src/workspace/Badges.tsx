import type { Role, Side } from '@tandem/domain';
import { useTranslation } from 'react-i18next';

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <span className={`role-badge role-badge--${role}`} data-role={role}>
      {t(`workspace.roles.${role}`)}
    </span>
  );
}

export function SideBadge({ side }: { side: Side }) {
  const { t } = useTranslation();
  return <span className={`side-badge side-badge--${side}`}>{t(`sides.${side}`)}</span>;
}
