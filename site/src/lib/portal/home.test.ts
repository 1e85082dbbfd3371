import { describe, expect, it } from 'vitest';
import { homeServices, pickLead } from './home.ts';

const image = { src: '/tep/a.jpg', srcset: '', width: 800, height: 450 };
const article = (name: string, date: string, withImage: boolean) => ({ name, date, image: withImage ? image : null });

describe('pickLead: the newest story with a picture leads, the rest are headlines', () => {
  it.each([
    ['the newest has an image', [article('a', '2026-12-05', true), article('b', '2026-12-04', true)], 'a', ['b']],
    ['the newest has none: the newest with one leads', [article('a', '2026-12-05', false), article('b', '2026-12-04', true), article('c', '2026-12-03', false)], 'b', ['a', 'c']],
    ['no image at all: the newest leads', [article('a', '2026-12-01', false), article('b', '2026-12-04', false)], 'b', ['a']],
    ['nothing published', [], null, []],
  ])('%s', (_name, articles, lead, headlines) => {
    const picked = pickLead(articles, 4);
    expect(picked.lead?.name ?? null).toBe(lead);
    expect(picked.headlines.map((a) => a.name)).toEqual(headlines);
  });

  it('keeps at most the number of headlines asked for', () => {
    const many = Array.from({ length: 8 }, (_, i) => article(`n${i}`, `2026-12-0${i + 1}`, true));
    expect(pickLead(many, 3).headlines).toHaveLength(3);
  });
});

describe('homeServices: the editor\'s marked services, else the online ones first', () => {
  const s = (name: string, level: 'toan-trinh' | 'mot-phan' | 'truc-tiep' | null, featured?: boolean) => ({ name, level, featured });
  it.each([
    ['marked ones only, in their order', [s('a', 'truc-tiep', true), s('b', 'toan-trinh'), s('c', 'mot-phan', true)], ['a', 'c']],
    ['none marked: fully online, partly online, then the rest', [s('a', 'truc-tiep'), s('b', 'mot-phan'), s('c', 'toan-trinh'), s('d', null)], ['c', 'b', 'a']],
    ['no services', [], []],
  ])('%s', (_name, services, names) => {
    expect(homeServices(services, 3).map((x) => x.name)).toEqual(names);
  });
});
