import type { DocumentType } from '@tandem/domain';

const PATHS: Record<DocumentType, string> = {
  // A page with lines: free notes.
  notes: 'M6 3.5h6l3 3v10H6zM12 3.5v3h3M8.5 10h4M8.5 13h4',
  // A page with a checked list: a course standard's structured sections.
  'course-standard': 'M5.5 3.5h9v13h-9zM8 7.5l1 1 2-2M8 12l1 1 2-2M12.5 8h0M12.5 12.5h0',
  // Linked blocks: a map of course groups and courses.
  'curriculum-map': 'M3.5 4.5h5v4h-5zM11.5 4.5h5v4h-5zM7.5 12.5h5v4h-5zM6 8.5v2h8v-2M10 10.5v2',
  'talent-plan': 'M4.5 3.5h11v13h-11zM7 7h6M7 10h6M7 13h3.5M12.5 12.5l1 1 2-2.5',
};

/** A tinted square that tells the document types apart at a glance; decorative. */
export function DocumentTypeIcon({ type }: { type: DocumentType }) {
  return (
    <span className={`type-icon type-icon--${type}`} aria-hidden="true">
      <svg
        width="20"
        height="20"
        viewBox="0 0 20 20"
        fill="none"
        focusable="false"
        aria-hidden="true"
      >
        <path
          d={PATHS[type]}
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}
