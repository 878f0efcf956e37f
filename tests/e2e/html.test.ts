import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

describe('valid HTML', () => {
  test('every built page passes html-validate (recommended rules, .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(dist, page));
      for (const result of report.results) for (const message of result.messages) problems.push(`${page}:${message.line}: ${message.message} (${message.ruleId})`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('the validator does find errors in invalid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><div><p>a</div><img src="x"></body></html>', path.join(root, 'invalid.html'));
    expect(report.valid).toBe(false);
  });
});
