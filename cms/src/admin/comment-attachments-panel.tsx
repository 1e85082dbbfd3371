import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DownloadButton, editViewPanel, PanelError } from './panel-parts';
import { saveFile } from './save-file';
import { isUnauthorised } from './fetch-errors';

/**
 * The side panel of a comment's edit view: the files the citizen attached, each downloaded with the moderator's
 * own session from the CMS's private route (cms/src/services/comments/moderation.ts). They are personal data, kept out of
 * the Media Library and the public uploads; a user who is not a moderator gets a plain sentence, not the files.
 */
const COMMENT = 'api::public-comment.public-comment';

type Attachment = { index: number; name: string; mime: string; size: number };
type Load = { state: 'loading' } | { state: 'ready'; files: Attachment[] } | { state: 'forbidden' } | { state: 'failed' };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function AttachmentsContent({ documentId }: { documentId: string }) {
  const { get } = useFetchClient();
  const [load, setLoad] = React.useState<Load>({ state: 'loading' });
  const [busy, setBusy] = React.useState<number | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const base = `/api/consultations/comments/${encodeURIComponent(documentId)}/attachments`;

  React.useEffect(() => {
    let live = true;
    get<{ data: Attachment[] }>(base)
      .then(({ data }) => live && setLoad({ state: 'ready', files: data.data }))
      .catch((e: unknown) => live && setLoad({ state: isUnauthorised(e) ? 'forbidden' : 'failed' }));
    return () => {
      live = false;
    };
  }, [documentId]);

  async function download(file: Attachment) {
    setBusy(file.index);
    setError(null);
    try {
      const { data } = await get<Blob>(`${base}/${file.index}`, { responseType: 'blob' });
      saveFile(data, file.name);
    } catch {
      setError('Không tải được tệp. Hãy thử lại; nếu vẫn lỗi, báo quản trị hệ thống.');
    } finally {
      setBusy(null);
    }
  }

  if (load.state === 'loading') return <Typography variant="pi">Đang tải danh sách tệp…</Typography>;
  if (load.state === 'forbidden') return <Typography variant="pi">Chỉ người kiểm duyệt góp ý tải được tệp đính kèm.</Typography>;
  if (load.state === 'failed') return <Typography variant="pi">Không đọc được danh sách tệp. Hãy tải lại trang.</Typography>;
  if (load.files.length === 0) return <Typography variant="pi">Góp ý này không kèm tệp.</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {load.files.map((file) => (
        <DownloadButton key={file.index} busy={busy === file.index} anyBusy={busy !== null} onClick={() => download(file)}>
          Tải {file.name} ({size(file.size)})
        </DownloadButton>
      ))}
      <PanelError message={error} />
    </Flex>
  );
}

export const CommentAttachmentsPanel = editViewPanel(COMMENT, 'Tệp đính kèm của góp ý', AttachmentsContent);
