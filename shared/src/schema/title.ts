import { TITLE } from './nodeNames.ts';
import { createBlockNode } from './blockNode.ts';

/** The title line of a document: no pid, never numbered, never negotiated. */
export const Title = createBlockNode({ name: TITLE, tag: 'h1', defining: true });
