import * as React from 'react';
import { Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DownloadButton, editViewPanel, PanelError } from './panel-parts';
import { saveFile } from './save-file';
import { isUnauthorised } from './fetch-errors';

/**
 * The side panel of a consultation's edit view: how many comments wait for moderation, a link to that queue,
 * and the CSV / XLSX export for the synthesis report (báo cáo tổng hợp, tiếp thu, giải trình).
 * The counts and the files come from the CMS's own routes (cms/src/services/comments/moderation.ts), which check the
 * logged-in admin's token: a user who may not read comments gets a plain sentence, not the buttons.
 */
const CONSULTATION = 'api::consultation.consultation';
const COMMENT = 'api::public-comment.public-comment';

type Summary = {
  documentId: string;
  slug: string;
  total: number;
  byStatus: { status: string; label: string; count: number }[];
};

type Load = { state: 'loading' } | { state: 'ready'; summary: Summary } | { state: 'forbidden' } | { state: 'failed' };

/** The content manager's list of one draft's comments, narrowed to one status (the moderation queue). */
function queueUrl(documentId: string, status: string): string {
  const query = new URLSearchParams({
    page: '1',
    pageSize: '50',
    sort: 'submittedAt:DESC',
    'filters[$and][0][consultationId][$eq]': documentId,
    'filters[$and][1][moderationStatus][$eq]': status,
  });
  return `/admin/content-manager/collection-types/${COMMENT}?${query}`;
}

function fileNameFrom(headers: Headers | undefined, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(headers?.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

function CommentsPanelContent({ documentId }: { documentId: string }) {
  const { get } = useFetchClient();
  const [load, setLoad] = React.useState<Load>({ state: 'loading' });
  const [downloading, setDownloading] = React.useState<string | null>(null);
  const [downloadError, setDownloadError] = React.useState<string | null>(null);

  React.useEffect(() => {
    let live = true;
    get<Summary>(`/api/consultations/${encodeURIComponent(documentId)}/comments/summary`)
      .then(({ data }) => live && setLoad({ state: 'ready', summary: data }))
      .catch((error: unknown) => live && setLoad({ state: isUnauthorised(error) ? 'forbidden' : 'failed' }));
    return () => {
      live = false;
    };
  }, [documentId]);

  async function download(format: 'csv' | 'xlsx') {
    setDownloading(format);
    setDownloadError(null);
    try {
      const { data, headers } = await get<Blob>(`/api/consultations/${encodeURIComponent(documentId)}/comments/export?format=${format}`, { responseType: 'blob' });
      saveFile(data, fileNameFrom(headers, `gop-y.${format}`));
    } catch (error: unknown) {
      // The export carries e-mail and phone: editors and approvers read comments but may not export them.
      const forbidden = isUnauthorised(error);
      setDownloadError(forbidden ? 'Chỉ người kiểm duyệt góp ý xuất được danh sách (có thư điện tử, số điện thoại của người góp ý).' : 'Không tải được tệp. Hãy thử lại; nếu vẫn lỗi, báo quản trị hệ thống.');
    } finally {
      setDownloading(null);
    }
  }

  if (load.state === 'loading') return <Typography variant="pi">Đang đếm góp ý…</Typography>;
  if (load.state === 'forbidden') return <Typography variant="pi">Chỉ người kiểm duyệt góp ý xem và xuất được góp ý của dự thảo này.</Typography>;
  if (load.state === 'failed') return <Typography variant="pi">Không đọc được số góp ý. Hãy tải lại trang.</Typography>;

  const { summary } = load;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Typography variant="pi" fontWeight="bold">
        {summary.total} góp ý đã nhận
      </Typography>
      <ul aria-label="Góp ý theo trạng thái kiểm duyệt" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
        {summary.byStatus.map((s) => (
          <li key={s.status}>
            <Link href={queueUrl(summary.documentId, s.status)}>
              {s.label}: {s.count}
            </Link>
          </li>
        ))}
      </ul>
      <Typography variant="pi" textColor="neutral600">
        Xuất toàn bộ góp ý (kể cả bị từ chối, thư rác) kèm trạng thái và điều được góp ý, để lập báo cáo tổng hợp.
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <DownloadButton busy={downloading === 'csv'} anyBusy={downloading !== null} onClick={() => download('csv')}>
          Tải CSV
        </DownloadButton>
        <DownloadButton busy={downloading === 'xlsx'} anyBusy={downloading !== null} onClick={() => download('xlsx')}>
          Tải Excel (XLSX)
        </DownloadButton>
      </Flex>
      <PanelError message={downloadError} />
    </Flex>
  );
}

export const ConsultationCommentsPanel = editViewPanel(CONSULTATION, 'Góp ý của người dân', CommentsPanelContent);
