import type { CourseGroup } from '@tandem/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupNode } from '../model/groupTree';
import type { DuplicatePolicy } from './buildImportPlan';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField } from './importFields';

interface ImportMappingFormProps {
  header: readonly string[];
  headerLine: number;
  mapping: ColumnMapping;
  onMapping(mapping: ColumnMapping): void;
  groups: readonly GroupNode[];
  groupId: string;
  onGroup(groupId: CourseGroup['id']): void;
  duplicates: DuplicatePolicy;
  onDuplicates(policy: DuplicatePolicy): void;
}

/** One select per course field (which column feeds it), then where new courses go. */
export function ImportMappingForm(props: ImportMappingFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const setField = (field: ImportField, value: string) =>
    props.onMapping({ ...props.mapping, [field]: value === '' ? null : Number(value) });
  return (
    <fieldset className="course-import__mapping">
      <legend>{t('curriculum.courseImport.mappingTitle')}</legend>
      <p className="field__hint">
        {t('curriculum.courseImport.mappingHint', { line: props.headerLine })}
      </p>
      <div className="course-import__grid">
        {IMPORT_FIELDS.map((field) => (
          <label key={field} className="course-import__pair">
            <span>{t(`curriculum.fields.${field}`)}</span>
            <select
              className="input input--compact"
              value={props.mapping[field] ?? ''}
              onChange={(event) => setField(field, event.target.value)}
              data-testid={`import-map-${field}`}
            >
              <option value="">{t('curriculum.courseImport.notMapped')}</option>
              {props.header.map((text, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions, headers may repeat
                <option key={index} value={index}>
                  {t('curriculum.courseImport.column', { n: index + 1, header: text })}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="course-import__grid">
        <label className="course-import__pair" htmlFor={`${id}-group`}>
          <span>{t('curriculum.courseImport.groupLabel')}</span>
          <select
            id={`${id}-group`}
            className="input input--compact"
            value={props.groupId}
            onChange={(event) => props.onGroup(event.target.value)}
            data-testid="import-group"
          >
            {props.groups.map((node) => (
              <option key={node.group.id} value={node.group.id}>
                {'\u00a0\u00a0'.repeat(node.depth)}
                {node.path.join(' / ')}
              </option>
            ))}
          </select>
        </label>
        <label className="course-import__pair" htmlFor={`${id}-dup`}>
          <span>{t('curriculum.courseImport.duplicatesLabel')}</span>
          <select
            id={`${id}-dup`}
            className="input input--compact"
            value={props.duplicates}
            onChange={(event) => props.onDuplicates(event.target.value as DuplicatePolicy)}
            data-testid="import-duplicates"
          >
            <option value="skip">{t('curriculum.courseImport.duplicates.skip')}</option>
            <option value="update">{t('curriculum.courseImport.duplicates.update')}</option>
          </select>
        </label>
      </div>
    </fieldset>
  );
}
