import type { GridSection } from '../../curriculum';

/**
 * The header row of one dimension in a coded table (a standard's objectives, a plan's
 * specifications): its name, how many rows it has (or that it has none), and its add button.
 */
export function DimensionHead(props: {
  dimension: string;
  name: string;
  meta: string;
  empty: boolean;
  addLabel: string | null;
  onAdd(): void;
}) {
  return (
    <div
      className={`group-head${props.empty ? ' group-head--missing' : ''}`}
      data-jump={`dimension:${props.dimension}`}
      tabIndex={-1}
    >
      <span className="group-head__name">{props.name}</span>
      <span className="group-head__meta">{props.meta}</span>
      {props.addLabel && (
        <span className="group-head__actions">
          <button type="button" className="link-button" onClick={props.onAdd}>
            {props.addLabel}
          </button>
        </span>
      )}
    </div>
  );
}

/**
 * A coded table's rows as one grid section per dimension (in the given order), each under its
 * DimensionHead. `onAdd` gets the dimension and its rows (to number the new row's code).
 */
export function dimensionSections<D extends string, R extends { id: string; dimension: D }>(
  dimensions: readonly D[],
  rows: readonly R[],
  head: {
    name(dimension: D): string;
    meta(rows: readonly R[]): string;
    addLabel: string | null;
    onAdd(dimension: D, rows: readonly R[]): void;
  },
): GridSection<R>[] {
  return dimensions.map((dimension) => {
    const here = rows.filter((r) => r.dimension === dimension);
    return {
      id: dimension,
      rows: here,
      header: (
        <DimensionHead
          dimension={dimension}
          name={head.name(dimension)}
          meta={head.meta(here)}
          empty={here.length === 0}
          addLabel={head.addLabel}
          onAdd={() => head.onAdd(dimension, here)}
        />
      ),
    };
  });
}
