import { findStatements } from '../../src/quotes';
import { findQuotes } from '../../src/quotes/quote-spans';
import { speakerNamed } from '../../src/quotes/speakers';

const said = (paragraphs: string[]) => findStatements(paragraphs).map((s) => [s.paragraph, s.speaker, s.side, s.text]);

describe('quotes', () => {
  it('finds straight and curly, double and single quotes, not apostrophes', () => {
    expect(findQuotes(`Xi’s aide said ‘we agree’ and "it is done," adding “more.”`).map((q) => q.text)).toEqual([
      'we agree',
      'it is done',
      'more.',
    ]);
    expect(findQuotes("Putin's 'special place' in Moscow's plans").map((q) => q.text)).toEqual(['special place']);
  });
  it('keeps a quote over several sentences whole, and one left open to the paragraph end', () => {
    expect(findQuotes('"We met. We talked. We agreed," he said.').map((q) => q.text)).toEqual(['We met. We talked. We agreed']);
    expect(findQuotes('“This goes on. And on').map((q) => q.text)).toEqual(['This goes on. And on']);
  });
});

describe('attribution forms', () => {
  it('"…," Xi said / said Putin / Putin added', () => {
    expect(
      said(['"Trade is growing," Xi said.', '“Ties are strong,” said Putin, who spoke from Moscow.', '"We agree on much." Putin added.']),
    ).toEqual([
      [0, 'Xi Jinping', 'Chinese', '"Trade is growing"'],
      [1, 'Vladimir Putin', 'Russian', '“Ties are strong”'],
      [2, 'Vladimir Putin', 'Russian', '"We agree on much."'],
    ]);
  });
  it('Xi said that … (the reported clause)', () => {
    expect(said(['Xi said that China would stay neutral in the conflict.'])).toEqual([
      [0, 'Xi Jinping', 'Chinese', 'China would stay neutral in the conflict.'],
    ]);
  });
  it('as Chinese readouts and wire stories say it: "pointed out that", a tag with its listener and occasion, a tag with a participle', () => {
    expect(
      said([
        'Xi pointed out that the two countries had found the right way to get along.',
        '"We highly value the balanced position of our Chinese friends," Putin told Xi at the beginning of the meeting.',
        '"We are expecting you next spring," Putin said in the opening part of the video conference, shown on state television.',
        '"They are truly unprecedented," Putin said, describing the relationship.',
      ]),
    ).toEqual([
      [0, 'Xi Jinping', 'Chinese', 'the two countries had found the right way to get along.'],
      [1, 'Vladimir Putin', 'Russian', '"We highly value the balanced position of our Chinese friends"'],
      [2, 'Vladimir Putin', 'Russian', '"We are expecting you next spring"'],
      [3, 'Vladimir Putin', 'Russian', '"They are truly unprecedented"'],
    ]);
  });
  it('gives a quote to whoever a wire story says said it, not to someone its words name', () => {
    const who = (paragraphs: string[]) => findStatements(paragraphs).map((s) => [s.speaker, s.reportedBy ?? null]);
    expect(
      who([
        '"We note that Donald Trump has expressed his willingness to restore these contacts," Putin said, according to a Kremlin readout.',
        '"The Chinese leader stressed that China supports a dialogue between Russia and the United States," Ushakov told reporters.',
        '"We will continue to strengthen our cooperation," Putin said, calling Xi "dear friend."',
      ]),
    ).toEqual([
      ['Vladimir Putin', null],
      ['Xi Jinping', 'Yuri Ushakov'],
      ['Vladimir Putin', null],
    ]);
  });
  it('names a person by the full name the article gave them, and reads who they are after an inverted tag', () => {
    expect(
      said([
        'Foreign Minister Wang Yi said that China respects the sovereignty of all countries.',
        '"The Ukraine issue has a complex historical context," Wang said.',
        '"The relationship has become deeply asymmetric," said Alexander Gabuev, director of the Carnegie Russia Eurasia Center.',
        '"Russia needs China far more," Gabuev said.',
      ]).map(([p, who, side, text]) => [p, who, side, (text as string).slice(0, 30)]),
    ).toEqual([
      [0, 'Wang Yi', 'Chinese', 'China respects the sovereignty'],
      [1, 'Wang Yi', 'Chinese', '"The Ukraine issue has a compl'],
      [2, 'Alexander Gabuev', 'other', '"The relationship has become d'],
      [3, 'Alexander Gabuev', 'other', '"Russia needs China far more"'],
    ]);
  });
  it('gives words a source reports to whoever it says spoke them, relayed by the source', () => {
    const relayed = (paragraphs: string[]) => findStatements(paragraphs).map((s) => [s.speaker, s.reportedBy ?? null]);
    expect(
      relayed([
        'According to the Kremlin readout, Xi "noted the legitimacy of Russia\'s actions".',
        'According to Ushakov, Putin told Xi about the situation around Ukraine.',
        'According to the Kremlin, Xi said that China supports dialogue.',
      ]),
    ).toEqual([
      ['Xi Jinping', 'the Kremlin'],
      ['Vladimir Putin', 'Yuri Ushakov'],
      ['Xi Jinping', 'the Kremlin'],
    ]);
  });
  it('keeps the clause before "that" when it says the opposite: "said the US did not believe that …"', () => {
    expect(said(['Kirby said the US did not believe that China was an impartial mediator.'])).toEqual([
      [0, 'John Kirby', 'other', 'Kirby said the US did not believe that China was an impartial mediator.'],
    ]);
  });
  it('according to the Kremlin, … and …, as quoted by Xinhua', () => {
    expect(said(['According to the Kremlin, the talks lasted two hours.', 'The partnership has no limits, according to Xinhua.'])).toEqual([
      [0, 'the Kremlin', 'Russian', 'the talks lasted two hours.'],
      [1, 'Xinhua', 'Chinese', 'The partnership has no limits.'],
    ]);
  });
  it('the Kremlin in its version implied that Xi acknowledged …: Xi’s words, by the Kremlin’s account', () => {
    expect(said(['The Kremlin in its version implied that Xi acknowledged the "legitimacy of Russian actions."'])).toEqual([
      [0, 'Xi Jinping', 'Chinese', 'acknowledged the "legitimacy of Russian actions."'],
    ]);
  });
  it('CCTV reported …; a speaker leading the clause keeps it', () => {
    expect(
      said([
        'The talks were frank, state broadcaster CCTV reported.',
        '"Ukraine is a crisis," CCTV reported.',
        'Xi called for restraint, CCTV reported.',
      ]),
    ).toEqual([
      [0, 'CCTV', 'Chinese', 'The talks were frank'],
      [1, 'CCTV', 'Chinese', '"Ukraine is a crisis"'],
      [2, 'Xi Jinping', 'Chinese', 'Xi called for restraint'],
    ]);
  });
  it('Xi, in turn, said through a translator that ‘…’', () => {
    expect(said(['Xi, in turn, said through a translator that ‘we are ready to cooperate’.'])).toEqual([
      [0, 'Xi Jinping', 'Chinese', '‘we are ready to cooperate’'],
    ]);
  });
  it('named officials keep their side; a person not in the table is kept by name', () => {
    expect(
      said([
        'Kremlin spokesman Dmitry Peskov told reporters that the call was warm.',
        'Chinese Foreign Ministry spokesman Wang Wenbin said the goal was trust.',
        'U.S. President Joe Biden warned that sanctions would follow.',
      ]),
    ).toEqual([
      [0, 'Dmitry Peskov', 'Russian', 'the call was warm.'],
      [1, 'Wang Wenbin', 'Chinese', 'Wang Wenbin said the goal was trust.'],
      [2, 'Joe Biden', 'other', 'sanctions would follow.'],
    ]);
  });
  it('roles stand for a leader the article names', () => {
    expect(
      said([
        'Putin spoke to Xi by video link.',
        '"Come to Moscow in spring," the Russian leader said.',
        'The Chinese president reportedly praised the idea.',
      ]),
    ).toEqual([
      [1, 'Vladimir Putin', 'Russian', '"Come to Moscow in spring"'],
      [2, 'Xi Jinping', 'Chinese', 'The Chinese president reportedly praised the idea.'],
    ]);
  });
  it('a pronoun stands for the one person named before it, or the last speaker of the paragraph before', () => {
    expect(said(['Putin said ties had a "special place". He said the army would help.', '"It will last," he continued.'])).toEqual([
      [0, 'Vladimir Putin', 'Russian', 'Putin said ties had a "special place".'],
      [0, 'Vladimir Putin', 'Russian', 'He said the army would help.'],
      [1, 'Vladimir Putin', 'Russian', '"It will last"'],
    ]);
  });
  it('a quote standing alone after a quoted speaker in the same paragraph is theirs', () => {
    expect(said(['"We agree," Ushakov told Bloomberg. "It shows the essence of our ties."'])).toEqual([
      [0, 'Yuri Ushakov', 'Russian', '"We agree"'],
      [0, 'Yuri Ushakov', 'Russian', '"It shows the essence of our ties."'],
    ]);
  });
  it('splits "…, while Putin demanded …" from what came before', () => {
    expect(said(['Biden warned of sanctions, while Putin demanded guarantees on NATO.']).map((s) => s[1])).toEqual([
      'Joe Biden',
      'Vladimir Putin',
    ]);
  });
});

