import { describe, expect, test } from 'vitest';
import { QUESTION_GROUP_IDS, questionGroupBlurb, questionGroupLabel } from '../../src/lib/question-groups';
import { hasUiKey } from '../../src/i18n';

describe('question groups', () => {
  test('are these four situations, in the order the index lists them', () => {
    expect(QUESTION_GROUP_IDS).toEqual(['no-reply', 'not-filled', 'internship', 'not-a-fit']);
  });

  test('name their UI strings by id', () => {
    expect(questionGroupLabel('not-filled')).toBe('questions.group.not-filled');
    expect(questionGroupBlurb('not-filled')).toBe('questions.group.not-filled.blurb');
  });

  test('every group has a name and a blurb', () => {
    for (const id of QUESTION_GROUP_IDS) {
      expect(hasUiKey(questionGroupLabel(id)), id).toBe(true);
      expect(hasUiKey(questionGroupBlurb(id)), id).toBe(true);
    }
  });
});
