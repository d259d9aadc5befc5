/**
 * The answers: pure functions from a question, date or day to answer data with citations.
 * Every surface (Slack, shell, CLI --json) calls these and only renders what they return.
 */
export { askQuestion } from './ask-question';
export { answerSummit, needsSearch } from './answer-summit';
export { answerQuotes } from './answer-quotes';
export { listSummits } from './list-summits';
export { onThisDate } from './on-this-date';
export * from './types';
