/**
 * The fixture corpora, each run through the pipeline at most once per test file: tests of one file share the
 * run instead of paying for it in every test (vitest loads this module once per file).
 */
import path from 'node:path';
import { runPipeline, type PipelineResult } from '../../../src/pipeline/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const runs = new Map<string, Promise<PipelineResult>>();

/** The pipeline's result for a folder of the repository ("seeds", "tests/fixtures/unseen"), computed once. */
export function pipelineOf(folder: string): Promise<PipelineResult> {
  let run = runs.get(folder);
  if (!run) {
    run = runPipeline(path.join(root, folder), root);
    runs.set(folder, run);
  }
  return run;
}
