import { describe, expect, it } from 'vitest';
import { block, documentOf } from '../schema/testEditor.ts';
import { findBlock } from './findBlock.ts';
import { modelFromProsemirrorJSON } from './fromProsemirrorJSON.ts';

describe('findBlock', () => {
  it('finds a block of the model by pid, never one without a pid', () => {
    const model = modelFromProsemirrorJSON(
      documentOf(block('title', 'T'), block('operativeParagraph', 'One', { pid: 'p1' }), block('subPoint', 'Two', { pid: 'p2', level: 1 })),
    );
    expect(findBlock(model, 'p2')).toBe(model.blocks[2]);
    expect(findBlock(model, 'p2')?.number).toBe('OP1(a)');
    expect(findBlock(model, 'missing')).toBeUndefined();
    expect(findBlock(model, '')).toBeUndefined();
  });
});
