import { describe, expect, it } from 'vitest';
import { AUDIT_ENTRY, AuditLogReadOnlyError, registerAuditLog } from './audit-log';

/**
 * The log's last line of defence: whatever reaches the document service (a future route, a plugin, a script with
 * the CMS loaded), a write to an audit entry is refused before it runs. The system test shows the admin and the
 * REST API refusing in front of it.
 */
describe('the audit middleware', () => {
  type Middleware = (context: { uid: string; action: string; params: object }, next: () => Promise<unknown>) => Promise<unknown>;
  const middlewares: Middleware[] = [];
  const registered: unknown[] = [];
  // Only what registering reads of Strapi: the document service's `use` and the permission service.
  const strapi = {
    documents: { use: (m: Middleware) => middlewares.push(m) },
    service: () => ({ actionProvider: { register: async (action: unknown) => registered.push(action) } }),
  };
  registerAuditLog(strapi as unknown as Parameters<typeof registerAuditLog>[0]);
  const [middleware] = middlewares;

  it.each(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft'])('refuses %s on an audit entry', async (action) => {
    let ran = false;
    const next = async () => {
      ran = true;
    };
    await expect(middleware!({ uid: AUDIT_ENTRY, action, params: { documentId: 'x', data: {} } }, next)).rejects.toBeInstanceOf(AuditLogReadOnlyError);
    expect(ran).toBe(false);
  });

  it('registers the permission to read the log', () => {
    expect(registered).toEqual([expect.objectContaining({ uid: 'audit-log.read', section: 'settings' })]);
  });

  it('lets reads through untouched', async () => {
    await expect(middleware!({ uid: AUDIT_ENTRY, action: 'findMany', params: {} }, async () => 'rows')).resolves.toBe('rows');
  });
});
