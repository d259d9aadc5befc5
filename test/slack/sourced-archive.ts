/** An archive whose articles name their sources (the bundled one names none): two reports of one call. */
export const SOURCED_ARTICLES: Record<string, string> = {
  'reuters-call.md': `---
date: 2022-06-15
title: Putin and Xi discuss gas supplies in phone call
source: Reuters
url: https://example.com/reuters-call
---

Russian President Vladimir Putin and Chinese President Xi Jinping held a phone call on Wednesday, June 15, 2022.

Putin told Xi that Russia would increase gas supplies to China through the Power of Siberia pipeline, the Kremlin said.

The two leaders also discussed trade, which rose sharply this year.
`,
  'tass-call.md': `---
date: 2022-06-15
title: Xi and Putin hold telephone conversation
source: TASS
url: https://example.com/tass-call
---

Chinese President Xi Jinping and Russian President Vladimir Putin held a telephone conversation on June 15, 2022.

Xi said that China is willing to continue supporting Russia on issues concerning sovereignty and security.

Putin congratulated Xi on his birthday and praised the comprehensive strategic partnership.
`,
};
