import { findStatements } from '../../src/quotes';
import { turnSpeaker } from '../../src/quotes/turn-speakers';

const turns = (rows: Array<[string | null, string]>, published = '2023-03-21') =>
  findStatements({ paragraphs: rows.map((r) => r[1]), speakers: rows.map((r) => r[0]), published }).map((s) => ({
    p: s.paragraph,
    who: s.speaker,
    side: s.side,
    by: s.reportedBy ?? null,
    verbatim: s.verbatim,
    text: s.text,
  }));

describe('transcripts as turns', () => {
  it('reads every label form the archives use', () => {
    expect(turnSpeaker('President of Russia Vladimir Putin')?.speaker).toBe('Vladimir Putin');
    expect(turnSpeaker('President of the People’s Republic of China Xi Jinping')).toEqual({
      speaker: 'Xi Jinping',
      side: 'Chinese',
      known: true,
    });
    expect(turnSpeaker('Vladimir Putin')?.side).toBe('Russian');
    expect(turnSpeaker('MR. KIRBY')).toEqual({ speaker: 'John Kirby', side: 'other', known: true });
    expect(turnSpeaker('MS. JEAN-PIERRE')?.speaker).toBe('Karine Jean-Pierre');
    expect(turnSpeaker('THE PRESIDENT', '2023-03-17')?.speaker).toBe('Joe Biden');
    expect(turnSpeaker('Prime Minister of the Republic of India Narendra Modi')).toEqual({
      speaker: 'Narendra Modi',
      side: 'other',
      known: false,
    });
    expect(turnSpeaker('Q')).toBeNull();
    expect(turnSpeaker('Question')).toBeNull();
  });
  it('a leader’s labelled paragraphs are their own words, until the next label', () => {
    expect(
      turns([
        ['President of Russia Vladimir Putin', 'It is a great honour to present this order.'],
        ['President of Russia Vladimir Putin', 'Our ties are at their best.'],
        ['President of the People’s Republic of China Xi Jinping', 'I see this as an honour for my people.'],
      ]),
    ).toEqual([
      { p: 0, who: 'Vladimir Putin', side: 'Russian', by: null, verbatim: true, text: 'It is a great honour to present this order.' },
      { p: 1, who: 'Vladimir Putin', side: 'Russian', by: null, verbatim: true, text: 'Our ties are at their best.' },
      { p: 2, who: 'Xi Jinping', side: 'Chinese', by: null, verbatim: true, text: 'I see this as an honour for my people.' },
    ]);
  });
  it('a reporter’s question is never a statement of the person it names', () => {
    expect(
      turns([
        ['Q', 'Xi told Putin, “Change is coming.” Does that worry you?'],
        ['Q', 'Putin calls Xi Jinping a friend.'],
        ['MR. KIRBY', 'Well, we would not call it an alliance at all.'],
      ]),
    ).toEqual([
      { p: 2, who: 'John Kirby', side: 'other', by: null, verbatim: true, text: 'Well, we would not call it an alliance at all.' },
    ]);
  });
  it('a spokesman relaying a leader gives the leader the words, but not a hedge or an aside', () => {
    const found = turns([
      ['MR. KIRBY', 'President Xi said he was committed to helping with that problem. We welcome it.'],
      ['MR. KIRBY', 'Putin said something to that effect today — or his spokesman, Peskov, did.'],
      ['MR. KIRBY', 'In President Xi, President Putin sees a potential backer here.'],
    ]);
    expect(found.filter((s) => s.who === 'Xi Jinping')).toEqual([
      {
        p: 0,
        who: 'Xi Jinping',
        side: 'Chinese',
        by: 'John Kirby',
        verbatim: false,
        text: 'President Xi said he was committed to helping with that problem.',
      },
    ]);
    expect(found.filter((s) => s.who === 'Vladimir Putin')).toEqual([]);
    expect(found.map((s) => s.who)).toEqual(['John Kirby', 'Xi Jinping', 'John Kirby', 'John Kirby']);
  });
  it('a leader restating what the other said keeps it, a leader reporting it relays it', () => {
    const found = turns([
      ['Vladimir Putin', 'I would like to reaffirm what President Xi said about our trade.'],
      ['President of Russia Vladimir Putin', 'My friend President Xi has just said that they include two universities.'],
    ]);
    expect(found.map((s) => [s.p, s.who, s.by])).toEqual([
      [0, 'Vladimir Putin', null],
      [1, 'Xi Jinping', 'Vladimir Putin'],
    ]);
  });
  it('from the podium, “as the President said …: words” relays the president in office; a bare “as … said” does not', () => {
    const found = turns(
      [
        ['MS. JEAN-PIERRE', 'As the President said in his speech today: Our alliances are stronger than ever. We are glad of it.'],
        ['MS. JEAN-PIERRE', 'We will keep going, as the President said.'],
        ['MS. JEAN-PIERRE', 'The President of France said little about it.'],
      ],
      '2022-05-10',
    );
    expect(found.map((s) => [s.p, s.who, s.by, s.text])).toEqual([
      [0, 'Karine Jean-Pierre', null, 'We are glad of it.'],
      [0, 'Joe Biden', 'Karine Jean-Pierre', 'As the President said in his speech today: Our alliances are stronger than ever.'],
      [1, 'Karine Jean-Pierre', null, 'We will keep going, as the President said.'],
      [2, 'Karine Jean-Pierre', null, 'The President of France said little about it.'],
    ]);
  });
  it('“one of the things that Xi told him … was …” and “I was there with Xi, and he said …” relay Xi; “he” after the speaker alone does not', () => {
    const found = turns(
      [
        ['MR. KIRBY', 'One of the things that President Xi told President Biden today was he wants calm seas. We agree with that goal.'],
        ['THE PRESIDENT', 'I was in Sichuan with Xi Jinping, and he said, “What is your country’s secret?” I said, “Hope.”'],
        ['MR. KIRBY', 'The things that President Xi said are his own business.'],
        ['THE PRESIDENT', 'My brother called, and he said, “Come home.”'],
      ],
      '2023-11-16',
    );
    expect(found.map((s) => [s.p, s.who, s.by])).toEqual([
      [0, 'John Kirby', null],
      [0, 'Xi Jinping', 'John Kirby'],
      [1, 'Joe Biden', null],
      [1, 'Xi Jinping', 'Joe Biden'],
      [2, 'John Kirby', null],
      [3, 'Joe Biden', null],
    ]);
    expect(found[3]!.text).toBe('I was in Sichuan with Xi Jinping, and he said, “What is your country’s secret?”');
  });
  it('a heading or a subject-only sentence in a leader’s speech gives no one else the words', () => {
    expect(
      turns([['President of Russia Vladimir Putin', 'China has firmly asserted itself as our largest partner.']]).map((s) => s.who),
    ).toEqual(['Vladimir Putin']);
  });
});

