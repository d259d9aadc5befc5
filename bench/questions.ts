/**
 * The fixed workload of the benchmark: questions an analyst would ask and dates they would look up.
 * Changing this list changes every latency figure, so results are only comparable with the same list.
 */

/** "Today" for answers that need one (dates typed without a year, on-this-date). */
export const BENCH_TODAY = '2026-06-15';

/** The date and question used to decide that a freshly started process is ready. */
export const READY_DATE = '2019-06-05';
export const READY_QUESTION = 'What did Xi and Putin agree about gas supplies?';

export const QUESTIONS: readonly string[] = [
  // Xi–Putin, the relationship
  'What did Xi Jinping and Vladimir Putin discuss in their phone call?',
  'comprehensive strategic partnership between Russia and China',
  'Putin state visit to Beijing',
  'Xi Jinping visit to Moscow',
  'What did Putin say about his friendship with Xi?',
  'no limits partnership',
  'Russian-Chinese talks in narrow format',
  'joint statement on a multipolar world',
  'Treaty of Good-Neighbourliness and Friendly Cooperation',
  'military cooperation and joint exercises',
  'Shanghai Cooperation Organisation summit',
  'BRICS summit in Johannesburg',
  'Belt and Road Initiative and the Eurasian Economic Union',
  'Heihe Blagoveshchensk bridge over the Amur',
  'Year of Russian and Chinese cross-cultural exchanges',
  // energy
  'Power of Siberia gas pipeline',
  'gas supplies to China',
  'Yamal LNG project',
  'oil deliveries and Rosneft contracts',
  'nuclear power plant construction with Rosatom',
  'energy security and oil prices',
  'renewable energy and climate change',
  // trade and money
  'bilateral trade turnover reached 100 billion dollars',
  'settlements in national currencies',
  'investment projects in the Russian Far East',
  'agricultural exports soybeans and wheat',
  'dedollarization and the payment system',
  'tariffs on Chinese imports',
  'semiconductors export controls',
  'supply chains and critical minerals',
  // Ukraine, sanctions, NATO, security
  'Ukraine crisis and the peace plan',
  'special military operation',
  'sanctions against Russia',
  'What did Putin say about NATO expansion?',
  'Crimea referendum',
  'Minsk agreements',
  'strategic stability and arms control',
  'New START treaty extension',
  'missile defence in Europe',
  'Taiwan question',
  'North Korea nuclear programme',
  'Iran nuclear deal',
  'Syria settlement',
  'Afghanistan after the withdrawal',
  'terrorism and extremism',
  'cybersecurity and information security',
  // White House-ish topics
  'President Biden call with President Xi',
  'readout of the call with President Zelenskyy',
  'fact sheet on the Bipartisan Infrastructure Law',
  'COVID-19 vaccines and the pandemic response',
  'Inflation Reduction Act clean energy',
  'press briefing by the press secretary',
  'national security adviser Jake Sullivan',
  'G7 summit leaders statement',
  'Indo-Pacific strategy and AUKUS',
  'human rights in Xinjiang',
  'fentanyl precursors cooperation',
  'Camp David summit with Japan and Korea',
  // oddly typed, as people type
  "xi's visit?",
  'putin (gas)',
  'Putin:Xi talks',
  'What about the SCO?',
  'trade',
  'the',
];

/** Dates spanning the archives: summit days, plain days, and days before and after any coverage. */
export const DATES: readonly string[] = [
  '1999-12-31', // Yeltsin resigns; no summit
  '2000-07-18', // Putin in Beijing
  '2001-07-16', // Treaty of Good-Neighbourliness
  '2004-10-14', // Putin visit to China
  '2006-03-21',
  '2009-06-17',
  '2010-09-27',
  '2012-06-05',
  '2013-03-22', // Xi's first visit to Moscow
  '2014-05-20', // Shanghai, gas deal
  '2015-05-08', // Victory Day visit
  '2016-06-25',
  '2017-07-04',
  '2018-06-08',
  '2019-06-05', // Xi state visit to Russia
  '2019-02-29', // not a date
  '2020-05-08',
  '2021-12-15', // video call
  '2022-02-04', // Olympics, joint statement
  '2022-06-15', // phone call
  '2022-12-30', // video call
  '2023-03-21', // Xi in Moscow
  '2024-02-29',
  '2024-05-16', // Putin in Beijing
  '2025-05-08',
  '2026-01-01',
  'June 15, 2022',
  '12/30/2022',
];
