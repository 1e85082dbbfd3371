import { describeIssues } from '@cong/content';
import { z } from 'zod';

/**
 * The agency that runs the portal: header (TT 32/2017 Điều 16 k3a: emblem and full Vietnamese name) and footer
 * (k3c: agency, person responsible for the content, address, phone, e-mail). Each field can be overridden with an
 * `AGENCY_*` environment variable; the defaults describe a fictitious demo province.
 */
export const AgencySchema = z.object({
  /** Full Vietnamese name of the agency, shown in the header and used as DC.creator/DC.publisher. */
  name: z.string().min(1),
  /** Name of the portal itself (site name in titles, RSS, Open Graph). */
  portalName: z.string().min(1),
  /** Short form used where space is tight (breadcrumb root, RSS copyright). */
  shortName: z.string().min(1),
  address: z.string().min(1),
  phone: z.string().min(1),
  email: z.email(),
  /** Người chịu trách nhiệm nội dung: name and position. */
  responsiblePerson: z.string().min(1),
  /** The licence or permit line many portals print in the footer (Giấy phép …). Optional. */
  licence: z.string().optional(),
});
export type Agency = z.output<typeof AgencySchema>;

const DEMO_AGENCY: Agency = {
  name: 'Ủy ban nhân dân tỉnh Sông Hồng (dữ liệu mẫu)',
  portalName: 'Cổng thông tin điện tử tỉnh Sông Hồng',
  shortName: 'UBND tỉnh Sông Hồng',
  address: 'Số 1 đường Trần Hưng Đạo, phường Bến Thủy, tỉnh Sông Hồng (địa chỉ mẫu)',
  phone: '0200 3 000 000',
  email: 'congthongtin@songhong.example.vn',
  responsiblePerson: 'Ông Nguyễn Văn An, Chánh Văn phòng Ủy ban nhân dân tỉnh (dữ liệu mẫu)',
  licence: undefined,
};

const ENV_KEYS: Record<keyof Agency, string> = {
  name: 'AGENCY_NAME',
  portalName: 'AGENCY_PORTAL_NAME',
  shortName: 'AGENCY_SHORT_NAME',
  address: 'AGENCY_ADDRESS',
  phone: 'AGENCY_PHONE',
  email: 'AGENCY_EMAIL',
  responsiblePerson: 'AGENCY_RESPONSIBLE_PERSON',
  licence: 'AGENCY_LICENCE',
};

export function loadAgency(source: Record<string, string | undefined>): Agency {
  const merged: Record<string, string | undefined> = { ...DEMO_AGENCY };
  for (const [field, key] of Object.entries(ENV_KEYS)) {
    const value = source[key]?.trim();
    if (value) merged[field] = value;
  }
  const result = AgencySchema.safeParse(merged);
  if (!result.success) {
    const fields = describeIssues(result.error, { where: (issue) => ENV_KEYS[issue.path[0] as keyof Agency] });
    throw new Error(`Invalid agency details (${fields}): fix the AGENCY_* variables and start the site again.`);
  }
  return result.data;
}

export const agency: Agency = loadAgency(process.env);
