import type { Page } from 'playwright-core';

/** Issues a revision from the Revisions tab as a pen-holder does: name, Issue…, then the confirmation. */
export async function issueRevisionFromPanel(page: Page, name: string): Promise<void> {
  await page.getByTestId('sidebar-tab-revisions').click();
  await page.getByTestId('issue-revision').click();
  const form = page.getByTestId('issue-revision-form');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Issue…' }).click();
  await form.getByRole('button', { name: `Issue ${name}` }).click();
  await page
    .getByTestId('revisions-panel')
    .getByRole('status')
    .filter({ hasText: `${name} was issued` })
    .waitFor();
}
