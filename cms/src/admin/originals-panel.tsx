import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { formatDateTime, SIGNATURE_VERDICT_LABELS, type SignatureReport } from '@cong/content';
import { editViewPanel, PanelError } from './panel-parts';
import { isUnauthorised } from './fetch-errors';

/**
 * The side panel of a legal document's edit view: what verifying its originals' digital signatures found (the mark
 * citizens see is derived from it; nobody ticks it), and a button to verify them again now — after a CA published
 * revocation data, say. Both through the CMS's routes (cms/src/api/originals), which check the admin's session.
 */
const LEGAL_DOCUMENT = 'api::legal-document.legal-document';

type Reports = { files: Array<{ id: number; name: string; report: SignatureReport | null }> };
type Load = { state: 'loading' } | { state: 'ready'; reports: Reports } | { state: 'forbidden' } | { state: 'failed' };

function OriginalsPanelContent({ documentId }: { documentId: string }) {
  const { get, post } = useFetchClient();
  const [load, setLoad] = React.useState<Load>({ state: 'loading' });
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const refresh = React.useCallback(() => {
    get<Reports>(`/api/originals/${encodeURIComponent(documentId)}`)
      .then(({ data }) => setLoad({ state: 'ready', reports: data }))
      .catch((e: unknown) => setLoad({ state: isUnauthorised(e) ? 'forbidden' : 'failed' }));
  }, [documentId]);
  React.useEffect(refresh, [refresh]);

  async function reverify() {
    setBusy(true);
    setError(null);
    try {
      await post('/api/originals/reverify', { documentId });
      refresh();
    } catch (e: unknown) {
      const forbidden = isUnauthorised(e);
      setError(forbidden ? 'Cần quyền sửa văn bản để kiểm tra lại chữ ký số.' : 'Không kiểm tra lại được. Hãy thử lại; nếu vẫn lỗi, báo quản trị hệ thống.');
    } finally {
      setBusy(false);
    }
  }

  if (load.state === 'loading') return <Typography variant="pi">Đang đọc kết quả kiểm tra…</Typography>;
  if (load.state === 'forbidden') return <Typography variant="pi">Cần quyền xem văn bản.</Typography>;
  if (load.state === 'failed') return <Typography variant="pi">Không đọc được kết quả kiểm tra. Hãy tải lại trang.</Typography>;
  const { files } = load.reports;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {files.length === 0 && <Typography variant="pi">Chưa có tệp đính kèm.</Typography>}
      <ul aria-label="Chữ ký số của từng tệp" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
        {files.map((file) => (
          <li key={file.id} style={{ marginBottom: 8 }}>
            <Typography variant="pi" fontWeight="bold">
              {file.name}
            </Typography>
            <br />
            {file.report === null ? (
              <Typography variant="pi">Đang chờ kiểm tra.</Typography>
            ) : file.report.signatures.length === 0 ? (
              <Typography variant="pi">Không có chữ ký số.</Typography>
            ) : (
              file.report.signatures.map((s, i) => (
                <Typography key={i} variant="pi" textColor={s.verdict === 'valid' ? 'success600' : 'danger600'}>
                  {SIGNATURE_VERDICT_LABELS[s.verdict]} — {s.signer ?? 'không rõ người ký'}
                  {s.signedAt ? `, ${formatDateTime(s.signedAt)}` : ''}
                  <br />
                </Typography>
              ))
            )}
          </li>
        ))}
      </ul>
      <Button fullWidth variant="secondary" loading={busy} disabled={busy || files.length === 0} onClick={reverify}>
        Kiểm tra lại chữ ký số
      </Button>
      <PanelError message={error} />
    </Flex>
  );
}

export const OriginalsPanel = editViewPanel(LEGAL_DOCUMENT, 'Chữ ký số của bản gốc', OriginalsPanelContent);
