import { can } from '@tandem/domain';
import { CloseCode, type DocumentDto } from '@tandem/protocol';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { loginPath, useAuth, useCurrentUser } from '../auth';
import { CommentsHeaderButtons, DocumentComments } from '../comments';
import { DocxImportButton } from '../docImport';
import {
  ConnectionIndicator,
  type DocumentConnection,
  DocumentEditor,
  useDocumentConnection,
  useSyncStatus,
} from '../editor';
import { colorForName, DocumentPeople, PresenceList } from '../presence';
import { DocumentHeader } from './DocumentHeader';
import { NotFoundPage } from './NotFoundPage';

// Structured editors load with their document type; notes never pay for them.
const CurriculumMapEditor = lazy(() =>
  import('../curriculum').then((m) => ({ default: m.CurriculumMapEditor })),
);
const CourseStandardEditor = lazy(() =>
  import('../standard').then((m) => ({ default: m.CourseStandardEditor })),
);
const TalentPlanEditor = lazy(() =>
  import('../plan').then((m) => ({ default: m.TalentPlanEditor })),
);

interface ConnectedDocumentProps {
  document: DocumentDto;
  connection: DocumentConnection;
}

function SignInAgain() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <section className="message-page" role="alert">
      <p className="message-page__body">{t('document.unauthorized')}</p>
      <Link to={loginPath(location.pathname)} className="button button--primary">
        {t('document.signIn')}
      </Link>
    </section>
  );
}

/**
 * The server closes the socket with ACCESS_CHANGED when our role or membership changes. The
 * provider reconnects on its own; we also re-read who we are, so the editor becomes read-only
 * (or editable) to match the new role instead of having edits refused.
 */
function useRefreshRoleOnAccessChange(connection: DocumentConnection, refresh: () => void): void {
  useEffect(() => {
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.ACCESS_CHANGED) refresh();
    };
    connection.provider.on('connection-close', onClose);
    return () => connection.provider.off('connection-close', onClose);
  }, [connection, refresh]);
}

function ConnectedDocument({ document, connection }: ConnectedDocumentProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { roleIn, retry: refreshAuth } = useAuth();
  const status = useSyncStatus(connection);
  useRefreshRoleOnAccessChange(connection, refreshAuth);
  const role = roleIn(document.workspaceId);
  const editable = role !== null && can(role, 'document:edit');
  // Stable identity: CollaborationPlugin reconnects whenever this object changes.
  const awarenessData = useMemo(
    () => ({ userId: user.id, side: user.organisation.side }),
    [user.id, user.organisation.side],
  );

  if (status.connection === 'not-found') return <NotFoundPage kind="document" />;
  if (status.connection === 'unauthorized') return <SignInAgain />;
  const header = (
    <DocumentHeader
      document={document}
      tools={
        editable && (
          <DocxImportButton
            documentType={document.type}
            doc={connection.doc}
            contentLoaded={connection.contentLoaded}
            userId={user.id}
          />
        )
      }
    >
      {!editable && (
        <span className="read-only-badge" title={t('document.readOnlyHint')}>
          {t('document.readOnly')}
        </span>
      )}
      <CommentsHeaderButtons authors={document.type !== 'curriculum-map'} />
      <ConnectionIndicator status={status} />
      <PresenceList awareness={connection.provider.awareness} />
      <DocumentPeople documentId={document.id} workspaceId={document.workspaceId} />
    </DocumentHeader>
  );
  if (document.type !== 'notes') {
    const Editor =
      document.type === 'curriculum-map'
        ? CurriculumMapEditor
        : document.type === 'talent-plan'
          ? TalentPlanEditor
          : CourseStandardEditor;
    return (
      <div className="document-page document-page--structured">
        <Suspense fallback={header}>
          <Editor
            documentId={document.id}
            workspaceId={document.workspaceId}
            connection={connection}
            editable={editable}
            role={role}
            user={{
              id: user.id,
              name: user.name,
              color: colorForName(user.name),
              side: user.organisation.side,
            }}
            header={header}
          />
        </Suspense>
      </div>
    );
  }
  return (
    <div className="document-page">
      <DocumentEditor
        connection={connection}
        editable={editable}
        userName={user.name}
        userColor={colorForName(user.name)}
        awarenessData={awarenessData}
        header={header}
      />
    </div>
  );
}

/** An open document: one live connection for as long as this is mounted. */
export function LiveDocument({ document }: { document: DocumentDto }) {
  const user = useCurrentUser();
  const connection = useDocumentConnection(document.id, user.id);
  if (connection === null) return <DocumentHeader document={document} />;
  return (
    <DocumentComments document={document} connection={connection}>
      <ConnectedDocument document={document} connection={connection} />
    </DocumentComments>
  );
}
