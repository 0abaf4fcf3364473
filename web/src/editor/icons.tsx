import type { ReactNode } from 'react';

/** Toolbar icons: 20px, 1.6px strokes in currentColor, decorative (buttons carry the label). */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      width="20"
      height="20"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const UndoIcon = () => (
  <Icon>
    <path d="M7 5 3.5 8.5 7 12" />
    <path d="M4 8.5h7.5a4.5 4.5 0 0 1 0 9H9" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="m13 5 3.5 3.5L13 12" />
    <path d="M16 8.5H8.5a4.5 4.5 0 0 0 0 9H11" />
  </Icon>
);

export const BoldIcon = () => (
  <Icon>
    <path d="M6 4h5a3 3 0 0 1 0 6H6zM6 10h6a3 3 0 0 1 0 6H6z" strokeWidth="2" />
  </Icon>
);

export const ItalicIcon = () => (
  <Icon>
    <path d="M12 4H8.5M11.5 16H8M11 4 9 16" />
  </Icon>
);

export const UnderlineIcon = () => (
  <Icon>
    <path d="M6 4v5a4 4 0 0 0 8 0V4M5 17h10" />
  </Icon>
);

export const StrikethroughIcon = () => (
  <Icon>
    <path d="M4 10h12M13.5 6.5C13 5 11.7 4 10 4 8 4 6.5 5.2 6.5 6.8c0 1.2.8 2.1 2.3 2.6M6.5 13.5C7 15 8.3 16 10.2 16c2.1 0 3.6-1.2 3.6-2.9" />
  </Icon>
);

export const CodeIcon = () => (
  <Icon>
    <path d="M7 6 3 10l4 4M13 6l4 4-4 4" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.9.9" />
    <path d="M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.9-.9" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon>
    <path d="M8 5.5h9M8 10h9M8 14.5h9" />
    <circle cx="4" cy="5.5" r=".9" fill="currentColor" />
    <circle cx="4" cy="10" r=".9" fill="currentColor" />
    <circle cx="4" cy="14.5" r=".9" fill="currentColor" />
  </Icon>
);

export const NumberedListIcon = () => (
  <Icon>
    <path d="M8.5 5.5h8.5M8.5 10h8.5M8.5 14.5h8.5" />
    <path
      d="M3.5 4.2 4.6 3.6v4M3.4 12.2c.2-.5.7-.8 1.2-.8.7 0 1.2.4 1.2 1 0 .9-2.4 2-2.4 2.6h2.4"
      strokeWidth="1.2"
    />
  </Icon>
);

export const TableIcon = () => (
  <Icon>
    <rect x="3" y="4" width="14" height="12" rx="1.5" />
    <path d="M3 8h14M3 12h14M8 8v8M12.5 8v8" />
  </Icon>
);
