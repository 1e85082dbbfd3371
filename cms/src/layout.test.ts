import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What may import what in cms/src (docs/architecture.md, "The CMS by role"), checked on the source text so that a
 * newcomer's shortcut fails a unit test rather than a review: the rules stay framework-free, the configuration is
 * read in one place, and what depends on Strapi's internals stays in the one folder an upgrade re-checks.
 */
const root = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'admin' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sources(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
const imports = (text: string) => [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
const inFolder = (folder: string) => files.filter((f) => f.path.startsWith(`${folder}/`));

describe('cms/src layout', () => {
  it.each(['rules', 'model'])('%s/ imports no framework and no Strapi glue, and reads no environment', (folder) => {
    expect(inFolder(folder).length).toBeGreaterThan(0);
    for (const file of inFolder(folder)) {
      // model/ may name Strapi's generated types (`import type`, erased at compile time): that is how rows are typed.
      const code = folder === 'model' ? file.text.replace(/^import type .*$/gm, '') : file.text;
      const wrong = imports(code).filter((spec) => spec.startsWith('@strapi/') || /(^|\/)(services|document-middlewares|bootstrap|strapi-internals|api)\//.test(spec));
      expect(wrong, `${file.path} imports ${wrong.join(', ')}`).toEqual([]);
      expect(file.text.includes('process.env'), `${file.path} reads process.env`).toBe(false);
    }
  });

  it.each(['services', 'bootstrap'])('%s/ does not import the document middlewares (they call services, not the other way round)', (folder) => {
    for (const file of inFolder(folder)) {
      const wrong = imports(file.text).filter((spec) => /(^|\/)document-middlewares\//.test(spec));
      expect(wrong, `${file.path} imports ${wrong.join(', ')}`).toEqual([]);
    }
  });

  it('only env.ts reads the environment (and index.ts, which hands it whole to the production-secret check)', () => {
    const readers = files.filter((f) => /process\.env\b/.test(f.text)).map((f) => f.path).sort();
    expect(readers).toEqual(['env.ts', 'index.ts']);
  });

  it("only strapi-internals/ loads files from inside a package or reaches Strapi's undocumented members", () => {
    const outside = files.filter((f) => !f.path.startsWith('strapi-internals/'));
    for (const file of outside) {
      expect(/['"`][^'"`]*\bdist\/[^'"`]*\.js['"`]/.test(file.text), `${file.path} loads a file from a package's dist/`).toBe(false);
      expect(/\bsessionManager\b/.test(file.text), `${file.path} uses strapi.sessionManager`).toBe(false);
      expect(/__pivot\s*:/.test(file.text), `${file.path} writes Strapi's component pivots`).toBe(false);
    }
  });

  it('every file in strapi-internals/ names the Strapi version it was checked against', () => {
    for (const file of inFolder('strapi-internals')) expect(file.text, file.path).toMatch(/5\.54\.0|checked-against/);
  });

  it('document middlewares are registered from document-middlewares/ only', () => {
    const registering = files.filter((f) => /strapi\.documents\.use\(/.test(f.text)).map((f) => f.path);
    const elsewhere = registering.filter((path) => !path.startsWith('document-middlewares/') && path !== 'services/audit/audit-log.ts');
    expect(elsewhere).toEqual([]);
  });

  it('has no domain/ folder (a rule is in rules/, glue is named by its role) and no policies/ folder (Strapi loads it as route policies)', () => {
    expect(existsSync(join(root, 'domain'))).toBe(false);
    expect(existsSync(join(root, 'policies'))).toBe(false);
  });
});
