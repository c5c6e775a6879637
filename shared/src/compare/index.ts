export { compareDocuments, type BlockChange, type ComparedBlock } from './compareDocuments.ts';
