import { MAINTENANCE_NOTICE } from '../model/uids';
import type { EditorView } from './apply-editor-view';

/** The maintenance notice's fields in the editor, in Vietnamese, with what each one does. */
const LABELS: Record<string, [label: string, description: string]> = {
  startsAt: ['Bắt đầu bảo trì', 'Từ lúc này cổng có thể tạm ngừng phục vụ.'],
  endsAt: ['Kết thúc bảo trì', 'Phải sau thời điểm bắt đầu. Sau thời điểm này thông báo tự ẩn.'],
  announceFrom: ['Bắt đầu thông báo', 'Để trống: thông báo hiện từ 3 ngày trước khi bắt đầu bảo trì.'],
  message: ['Nội dung thêm', 'Dịch vụ nào bị ảnh hưởng, liên hệ ở đâu trong thời gian bảo trì (không bắt buộc).'],
};

export const MAINTENANCE_NOTICE_VIEW: EditorView = { uid: MAINTENANCE_NOTICE, labels: LABELS };
