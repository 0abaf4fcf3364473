/** Read-only facts read from the curriculum map (never copied), as a compact list. */
export function FactList({
  facts,
  testId,
}: {
  facts: ReadonlyArray<readonly [string, string]>;
  testId?: string;
}) {
  return (
    <dl className="map-facts" data-testid={testId}>
      {facts.map(([label, value]) => (
        <div key={label} className="map-facts__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
