import type * as React from 'react';
import { Button, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';

/** Pieces the side panels of the edit view share (the comments of a draft, a comment's attachments). */

/** A download button: spinning while its own file comes, disabled while any download of the panel runs. */
export function DownloadButton({ busy, anyBusy, onClick, children }: { busy: boolean; anyBusy: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <Button fullWidth variant="secondary" loading={busy} disabled={anyBusy} onClick={onClick}>
      {children}
    </Button>
  );
}

/** A side panel's error message, announced to screen readers as it appears (role="alert"); nothing when there is none. */
export function PanelError({ message }: { message: string | null }) {
  return message ? (
    <Typography variant="pi" textColor="danger600" role="alert">
      {message}
    </Typography>
  ) : null;
}

/** A side panel of one content type's edit view, shown once the entry is saved (its content needs the documentId). */
export function editViewPanel(model: string, title: string, Content: React.ComponentType<{ documentId: string }>): PanelComponent {
  return ({ model: shown, documentId }) => (shown === model && documentId ? { title, content: <Content documentId={documentId} /> } : null);
}
