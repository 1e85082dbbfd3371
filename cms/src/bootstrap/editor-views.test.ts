import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITOR_VIEWS } from './editor-views';

const API = join(import.meta.dirname, '..', 'api');

describe('the admin views (editor-views.ts)', () => {
  it('give each content type or component one view (a second would silently override the first)', () => {
    const uids = EDITOR_VIEWS.map((view) => view.uid);
    expect(uids.filter((uid, i) => uids.indexOf(uid) !== i)).toEqual([]);
  });

  it('list every content type of cms/src/api the content manager shows', () => {
    const uids = new Set(EDITOR_VIEWS.map((view) => view.uid));
    const contentTypes = readdirSync(API).flatMap((api) => {
      const types = join(API, api, 'content-types');
      try {
        return readdirSync(types)
          .filter((type) => JSON.parse(readFileSync(join(types, type, 'schema.json'), 'utf8')).pluginOptions?.['content-manager']?.visible !== false)
          .map((type) => `api::${api}.${type}`);
      } catch {
        return [];
      }
    });
    expect(contentTypes.filter((uid) => !uids.has(uid))).toEqual([]);
  });
});
