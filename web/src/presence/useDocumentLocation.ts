import { useEffect } from 'react';
import { useRealtime } from './RealtimeProvider';
import { locationOfFocus, sectionInView } from './readLocation';

const SCROLL_SAMPLE_MS = 300;
const CHROME = '.app-header, .document-header, [data-presence-ignore]';

/**
 * Reports this tab's place while a document is open: the document, the section in view and the
 * focused cell. It reads the page (`data-jump="section:…"`, `data-cell`), so editors need no
 * presence code of their own.
 */
export function useDocumentLocation(documentId: string, workspaceId: string | null): void {
  const realtime = useRealtime();
  useEffect(() => {
    if (!realtime) return;
    const { presence } = realtime;
    if (workspaceId) presence.setWorkspace(workspaceId);
    presence.setPlace(documentId, null);
    let cell: string | undefined;
    const report = (section: string | null) => {
      presence.setPlace(
        documentId,
        section || cell ? { ...(section ? { section } : {}), ...(cell ? { cell } : {}) } : null,
      );
    };
    const onFocus = (event: FocusEvent) => {
      // Page chrome (the header, the session bar) is not a place in the document.
      if (event.target instanceof Element && event.target.closest(CHROME)) return;
      const here = locationOfFocus(event.target);
      cell = here?.cell;
      report(here?.section ?? sectionInView());
    };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onScroll = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        // A focused cell that scrolled away is no longer where we are.
        if (cell && !document.activeElement?.closest('[data-cell]')) cell = undefined;
        report(sectionInView());
      }, SCROLL_SAMPLE_MS);
    };
    // The section in view once the document has rendered.
    const first = setTimeout(() => report(sectionInView()), 1200);
    document.addEventListener('focusin', onFocus);
    // Capture: the editors scroll inner panes, and scroll events do not bubble.
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      clearTimeout(first);
      if (timer) clearTimeout(timer);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('scroll', onScroll, { capture: true });
      presence.setPlace(null, null);
    };
  }, [realtime, documentId, workspaceId]);
}
