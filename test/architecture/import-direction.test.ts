import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The probe files exist only in memory, so no tsconfig holds them: lint them without type information.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** The messages of the layer rule for `code` written at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the lint rule that keeps the layers pointing one way', () => {
  it.each([
    ['server/src/commands/x.ts', "import { proposalRoutes } from '../routes/proposals/index.ts';", /Routes sit on top/],
    ['server/src/commands/x.ts', "import { presentProposal } from '../presenters/proposal.ts';", /Presenters/],
    ['server/src/queries/x.ts', "import { tableProposal } from '../commands/proposal-tabler.ts';", /Queries read/],
    ['server/src/policies/x.ts', "import { eq } from 'drizzle-orm';", /no database/],
    ['server/src/policies/x.ts', "import { forbidden } from '../errors.ts';", /answer yes or no/],
    ['server/src/policies/x.ts', "import { loadDocumentAccess } from '../queries/document-access.ts';", /pure functions/],
    ['server/src/sync/x.ts', "import { Hono } from 'hono';", /speak HTTP/],
    ['server/src/exports/docx/x.ts', "import { tableProposal } from '../../commands/proposal-tabler.ts';", /Exports read/],
    ['server/src/exports/x.ts', "import { presentProposals } from '../presenters/proposal.ts';", /Presenters/],
    ['server/src/text/x.ts', "import { readProposal } from '../queries/proposal-reader.ts';", /only walks Y.Docs/],
    ['shared/src/x.ts', "import { createApp } from '../../server/src/app.ts';", /imports neither/],
    ['client/src/x.ts', "import { createApp } from '@plenary/server';", /over HTTP only/],
  ])('refuses in %s: %s', async (file, code, message) => {
    const errors = await layerErrors(file, `${code}\nexport {};\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('allows the imports that follow the direction', async () => {
    expect(
      await layerErrors('server/src/routes/x/index.ts', "import { tableProposal } from '../../commands/proposal-tabler.ts';\nexport {};\n"),
    ).toEqual([]);
    expect(
      await layerErrors('server/src/commands/x.ts', "import { writeParagraphText } from '../text/paragraph-text-writer.ts';\nexport {};\n"),
    ).toEqual([]);
    expect(await layerErrors('server/src/policies/x.ts', "import type { DocumentAccess } from './actors.ts';\nexport {};\n")).toEqual([]);
  });
});
