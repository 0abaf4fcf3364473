import type { RuleResult } from '@tandem/domain';
import { useTranslation } from 'react-i18next';
import { ProblemsPanel } from '../checks/ProblemsPanel';
import { RulePanel } from '../checks/RulePanel';
import { SummaryPanel } from '../checks/SummaryPanel';
import type { PlanChecks } from '../checks/usePlanChecks';
import { type Jump, jumpForProblem } from '../model/jumpTargets';
import type { MapModel } from '../model/readMapModel';

interface MapSidePanelProps {
  model: MapModel;
  checks: PlanChecks;
  programNames: ReadonlyMap<string, string>;
  onRule(result: RuleResult): void;
  onJump(jump: Jump): void;
}

/** Right-hand panel: the plan's numbers, the rule checks, and problems found in the document. */
export function MapSidePanel({ model, checks, programNames, onRule, onJump }: MapSidePanelProps) {
  const { t } = useTranslation();
  const { snapshot, policy } = model;
  const problems = [
    ...snapshot.problems.map((p) => {
      const target = jumpForProblem(p.path);
      return {
        path: p.path,
        message: p.message,
        ...(target ? { onJump: () => onJump(target) } : {}),
      };
    }),
    ...policy.problems.map((p) => ({ path: ['policy', p.path], message: p.message })),
  ];
  const scope = checks.rollups.programId;
  return (
    <aside className="map-side" aria-label={t('curriculum.side.label')}>
      <ProblemsPanel problems={problems} />
      <h2 className="map-side__title">
        {scope === null
          ? t('curriculum.summary.groupTitle')
          : t('curriculum.summary.programTitle', { name: programNames.get(scope) ?? scope })}
      </h2>
      <p className="map-side__profile">
        {t('curriculum.summary.profile', { id: policy.profile.id })}
      </p>
      <SummaryPanel
        snapshot={snapshot}
        rollups={checks.rollups}
        profile={policy.profile}
        results={checks.results}
        judged={scope !== null || snapshot.programs.length === 0}
      />
      <RulePanel
        results={checks.results}
        programNames={scope === null ? programNames : undefined}
        onJump={onRule}
        checkMs={model.readMs + checks.checkMs}
      />
    </aside>
  );
}
