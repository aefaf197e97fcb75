import { stateMeta } from '../guide/guide-model';
import { outcomeCard } from './guide-content';

/** Page title and description for any state of the guide (a question, or an outcome's content). */
export async function guideStateText(stateId: string): Promise<{ title: string; description: string }> {
  const meta = stateMeta(stateId);
  if (meta.kind === 'question') {
    return {
      title: `${meta.question} · The guide`,
      description: 'Turned down for a job? Answer one question at a time to find the message to send or the reason to move on.',
    };
  }
  const { title, summary } = await outcomeCard(stateId);
  return { title, description: summary };
}
