// First, so that zod is told before any schema is built or parsed.
import './zod-without-eval.ts';

/** The request schemas for a page whose Content Security Policy forbids eval. */
export * from './index.ts';
