/**
 * Topic panels with sub-topics: each parent's fold away under its panel.
 */
import { dataset, expect, open, test, topicPanel } from './helpers';

const topics = dataset.topics as { id: string; parent?: string }[];

test('the topic panels fold each parent’s sub-topics under it', async ({ page }) => {
  await open(page);
  const subtopics = topics.filter((t) => t.parent === 'bilateral-issues');
  const fold = page
    .getByRole('group')
    .filter({ has: page.getByText(`Sub-topics (${subtopics.length})`) });
  await expect(topicPanel(page, 'ethanol')).toBeHidden();
  await page.getByText(`Sub-topics (${subtopics.length})`).click();
  await expect(topicPanel(page, 'ethanol')).toBeVisible();
  await expect(fold.locator('[data-topic-id]')).toHaveCount(subtopics.length);
  // A top-level panel for each topic without a parent, and no more.
  const visible = page.locator('[data-topic-id]:visible');
  await expect(visible).toHaveCount(topics.filter((t) => !t.parent).length + subtopics.length);
});

test('a folded sub-topic of the selected event marks its fold', async ({ page }) => {
  await open(page, '/#event=round-3');
  const folds = page.locator('summary');
  await expect(folds.filter({ hasText: 'Sub-topics (8)' })).toHaveAttribute('data-related', '');
  await open(page, '/#event=g7-hiroshima-summit-2023');
  await expect(folds.filter({ hasText: 'Sub-topics (8)' })).not.toHaveAttribute('data-related');
});
