import {
  ApiAnswerListSchema,
  ApiArticleListSchema,
  ApiCommentInvalidSchema,
  ApiCommentReceiptSchema,
  ApiCommentRefusedSchema,
  ApiCommentRequestSchema,
  ApiDirectoryListSchema,
  ApiDocumentAnswerSchema,
  ApiDocumentListSchema,
  ApiDraftAnswerSchema,
  ApiDraftCommentListSchema,
  ApiDraftListSchema,
  ApiErrorSchema,
  ApiFileSchema,
  ApiProjectListSchema,
  ApiPublicServiceListSchema,
  ApiScheduleListSchema,
  ApiStatisticReportListSchema,
  ApiElectronicDocumentStatisticsSchema,
} from '@cong/content';
import { ApiSearchAnswerSchema } from '@cong/search';
import { z } from 'zod';
import { vi } from '../../i18n/vi.ts';

/**
 * The public API's table of contents: every /api/v1 route with its parameters and the schema of its answer
 * (content/src/public-api.ts). Both the OpenAPI 3.1 document (/api/v1/openapi.json) and the human page
 * (/tai-lieu-api) are made from it, with zod's own JSON Schema output (z.toJSONSchema), so neither can drift
 * from the schemas the routes build their answers with. Add a route here when you add one under
 * src/pages/api/v1/ (openapi.test.ts fails otherwise). The wording is in src/i18n/vi.ts (`vi.apiDocs`).
 */

export type ApiParam = {
  name: string;
  in: 'query' | 'path';
  description: string;
  /** An example value, also what the system test calls the route with. */
  example?: string;
};

export type ApiEndpoint = {
  method: 'get' | 'post';
  /** The OpenAPI path: `{slug}` for a path parameter. */
  path: string;
  /** The route file under src/pages/api/v1/. */
  route: string;
  summary: string;
  description: string;
  params: ApiParam[];
  /** The schema of the 200 answer (202 for a POST), by its component name. */
  answer: string;
  /** The error statuses the route answers with `ApiError` (besides 503 when the CMS or search is down). */
  errors: number[];
};

/** Named schemas, published under components.schemas; an endpoint's `answer` names one. */
const COMPONENTS = {
  DocumentList: ApiDocumentListSchema,
  Document: ApiDocumentAnswerSchema,
  DraftList: ApiDraftListSchema,
  Draft: ApiDraftAnswerSchema,
  DraftCommentList: ApiDraftCommentListSchema,
  CommentRequest: ApiCommentRequestSchema,
  CommentReceipt: ApiCommentReceiptSchema,
  CommentInvalid: ApiCommentInvalidSchema,
  CommentRefused: ApiCommentRefusedSchema,
  ArticleList: ApiArticleListSchema,
  ScheduleList: ApiScheduleListSchema,
  PublicServiceList: ApiPublicServiceListSchema,
  ProjectList: ApiProjectListSchema,
  StatisticReportList: ApiStatisticReportListSchema,
  ElectronicDocumentStatistics: ApiElectronicDocumentStatisticsSchema,
  AnswerList: ApiAnswerListSchema,
  DirectoryList: ApiDirectoryListSchema,
  SearchAnswer: ApiSearchAnswerSchema,
  File: ApiFileSchema,
  Error: ApiErrorSchema,
  /** The OpenAPI document itself (its own schema is the OpenAPI 3.1 specification's). */
  OpenApiDocument: z.object({ openapi: z.string() }).catchall(z.unknown()),
} satisfies Record<string, z.ZodType>;
export type ApiComponent = keyof typeof COMPONENTS;

const d = vi.apiDocs;
/** A query parameter; `example` where a reader (and the system test) needs one. */
const query = (name: string, description: string, example?: string): ApiParam =>
  example === undefined ? { name, in: 'query', description } : { name, in: 'query', description, example };
/** The `{slug}` of a path. */
const slugIn = (description: string): ApiParam[] => [{ name: 'slug', in: 'path', description }];
const page = [query('page', d.params.page), query('pageSize', d.params.pageSize)];
// The registry's filters, the same on the document list and on search.
const issuer = query('issuer', d.params.issuer);
const year = query('year', d.params.year);
const draftSlug = slugIn(d.params.draftSlug);

