import { type DomainMessage, validateStandardField } from '@tandem/domain';
import { useEffect, useId, useState } from 'react';
import { jumpKey, useDomainMessage } from '../../curriculum';
import type { StandardWriter } from '../model/useStandardWriter';

interface InfoFieldProps {
  field: string;
  label: string;
  value: string | null;
  editable: boolean;
  writer: StandardWriter;
  type?: 'text' | 'date';
  placeholder?: string;
}

/** One field of the course information, saved when you leave it or press Enter. */
export function InfoField({
  field,
  label,
  value,
  editable,
  writer,
  type = 'text',
  placeholder,
}: InfoFieldProps) {
  const id = useId();
  const describe = useDomainMessage();
  const shown = value ?? '';
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<DomainMessage | null>(null);
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    if (draft === shown) return;
    const result = writer.info(field, draft.trim() === '' ? null : draft);
    setProblem(result.ok ? null : result.message);
  };
  return (
    <div
      className="info-field"
      data-jump={jumpKey.standardField('course-info', field)}
      tabIndex={-1}
    >
      <label htmlFor={id} className="info-field__label">
        {label}
      </label>
      <input
        id={id}
        className="input input--compact"
        type={type}
        value={draft}
        placeholder={placeholder}
        readOnly={!editable}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          const checked = validateStandardField(
            'info',
            field,
            event.target.value.trim() === '' ? null : event.target.value,
          );
          setProblem(checked.ok ? null : checked.message);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') {
            setDraft(shown);
            setProblem(null);
          }
        }}
      />
      {problem && (
        <span className="info-field__error" role="alert">
          {describe(problem)}
        </span>
      )}
    </div>
  );
}
