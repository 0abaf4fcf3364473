import type { Role, Side } from '@tandem/domain';
import type { ReactNode } from 'react';
import type { DocumentConnection } from '../editor';

/** What the document page hands a structured editor (curriculum map, course standard). */
export interface StructuredEditorProps {
  documentId: string;
  workspaceId: string | null;
  connection: DocumentConnection;
  /** False for viewers and commenters: everything shows, nothing edits. */
  editable: boolean;
  role: Role | null;
  user: { id: string; name: string; color: string; side: Side };
  /** The document header (title, connection state, people), kept in view. */
  header: ReactNode;
}
