/** Sends one generated input through the surface it names, as Slack would, and renders the answer. */
import { answerSummit, askQuestion, onThisDate, type Answer } from '../src/answers';
import type { Archive } from '../src/search/archive';
import { renderSlackMessage } from '../src/render/slack';
import type { FuzzInput } from './fuzz-inputs';
import { BENCH_TODAY } from './questions';

export function answerFuzzInput(archive: Archive, input: FuzzInput, today = BENCH_TODAY): Answer {
  const answer =
    input.target === 'ask'
      ? askQuestion(archive, input.text, { limit: 3 })
      : input.target === 'summit'
        ? answerSummit(archive, input.text, { today })
        : onThisDate(archive, input.text, { today });
  renderSlackMessage(answer);
  return answer;
}
