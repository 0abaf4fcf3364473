import {
  CERTIFICATE_KINDS,
  CERTIFICATE_LEVELS,
  type Certificate,
  COMPETENCY_DIMENSIONS,
  COMPETITION_LEVELS,
  type Competition,
  type CourseGroup,
  type CurriculumMapSnapshot,
  GROUP_KINDS,
  type Program,
} from '@tandem/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import type { CellOption, GridColumn } from '../grid/columns';
import { flattenGroups } from '../model/groupTree';
import { localName } from '../model/localName';
import { useEnumOptions } from './useEnumOptions';

/** A row of the positions → tasks → competencies outline. */
export interface OutlineRow {
  id: string;
  kind: 'position' | 'task' | 'competency';
  depth: number;
  name: string;
  nameEn: string;
  code: string | null;
  dimension: string | null;
  programIds: string[] | null;
}

type Text<R> = (
  id: string,
  label: string,
  width: number,
  value: (r: R) => unknown,
) => GridColumn<R>;
function text<R>(): Text<R> {
  return (id, label, width, value) => ({ id, kind: 'text', label, width, value });
}

/** Column sets of the structure view's tables. */
export function useStructureColumns(snapshot: CurriculumMapSnapshot) {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = useEnumOptions();
  return useMemo(() => {
    const f = t('curriculum.fields', { returnObjects: true });
    const programs: CellOption[] = snapshot.programs.map((p) => ({
      value: p.id,
      label: `${p.code} ${localName(p, language)}`,
      short: localName(p, language),
    }));
    const scales: CellOption[] = snapshot.scales.map((s) => ({
      value: s.id,
      label: localName(s, language),
    }));
    const groups: CellOption[] = flattenGroups(snapshot.groups).map((n) => ({
      value: n.group.id,
      label: `${'— '.repeat(n.depth)}${localName(n.group, language)}`,
      short: localName(n.group, language),
    }));
    const programTags = <R>(
      value: (r: R) => unknown,
      readOnly?: (r: R) => boolean,
    ): GridColumn<R> => ({
      id: 'programIds',
      kind: 'tags',
      label: f.programIds,
      title: t('curriculum.structure.programsHint'),
      width: 200,
      options: programs,
      value,
      ...(readOnly ? { readOnly } : {}),
    });
    const programColumns: GridColumn<Program>[] = [
      text<Program>()('code', f.code, 90, (r) => r.code),
      text<Program>()('name', f.name, 180, (r) => r.name),
      text<Program>()('nameEn', f.nameEn, 220, (r) => r.nameEn),
      {
        id: 'scaleId',
        kind: 'enum',
        label: f.scaleId,
        width: 220,
        nullable: true,
        options: scales,
        value: (r) => r.scaleId,
      },
    ];
    const groupColumns: GridColumn<CourseGroup>[] = [
      text<CourseGroup>()('name', f.name, 260, (r) => r.name),
      text<CourseGroup>()('nameEn', f.nameEn, 240, (r) => r.nameEn),
      {
        id: 'kind',
        kind: 'enum',
        label: f.kind,
        width: 120,
        options: options('groupKind', GROUP_KINDS),
        value: (r) => r.kind,
      },
      {
        id: 'parentId',
        kind: 'enum',
        label: f.parentId,
        width: 220,
        nullable: true,
        options: groups,
        value: (r) => r.parentId,
      },
      {
        id: 'electiveQuotaHours',
        kind: 'number',
        label: f.electiveQuotaHours,
        width: 120,
        align: 'end',
        nullable: true,
        value: (r) => r.electiveQuotaHours,
      },
    ];
    const outlineColumns: GridColumn<OutlineRow>[] = [
      text<OutlineRow>()('name', f.name, 280, (r) => r.name),
      text<OutlineRow>()('nameEn', f.nameEn, 260, (r) => r.nameEn),
      {
        ...text<OutlineRow>()('code', f.code, 90, (r) => r.code),
        readOnly: (r) => r.kind !== 'competency',
      },
      {
        id: 'dimension',
        kind: 'enum',
        label: f.dimension,
        width: 100,
        options: options('dimension', COMPETENCY_DIMENSIONS),
        value: (r) => r.dimension,
        readOnly: (r) => r.kind !== 'competency',
      },
      programTags<OutlineRow>(
        (r) => r.programIds ?? [],
        (r) => r.kind !== 'position',
      ),
    ];
    const certificateColumns: GridColumn<Certificate>[] = [
      text<Certificate>()('name', f.name, 260, (r) => r.name),
      text<Certificate>()('nameEn', f.nameEn, 220, (r) => r.nameEn),
      {
        id: 'kind',
        kind: 'enum',
        label: f.kind,
        width: 120,
        options: options('certificateKind', CERTIFICATE_KINDS),
        value: (r) => r.kind,
      },
      {
        id: 'level',
        kind: 'enum',
        label: f.level,
        width: 96,
        nullable: true,
        options: options('certificateLevel', CERTIFICATE_LEVELS),
        value: (r) => r.level,
      },
      { ...text<Certificate>()('issuer', f.issuer, 160, (r) => r.issuer), nullable: true },
      programTags<Certificate>((r) => r.programIds),
    ];
    const competitionColumns: GridColumn<Competition>[] = [
      text<Competition>()('name', f.name, 300, (r) => r.name),
      text<Competition>()('nameEn', f.nameEn, 240, (r) => r.nameEn),
      {
        id: 'level',
        kind: 'enum',
        label: f.level,
        width: 110,
        options: options('competitionLevel', COMPETITION_LEVELS),
        value: (r) => r.level,
      },
      programTags<Competition>((r) => r.programIds),
    ];
    return { programColumns, groupColumns, outlineColumns, certificateColumns, competitionColumns };
  }, [t, language, options, snapshot.programs, snapshot.scales, snapshot.groups]);
}

/** Positions with their tasks and competencies, depth first. */
export function outlineRows(snapshot: CurriculumMapSnapshot): OutlineRow[] {
  const rows: OutlineRow[] = [];
  for (const p of snapshot.positions) {
    rows.push({
      id: p.id,
      kind: 'position',
      depth: 0,
      name: p.name,
      nameEn: p.nameEn,
      code: null,
      dimension: null,
      programIds: p.programIds,
    });
    for (const task of snapshot.tasks.filter((x) => x.positionId === p.id)) {
      rows.push({
        id: task.id,
        kind: 'task',
        depth: 1,
        name: task.name,
        nameEn: task.nameEn,
        code: null,
        dimension: null,
        programIds: null,
      });
      for (const c of snapshot.competencies.filter((x) => x.taskId === task.id))
        rows.push({
          id: c.id,
          kind: 'competency',
          depth: 2,
          name: c.name,
          nameEn: c.nameEn,
          code: c.code,
          dimension: c.dimension,
          programIds: null,
        });
    }
  }
  return rows;
}
