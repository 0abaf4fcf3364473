import type { DualPairDto } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDetail } from './useWorkspaceDetail';
import './workspace.css';

/** "双带头人 王晓梅 · 陈建国": a pair at a glance, each name in its side's colour. */
export function PairChip({ pair }: { pair: DualPairDto }) {
  const { t } = useTranslation();
  const kind = t(`workspace.pairShort.${pair.kind}`);
  const label = t('workspace.pairChip.label', {
    kind: t(`workspace.pairKinds.${pair.kind}`),
    school: pair.school.name,
    enterprise: pair.enterprise.name,
  });
  return (
    <span className="pair-chip" title={label} data-testid={`pair-chip-${pair.kind}`}>
      <span className="visually-hidden">{label}</span>
      <span className="pair-chip__kind" aria-hidden="true">
        {kind}
      </span>
      <span className="pair-chip__name pair-chip__name--school" aria-hidden="true">
        {pair.school.name}
      </span>
      <span className="pair-chip__dot" aria-hidden="true">
        ·
      </span>
      <span className="pair-chip__name pair-chip__name--enterprise" aria-hidden="true">
        {pair.enterprise.name}
      </span>
    </span>
  );
}

/**
 * The workspace's dual professional leaders: the pair that owns its documents. Shown in document
 * headers and on the home page; nothing while loading or when no pair is set.
 */
export function LeadersPairChip({ workspaceId }: { workspaceId: string }) {
  const [entry] = useWorkspaceDetail(workspaceId);
  if (entry.status !== 'ready') return null;
  const pair =
    entry.detail.pairs.find((p) => p.kind === 'leaders' && p.scope === 'group') ??
    entry.detail.pairs.find((p) => p.kind === 'leaders');
  return pair ? <PairChip pair={pair} /> : null;
}
