import { can } from '@tandem/domain';
import type { DocumentDto } from '@tandem/protocol';
import type { ReactNode } from 'react';
import { useAuth, useCurrentUser } from '../auth';
import type { DocumentConnection } from '../editor';
import { CommentsProvider } from './CommentsContext';

/** Comments and attribution for an open document, for the signed-in user and their role. */
export function DocumentComments(props: {
  document: DocumentDto;
  connection: DocumentConnection;
  children: ReactNode;
}) {
  const { document, connection } = props;
  const user = useCurrentUser();
  const { roleIn } = useAuth();
  const role = roleIn(document.workspaceId);
  return (
    <CommentsProvider
      documentId={document.id}
      documentType={document.type}
      workspaceId={document.workspaceId}
      doc={connection.doc}
      awareness={connection.provider.awareness}
      user={{ id: user.id, name: user.name, side: user.organisation.side }}
      canComment={role !== null && can(role, 'document:comment')}
    >
      {props.children}
    </CommentsProvider>
  );
}
