import type { ReactNode } from 'react';

export type Tone = 'ok' | 'error' | 'warning' | 'info' | 'neutral';

interface MetricProps {
  label: string;
  value: ReactNode;
  /** The policy's expectation, e.g. "≥ 2500". */
  expected?: string;
  tone: Tone;
  /** The tone in words (pass, warning…), for readers who do not go by colour. */
  verdict?: string;
  jump?: string;
  children?: ReactNode;
  testId?: string;
}

/** One number of the summary; rule results jump here (`data-jump="metric:R2"`). */
export function Metric(props: MetricProps) {
  const { label, value, expected, tone, verdict, jump, children, testId } = props;
  return (
    <div
      className={`metric metric--${tone}`}
      data-jump={jump}
      tabIndex={jump ? -1 : undefined}
      data-testid={testId}
    >
      <div className="metric__row">
        <span className="metric__label">{label}</span>
        <span className="metric__value">{value}</span>
        {verdict && (
          <span className={`metric__verdict metric__verdict--${tone}`} data-verdict={tone}>
            {verdict}
          </span>
        )}
      </div>
      {expected && <div className="metric__expected">{expected}</div>}
      {children}
    </div>
  );
}
