import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { editViewPanel } from './panel-parts';

/**
 * The side panel of a legal document's edit view: each attached original with how far its text was read for
 * search (cms/src/services/original-text), a scan flagged "Cần số hóa", a failure with its reason, and the queue's
 * progress over all files. Saved attachments only: a file is read once uploaded, the panel shows the saved draft.
 */
const LEGAL_DOCUMENT = 'api::legal-document.legal-document';

type File = { id: number; name: string; status: string; label: string; error: string | null; pages: number };
type Progress = { pending: number; extracted: number; 'needs-digitising': number; failed: number; running: number; retrying: number };
type Load = { state: 'loading' } | { state: 'ready'; files: File[]; progress: Progress } | { state: 'failed' };

const TONE: Record<string, 'danger600' | 'warning600' | 'success600' | 'neutral600'> = {
  failed: 'danger600',
  'needs-digitising': 'warning600',
  extracted: 'success600',
};

function OriginalTextContent({ documentId }: { documentId: string }) {
  const { get } = useFetchClient();
  const [load, setLoad] = React.useState<Load>({ state: 'loading' });

  React.useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      get<{ files: File[]; progress: Progress }>(`/api/original-text/documents/${encodeURIComponent(documentId)}`)
        .then(({ data }) => {
          if (!live) return;
          setLoad({ state: 'ready', files: data.files, progress: data.progress });
          // While a file of this document is still being read, look again shortly.
          if (data.files.some((file) => file.status === 'pending')) timer = setTimeout(read, 3000);
        })
        .catch(() => live && setLoad({ state: 'failed' }));
    void read();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [documentId]);

  if (load.state === 'loading') return <Typography variant="pi">Đang đọc trạng thái tệp…</Typography>;
  if (load.state === 'failed') return <Typography variant="pi">Không đọc được trạng thái trích xuất. Hãy tải lại trang.</Typography>;
  const { files, progress } = load;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      {files.length === 0 ? <Typography variant="pi">Văn bản chưa có tệp đính kèm đã lưu.</Typography> : null}
      {files.map((file) => (
        <Flex key={file.id} direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="omega" fontWeight="bold">
            {file.name}
          </Typography>
          <Typography variant="pi" textColor={TONE[file.status] ?? 'neutral600'}>
            {file.label}
            {file.status === 'extracted' ? ` (${file.pages} trang có chữ)` : ''}
          </Typography>
          {file.error ? <Typography variant="pi">{file.error}</Typography> : null}
        </Flex>
      ))}
      <Typography variant="pi" textColor="neutral600">
        Toàn hệ thống: {progress.pending} tệp chờ, {progress.running} đang đọc, {progress.extracted} xong, {progress['needs-digitising']} cần số hóa, {progress.failed} lỗi.
      </Typography>
    </Flex>
  );
}

export const OriginalTextPanel = editViewPanel(LEGAL_DOCUMENT, 'Nội dung tệp gốc (tìm kiếm)', OriginalTextContent);
