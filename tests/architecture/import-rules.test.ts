import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

/**
 * The import rules the architecture rests on (docs/architecture.md), read from the source itself so a break
 * fails a unit test instead of waiting for a review:
 * - content/ is the model both sides agree on: plain TypeScript and zod, no framework, no other package;
 * - search/ indexes what the CMS hands it and knows nothing of Strapi, the site or the CMS's code;
 * - the site reaches the CMS only over HTTP: nothing from cms/ and no Strapi package in its code.
 * Imports are found by TypeScript's own pre-processor (static, dynamic, `export … from`, `require`); in an
 * .astro file, in its frontmatter and <script> blocks.
 */

type Rule = {
  folder: string;
  /** Why the rule exists, shown with a failure. */
  why: string;
  /** Whether an import (as written, and resolved to a path inside the repository when relative) breaks it. */
  breaks: (specifier: string, resolved: string | null) => boolean;
};

const FRAMEWORKS = /^(astro|astro:.*|@astrojs\/.*|@strapi\/.*|react|react-dom|react\/.*|preact|koa|express|vite|@cong\/(cms|site|search))$/;
const STRAPI = /^@strapi\//;
const inside = (folder: string) => (resolved: string | null) => resolved !== null && (resolved === folder || resolved.startsWith(`${folder}/`));

const RULES: Rule[] = [
  {
    folder: 'content/src',
    why: 'content/ is shared by the CMS, the site and search: zod and node built-ins only, nothing of theirs',
    breaks: (specifier, resolved) => FRAMEWORKS.test(specifier) || (resolved !== null && !inside('content')(resolved)),
  },
  {
    folder: 'search/src',
    why: 'search/ gets documents from the CMS through its mappers and imports no Strapi, site or CMS code',
    breaks: (specifier, resolved) => STRAPI.test(specifier) || /^(astro|@astrojs\/|@cong\/(cms|site))/.test(specifier) || inside('cms')(resolved) || inside('site')(resolved),
  },
  {
    folder: 'site',
    why: 'the site reaches the CMS only over HTTP (site/src/lib/cms/cms-client.ts): no code from cms/, no Strapi package',
    breaks: (specifier, resolved) => STRAPI.test(specifier) || /^@cong\/cms/.test(specifier) || inside('cms')(resolved),
  },
];

const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/;
const SKIP = new Set(['node_modules', 'dist', '.astro']);

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name)) files.push(path);
    }
  };
  walk(join(ROOT, folder));
  return files;
}

/** The code of a file that can import: all of it, or an .astro file's frontmatter and <script> blocks. */
function code(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

function importsOf(file: string): Array<{ specifier: string; resolved: string | null }> {
  const { importedFiles } = ts.preProcessFile(code(file), true, true);
  return importedFiles.map(({ fileName: specifier }) => ({
    specifier,
    resolved: specifier.startsWith('.') ? relative(ROOT, resolve(dirname(file), specifier)).split(sep).join('/') : null,
  }));
}

describe.each(RULES)('imports in $folder', ({ folder, why, breaks }) => {
  it('follow the rule', () => {
    const files = sourceFiles(folder);
    expect(files.length, `no source found in ${folder}`).toBeGreaterThan(0);
    const broken = files.flatMap((file) =>
      importsOf(file)
        .filter(({ specifier, resolved }) => breaks(specifier, resolved))
        .map(({ specifier }) => `${relative(ROOT, file)} imports ${specifier}`),
    );
    expect(broken, why).toEqual([]);
  });
});

describe('the import rules themselves', () => {
  it.each([
    ['content/src/dates.ts', 'astro:content', true],
    ['content/src/dates.ts', '@strapi/strapi', true],
    ['content/src/dates.ts', 'react', true],
    ['content/src/dates.ts', '../../search/src/index.ts', true],
    ['content/src/dates.ts', 'zod', false],
    ['content/src/dates.ts', './vietnamese-text.ts', false],
    ['search/src/index.ts', '@strapi/utils', true],
    ['search/src/index.ts', '../../cms/src/index.ts', true],
    ['search/src/index.ts', '@cong/content', false],
    ['site/src/lib/consultations/consultations.ts', '../../../../cms/src/api/consultation/content-types/consultation/schema.json', true],
    ['site/src/lib/consultations/consultations.ts', '@strapi/client', true],
    ['site/src/lib/consultations/consultations.ts', './cms-client.ts', false],
  ] as const)('%s importing %s breaks a rule: %s', (file, specifier, expected) => {
    const rule = RULES.find((r) => file.startsWith(`${r.folder}/`))!;
    const resolved = specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)).split(sep).join('/') : null;
    expect(rule.breaks(specifier, resolved)).toBe(expected);
  });
});
