/** The rows of figure-rows.ts as a terminal table or a Markdown table. */
import { figureRows, targetLines } from './figure-rows';
import type { BenchResult } from './result-types';

export function renderTextTable(result: BenchResult): string {
  const rows = figureRows(result);
  const header = ['', ...result.archives.map((a) => a.name)];
  const cells = [header, ...rows.map((r) => [r.label, ...r.values])];
  const widths = header.map((_, i) => Math.min(60, Math.max(...cells.map((c) => (c[i] ?? '').length))));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  const out: string[] = [line(header)];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) out.push(`── ${(section = r.section)}`);
    out.push(line([r.label, ...r.values]));
  }
  return [...out, '', 'Targets of issue 5:', ...targetLines(result).map((l) => `  ${l}`)].join('\n');
}

const md = (s: string) => s.replace(/\|/g, '\\|');

export function renderMarkdownTable(result: BenchResult): string {
  const rows = figureRows(result);
  const out = [`| | ${result.archives.map((a) => md(a.name)).join(' | ')} |`, `|---|${result.archives.map(() => '---:').join('|')}|`];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) out.push(`| **${(section = r.section)}** |${result.archives.map(() => ' ').join('|')}|`);
    out.push(`| ${md(r.label.trim())} | ${r.values.map(md).join(' | ')} |`);
  }
  return [...out, '', ...targetLines(result).map((l) => `- ${l}`)].join('\n');
}
