import type { CurriculumMapSnapshot, DomainMessage, MapCollection } from '@tandem/domain';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainMessage } from '../messages/useDomainMessage';
import { EntityGrid } from './EntityGrid';
import type { MapWriter } from './useMapWriter';
import { type OutlineRow, outlineRows, useStructureColumns } from './useStructureColumns';

interface StructureViewProps {
  snapshot: CurriculumMapSnapshot;
  editable: boolean;
  writer: MapWriter;
}

const OUTLINE_COLLECTION = {
  position: 'positions',
  task: 'tasks',
  competency: 'competencies',
} as const satisfies Record<OutlineRow['kind'], Exclude<MapCollection, 'courses'>>;

/**
 * The map's structure: programs, the course-group tree, positions → tasks → competencies,
 * certificates and competitions. New rows start with a placeholder name to type over.
 */
export function StructureView({ snapshot, editable, writer }: StructureViewProps) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const columns = useStructureColumns(snapshot);
  const outline = useMemo(() => outlineRows(snapshot), [snapshot]);
  const [refusal, setRefusal] = useState<DomainMessage | null>(null);
  const added = (result: { ok: true } | { ok: false; message: DomainMessage }) =>
    setRefusal(result.ok ? null : result.message);
  const fresh = t('curriculum.structure.newName');
  const outlineCollection = useCallback((row: OutlineRow) => OUTLINE_COLLECTION[row.kind], []);

  const outlineActions = (row: OutlineRow) => {
    if (row.kind === 'position')
      return [
        {
          id: 'task',
          label: t('curriculum.structure.addTask'),
          disabled: !editable,
          onSelect: () => added(writer.addEntity('tasks', { positionId: row.id, name: fresh })),
        },
      ];
    if (row.kind === 'task') {
      const count = snapshot.competencies.filter((c) => c.taskId === row.id).length;
      const code = `NEW-${count + 1}`;
      return [
        {
          id: 'competency',
          label: t('curriculum.structure.addCompetency'),
          disabled: !editable,
          onSelect: () =>
            added(
              writer.addEntity('competencies', {
                taskId: row.id,
                code,
                name: fresh,
                dimension: 'skill',
              }),
            ),
        },
      ];
    }
    return [];
  };

  return (
    <div className="structure-view" data-testid="structure-view">
      {refusal && (
        <p className="structure-section__error" role="alert">
          {describe(refusal)}
        </p>
      )}
      <EntityGrid
        title={t('curriculum.structure.groups')}
        anchor="structure:groups"
        collectionOf={() => 'groups'}
        rows={snapshot.groups}
        columns={columns.groupColumns}
        editable={editable}
        writer={writer}
        addLabel={t('curriculum.structure.addGroup')}
        onAdd={() => added(writer.addEntity('groups', { name: fresh, kind: 'direction' }))}
      />
      <EntityGrid
        title={t('curriculum.structure.programs')}
        anchor="structure:programs"
        collectionOf={() => 'programs'}
        rows={snapshot.programs}
        columns={columns.programColumns}
        editable={editable}
        writer={writer}
        addLabel={t('curriculum.structure.addProgram')}
        onAdd={() =>
          added(
            writer.addEntity('programs', {
              code: `P${snapshot.programs.length + 1}`,
              name: fresh,
              scaleId: snapshot.scales[0]?.id ?? null,
            }),
          )
        }
        confirmDelete={() => t('curriculum.structure.deleteProgram')}
      />
      <EntityGrid
        title={t('curriculum.structure.positions')}
        anchor="structure:positions"
        collectionOf={outlineCollection}
        rows={outline}
        depthOf={(row) => row.depth}
        columns={columns.outlineColumns}
        editable={editable}
        writer={writer}
        addLabel={t('curriculum.structure.addPosition')}
        onAdd={() => added(writer.addEntity('positions', { name: fresh }))}
        extraActions={outlineActions}
        confirmDelete={(row) =>
          row.kind === 'competency' ? null : t('curriculum.structure.deleteCascade')
        }
      />
      <EntityGrid
        title={t('curriculum.structure.certificates')}
        anchor="structure:certificates"
        collectionOf={() => 'certificates'}
        rows={snapshot.certificates}
        columns={columns.certificateColumns}
        editable={editable}
        writer={writer}
        addLabel={t('curriculum.structure.addCertificate')}
        onAdd={() => added(writer.addEntity('certificates', { name: fresh, kind: '1+X' }))}
      />
      <EntityGrid
        title={t('curriculum.structure.competitions')}
        anchor="structure:competitions"
        collectionOf={() => 'competitions'}
        rows={snapshot.competitions}
        columns={columns.competitionColumns}
        editable={editable}
        writer={writer}
        addLabel={t('curriculum.structure.addCompetition')}
        onAdd={() => added(writer.addEntity('competitions', { name: fresh, level: 'provincial' }))}
      />
    </div>
  );
}
