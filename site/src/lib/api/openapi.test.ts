import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { API_ENDPOINTS, openApiDocument } from './openapi.ts';

const API_DIR = fileURLToPath(new URL('../../pages/api/v1', import.meta.url));
/** The parts of the OpenAPI document these tests read. */
type Operation = { summary: string; parameters: { name: string }[]; responses: Record<string, unknown> };
type JsonSchema = { additionalProperties?: unknown; properties?: Record<string, JsonSchema>; type?: string };
const doc = openApiDocument('https://congbao.songhong.gov.vn/') as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
};

/** Every route file under src/pages/api/v1 with the methods it answers (besides OPTIONS, the middleware's). */
function routeFiles(dir = API_DIR): { route: string; path: string; methods: string[] }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    const route = relative(API_DIR, full);
    const path = `/api/v1/${route.replace(/\.ts$/, '').replace(/(^|\/)index$/, '').replace(/\[([^\]]+)\]/g, '{$1}')}`.replace(/\/$/, '');
    const methods = [...readFileSync(full, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
    return [{ route, path, methods }];
  });
}

describe('the OpenAPI document of /api/v1', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc).toMatchObject({ openapi: '3.1.0', servers: [{ url: 'https://congbao.songhong.gov.vn/' }] });
  });

  it('lists every route file under src/pages/api/v1, with each method it answers, and nothing else', () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThanOrEqual(14);
    const fromFiles = files.flatMap((file) => file.methods.map((method) => `${method.toUpperCase()} ${file.path} (${file.route})`)).sort();
    const documented = API_ENDPOINTS.map((e) => `${e.method.toUpperCase()} ${e.path} (${e.route})`).sort();
    expect(documented).toEqual(fromFiles);
    for (const endpoint of API_ENDPOINTS) expect(doc.paths[endpoint.path]?.[endpoint.method], endpoint.path).toBeDefined();
  });

  it('resolves every $ref to a published schema, and keeps the answers closed (no undocumented fields)', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    for (const name of refs) expect(doc.components.schemas[name], name).toBeDefined();
    expect(doc.components.schemas.DocumentList?.additionalProperties).toBe(false);
    expect(doc.components.schemas.Draft?.properties?.data?.properties?.commentToken).toEqual({ type: 'string' });
  });

  it('describes parameters and answers in Vietnamese', () => {
    const list = doc.paths['/api/v1/documents']!.get!;
    expect(list.summary).toBe('Danh sách văn bản');
    expect(list.parameters.map((p) => p.name)).toEqual(['type', 'issuer', 'field', 'year', 'status', 'sort', 'page', 'pageSize']);
    expect(Object.keys(list.responses)).toEqual(['200', '400', '503']);
    expect(doc.paths['/api/v1/drafts/{slug}/comments']!.post!.responses['202']).toBeDefined();
  });
});
