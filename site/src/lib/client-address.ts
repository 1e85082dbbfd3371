import { env } from './env.ts';

/**
 * The citizen's address for the per-address comment limit (the CMS stores only a keyed hash of it). With
 * CLIENT_ADDRESS_HEADER set, the last entry of that header, which the agency's own proxy appended; else the
 * socket's address.
 */
export function clientAddressOf(request: Request, socketAddress: string, header: string | undefined = env.CLIENT_ADDRESS_HEADER): string {
  if (!header) return socketAddress;
  const value = request.headers.get(header);
  const last = value?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return last || socketAddress;
}
