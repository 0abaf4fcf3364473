import type { DomainMessage } from '@tandem/domain';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useDomainMessage } from '../messages/useDomainMessage';
import { draftFromValue, rawFromDraft } from './cellText';
import type { CellKind } from './columns';
import type { CommitThen } from './GridCell';
import { editKeyCommit } from './gridNavigation';

interface CellInputProps {
  kind: CellKind;
  label: string;
  initial: unknown;
  seed: string | null;
  nullable: boolean;
  validate(raw: unknown): DomainMessage | null;
  /** Returns whether the value was accepted (and written). */
  onCommit(raw: unknown, then: CommitThen): boolean;
  onCancel(): void;
}

/**
 * The input of a cell being edited. What you type is checked as you type (the same domain check
 * the write runs), so a refused value is explained before you press Enter; Enter, Tab and leaving
 * the cell write it, Escape drops it.
 */
export function CellInput(props: CellInputProps) {
  const { kind, label, initial, seed, nullable, validate, onCommit, onCancel } = props;
  const describe = useDomainMessage();
  const [draft, setDraft] = useState(() => draftFromValue(initial, seed));
  const [problem, setProblem] = useState<DomainMessage | null>(null);
  const original = useRef(draftFromValue(initial, null));
  const done = useRef(false);

  const commit = (then: CommitThen) => {
    if (done.current) return;
    if (draft === original.current) {
      done.current = then !== 'keep';
      if (then === 'blur') onCancel();
      else onCommit(initial, then);
      return;
    }
    const accepted = onCommit(rawFromDraft(kind, draft, nullable), then);
    if (accepted || then === 'blur') done.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = editKeyCommit(event);
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    if (next === 'cancel') {
      done.current = true;
      onCancel();
      return;
    }
    commit(next);
  };

  return (
    <input
      className="grid-cell__input"
      aria-label={label}
      aria-invalid={problem ? true : undefined}
      title={problem ? describe(problem) : undefined}
      inputMode={kind === 'number' ? 'decimal' : undefined}
      value={draft}
      // biome-ignore lint/a11y/noAutofocus: the cell became an input because the user asked to edit it
      autoFocus
      onFocus={(event) => {
        if (seed === null) event.currentTarget.select();
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        setProblem(validate(rawFromDraft(kind, event.target.value, nullable)));
      }}
      onKeyDown={onKeyDown}
      onBlur={() => commit('blur')}
    />
  );
}
