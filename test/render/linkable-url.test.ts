import { renderCitation } from '../../src/render/slack/citation-context';
import { linkableUrl } from '../../src/render/linkable-url';
import { result } from './answers';

describe('which URLs become links', () => {
  it.each([
    ['https://example.com/gas', '<https://example.com/gas|Xi and Putin discuss gas>'],
    ['http://example.com/a?b=1&c=2', '<http://example.com/a?b=1&amp;c=2|Xi and Putin discuss gas>'],
    ['HTTPS://EXAMPLE.COM/', '<HTTPS://EXAMPLE.COM/|Xi and Putin discuss gas>'],
  ])('a plain http(s) URL links the title: %s', (url, link) => {
    expect(renderCitation(result({ url }))).toBe(`${link} · Reuters · published 2022-06-15 · summit 2022-06-15 · ¶ 3`);
  });

  it.each([
    '!channel',
    '@U0VICTIM1',
    '<!here>',
    '#C0VICTIM1',
    'javascript:alert(1)',
    'ftp://example.com/x',
    'mailto:a@example.com',
    '//example.com/x',
    'https://evil|x',
    'https://ok.example/a>b',
    'https://ok.example/a<b',
    'https://ok.example/a b',
    'https://ok.example/a\tb',
    'https://ok.example/a\u0007b',
    'https://',
    ' https://example.com/',
  ])('anything else leaves the title as bold text: %j', (url) => {
    expect(linkableUrl(url)).toBeNull();
    expect(renderCitation(result({ url }))).toBe('*Xi and Putin discuss gas* · Reuters · published 2022-06-15 · summit 2022-06-15 · ¶ 3');
  });
});
