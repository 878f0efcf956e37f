import { describe, expect, test } from 'vitest';
import { claimJsonLd, serialiseJsonLd, withAbsoluteUrls } from '../../src/lib/structured-data.ts';
import type { Article, Claim, Source } from '../../src/schema/index.ts';

describe('serialiseJsonLd', () => {
  test('no text can close the script element or open markup', () => {
    const json = serialiseJsonLd({ text: '</script><script>alert(1)</script> & <!--' });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script> & <!--' });
  });
});

describe('claimJsonLd', () => {
  const article = { title: 'A headline', published: '2021-08-30' } as Article;
  const claim = { mode: 'direct', quote: 'We are confident', text: '“We are confident,” he said.' } as Claim;
  test('names a person author, and no author for an anonymous source', () => {
    expect(claimJsonLd(claim, 'https://x/c/', { type: 'person', label: 'Bill Urban' } as Source, article, 'https://x/a/')).toMatchObject({
      '@type': 'Claim',
      text: 'We are confident',
      author: { '@type': 'Person', name: 'Bill Urban' },
      appearance: { '@type': 'NewsArticle', headline: 'A headline' },
    });
    expect(claimJsonLd(claim, 'https://x/c/', { type: 'anonymous', label: 'a witness' } as Source, article, 'https://x/a/')).not.toHaveProperty('author');
  });
});

describe('withAbsoluteUrls', () => {
  test('resolves site paths in url fields against the configured site, at any depth, and leaves other fields alone', () => {
    const data = { '@type': 'Claim', url: '/claims/x/', text: '/not/a/url', appearance: { url: '/articles/y/' } };
    expect(withAbsoluteUrls(data, 'https://news.example.org')).toEqual({ '@type': 'Claim', url: 'https://news.example.org/claims/x/', text: '/not/a/url', appearance: { url: 'https://news.example.org/articles/y/' } });
  });
});