export const API_ENDPOINTS: readonly (ApiEndpoint & { answer: ApiComponent })[] = [
  {
    method: 'get', path: '/api/v1/documents', route: 'documents/index.ts', answer: 'DocumentList', errors: [400],
    ...d.endpoints.documents,
    params: [query('type', d.params.type, 'quyet-dinh'), issuer, query('field', d.params.field), year, query('status', d.params.validity, 'in-force'), query('sort', d.params.sort), ...page],
  },
  {
    method: 'get', path: '/api/v1/documents/{slug}', route: 'documents/[slug].ts', answer: 'Document', errors: [404],
    ...d.endpoints.document,
    params: slugIn(d.params.documentSlug),
  },
  {
    method: 'get', path: '/api/v1/search', route: 'search.ts', answer: 'SearchAnswer', errors: [400],
    ...d.endpoints.search,
    params: [query('q', d.params.q, 'thủ tục hành chính'), query('type', d.params.searchType), issuer, year, query('status', d.params.validity), ...page],
  },
  {
    method: 'get', path: '/api/v1/drafts', route: 'drafts/index.ts', answer: 'DraftList', errors: [400],
    ...d.endpoints.drafts,
    params: [query('status', d.params.draftStatus, 'open')],
  },
  {
    method: 'get', path: '/api/v1/drafts/{slug}', route: 'drafts/[slug].ts', answer: 'Draft', errors: [404],
    ...d.endpoints.draft,
    params: draftSlug,
  },
  {
    method: 'get', path: '/api/v1/drafts/{slug}/comments', route: 'drafts/[slug]/comments.ts', answer: 'DraftCommentList', errors: [404],
    ...d.endpoints.draftComments,
    params: draftSlug,
  },
  {
    method: 'post', path: '/api/v1/drafts/{slug}/comments', route: 'drafts/[slug]/comments.ts', answer: 'CommentReceipt', errors: [],
    ...d.endpoints.postComment,
    params: draftSlug,
  },
  {
    method: 'get', path: '/api/v1/news', route: 'news/index.ts', answer: 'ArticleList', errors: [400],
    ...d.endpoints.news,
    params: [query('section', d.params.section, 'all'), ...page],
  },
  {
    method: 'get', path: '/api/v1/schedule', route: 'schedule/index.ts', answer: 'ScheduleList', errors: [400],
    ...d.endpoints.schedule,
    params: [query('week', d.params.week)],
  },
  { method: 'get', path: '/api/v1/services', route: 'services/index.ts', answer: 'PublicServiceList', errors: [], ...d.endpoints.services, params: [] },
  { method: 'get', path: '/api/v1/projects', route: 'projects/index.ts', answer: 'ProjectList', errors: [], ...d.endpoints.projects, params: [] },
  { method: 'get', path: '/api/v1/statistics', route: 'statistics/index.ts', answer: 'StatisticReportList', errors: [], ...d.endpoints.statistics, params: [] },
  {
    method: 'get', path: '/api/v1/statistics/electronic-documents', route: 'statistics/electronic-documents.ts', answer: 'ElectronicDocumentStatistics', errors: [400],
    ...d.endpoints.electronicStatistics,
    params: [query('from', d.params.statisticsFrom, '01/01/2026'), query('to', d.params.statisticsTo), query('format', d.params.statisticsFormat)],
  },
  { method: 'get', path: '/api/v1/questions', route: 'questions/index.ts', answer: 'AnswerList', errors: [], ...d.endpoints.questions, params: [] },
  {
    method: 'get', path: '/api/v1/directory', route: 'directory/index.ts', answer: 'DirectoryList', errors: [400],
    ...d.endpoints.directory,
    params: [query('q', d.params.directoryQ), query('unit', d.params.unit)],
  },
  { method: 'get', path: '/api/v1/openapi.json', route: 'openapi.json.ts', answer: 'OpenApiDocument', errors: [], ...d.endpoints.openapi, params: [] },
];

/** The schema of an endpoint's answer, for code that checks real answers against the contract. */
export function answerSchema(endpoint: ApiEndpoint): z.ZodType {
  return COMPONENTS[endpoint.answer as ApiComponent];
}

const ref = (name: ApiComponent) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ApiComponent) => ({ 'application/json': { schema: ref(name) } });

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of every component, cross-referenced by `$ref`. */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  // Each comes out as a standalone document; inside OpenAPI the dialect is the document's and the id its place.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

function operation(endpoint: ApiEndpoint & { answer: ApiComponent }) {
  const ok = endpoint.method === 'post' ? '202' : '200';
  const responses: Record<string, unknown> = { [ok]: { description: d.responses.ok, content: json(endpoint.answer) } };
  if (endpoint.method === 'post') {
    responses['422'] = { description: d.responses.invalid, content: json('CommentInvalid') };
    responses['4XX'] = { description: d.responses.refused, content: json('CommentRefused') };
    responses['503'] = { description: d.responses.unavailable, content: json('CommentRefused') };
  } else {
    for (const status of endpoint.errors) responses[String(status)] = { description: d.responses[status as 400 | 404], content: json('Error') };
    responses['503'] = { description: d.responses.unavailable, content: json('Error') };
  }
  return {
    operationId: `${endpoint.method}${endpoint.path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    summary: endpoint.summary,
    description: endpoint.description,
    parameters: endpoint.params.map((param) => ({
      name: param.name,
      in: param.in,
      required: param.in === 'path',
      description: param.description,
      schema: { type: 'string' },
      ...(param.example === undefined ? {} : { example: param.example }),
    })),
    ...(endpoint.method === 'post'
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('CommentRequest') },
              'application/x-www-form-urlencoded': { schema: ref('CommentRequest') },
              'multipart/form-data': { schema: ref('CommentRequest') },
            },
          },
        }
      : {}),
    responses,
  };
}

let cached: { server: string; document: Record<string, unknown> } | undefined;

/** The OpenAPI 3.1 document of /api/v1, with `server` (the site's public URL) as its base. */
export function openApiDocument(server: string): Record<string, unknown> {
  if (cached?.server === server) return cached.document;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of API_ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  const document = {
    openapi: '3.1.0',
    info: { title: d.title, version: '1', description: d.description },
    servers: [{ url: server }],
    paths,
    components: { schemas: componentSchemas() },
  };
  cached = { server, document };
  return document;
}
