/**
 * The situations the Q&A index groups questions by. The content schema only accepts these ids,
 * and the index page lists groups in this order. Each group's name and blurb are UI strings:
 * questionGroupLabel() and questionGroupBlurb() below.
 */
export const QUESTION_GROUP_IDS = ['no-reply', 'not-filled', 'internship', 'not-a-fit'] as const;

export type QuestionGroupId = (typeof QUESTION_GROUP_IDS)[number];

/** The keys of a group's name and blurb in src/i18n. */
export const questionGroupLabel = (id: QuestionGroupId) => `questions.group.${id}` as const;
export const questionGroupBlurb = (id: QuestionGroupId) => `questions.group.${id}.blurb` as const;
