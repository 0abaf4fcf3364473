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
