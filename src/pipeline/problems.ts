/** Problems with the input: each names the file and says what is wrong, so none is lost silently. */

/** How a problem affects the build. */
export type Severity = 'skip' | 'warning' | 'error';

/** A problem with one input file. */
export interface Problem {
  /** Path of the file relative to the repository. */
  file: string;
  /** `skip`: the file is left out; `warning`: it is used, with a caveat; `error`: it is unusable and was ignored. */
  severity: Severity;
  /** What is wrong, in words a person can act on. */
  message: string;
}

/** Formats a problem as one log line: `seeds/x.txt: skipped: empty file`. */
export function formatProblem(problem: Problem): string {
  const label = problem.severity === 'skip' ? 'skipped' : problem.severity;
  return `${problem.file}: ${label}: ${problem.message}`;
}
