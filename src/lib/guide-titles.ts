import { isQuestion } from '../guide/guide-model';
import { outcomeCard } from './guide-content';
import { getGuideText } from './guide-text';

/** Page title and description for any state of the guide (a question, or an outcome's content). */
export async function guideStateText(stateId: string): Promise<{ title: string; description: string }> {
  if (isQuestion(stateId)) {
    return {
      title: `${(await getGuideText()).question(stateId).question} · The guide`,
      description: 'Turned down for a job? Answer one question at a time to find the message to send or the reason to move on.',
    };
  }
  const { title, summary } = await outcomeCard(stateId);
  return { title, description: summary };
}
