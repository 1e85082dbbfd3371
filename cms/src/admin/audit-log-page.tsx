import * as React from 'react';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { saveFile } from './save-file';
import { cmsMessageOf, isUnauthorised } from './fetch-errors';

/**
 * "Nhật ký thao tác": who changed what, when and from where (cms/src/services/audit/audit-log.ts). Read-only: the page
 * lists and exports; nothing in the admin can change an entry. The routes check the logged-in admin's own token
 * (the `api::audit-log.read` permission); anyone else gets a plain sentence.
 */
type Change = { field: string; old?: string | null; new?: string | null; withheld?: true };
type Entry = {
  id: number;
  time: string;
  actionLabel: string;
  contentTypeLabel: string;
  itemId: string | null;
  title: string | null;
  actorName: string;
  address: string | null;
  changes: Change[] | null;
  summary: string | null;
};
type AuditPage = {
  entries: Entry[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
  actors: { key: string; name: string }[];
  contentTypes: { uid: string; label: string }[];
};
type Filters = { actor: string; contentType: string; from: string; to: string; q: string };
type Load = { state: 'loading' } | { state: 'ready'; page: AuditPage } | { state: 'forbidden' } | { state: 'failed'; message: string };

const EMPTY: Filters = { actor: '', contentType: '', from: '', to: '', q: '' };
const PAGE_SIZE = 50;

function queryOf(filters: Filters, page?: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (page) {
    query.set('page', String(page));
    query.set('pageSize', String(PAGE_SIZE));
  }
  return query.toString();
}

function ChangeList({ entry }: { entry: Entry }) {
  const changes = entry.changes ?? [];
  if (!entry.summary && changes.length === 0) return <Typography textColor="neutral500">—</Typography>;
  return (
    <Box>
      {entry.summary ? <Typography variant="pi">{entry.summary}</Typography> : null}
      <ul style={{ margin: 0, paddingLeft: '1rem' }}>
        {changes.map((c, i) => (
          <li key={i}>
            <Typography variant="pi">
              <strong>{c.field}</strong>:{' '}
              {c.withheld ? <em>đã thay đổi (không ghi giá trị)</em> : `${c.old ?? '(trống)'} → ${c.new ?? '(trống)'}`}
            </Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
}

const fieldStyle: React.CSSProperties = { padding: '0.5rem', borderRadius: 4, border: '1px solid #dcdce4', minWidth: '12rem', font: 'inherit' };

type FieldChange = (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;

/** A filter with its visible label above it; the label element names the field for screen readers. */
function FilterField({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label>
      <Typography variant="pi" fontWeight="bold" tag="span" display="block">{label}</Typography>
      {children}
    </label>
  );
}

/** A drop-down filter: "Tất cả" (no filter) first, then the values the log holds (none until the first page loads). */
function FilterSelect(props: { label: string; name: string; value: string; onChange: FieldChange; options: { value: string; label: string }[] | undefined }) {
  return (
    <FilterField label={props.label}>
      <select name={props.name} value={props.value} onChange={props.onChange} style={fieldStyle}>
        <option value="">Tất cả</option>
        {props.options?.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </FilterField>
  );
}

function FilterInput({ label, ...input }: { label: string; name: string; type: 'search' | 'date'; value: string; onChange: FieldChange }) {
  return (
    <FilterField label={label}>
      <input {...input} style={fieldStyle} />
    </FilterField>
  );
}

export default function AuditLogPage() {
  const { get } = useFetchClient();
  const [draft, setDraft] = React.useState<Filters>(EMPTY);
  const [filters, setFilters] = React.useState<Filters>(EMPTY);
  const [page, setPage] = React.useState(1);
  const [load, setLoad] = React.useState<Load>({ state: 'loading' });
  const [downloading, setDownloading] = React.useState(false);
  const [downloadError, setDownloadError] = React.useState<string | null>(null);

  React.useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    get<AuditPage>(`/api/audit-log?${queryOf(filters, page)}`)
      .then(({ data }) => live && setLoad({ state: 'ready', page: data }))
      .catch((error: unknown) => {
        if (!live) return;
        if (isUnauthorised(error)) setLoad({ state: 'forbidden' });
        else setLoad({ state: 'failed', message: cmsMessageOf(error) ?? 'Không đọc được nhật ký. Hãy tải lại trang.' });
      });
    return () => {
      live = false;
    };
  }, [filters, page]);

  function apply(event: React.FormEvent) {
    event.preventDefault();
    setPage(1);
    setFilters(draft);
  }

  function reset() {
    setDraft(EMPTY);
    setPage(1);
    setFilters(EMPTY);
  }

  async function download() {
    setDownloading(true);
    setDownloadError(null);
    try {
      const { data } = await get<Blob>(`/api/audit-log/export?${queryOf(filters)}`, { responseType: 'blob' });
      saveFile(data, 'nhat-ky-thao-tac.csv');
    } catch {
      setDownloadError('Không tải được tệp CSV. Hãy thử lại; nếu vẫn lỗi, báo quản trị hệ thống.');
    } finally {
      setDownloading(false);
    }
  }

  const set = (key: keyof Filters): FieldChange => (event) => setDraft({ ...draft, [key]: event.target.value });
  const ready = load.state === 'ready' ? load.page : null;

  return (
    <Page.Main>
      <Page.Title>Nhật ký thao tác</Page.Title>
      <Layouts.Header
        title="Nhật ký thao tác"
        subtitle="Ai đã tạo, sửa, xuất bản, gỡ, xoá nội dung, kiểm duyệt góp ý, đổi tài khoản, vai trò và nhập dữ liệu; lúc nào, từ địa chỉ nào. Nhật ký chỉ ghi thêm, không sửa, không xoá."
        primaryAction={
          <Button variant="secondary" onClick={download} loading={downloading} disabled={load.state !== 'ready'}>
            Tải CSV
          </Button>
        }
      />
      <Layouts.Content>
        <form onSubmit={apply} aria-label="Lọc nhật ký">
          <Flex gap={4} wrap="wrap" alignItems="flex-end" paddingBottom={4}>
            <FilterSelect label="Người thực hiện" name="actor" value={draft.actor} onChange={set('actor')} options={ready?.actors.map((a) => ({ value: a.key, label: a.name }))} />
            <FilterSelect label="Loại nội dung" name="contentType" value={draft.contentType} onChange={set('contentType')} options={ready?.contentTypes.map((t) => ({ value: t.uid, label: t.label }))} />
            <FilterInput label="Tiêu đề hoặc mã nội dung" name="q" type="search" value={draft.q} onChange={set('q')} />
            <FilterInput label="Từ ngày" name="from" type="date" value={draft.from} onChange={set('from')} />
            <FilterInput label="Đến ngày" name="to" type="date" value={draft.to} onChange={set('to')} />
            <Button type="submit">Lọc</Button>
            <Button type="button" variant="tertiary" onClick={reset}>Bỏ lọc</Button>
          </Flex>
        </form>
        {downloadError ? <Typography textColor="danger600" role="alert">{downloadError}</Typography> : null}
        {load.state === 'loading' ? <Typography>Đang đọc nhật ký…</Typography> : null}
        {load.state === 'forbidden' ? (
          <Typography role="alert">Chỉ người có quyền "Xem và xuất nhật ký thao tác" (quản trị cao nhất, vai trò Kiểm tra nhật ký) xem được nhật ký.</Typography>
        ) : null}
        {load.state === 'failed' ? <Typography textColor="danger600" role="alert">{load.message}</Typography> : null}
        {ready ? (
          <>
            <Typography tag="p" paddingBottom={2}>
              {ready.pagination.total} dòng nhật ký{ready.pagination.pageCount > 1 ? ` — trang ${ready.pagination.page}/${ready.pagination.pageCount}` : ''}
            </Typography>
            <Table colCount={6} rowCount={ready.entries.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">Thời gian</Typography></Th>
                  <Th><Typography variant="sigma">Người thực hiện</Typography></Th>
                  <Th><Typography variant="sigma">Địa chỉ IP</Typography></Th>
                  <Th><Typography variant="sigma">Thao tác</Typography></Th>
                  <Th><Typography variant="sigma">Nội dung</Typography></Th>
                  <Th><Typography variant="sigma">Thay đổi</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {ready.entries.map((e) => (
                  <Tr key={e.id}>
                    <Td><Typography style={{ whiteSpace: 'nowrap' }}>{e.time}</Typography></Td>
                    <Td><Typography>{e.actorName}</Typography></Td>
                    <Td><Typography>{e.address ?? ''}</Typography></Td>
                    <Td><Typography>{e.actionLabel}</Typography></Td>
                    <Td style={{ whiteSpace: 'normal', maxWidth: '20rem' }}>
                      <Typography display="block">{e.contentTypeLabel}</Typography>
                      <Typography variant="pi" textColor="neutral600">{e.title ?? e.itemId ?? ''}</Typography>
                    </Td>
                    <Td style={{ whiteSpace: 'normal', maxWidth: '32rem' }}><ChangeList entry={e} /></Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            {ready.entries.length === 0 ? <Typography tag="p" paddingTop={4}>Không có dòng nhật ký nào khớp bộ lọc.</Typography> : null}
            <Flex gap={2} paddingTop={4} tag="nav" aria-label="Phân trang">
              <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>Trang trước</Button>
              <Button variant="tertiary" disabled={page >= ready.pagination.pageCount} onClick={() => setPage(page + 1)}>Trang sau</Button>
            </Flex>
          </>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
}
