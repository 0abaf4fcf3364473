import type { ReactNode } from 'react';

interface ToolbarButtonProps {
  label: string;
  /** Keyboard shortcut shown in the tooltip, e.g. "Ctrl+B". */
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
  /** For buttons that open a popover. */
  expanded?: boolean;
}

export function ToolbarButton({
  label,
  shortcut,
  active,
  disabled,
  onClick,
  children,
  expanded,
}: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={`toolbar__button${active ? ' toolbar__button--active' : ''}`}
      aria-label={label}
      aria-pressed={active}
      aria-expanded={expanded}
      aria-haspopup={expanded === undefined ? undefined : 'dialog'}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      // Keep the editor's selection: a mousedown on the button would otherwise blur it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
