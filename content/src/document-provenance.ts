import { z } from 'zod';

/**
 * How a document entered the registry (the directives' "share received electronically"): typed by an editor in
 * the CMS, imported from files (`npm run import`), or received from another agency's document-management system
 * as an edXML package (QCVN 102:2016/BTTTT), by the importer or the CMS's inbox folder.
 */
export const RECEIVED_VIA = ['editor', 'import', 'edxml'] as const;
export const ReceivedViaSchema = z.enum(RECEIVED_VIA);
export type ReceivedVia = z.output<typeof ReceivedViaSchema>;

export const RECEIVED_VIA_LABELS: Readonly<Record<ReceivedVia, string>> = {
  editor: 'Biên tập viên nhập',
  import: 'Nhập từ tệp',
  edxml: 'Nhận qua trục liên thông (edXML)',
};
