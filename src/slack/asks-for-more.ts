/**
 * A message that only asks for more of the last answer ("more", "More please", "next", "show more
 * results"), typed in a DM, an assistant thread or a mention. Searching it would look up the word
 * "more"; the listeners reply with how to see more instead. "more about gas" is a question.
 */
const ASKS_FOR_MORE =
  /^(?:please\s+)?(?:(?:show|give|send)(?:\s+me)?\s+)?(?:(?:some|the)\s+)?(?:more|next)(?:\s+(?:page|ones?|results?|excerpts?|quotes?|statements?|answers?))?(?:\s*,?\s*(?:please|pls|plz|thanks|thank you))?[\s.!?…]*$/i;

export function asksForMore(text: string): boolean {
  return ASKS_FOR_MORE.test(text.trim().replace(/\s+/g, ' '));
}
