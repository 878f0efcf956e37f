/**
 * `npm run extract`: runs the pipeline over `seeds/` and prints a summary table per article;
 * `--json` prints the records instead. Problems go to standard error.
 */
import path from 'node:path';
import { formatProblem, runPipeline } from '../src/pipeline/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const seeds = path.resolve(root, process.argv.find((arg, i) => i > 1 && !arg.startsWith('--')) ?? 'seeds');
const { corpus, problems } = await runPipeline(seeds, root);
for (const problem of problems) console.error(formatProblem(problem));

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(corpus, null, 2)}\n`);
} else {
  const rows = corpus.articles.map((article) => {
    const count = (kind: string) => article.paragraphs.filter((p) => p.kind === kind).length;
    const claims = corpus.claims.filter((c) => c.articleId === article.id).length;
    const entities = corpus.entities.filter((e) => e.articleIds.includes(article.id)).length;
    return {
      article: article.id.slice(0, 40),
      published: article.published ?? '—',
      words: article.wordCount,
      body: count('body'),
      heads: count('heading'),
      furniture: count('furniture'),
      sentences: article.paragraphs.reduce((sum, p) => sum + p.sentences.length, 0),
      entities,
      claims,
    };
  });
  console.table(rows);
}
