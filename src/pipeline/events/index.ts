/** The event stage: triggers per article (cached with it), then events across the corpus. */
export { buildEvents } from './build.ts';
export { findEventTriggers } from './triggers.ts';
export type { EventTrigger } from './types.ts';
export { addStatementEvents } from './merge-statements.ts';
