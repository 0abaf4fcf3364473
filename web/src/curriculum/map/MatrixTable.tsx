import type { Course, DomainMessage, MappingScale } from '@tandem/domain';
import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { type GridAction, navKeyAction, tabAction } from '../grid/gridNavigation';
import { OptionPicker } from '../grid/OptionPicker';
import type { GridFocus } from '../grid/useGridFocus';
import { jumpKey, type MatrixKind } from '../model/jumpTargets';
import { localName } from '../model/localName';
import type { MatrixColumn } from '../model/matrixModel';
import { MatrixHead } from './MatrixHead';
import { MatrixRow } from './MatrixRow';

export interface MatrixTableProps {
  tableRef: RefObject<HTMLTableElement | null>;
  courses: readonly Course[];
  columns: readonly MatrixColumn[];
  levels: ReadonlyMap<string, string>;
  counts: ReadonlyMap<string, number>;
  gaps: ReadonlySet<string>;
  links: ReadonlyMap<string, number>;
  scale: MappingScale;
  kind: MatrixKind;
  focus: GridFocus;
  dispatch(action: GridAction): void;
  focusCell(rowId: string, colId: string): void;
  editable: boolean;
  error: { rowId: string; colId: string; message: DomainMessage } | null;
  onWrite(course: Course, targetId: string, level: string | null): boolean;
  history: { undo(): void; redo(): void };
}

/**
 * The matrix grid. Arrows move; typing a level's code (I, R, M…) sets it; Enter or a click opens
 * the level list; Delete clears. Each cell change is one `setAlignment` write.
 */
export function MatrixTable(props: MatrixTableProps) {
  const { courses, columns, focus, tableRef } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const [picker, setPicker] = useState<{
    course: Course;
    targetId: string;
    anchor: HTMLElement;
  } | null>(null);
  const wantFocus = useRef(false);

  useEffect(() => {
    if (!wantFocus.current || focus.rowId === null || focus.colId === null) return;
    wantFocus.current = false;
    const cell = tableRef.current?.querySelector<HTMLElement>(
      `[data-jump="${CSS.escape(jumpKey.matrixCell(focus.rowId, focus.colId))}"]`,
    );
    cell?.focus({ preventScroll: true });
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [focus, tableRef]);

  const openPicker = (course: Course, targetId: string) => {
    const anchor = tableRef.current?.querySelector<HTMLElement>(
      `[data-jump="${CSS.escape(jumpKey.matrixCell(course.id, targetId))}"]`,
    );
    if (anchor && props.editable) setPicker({ course, targetId, anchor });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'gridcell')
      return;
    const course = courses.find((c) => c.id === focus.rowId);
    const colIndex = columns.findIndex((c) => c.id === focus.colId);
    const column = columns[colIndex];
    if (!course || !column) return;
    const code = props.scale.levels.find((l) => l.code.toLowerCase() === event.key.toLowerCase());
    if (code && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      if (props.editable) props.onWrite(course, column.id, code.code);
      return;
    }
    const pos = { row: courses.indexOf(course), col: colIndex };
    const bounds = { rows: courses.length, cols: columns.length };
    const action = event.key === 'Tab' ? tabAction(event, pos, bounds) : navKeyAction(event);
    if (action === null) return;
    event.preventDefault();
    if (action.type === 'edit' || action.type === 'activate') openPicker(course, column.id);
    else if (action.type === 'clear') props.editable && props.onWrite(course, column.id, null);
    else if (action.type === 'undo') props.editable && props.history.undo();
    else if (action.type === 'redo') props.editable && props.history.redo();
    else if (action.type !== 'reorder') {
      wantFocus.current = true;
      props.dispatch(action);
    }
  };

  const pickerLevel = picker
    ? props.levels.get(`${picker.course.id}|${picker.targetId}`)
    : undefined;
  return (
    <div className="grid__scroll matrix">
      <table
        ref={tableRef}
        className="grid__table matrix__table"
        style={{ width: 240 + 64 + columns.length * (props.kind === 'competencies' ? 52 : 112) }}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: WAI-ARIA data grid (a table with role=grid, cells role=gridcell; keys handled by the grid)
        role="grid"
        aria-label={t('curriculum.matrix.label', {
          kind: t(`curriculum.matrix.kinds.${props.kind}`),
        })}
        onKeyDown={onKeyDown}
      >
        <MatrixHead columns={columns} counts={props.counts} gaps={props.gaps} kind={props.kind} />
        <tbody>
          {courses.map((course, index) => (
            <MatrixRow
              key={course.id}
              course={course}
              name={localName(course, language)}
              columns={columns}
              levels={props.levels}
              scale={props.scale}
              links={props.links.get(course.id) ?? 0}
              focusedCol={focus.rowId === course.id ? focus.colId : null}
              tabCol={focus.rowId === null && index === 0 ? (columns[0]?.id ?? null) : null}
              errorCol={props.error?.rowId === course.id ? props.error.colId : null}
              onFocusCell={props.focusCell}
              onOpen={openPicker}
            />
          ))}
        </tbody>
      </table>
      {picker && (
        <OptionPicker
          anchor={picker.anchor}
          label={t('curriculum.matrix.setLevel')}
          options={props.scale.levels.map((l) => ({
            value: l.code,
            label: `${l.code} · ${language === 'en' && l.nameEn ? l.nameEn : l.name}`,
          }))}
          selected={pickerLevel ? [pickerLevel] : []}
          multiple={false}
          allowNone
          onPick={(level) => {
            props.onWrite(picker.course, picker.targetId, level);
            setPicker(null);
            picker.anchor.focus();
          }}
          onClose={() => {
            setPicker(null);
            picker.anchor.focus();
          }}
        />
      )}
    </div>
  );
}
