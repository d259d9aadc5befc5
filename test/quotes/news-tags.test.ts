/**
 * How news sites name who said a quote after it: "…," she told the Council; "…," the governor said on
 * Tuesday, thanking the volunteers; names with particles (Ursula von der Leyen); and a person named in
 * full where they do not speak, then by one name where they do ("Prime Minister Shehbaz Sharif met
 * Putin … “…,” PM Shehbaz told him"); and the words after a colon that follows a greeting ("Putin
 * welcomed the Chinese leader: “Dear friend, …”").
 */
import { findStatements } from '../../src/quotes/find-statements';

const said = (...paragraphs: string[]) => findStatements(paragraphs).map((s) => [s.speaker, s.text]);

describe('a quote’s tag in a news story', () => {
  it('may say whom the words were told to: "the Council", "the Russian president"', () => {
    expect(
      said(
        'Russian Ambassador Vassily Nebenzia said the text was "extremely politicized". "The draft gives a green light to an operation in Rafah," he told the Council.',
      ),
    ).toEqual([
      ['Vassily Nebenzia', 'Vassily Nebenzia said the text was "extremely politicized".'],
      ['Vassily Nebenzia', '"The draft gives a green light to an operation in Rafah"'],
    ]);
    expect(said('"Our relationship is not at the cost of any other," Shehbaz Sharif told the Russian president.')).toEqual([
      ['Shehbaz Sharif', '"Our relationship is not at the cost of any other"'],
    ]);
  });

  it('may go on with what the speaker did meanwhile: ", thanking the city’s volunteers"', () => {
    expect(said('"Kazan is ready to receive its guests," Rustam Minnikhanov said on Tuesday, thanking the city’s volunteers.')).toEqual([
      ['Rustam Minnikhanov', '"Kazan is ready to receive its guests"'],
    ]);
  });

  it('may name the speaker, then who the speaker is, then the verb: "Gao Mingyu, a research fellow at …, told the Global Times"', () => {
    expect(
      said(
        '"Choosing China first sends a clear signal," Gao Mingyu, a research fellow at the Chinese Academy of Social Sciences, told the Global Times.',
      ),
    ).toEqual([['Gao Mingyu', '"Choosing China first sends a clear signal"']]);
    expect(
      said(
        'Mohammad Reza Karimi, a Tehran-based expert on Eurasian affairs, said Iran was no longer isolated. "The picture of the president sitting with Xi and Putin is worth more than any communique," he said.',
      ).map(([speaker]) => speaker),
    ).toEqual(['Mohammad Reza Karimi', 'Mohammad Reza Karimi']);
  });

  it('may come first, as a channel quoting the leader: "CCTV quoted Xi as saying that “…”"', () => {
    expect(
      said('China’s Central Television, for its part, quoted Xi as saying that "all parties should push for a proper settlement."'),
    ).toEqual([['Xi Jinping', '"all parties should push for a proper settlement."']]);
    expect(findStatements(['CCTV quoted Xi as saying: "We support each other."'])[0]).toMatchObject({
      speaker: 'Xi Jinping',
      reportedBy: 'CCTV',
    });
  });

  it('but what the speaker is told about is still reported words, not a tag', () => {
    expect(said('"We will see," Putin told the Council members they should wait.')).toEqual([
      ['Vladimir Putin', 'Putin told the Council members they should wait.'],
    ]);
  });
});

describe('a speaker’s name', () => {
  it('keeps its particles, before or after the verb', () => {
    expect(said('"Arming the aggressor would be against international law," Ursula von der Leyen said.')).toEqual([
      ['Ursula von der Leyen', '"Arming the aggressor would be against international law"'],
    ]);
    expect(said('"We agree on the goal," said Ursula von der Leyen, the Commission president.')).toEqual([
      ['Ursula von der Leyen', '"We agree on the goal"'],
    ]);
    expect(said('"Arming the aggressor would be against international law," von der Leyen said.')).toEqual([
      ['von der Leyen', '"Arming the aggressor would be against international law"'],
    ]);
  });

  it('is the full name the story gave the person, when it quotes them by one name and a title', () => {
    expect(
      said(
        'Prime Minister Shehbaz Sharif met Russian President Vladimir Putin on the sidelines of the summit.',
        '"Our relationship with Russia is not at the cost of our relations with any other country," PM Shehbaz told the Russian president.',
      ),
    ).toEqual([['Shehbaz Sharif', '"Our relationship with Russia is not at the cost of our relations with any other country"']]);
  });

  it('is not a full name made of a possessive, nor of two people who share the name', () => {
    expect(said("Russia's Nebenzia met the press.", '"It is a green light," Nebenzia told the Council.')).toEqual([
      ['Nebenzia', '"It is a green light"'],
    ]);
    expect(said('Wang Yi met Wang Wenbin in Beijing.', '"We will see," Wang said.').map(([speaker]) => speaker)).toEqual(['Wang']);
  });
});

describe('a greeting before a colon', () => {
  it('gives the quote after the colon to the one who greets or thanks', () => {
    expect(
      said('Opening the talks, Vladimir Putin welcomed the Chinese leader: "Dear friend, you are our main guest at the celebrations."'),
    ).toEqual([['Vladimir Putin', '"Dear friend, you are our main guest at the celebrations."']]);
    expect(said('Xi thanked Putin for the hospitality: "Your warm welcome moved us."')).toEqual([
      ['Xi Jinping', '"Your warm welcome moved us."'],
    ]);
  });

  it('but a greeting is no statement, nor is a letter received', () => {
    expect(said('Putin welcomed the agreement: the document was "historic".')).toEqual([]);
    expect(said('Putin received a letter from Xi: "Dear friend, you are our main guest."')).toEqual([]);
  });
});

describe('quotation marks other sites print', () => {
  it('reads guillemets and low-high marks as quotes, kept in their own marks', () => {
    expect(said('Putin said: «We are close friends and partners».')).toEqual([['Vladimir Putin', '«We are close friends and partners»']]);
    expect(said('«We are close friends,» Putin said.')).toEqual([['Vladimir Putin', '«We are close friends»']]);
    expect(said('Putin said, „We are close friends“.')).toEqual([['Vladimir Putin', '„We are close friends“']]);
  });
});
