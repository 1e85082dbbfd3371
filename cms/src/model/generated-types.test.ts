import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The row types (model/rows.ts) and the UID checks (model/uids.ts) come from Strapi's generated types in
 * cms/types/generated, generated from the schemas by `npm run build` (strapi ts:generate-types, which boots Strapi;
 * never committed, never edited by hand). This test does not regenerate them: it checks that every content type,
 * component, attribute and enumeration value in the schema files is in them, so stale types (a schema changed
 * since the last build) fail here.
 */
type Attribute = { type: string; enum?: string[] };
type SchemaFile = { attributes: Record<string, Attribute> };

const generated = {
  contentTypes: readFileSync(new URL('../../types/generated/contentTypes.d.ts', import.meta.url), 'utf8'),
  components: readFileSync(new URL('../../types/generated/components.d.ts', import.meta.url), 'utf8'),
};

const contentTypes = import.meta.glob('../api/*/content-types/*/schema.json', { eager: true, import: 'default' }) as Record<string, SchemaFile>;
const components = import.meta.glob('../components/*/*.json', { eager: true, import: 'default' }) as Record<string, SchemaFile>;

/** The body of `export interface <name> … { … }` up to the next top-level declaration. */
function interfaceBody(source: string, registryKey: string): string {
  const name = new RegExp(`'${registryKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}': (\\w+);`).exec(source)?.[1];
  expect(name, `${registryKey} is not in the generated types: run \`npm --workspace cms run types\``).toBeDefined();
  const start = source.indexOf(`export interface ${name}\n`) >= 0 ? source.indexOf(`export interface ${name}\n`) : source.indexOf(`export interface ${name} `);
  const end = source.indexOf('\nexport ', start + 1);
  return source.slice(start, end < 0 ? undefined : end);
}

function expectAttributes(body: string, key: string, schema: SchemaFile): void {
  for (const [attribute, definition] of Object.entries(schema.attributes)) {
    expect(body, `${key}.${attribute} is not in the generated types: run \`npm --workspace cms run types\``).toMatch(new RegExp(`\\n\\s+'?${attribute}'?: Schema\\.Attribute\\.`));
    for (const value of definition.enum ?? []) expect(body, `${key}.${attribute} value ${value}: run \`npm --workspace cms run types\``).toContain(`'${value}'`);
  }
}

describe('the generated types match the schema files', () => {
  it.each(Object.entries(contentTypes))('%s', (path, schema) => {
    const [, api, type] = /^\.\.\/api\/([^/]+)\/content-types\/([^/]+)\//.exec(path)!;
    const uid = `api::${api}.${type}`;
    expectAttributes(interfaceBody(generated.contentTypes, uid), uid, schema);
  });

  it.each(Object.entries(components))('%s', (path, schema) => {
    const [, category, name] = /^\.\.\/components\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
    const key = `${category}.${name}`;
    expectAttributes(interfaceBody(generated.components, key), key, schema);
  });
});
