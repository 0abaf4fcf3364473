import type { Course, MappingScale } from '@tandem/domain';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpKey } from '../model/jumpTargets';
import { levelStrength, type MatrixColumn } from '../model/matrixModel';

interface MatrixRowProps {
  course: Course;
  name: string;
  columns: readonly MatrixColumn[];
  levels: ReadonlyMap<string, string>;
  scale: MappingScale;
  links: number;
  focusedCol: string | null;
  tabCol: string | null;
  errorCol: string | null;
  onFocusCell(rowId: string, colId: string): void;
  onOpen(course: Course, targetId: string): void;
}

/** One course across the matrix; a course linked to nothing is marked at the end of its row. */
export const MatrixRow = memo(function MatrixRow(props: MatrixRowProps) {
  const { course, columns, levels, scale, focusedCol } = props;
  const { t } = useTranslation();
  const idle = props.links === 0;
  return (
    <tr className={`grid-row${idle ? ' is-idle' : ''}${focusedCol !== null ? ' is-current' : ''}`}>
      <th
        scope="row"
        className="grid-cell matrix__course grid-cell--sticky"
        style={{ left: 0 }}
        title={props.name}
        data-jump={jumpKey.matrixRow(course.id)}
        tabIndex={-1}
      >
        <span className="matrix__code">{course.code}</span> {props.name}
      </th>
      {columns.map((column) => {
        const level = levels.get(`${course.id}|${column.id}`);
        const focused = focusedCol === column.id;
        const classes = ['grid-cell', 'matrix__cell'];
        if (level) classes.push(`level--${levelStrength(level, scale)}`);
        if (focused) classes.push('is-focused');
        if (props.errorCol === column.id) classes.push('is-invalid');
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the grid (MatrixTable)
          <td
            key={column.id}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA data grid (a table with role=grid, cells role=gridcell; keys handled by the grid)
            role="gridcell"
            className={classes.join(' ')}
            tabIndex={focused || props.tabCol === column.id ? 0 : -1}
            data-jump={jumpKey.matrixCell(course.id, column.id)}
            aria-label={`${course.code} × ${column.code}: ${level ?? t('curriculum.matrix.noLink')}`}
            onFocus={(event) => {
              if (event.target === event.currentTarget) props.onFocusCell(course.id, column.id);
            }}
            onClick={() => props.onOpen(course, column.id)}
          >
            {level ?? ''}
          </td>
        );
      })}
      <td
        className={`grid-cell matrix__linkcount${idle ? ' is-gap' : ''}`}
        title={idle ? t('curriculum.matrix.idleTitle') : undefined}
      >
        {idle ? t('curriculum.matrix.idle') : props.links}
      </td>
    </tr>
  );
});
