import { describe, expect, test, vi } from 'vitest';
import { guideStateText } from '../../src/lib/guide-titles';
import { t } from '../../src/i18n';

// The content store is stood in for: questions and outcome cards with words of our own.
vi.mock('../../src/lib/guide-text', () => ({
  getGuideText: async () => ({ question: (id: string) => ({ question: `Question text of ${id}` }) }),
}));
vi.mock('../../src/lib/guide-content', () => ({
  outcomeCard: async (id: string) => ({ title: `Card title of ${id}`, summary: `Card summary of ${id}`, kind: 'template' }),
}));

describe('page titles for the guide', () => {
  test('a question’s page is titled with its question, and described as the guide', async () => {
    const text = await guideStateText('how-told');
    expect(text.title).toBe(t('guide.title', { question: 'Question text of how-told' }));
    expect(text.title).toContain('Question text of how-told');
    expect(text.description).toBe(t('guide.description'));
    expect(text.description).not.toBe('');
  });

  test('an outcome’s page is titled and described by its card', async () => {
    expect(await guideStateText('ask-feedback')).toEqual({ title: 'Card title of ask-feedback', description: 'Card summary of ask-feedback' });
  });
});
