import type { CurriculumMapSnapshot } from '@tandem/domain';
import { type ChangeEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../app/useModalDialog';
import type { MapWriter } from '../map/useMapWriter';
import { useDomainMessage } from '../messages/useDomainMessage';
import { flattenGroups } from '../model/groupTree';
import { applyImportPlan, type ImportTarget } from './applyImportPlan';
import { buildImportPlan, type DuplicatePolicy } from './buildImportPlan';
import { ImportMappingForm } from './ImportMappingForm';
import { ImportPreviewTable } from './ImportPreviewTable';
import { type ColumnMapping, findHeaderRow, guessMapping } from './importFields';
import { type ImportError, readImportFile } from './readImportFile';
import './courseImport.css';

interface CourseImportDialogProps {
  snapshot: CurriculumMapSnapshot;
  programId: string | null;
  writer: MapWriter;
  onImported(added: number, updated: number): void;
  onClose(): void;
}

type Sheet = { rows: string[][]; headerRow: number };

/** The programs new courses serve: the plan in view, else every program of the group. */
function targetFor(props: CourseImportDialogProps, groupId: string): ImportTarget {
  const group = props.snapshot.groups.find((g) => g.id === groupId);
  return {
    groupId,
    category: group?.kind === 'platform' ? 'public-foundation' : 'professional',
    programIds:
      props.programId !== null ? [props.programId] : props.snapshot.programs.map((p) => p.id),
  };
}

/**
 * Choose a file → map its columns → check the preview → Import. The file is only read until the
 * Import button; then every row is written in one transaction that one Undo takes back.
 */
export function CourseImportDialog(props: CourseImportDialogProps) {
  const { t } = useTranslation();
  const describe = useDomainMessage();
  const ref = useModalDialog();
  const groups = useMemo(() => flattenGroups(props.snapshot.groups), [props.snapshot.groups]);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<ImportError | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [groupId, setGroupId] = useState(groups[0]?.group.id ?? '');
  const [duplicates, setDuplicates] = useState<DuplicatePolicy>('skip');

  const plan = useMemo(
    () =>
      sheet && mapping
        ? buildImportPlan(sheet.rows, sheet.headerRow, mapping, props.snapshot.courses, duplicates)
        : null,
    [sheet, mapping, props.snapshot.courses, duplicates],
  );

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setSheet(null);
    setError(null);
    setRefused(null);
    if (!file) return;
    setReading(true);
    const read = await readImportFile(file);
    setReading(false);
    if (!read.ok) {
      setError(read.error);
      return;
    }
    const headerRow = findHeaderRow(read.rows);
    setSheet({ rows: read.rows, headerRow });
    setMapping(guessMapping(read.rows[headerRow] ?? []));
  };

  const writes = plan ? plan.counts.add + plan.counts.update : 0;
  const confirm = () => {
    if (!plan || writes === 0) return;
    const result = applyImportPlan(props.writer, plan, targetFor(props, groupId));
    if (!result.ok) {
      setRefused(
        t('curriculum.courseImport.failed', {
          line: result.line,
          reason: describe(result.message),
        }),
      );
      return;
    }
    props.onImported(result.added, result.updated);
    ref.current?.close();
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide course-import"
      aria-labelledby="course-import-title"
      onClose={props.onClose}
      data-testid="course-import"
    >
      <div className="dialog__form">
        <h2 id="course-import-title" className="dialog__title">
          {t('curriculum.courseImport.title')}
        </h2>
        <label className="field">
          <span className="field__label">{t('curriculum.courseImport.fileLabel')}</span>
          <input
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={choose}
            data-testid="import-file"
          />
        </label>
        {reading && <p role="status">{t('curriculum.courseImport.reading')}</p>}
        {error && (
          <p className="field__error" role="alert" data-testid="import-error">
            {t(`curriculum.courseImport.errors.${error.code}`, error.params)}
          </p>
        )}
        {sheet && mapping && plan && (
          <>
            <ImportMappingForm
              header={sheet.rows[sheet.headerRow] ?? []}
              headerLine={sheet.headerRow + 1}
              mapping={mapping}
              onMapping={setMapping}
              groups={groups}
              groupId={groupId}
              onGroup={setGroupId}
              duplicates={duplicates}
              onDuplicates={setDuplicates}
            />
            <p className="course-import__counts" role="status" data-testid="import-counts">
              {t('curriculum.courseImport.counts', plan.counts)}
            </p>
            <ImportPreviewTable plan={plan} />
            <p className="field__hint">{t('curriculum.courseImport.notWritten')}</p>
          </>
        )}
        {refused && (
          <p className="field__error" role="alert">
            {refused}
          </p>
        )}
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => ref.current?.close()}
          >
            {t('curriculum.common.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={writes === 0}
            onClick={confirm}
            data-testid="import-confirm"
          >
            {t('curriculum.courseImport.confirm')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