describe('never a speaker the paragraph does not name or clearly refer to', () => {
  it('a role without the leader named in the article', () => {
    expect(said(['"Sanctions will hurt," the Russian leader said.', 'The Chinese president said nothing.'])).toEqual([]);
  });
  it('a pronoun when two people are named before it', () => {
    expect(said(['Xi met Putin in Moscow, where he said the talks were useful.'])).toEqual([]);
  });
  it('a pronoun in a paragraph after one that quoted nobody', () => {
    expect(said(['Xi and Putin spoke for an hour.', '"It was useful," he said.'])).toEqual([]);
  });
  it('a statement both leaders made together', () => {
    expect(said(['Putin and Xi reaffirmed their partnership.', 'Both Putin and Xi hailed the ties.'])).toEqual([]);
  });
  it('an unnamed official, a quote with no attribution, and words inside a quote', () => {
    expect(
      said([
        'An official said the meeting went well.',
        '"We will see," one diplomat noted.',
        '"Xi said he would come," the newspaper wrote.',
      ]),
    ).toEqual([]);
  });
  it('"continued to" is not a verb of speech', () => {
    expect(said(['China has continued to buy Russian oil.'])).toEqual([]);
  });
});

describe('speakerNamed', () => {
  it.each([
    ['xi', 'Xi Jinping'],
    ['Jinping', 'Xi Jinping'],
    ['PUTIN', 'Vladimir Putin'],
    ['kremlin', 'the Kremlin'],
    ['the Kremlin', 'the Kremlin'],
    ['wang wenbin', 'Wang Wenbin'],
    ['chinese foreign ministry', 'Chinese Foreign Ministry'],
  ])('%s → %s', (typed, name) => expect(speakerNamed(typed)).toBe(name));
  it('finds a name from the archive, and nothing for an unknown one', () => {
    expect(speakerNamed('biden', ['Joe Biden'])).toBe('Joe Biden');
    expect(speakerNamed('nobody')).toBeNull();
  });
});