describe('relayed statements and verbatim words', () => {
  const said = (paragraphs: string[]) =>
    findStatements(paragraphs).map((s) => [s.paragraph, s.speaker, s.reportedBy ?? null, s.verbatim, s.text]);
  it('Ushakov said Putin told Xi that …: Putin’s, relayed by Ushakov', () => {
    expect(said(['Ushakov said Putin told Xi that Russia firmly opposes the plan.'])).toEqual([
      [0, 'Vladimir Putin', 'Yuri Ushakov', false, 'Russia firmly opposes the plan.'],
    ]);
  });
  it('the Kremlin said Xi had pledged …: Xi’s, by the Kremlin’s account', () => {
    expect(said(['The Kremlin said Xi had pledged to deepen ties.'])).toEqual([
      [0, 'Xi Jinping', 'the Kremlin', false, 'pledged to deepen ties.'],
    ]);
  });
  it('“Xi emphasised that …,” CCTV reported: Xi’s, in CCTV’s quoted words', () => {
    expect(said(['“Xi Jinping emphasised that talks matter,” CCTV reported.'])).toEqual([
      [0, 'Xi Jinping', 'CCTV', true, '“Xi Jinping emphasised that talks matter”'],
    ]);
  });
  it('keeps single quotes single, and never makes a paraphrase look quoted', () => {
    expect(said(["Putin said ties had a 'special place' in Asia."])).toEqual([
      [0, 'Vladimir Putin', null, true, "Putin said ties had a 'special place' in Asia."],
    ]);
    expect(said(['Putin said ties were strong.'])[0]![3]).toBe(false);
  });
  it('a paragraph of one quote goes on with the speaker of the paragraph before', () => {
    expect(said(['"We agree on much," Putin added.', '"In the face of pressure, we defend our positions."']).map((s) => s[1])).toEqual([
      'Vladimir Putin',
      'Vladimir Putin',
    ]);
  });
});

describe('one meeting’s words only', () => {
  const said = (paragraphs: string[]) => findStatements(paragraphs).map((s) => [s.speaker, s.saidAt ?? null]);
  it('words said at another occasion carry it', () => {
    expect(said(['Last September, during a summit in Uzbekistan, Xi told Putin that China was uneasy.'])).toEqual([
      ['Xi Jinping', 'Last September, during a summit in Uzbekistan'],
    ]);
    expect(
      said([
        'During the U.S.-Russia call, Biden warned of sanctions, while Putin demanded guarantees that Kyiv stays out.',
        'Biden said the U.S. would not accept it.',
      ]),
    ).toEqual([
      ['Joe Biden', 'During the U.S.-Russia call'],
      ['Vladimir Putin', 'During the U.S.-Russia call'],
      ['Joe Biden', 'During the U.S.-Russia call'],
    ]);
  });
  it('a heading is never a statement, and a writer’s “as Putin said” is no report', () => {
    expect(
      said(["Russia claims Xi acknowledged 'legitimacy' of the war", 'The West was not plotting an attack, as Putin said today.']),
    ).toEqual([]);
  });
  it('a country is not a speaker', () => {
    expect(said(["China has promised a 'no limits' friendship with Russia."])).toEqual([]);
  });
});
