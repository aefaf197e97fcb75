/** Link from a reader question to the guide outcome that fits it. */
export function guideOutcomeLink(outcomeId: string) {
  return {
    href: `/guide/outcomes/${outcomeId}/`,
    heading: 'What to do in a situation like this',
    text: 'The guide has a ready-made next step for this situation.',
    label: 'See the guide’s advice',
  };
}
