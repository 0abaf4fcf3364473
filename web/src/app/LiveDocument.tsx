import type { DocumentDto } from '@tandem/protocol';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ConnectionIndicator,
  type DocumentConnection,
  DocumentEditor,
  useDocumentConnection,
  useSyncStatus,
} from '../editor';
import { colorForName, PresenceList } from '../presence';
import { DocumentHeader } from './DocumentHeader';
import { NotFoundPage } from './NotFoundPage';

interface LiveDocumentProps {
  document: DocumentDto;
  userName: string;
}

function ConnectedDocument({
  document,
  userName,
  connection,
}: LiveDocumentProps & { connection: DocumentConnection }) {
  const { t } = useTranslation();
  const status = useSyncStatus(connection);
  if (status.connection === 'not-found') return <NotFoundPage kind="document" />;
  if (status.connection === 'unauthorized') {
    return (
      <section className="message-page" role="alert">
        <p className="message-page__body">{t('document.unauthorized')}</p>
        <Link to="/login" className="button button--primary">
          {t('document.signIn')}
        </Link>
      </section>
    );
  }
  return (
    <div className="document-page">
      <DocumentHeader document={document}>
        <ConnectionIndicator status={status} />
        <PresenceList awareness={connection.provider.awareness} />
      </DocumentHeader>
      <DocumentEditor
        connection={connection}
        userName={userName}
        userColor={colorForName(userName)}
      />
    </div>
  );
}

/** An open document: one live connection for as long as this is mounted. */
export function LiveDocument({ document, userName }: LiveDocumentProps) {
  const connection = useDocumentConnection(document.id);
  if (connection === null) return <DocumentHeader document={document} />;
  return <ConnectedDocument document={document} userName={userName} connection={connection} />;
}
