import type { Course } from '@tandem/domain';
import type { ReactNode } from 'react';

export interface CourseColumn {
  id: string;
  label: string;
  value(course: Course): ReactNode;
  align?: 'end';
  /** A long text (a course's name) that wraps instead of widening the table. */
  wrap?: boolean;
}

export interface CourseBlock {
  key: string;
  title?: string;
  meta?: string;
  courses: readonly Course[];
}

interface CourseTableProps {
  label: string;
  columns: readonly CourseColumn[];
  blocks: readonly CourseBlock[];
  /** The `data-jump` key of a course's row, so rule results can land on it. */
  rowJump?(courseId: string): string;
  testId?: string;
}

function cellClass(column: CourseColumn): string | undefined {
  const names = [column.align === 'end' ? 'is-end' : '', column.wrap ? 'plan-table__name' : ''];
  return names.filter(Boolean).join(' ') || undefined;
}

/** The program's courses as the map has them, read-only, in titled blocks (course groups). */
export function CourseTable({ label, columns, blocks, rowJump, testId }: CourseTableProps) {
  return (
    <div className="plan-table__scroll">
      <table className="plan-table" aria-label={label} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" className={c.align === 'end' ? 'is-end' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        {blocks.map((block) => (
          <tbody key={block.key}>
            {block.title && (
              <tr className="plan-table__group">
                <th colSpan={columns.length} scope="rowgroup">
                  {block.title}
                  {block.meta && <span className="plan-table__meta">{block.meta}</span>}
                </th>
              </tr>
            )}
            {block.courses.map((course) => (
              <tr
                key={course.id}
                data-course={course.id}
                data-jump={rowJump?.(course.id)}
                tabIndex={rowJump ? -1 : undefined}
              >
                {columns.map((c) => (
                  <td key={c.id} className={cellClass(c)}>
                    {c.value(course)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
