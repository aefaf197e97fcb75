import { isQuestion } from '../guide/guide-model';
import { outcomeCard } from './guide-content';
import { getGuideText } from './guide-text';
import { t } from '../i18n';

/** Page title and description for any state of the guide (a question, or an outcome's content). */
export async function guideStateText(stateId: string): Promise<{ title: string; description: string }> {
  if (isQuestion(stateId)) {
    return {
      title: t('guide.title', { question: (await getGuideText()).question(stateId).question }),
      description: t('guide.description'),
    };
  }
  const { title, summary } = await outcomeCard(stateId);
  return { title, description: summary };
}
