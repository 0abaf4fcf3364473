import { useRef } from 'react';
import './dateField.css';

interface DatePickerButtonProps {
  /** The date the picker opens on, yyyy-mm-dd, or '' for today. */
  value: string;
  label: string;
  onPick(iso: string): void;
}

/**
 * A calendar button beside a date typed as text: it opens the browser's date picker on a hidden
 * native input, whose value is ISO whatever the browser's locale, so the field itself never shows
 * the browser's format (06/28/2024 in an English browser set to China).
 */
export function DatePickerButton({ value, label, onPick }: DatePickerButtonProps) {
  const native = useRef<HTMLInputElement>(null);
  const open = () => {
    const input = native.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      // No picker here (an older browser, or no user activation): typing the date still works.
      input.focus();
    }
  };
  return (
    <span className="date-picker">
      <button
        type="button"
        className="date-picker__button"
        aria-label={label}
        title={label}
        onClick={open}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" stroke="currentColor" strokeLinecap="round" />
        </svg>
      </button>
      <input
        ref={native}
        className="date-picker__native"
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        onChange={(event) => {
          if (event.target.value) onPick(event.target.value);
        }}
      />
    </span>
  );
}
