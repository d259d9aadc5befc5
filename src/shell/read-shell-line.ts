/** What a line typed in the shell asks for. */
export type ShellLine =
  | { kind: 'skip' }
  | { kind: 'exit' }
  | { kind: 'more' }
  /** `home`: the App Home as text. */
  | { kind: 'home' }
  /** `check <message>`: what "Check with Summit" answers on a message saying that. */
  | { kind: 'check'; text: string }
  /** `/summit …` (`command`) or a mention: `@summit …` or plain text. */
  | { kind: 'request'; text: string; via: 'command' | 'mention' };

/** Reads one line of the shell, the way Slack would read it. */
export function readShellLine(line: string): ShellLine {
  const t = line.trim();
  if (t === '' || t.startsWith('#')) return { kind: 'skip' };
  const word = t.toLowerCase();
  if (word === 'exit' || word === 'quit' || word === '/exit' || word === '/quit') return { kind: 'exit' };
  if (word === 'more' || word === '/summit more') return { kind: 'more' };
  if (word === 'home') return { kind: 'home' };
  const check = /^check\b[\s:]*([\s\S]*)$/i.exec(t);
  if (check) return { kind: 'check', text: check[1]?.trim() ?? '' };
  const command = /^\/summit(?:\s+([\s\S]*))?$/i.exec(t);
  if (command) return { kind: 'request', text: command[1]?.trim() ?? '', via: 'command' };
  const mention = /^@summit\b[\s,:]*([\s\S]*)$/i.exec(t);
  if (mention) return { kind: 'request', text: mention[1]?.trim() ?? '', via: 'mention' };
  return { kind: 'request', text: t, via: 'mention' };
}
