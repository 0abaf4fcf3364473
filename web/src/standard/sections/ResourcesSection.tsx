import { RESOURCE_KINDS, type Resource } from '@tandem/domain';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type GridColumn, useEnumOptions } from '../../curriculum';
import type { StandardWriter } from '../model/useStandardWriter';
import { StandardSection } from './StandardSection';
import { StandardTable } from './StandardTable';

interface ResourcesSectionProps {
  resources: readonly Resource[];
  editable: boolean;
  writer: StandardWriter;
  narrative: ReactNode;
}

/** Section 8: textbooks, platforms, enterprise cases and data; confidential ones are flagged. */
export function ResourcesSection({
  resources,
  editable,
  writer,
  narrative,
}: ResourcesSectionProps) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const columns = useMemo<GridColumn<Resource>[]>(() => {
    const f = t('curriculum.fields', { returnObjects: true });
    return [
      {
        id: 'kind',
        kind: 'enum',
        label: f.kind,
        width: 130,
        options: options('resourceKind', RESOURCE_KINDS),
        value: (r) => r.kind,
      },
      { id: 'title', kind: 'text', label: f.title, width: 260, value: (r) => r.title },
      { id: 'detail', kind: 'text', label: f.detail, width: 320, value: (r) => r.detail },
      {
        id: 'confidential',
        kind: 'bool',
        label: f.confidential,
        width: 96,
        value: (r) => r.confidential,
      },
    ];
  }, [t, options]);
  const add = () =>
    writer.add('resources', { kind: 'textbook', title: t('curriculum.structure.newName') });
  return (
    <StandardSection
      id="resources"
      number={8}
      actions={
        editable && (
          <button type="button" className="link-button" onClick={add}>
            {t('curriculum.standard.addResource')}
          </button>
        )
      }
    >
      <StandardTable
        label={t('curriculum.standard.sections.resources')}
        sectionId="resources"
        collection="resources"
        sections={[{ id: 'resources', rows: resources }]}
        columns={columns}
        editable={editable}
        writer={writer}
        emptyText={t('curriculum.standard.noResources')}
      />
      {narrative}
    </StandardSection>
  );
}
